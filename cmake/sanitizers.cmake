# AddressSanitizer + UndefinedBehaviorSanitizer for every target when TPL_SANITIZE is on (the "asan" preset).
if(TPL_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
