// Formatting diagnostics.
#include "core/error.hpp"

#include "core/sanitize.hpp"

#include <fmt/format.h>

namespace debrief {

std::string format_diagnostic(const Diagnostic& d) {
  // File names and messages may quote a file's bytes: never raw control sequences.
  if (d.line == 0) return sanitize_line(fmt::format("{}: {}", d.source, d.message));
  if (d.line_only) return sanitize_line(fmt::format("{} line {}: {}", d.source, d.line, d.message));
  return sanitize_line(fmt::format("{}:{}:{}: {}", d.source, d.line, d.column, d.message));
}

} // namespace debrief
