# Third-party code: utfcpp and doctest from Debian (header-only), simdjson compiled from the
# amalgamated source in the pinned npm package @nozbe/simdjson (toolchain/package-lock.json).
#
# Emscripten must never see /usr/include (glibc headers break it), so the header-only libraries
# are exposed through a folder of links inside the build tree, the same way for both targets.

set(NEWSPRISM_DEPS_INCLUDE "${CMAKE_BINARY_DIR}/deps-include")
file(MAKE_DIRECTORY "${NEWSPRISM_DEPS_INCLUDE}")

function(newsprism_link_headers name target)
  if(NOT EXISTS "${target}")
    message(FATAL_ERROR "${target} is missing: run toolchain/setup.sh to install the Debian packages")
  endif()
  file(CREATE_LINK "${target}" "${NEWSPRISM_DEPS_INCLUDE}/${name}" SYMBOLIC)
endfunction()

newsprism_link_headers(utf8 /usr/include/utf8cpp/utf8)
newsprism_link_headers(doctest /usr/include/doctest)

add_library(newsprism_headers INTERFACE)
target_include_directories(newsprism_headers SYSTEM INTERFACE "${NEWSPRISM_DEPS_INCLUDE}")

set(NEWSPRISM_SIMDJSON_DIR "${PROJECT_SOURCE_DIR}/toolchain/node_modules/@nozbe/simdjson/src")
if(NOT EXISTS "${NEWSPRISM_SIMDJSON_DIR}/simdjson.cpp")
  message(FATAL_ERROR "simdjson source not found in ${NEWSPRISM_SIMDJSON_DIR}: run toolchain/setup.sh")
endif()
add_library(newsprism_simdjson STATIC "${NEWSPRISM_SIMDJSON_DIR}/simdjson.cpp")
target_include_directories(newsprism_simdjson SYSTEM PUBLIC "${NEWSPRISM_SIMDJSON_DIR}")
# Errors as values everywhere: simdjson's exception-free API, and no exceptions or RTTI.
target_compile_definitions(newsprism_simdjson PUBLIC SIMDJSON_EXCEPTIONS=0)
target_compile_options(newsprism_simdjson PRIVATE -fno-exceptions -fno-rtti -w)
set_target_properties(newsprism_simdjson PROPERTIES POSITION_INDEPENDENT_CODE ON)
