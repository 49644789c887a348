// CSV quoting (RFC 4180) for the machine formats of report and export.
#pragma once

#include "core/sanitize.hpp"

#include <string>

namespace debrief {

/// The value as one CSV field, without control sequences (sanitize_text: a CSV is read on a
/// terminal too): quoted, with quotes doubled, when it holds a comma, a quote or a line break.
inline std::string csv_field(const std::string& value) {
  const std::string s = sanitize_text(value);
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

} // namespace debrief
