// Fuzzes what stands between stored text and a terminal: sanitize_text/sanitize_line leave
// valid UTF-8 with no control characters (but newline and tab) and are idempotent;
// json_string escapes every control character and reads back as the same text.
#include "fuzz.hpp"

#include "core/json.hpp"
#include "core/sanitize.hpp"

#include <string>

using namespace debrief;

namespace {

/// No C0 control (other than those allowed), DEL or C1 control (UTF-8 C2 80–C2 9F).
bool no_controls(std::string_view s, std::string_view allowed) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 || c == 0x7F) && allowed.find(s[i]) == std::string_view::npos) return false;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F &&
        static_cast<unsigned char>(s[i + 1]) >= 0x80)
      return false;
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
  return 0;
}
