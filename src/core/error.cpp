// Formatting diagnostics.
#include "core/error.hpp"

#include <fmt/format.h>

namespace debrief {

std::string format_diagnostic(const Diagnostic& d) {
  if (d.line == 0) return fmt::format("{}: {}", d.source, d.message);
  return fmt::format("{}:{}:{}: {}", d.source, d.line, d.column, d.message);
}

} // namespace debrief
