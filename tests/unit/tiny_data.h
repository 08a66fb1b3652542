// A tiny synthetic dataset for unit tests of the session, matcher and drawing: two square views, three zones and
// four trigger points, so that editing the shipped clinical content never breaks a unit test. Its layout is
// described in tiny_data.cpp.
#pragma once

#include "tpl_core.h"

namespace tpl::test {

const std::vector<SourceFile>& tiny_files();
const LoadResult& tiny_data();

}  // namespace tpl::test
