// See text.hpp.
#include "core/text.hpp"

namespace debrief {

std::string_view trim_start(std::string_view s, std::string_view chars) {
  const auto first = s.find_first_not_of(chars);
  return first == std::string_view::npos ? std::string_view() : s.substr(first);
}

std::string_view trim_end(std::string_view s, std::string_view chars) {
  const auto last = s.find_last_not_of(chars);
  return last == std::string_view::npos ? std::string_view() : s.substr(0, last + 1);
}

std::string_view trim(std::string_view s, std::string_view chars) { return trim_end(trim_start(s, chars), chars); }

} // namespace debrief
