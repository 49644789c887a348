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

/// The length of the well-formed UTF-8 sequence at `s[i]`, setting `cp`; 0 when it is malformed.
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp);

/// Invisible characters that can make text look other than it is: the bidi controls (U+061C,
/// U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), zero-width and invisible characters
/// (U+180E, U+200B, U+2060–U+2064, U+FEFF), the deprecated format controls
/// U+206A–U+206F and the interlinear annotation marks U+FFF9–U+FFFB. Not ZWNJ and ZWJ
/// (U+200C, U+200D), which scripts and emoji sequences need.
bool is_hidden_format(char32_t cp);

/// Removes escape sequences (CSI, OSC, DCS, …), C0 and C1 control characters, DEL and the
/// hidden format characters above, keeping newlines and tabs; the line and paragraph
/// separators U+2028 and U+2029 become newlines; invalid UTF-8 bytes become U+FFFD.
std::string sanitize_text(std::string_view s);

/// The same, and newlines and tabs become spaces: safe for one line of output.
std::string sanitize_line(std::string_view s);

/// Text quoted in an error message: one line in which every character that would not show as
/// itself is written as an escape (`\t`, `\n`, `\u001b`, `\u202e`, `\U000e0001`; a byte that is not
/// UTF-8 as `\xff`): controls, format characters, separators other than the space, private-use
/// and unassigned code points. Longer than `max_bytes`, it is cut there and ends with `…`.
std::string escape_unprintable(std::string_view s, std::size_t max_bytes = 80);

} // namespace debrief
