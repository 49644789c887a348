// doctest main: every run works in a private temporary directory, removed on success and
// kept (and named) on failure, so tests never touch the user's files.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

int main(int argc, char** argv) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "debrief-unittest-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) {
    std::perror("mkdtemp");
    return 1;
  }
  std::filesystem::current_path(tmpl);
  // Nothing under test may find the real journal.
  setenv("HOME", tmpl.c_str(), 1);
  unsetenv("DEBRIEF_DB");
  unsetenv("XDG_DATA_HOME");

  doctest::Context context(argc, argv);
  int result = context.run();

  std::filesystem::current_path("/");
  if (result == 0 && !context.shouldExit())
    std::filesystem::remove_all(tmpl);
  else if (result != 0)
    std::fprintf(stderr, "test files kept in %s\n", tmpl.c_str());
  return result;
}
