// What person.cpp and person_render.cpp share: the words of the view's lines. Internal to core:
// commands include person.hpp.
#pragma once

#include "core/person.hpp"

#include <string>

namespace debrief::person_detail {

/// Whole days from `from` to `to` (0 when `to` is not later).
int days_between(Seconds from, Seconds to);
/// `today`, `1 day`, `12 days`.
std::string age(int days);
/// `12 notes · 1 debrief · 0 reflections`
std::string counts(const PersonView& v);
/// `last contact Mon 23 Nov (debrief #42), 3 days ago`, or `no entries yet`.
std::string last_contact(const PersonView& v, Seconds now);
/// `made 12 days ago, due Sat 28 Nov` (`was due` when overdue).
std::string commitment_head(const PersonOpenCommitment& o, const RecapStyle& s);
/// `Mon 30 Nov: "how it went" (kept open)`
std::string review_words(const PersonReview& r, Seconds now);
/// `#5 done Mon 16 Nov: text — "closing note"`
std::string closed_words(const Commitment& c, const RecapStyle& style);
/// `Mon 23 Nov (#42, post-call)`
std::string better_head(const PersonBetter& b, Seconds now);
/// `self 2, nudged 1, told 1`
std::string month_figures(const PersonMonthRatio& m);
/// `won 3 · lost 1 · advanced 0 · stalled 2`
std::string outcomes(const PersonView& v);
bool any_outcome(const PersonView& v);
/// A scale's average with one decimal.
std::string average(const PersonScale& s);

} // namespace debrief::person_detail
