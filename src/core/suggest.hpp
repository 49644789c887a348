// "Did you mean …?": edit distance and closest-match suggestions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

/// Edit distance counting adjacent transpositions as one edit; ASCII case-insensitive.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely typo
/// (distance at most max(1, size/3)); ties go to the first candidate.
std::optional<std::string> did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace debrief
