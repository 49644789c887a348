// Minimal JSON writing for machine-readable output.
#pragma once

#include <string>
#include <string_view>

namespace debrief {

/// `s` as a JSON string literal, quotes included; control characters are escaped, so the
/// result is safe on a terminal too.
std::string json_string(std::string_view s);

} // namespace debrief
