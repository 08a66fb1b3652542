# Dependencies for the web build, as the targets tpl_json, tpl_catch2, tpl_sdl2 and tpl_sdl2_sw.
# Host headers must stay invisible to em++ (adding /usr/include drags glibc in), so the header-only libraries are
# copied into a build-tree folder of their own. SDL2 comes from the project-local build that bootstrap.sh makes
# from Debian's source package, or from the official emsdk's port.

set(_staged "${CMAKE_BINARY_DIR}/staged-include")
foreach(_dir nlohmann catch2)
  if(NOT EXISTS "${_staged}/${_dir}")
    if(NOT EXISTS "/usr/include/${_dir}")
      message(FATAL_ERROR "/usr/include/${_dir} is missing: run emsdk-config/bootstrap.sh")
    endif()
    file(COPY "/usr/include/${_dir}" DESTINATION "${_staged}")
  endif()
endforeach()

add_library(tpl_json INTERFACE)
target_include_directories(tpl_json SYSTEM INTERFACE "${_staged}")
add_library(tpl_catch2 INTERFACE)
target_include_directories(tpl_catch2 SYSTEM INTERFACE "${_staged}")
# Catch2 needs exceptions; the shipped module does not use them.
target_compile_options(tpl_catch2 INTERFACE -fexceptions)
target_link_options(tpl_catch2 INTERFACE -fexceptions)

# tpl_sdl2 draws with WebGL only; tpl_sdl2_sw adds the software renderer, for the no-WebGL fallback (bootstrap.sh
# says why there are two). The shell compiles against tpl_sdl2_headers; each web module links one of the two.
add_library(tpl_sdl2_headers INTERFACE)
add_library(tpl_sdl2 INTERFACE)
add_library(tpl_sdl2_sw INTERFACE)
target_link_libraries(tpl_sdl2 INTERFACE tpl_sdl2_headers)
target_link_libraries(tpl_sdl2_sw INTERFACE tpl_sdl2_headers)
if(TPL_OFFICIAL_EMSDK)
  target_compile_options(tpl_sdl2_headers INTERFACE -sUSE_SDL=2)
  target_link_options(tpl_sdl2_headers INTERFACE -sUSE_SDL=2)
else()
  set(TPL_SDL2_WASM_PREFIX "${CMAKE_CURRENT_LIST_DIR}/../build/sdl2-wasm")
  if(TPL_BUILD_SHELL)
    foreach(_prefix IN ITEMS "${TPL_SDL2_WASM_PREFIX}" "${TPL_SDL2_WASM_PREFIX}-sw")
      if(NOT EXISTS "${_prefix}/lib/libSDL2.a")
        message(FATAL_ERROR "SDL2 for wasm is missing in ${_prefix}: run emsdk-config/bootstrap.sh")
      endif()
      # An older build looks GL functions up by name, which the web modules' link no longer answers
      # (src/platform/no_gl_proc_address.cpp): it would link and then fail to draw.
      file(READ "${_prefix}/config.txt" _config)
      if(NOT _config MATCHES "__SDL_NOGETPROCADDR__")
        message(FATAL_ERROR "SDL2 for wasm in ${_prefix} is out of date: run emsdk-config/bootstrap.sh")
      endif()
    endforeach()
  endif()
  target_include_directories(tpl_sdl2_headers SYSTEM INTERFACE "${TPL_SDL2_WASM_PREFIX}/include")
  target_link_libraries(tpl_sdl2 INTERFACE "${TPL_SDL2_WASM_PREFIX}/lib/libSDL2.a")
  target_link_libraries(tpl_sdl2_sw INTERFACE "${TPL_SDL2_WASM_PREFIX}-sw/lib/libSDL2.a")
endif()
