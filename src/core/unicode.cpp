// Unicode through utf8proc: see unicode.hpp.
#include "core/unicode.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace debrief::unicode {

namespace {

/// `s` mapped by utf8proc with `options`, each code point first passed through `each` (if any);
/// `ok` is false, and the result empty, when `s` is not valid UTF-8.
std::string map(std::string_view s, int options, utf8proc_custom_func each, bool& ok) {
  utf8proc_uint8_t* out = nullptr;
  const auto n =
      utf8proc_map_custom(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                          &out, static_cast<utf8proc_option_t>(options | UTF8PROC_STABLE), each, nullptr);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  ok = n >= 0;
  if (!ok) return {};
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

utf8proc_int32_t lower_one(utf8proc_int32_t cp, void*) { return utf8proc_tolower(cp); }
utf8proc_int32_t upper_one(utf8proc_int32_t cp, void*) { return utf8proc_toupper(cp); }

std::string ascii_mapped(std::string_view s, bool upper) {
  std::string out(s);
  for (auto& ch : out) {
    if (!upper && ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (upper && ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  }
  return out;
}

} // namespace

Kind kind_of(char32_t cp) {
  if (cp == U' ') return Kind::space;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO: return Kind::letter;
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME: return Kind::mark;
  case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO: return Kind::number;
  case UTF8PROC_CATEGORY_PC:
  case UTF8PROC_CATEGORY_PD:
  case UTF8PROC_CATEGORY_PS:
  case UTF8PROC_CATEGORY_PE:
  case UTF8PROC_CATEGORY_PI:
  case UTF8PROC_CATEGORY_PF:
  case UTF8PROC_CATEGORY_PO: return Kind::punctuation;
  case UTF8PROC_CATEGORY_SM:
  case UTF8PROC_CATEGORY_SC:
  case UTF8PROC_CATEGORY_SK:
  case UTF8PROC_CATEGORY_SO: return Kind::symbol;
  case UTF8PROC_CATEGORY_ZS:
  case UTF8PROC_CATEGORY_ZL:
  case UTF8PROC_CATEGORY_ZP: return Kind::separator;
  case UTF8PROC_CATEGORY_CC: return Kind::control;
  case UTF8PROC_CATEGORY_CF: return Kind::format;
  case UTF8PROC_CATEGORY_CO: return Kind::private_use;
  case UTF8PROC_CATEGORY_CN:
  case UTF8PROC_CATEGORY_CS: return Kind::unassigned;
  }
  return Kind::unassigned;
}

std::string_view refused_kind(Kind k) {
  switch (k) {
  case Kind::separator: return "a space or line separator other than the plain space";
  case Kind::control: return "a control character";
  case Kind::format: return "an invisible formatting character";
  case Kind::private_use: return "a private-use character";
  case Kind::unassigned: return "an unassigned code point";
  default: return {};
  }
}

std::string nfc(std::string_view s) {
  bool ok = false;
  auto out = map(s, UTF8PROC_COMPOSE, nullptr, ok);
  return ok ? out : std::string(s);
}

std::string nfd(std::string_view s) {
  bool ok = false;
  auto out = map(s, UTF8PROC_DECOMPOSE, nullptr, ok);
  return ok ? out : std::string(s);
}

std::string to_lower(std::string_view s) {
  bool ok = false;
  auto out = map(s, UTF8PROC_COMPOSE, &lower_one, ok);
  return ok ? out : ascii_mapped(s, false);
}

std::string to_upper(std::string_view s) {
  bool ok = false;
  auto out = map(s, UTF8PROC_COMPOSE, &upper_one, ok);
  return ok ? out : ascii_mapped(s, true);
}

std::string loose_key(std::string_view s) {
  bool ok = false;
  auto out = map(s, UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, nullptr, ok);
  return ok ? out : ascii_mapped(s, false);
}

std::string casefold(std::string_view s) {
  bool ok = false;
  auto out = map(s, UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD, nullptr, ok);
  return ok ? out : ascii_mapped(s, false);
}

} // namespace debrief::unicode
