// Small text helpers every layer shares: the one trim.
#pragma once

#include <string_view>

namespace debrief {

/// What trim takes off by default: spaces, tabs, carriage returns and newlines.
inline constexpr std::string_view k_blank = " \t\r\n";

/// `s` without the characters of `chars` at its start.
std::string_view trim_start(std::string_view s, std::string_view chars = k_blank);
/// `s` without the characters of `chars` at its end.
std::string_view trim_end(std::string_view s, std::string_view chars = k_blank);
/// `s` without the characters of `chars` at either end: trim("  a b\r\n") is "a b".
std::string_view trim(std::string_view s, std::string_view chars = k_blank);

} // namespace debrief
