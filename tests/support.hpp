// Helpers shared by the unit tests.
#pragma once

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace debrief::test {

/// Sets TZ for the C library while alive. POSIX rule strings need no tzdata installed.
struct ScopedTz {
  explicit ScopedTz(const char* tz) {
    if (const char* old = std::getenv("TZ")) saved = old;
    setenv("TZ", tz, 1);
    tzset();
  }
  ~ScopedTz() {
    if (saved)
      setenv("TZ", saved->c_str(), 1);
    else
      unsetenv("TZ");
    tzset();
  }
  ScopedTz(const ScopedTz&) = delete;
  ScopedTz& operator=(const ScopedTz&) = delete;
  std::optional<std::string> saved;
};

} // namespace debrief::test
