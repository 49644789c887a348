// What recap.cpp and recap_markdown.cpp share: the words for marks, reviews and due dates.
// Internal to core: commands include recap.hpp.
#pragma once

#include "core/recap.hpp"

#include <string>

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

} // namespace debrief::recap_detail
