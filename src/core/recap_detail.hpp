// What recap.cpp and recap_markdown.cpp share: the words for marks, reviews and due dates.
// Internal to core: commands include recap.hpp.
#pragma once

#include "core/recap.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief::recap_detail {

/// `self`, `nudged`, `nudged, 2 probes`, `told` (as `show` writes a mark).
std::string mark_label(Discovery d, int probes);
/// What became of a reviewed commitment: `done`, `kept open`, `dropped` (`reviewed`: unknown).
std::string review_state(const RecapReview& v);
/// The commitment's due day (`Sat 28 Nov`), empty when it has none.
std::string due_text(const Commitment& c, const RecapStyle& s);
/// Whether the discovery ratio is below the target (false when nothing was marked).
bool below_target(const Recap& r);
/// `How did it go? 4`: an answer that says little without its question (a scale's number).
std::string answer_with_question(const RecapAnswer& a);
/// What the rep said would have been better: the post-call deck's `better` answer, else the
/// last insight marked, else the last answer given (reviews aside); nullopt when none was given.
std::optional<std::string> better_line(const std::vector<StoredAnswer>& answers);

/// Rows of `text` (escaped, with the note's own markup), wrapped with a hanging indent, each
/// escaped where its text starts, one column kept for that backslash; `hard_break` ends the
/// last row with a backslash (a line break kept).
std::string md_block(std::string_view text, int width, std::string_view first = {}, std::string_view indent = {},
                     bool hard_break = false);
/// A level-1 heading: `# text` when it fits, else a setext heading on several rows. `#` in the
/// text is escaped (a closing `#` would be dropped).
std::string md_title(std::string_view escaped, int width);

} // namespace debrief::recap_detail
