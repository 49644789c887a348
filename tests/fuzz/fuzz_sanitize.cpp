// Fuzzes what stands between stored text and a terminal: sanitize_text/sanitize_line leave
// valid UTF-8 with no control characters (but newline and tab), no bidi control or other hidden
// format character and no line separator, and are idempotent; json_string escapes all of
// these and reads back as the same text; escape_unprintable leaves one printable line.
#include "fuzz.hpp"

#include "core/json.hpp"
#include "core/sanitize.hpp"
#include "core/unicode.hpp"

#include <string>

using namespace debrief;

namespace {

/// No C0 control (other than those allowed), DEL or C1 control (UTF-8 C2 80–C2 9F), no hidden
/// format character (is_hidden_format) and no U+2028 or U+2029.
bool no_controls(std::string_view s, std::string_view allowed) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 || c == 0x7F) && allowed.find(s[i]) == std::string_view::npos) return false;
    char32_t cp = 0;
    if (c >= 0x80 && decode_utf8(s, i, cp) > 0 &&
        ((cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || is_hidden_format(cp)))
      return false;
  }
  return true;
}

/// Only characters a name may hold: no control, format or separator but the space, no
/// private-use or unassigned code point.
bool printable(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t n = decode_utf8(s, i, cp);
    if (n == 0 || !unicode::refused_kind(unicode::kind_of(cp)).empty()) return false;
    i += n;
  }
  return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = debrief::fuzz::as_text(data, size);

  const std::string t = sanitize_text(text);
  FUZZ_CHECK(is_valid_utf8(t) && no_controls(t, "\n\t"));
  FUZZ_CHECK(sanitize_text(t) == t);
  if (is_valid_utf8(text) && no_controls(text, "\n\t")) FUZZ_CHECK(t == text); // clean text is left alone

  const std::string line = sanitize_line(text);
  FUZZ_CHECK(is_valid_utf8(line) && no_controls(line, ""));
  FUZZ_CHECK(sanitize_line(line) == line);
  FUZZ_CHECK(sanitize_line(t) == line);

  const std::string quoted = json_string(text);
  FUZZ_CHECK(no_controls(quoted, ""));
  if (is_valid_utf8(text) && text.find('\0') == std::string_view::npos) {
    const JsonValue back = parse_json(quoted);
    FUZZ_CHECK(back.string() && *back.string() == text);
  }

  const std::string shown = escape_unprintable(text);
  FUZZ_CHECK(printable(shown));
  FUZZ_CHECK(shown.size() <= 80 + 10 + std::string_view("…").size()); // the longest escape is \U0010ffff
  if (printable(text) && text.size() <= 80) FUZZ_CHECK(shown == text);
  return 0;
}
