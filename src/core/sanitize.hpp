// Keeping stored text from driving the terminal: control sequences never reach it raw.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace debrief {

/// Whether `s` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view s);

/// The length of the well-formed UTF-8 sequence starting at `s[i]` (1 to 4), or 0 when none starts
/// there (`i < s.size()`).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

/// Removes escape sequences (CSI, OSC, DCS, …), C0 and C1 control characters and DEL, keeping
/// newlines and tabs; invalid UTF-8 bytes become U+FFFD.
std::string sanitize_text(std::string_view s);

/// The same, and newlines and tabs become spaces: safe for one line of output.
std::string sanitize_line(std::string_view s);

} // namespace debrief
