// The shared Catch2 main for the unit tests (one file per unit, as in nlohmann/json's test suite).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
