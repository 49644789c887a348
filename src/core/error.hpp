// The ways debrief fails. Only cli/run.cpp catches them and maps them to exit codes.
#pragma once

#include <stdexcept>
#include <string>

namespace debrief {

/// Bad input from the user: a bad option value, date, note or deck. Exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Something went wrong while doing the work: files, the journal, the editor. Exit code 1.
class RuntimeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A journal call that failed, in one line naming what was being done and on which journal:
/// "cannot save to the journal /x/journal.db: it is locked by another process (…)". Exit code 1.
class JournalError : public RuntimeError {
 public:
  /// Why, as far as it matters to the user: another process holds the journal, the disk is
  /// full, the file is damaged, it may not be written, or anything else.
  enum class Cause { busy, full, damaged, read_only, other };
  JournalError(Cause cause, const std::string& message) : RuntimeError(message), cause_(cause) {}
  Cause cause() const { return cause_; }

 private:
  Cause cause_;
};

/// The user interrupted (Ctrl-C reached the editor, say); the message says what was kept.
/// Exit code 130.
class InterruptedError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A problem at a place in a source text, e.g. `post-call.toml:12:3: unknown key`.
struct Diagnostic {
  std::string source;
  long line = 0;
  long column = 0;
  std::string message;
  /// Said as `file line N: message`: for a file that is not valid TOML, whose column toml++
  /// places where it gave up rather than where the mistake is.
  bool line_only = false;
};

/// `file:line:column: message`, `file line N: message` (line_only), or `file: message` for a
/// problem with no position (line 0).
std::string format_diagnostic(const Diagnostic& d);

} // namespace debrief
