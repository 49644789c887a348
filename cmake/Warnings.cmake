# Two INTERFACE targets linked PRIVATE by our own targets only, never by dependencies:
# debrief_warnings (the warning set, -Werror when DEBRIEF_WERROR) and
# debrief_settings (sanitizers and library assertions).
add_library(debrief_warnings INTERFACE)
target_compile_options(debrief_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
  -Wimplicit-fallthrough -Wformat=2)
if(DEBRIEF_WERROR)
  target_compile_options(debrief_warnings INTERFACE -Werror)
endif()
# GCC 12 at -O2 warns falsely that `"\n" + std::string(...)` overlaps in memcpy (GCC bug 105651,
# fixed in 13): in Release builds that warning would stop the build on correct code.
target_compile_options(debrief_warnings INTERFACE
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)

add_library(debrief_settings INTERFACE)
if(DEBRIEF_SANITIZE)
  # Every report is fatal: a sanitizer finding must fail the test that triggered it.
  target_compile_options(debrief_settings INTERFACE -fsanitize=${DEBRIEF_SANITIZE} -fno-sanitize-recover=all
                                                    -fno-omit-frame-pointer)
  target_link_options(debrief_settings INTERFACE -fsanitize=${DEBRIEF_SANITIZE} -fno-sanitize-recover=all)
endif()
if(DEBRIEF_FUZZ)
  # Coverage feedback for libFuzzer in everything the fuzz targets call; only they link its main.
  target_compile_options(debrief_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
target_compile_definitions(debrief_settings INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
