// toml++'s parse errors in our words: what is wrong with the file, never the parser's workings.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace debrief {

/// What toml++'s parse error `description` means, in plain words, for a file `text` whose error
/// is at `line`:`column` (1-based, as toml++ reports it); nullopt when no plain wording fits.
/// Example: "Error while parsing key-value pair: expected '=', saw '\n'" → "a key without
/// '= value' (write key = value)".
std::optional<std::string> plain_toml_problem(std::string_view description, std::string_view text, long line,
                                              long column);

} // namespace debrief
