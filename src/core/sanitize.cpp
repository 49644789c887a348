// Terminal-safe text: see sanitize.hpp.
#include "core/sanitize.hpp"

#include "core/unicode.hpp"

#include <fmt/format.h>

namespace debrief {

std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  std::size_t n = 0;
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0Fu;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07u;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3Fu);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

bool is_hidden_format(char32_t cp) {
  return cp == 0x061C || cp == 0x180E || cp == 0x200B || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206F) ||
         cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB);
}

namespace {

/// Skips the escape sequence starting at `s[i] == ESC` (or a C1 introducer `intro`), returning
/// the index after it.
std::size_t skip_escape(std::string_view s, std::size_t i, char32_t intro) {
  if (intro == 0x1B) {
    ++i;
    if (i >= s.size()) return i;
    char c = s[i];
    if (c == '[')
      intro = 0x9B;
    else if (c == ']')
      intro = 0x9D;
    else if (c == 'P' || c == 'X' || c == '^' || c == '_')
      intro = 0x90;
    else {
      // Two- or three-byte escapes: ESC, intermediates 0x20–0x2F, one final byte.
      while (i < s.size() && s[i] >= 0x20 && s[i] <= 0x2F) ++i;
      return i < s.size() ? i + 1 : i;
    }
    ++i;
  } else {
    i += 2; // C1 introducers are two bytes in UTF-8
  }
  if (intro == 0x9B) { // CSI: parameters and intermediates, then a final byte 0x40–0x7E
    while (i < s.size() && s[i] >= 0x20 && s[i] <= 0x3F) ++i;
    while (i < s.size() && s[i] >= 0x20 && s[i] <= 0x2F) ++i;
    return i < s.size() ? i + 1 : i;
  }
  // OSC, DCS, SOS, PM, APC: up to BEL or ST (ESC \ or U+009C).
  while (i < s.size()) {
    if (s[i] == '\x07') return i + 1;
    if (s[i] == '\x1B') return i + 1 < s.size() && s[i + 1] == '\\' ? i + 2 : i + 1;
    if (static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x9C)
      return i + 2;
    ++i;
  }
  return i;
}

std::string sanitize(std::string_view s, bool one_line) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = 0;
    std::size_t n = decode_utf8(s, i, cp);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (cp == 0x1B || cp == 0x9B || cp == 0x9D || cp == 0x90 || cp == 0x98 || cp == 0x9E || cp == 0x9F) {
      i = skip_escape(s, i, cp);
      continue;
    }
    if (cp == '\n' || cp == '\t') {
      out += one_line ? ' ' : static_cast<char>(cp);
    } else if (cp == 0x2028 || cp == 0x2029) {
      out += one_line ? ' ' : '\n';
    } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || is_hidden_format(cp)) {
      // other control characters, and invisible ones that could disguise the text, are dropped
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

} // namespace

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t n = decode_utf8(s, i, cp);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  char32_t cp = 0;
  return decode_utf8(s, i, cp);
}

std::string sanitize_text(std::string_view s) { return sanitize(s, false); }
std::string sanitize_line(std::string_view s) { return sanitize(s, true); }

std::string escape_unprintable(std::string_view s, std::size_t max_bytes) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (out.size() >= max_bytes) {
      out += "…";
      break;
    }
    char32_t cp = 0;
    std::size_t n = decode_utf8(s, i, cp);
    if (n == 0) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[i]));
      ++i;
      continue;
    }
    if (cp == '\t')
      out += "\\t";
    else if (cp == '\n')
      out += "\\n";
    else if (cp == '\r')
      out += "\\r";
    else if (!unicode::refused_kind(unicode::kind_of(cp)).empty())
      out += cp > 0xFFFF ? fmt::format("\\U{:08x}", static_cast<std::uint32_t>(cp))
                         : fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp));
    else
      out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

} // namespace debrief
