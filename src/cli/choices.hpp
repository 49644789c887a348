// Option validators whose errors say what was wrong and what is accepted, in our words
// rather than the parser's ("--format: unknown value 'jsn'; did you mean 'json'? ...").
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace debrief::cli {

/// Accepts one of `accepted` (ASCII case-insensitive) and rewrites the value to its
/// canonical spelling, so a transformer or an enum map after it sees only known words.
CLI::Validator one_of(std::vector<std::string> accepted);

/// Accepts a whole number from 0 up.
CLI::Validator whole_number();

} // namespace debrief::cli
