// JSON string escaping.
#include "core/json.hpp"

#include <fmt/format.h>

namespace debrief {

std::string json_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (std::size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    auto c = static_cast<unsigned char>(ch);
    // C1 controls (U+0080–U+009F, UTF-8 C2 80–C2 9F) can act on terminals too.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F &&
        static_cast<unsigned char>(s[i + 1]) >= 0x80) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(s[++i]));
      continue;
    }
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    default:
      if (c < 0x20 || c == 0x7F) out += fmt::format("\\u{:04x}", c);
      else out += ch;
    }
  }
  out += '"';
  return out;
}

} // namespace debrief
