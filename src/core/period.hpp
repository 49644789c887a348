// Report periods: weeks in the local zone (starting on the configured day) and explicit ranges.
// Calendar arithmetic, so a week across a DST change has 167 or 169 hours.
#pragma once

#include "core/time.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace debrief {

/// The half-open span [start, end).
struct Period {
  Seconds start = 0;
  Seconds end = 0;
  bool is_week = false;
  friend bool operator==(const Period&, const Period&) = default;
};

/// The week (start day `week_start`, 0 = Sunday) that contains `t` in `zone`.
Period week_containing(Seconds t, const Zone& zone, int week_start);

/// The same span moved by `weeks` calendar weeks (negative: back).
Period shift_weeks(const Period& p, int weeks, const Zone& zone);

/// The period just before `p`: the previous week, or a range of the same length.
Period previous_period(const Period& p, const Zone& zone);

/// `--week`: `this` (or empty), `last`, `-N` (N weeks ago), or any date (its week).
/// Throws UsageError naming the value and the accepted forms.
Period parse_week(std::string_view spec, Seconds now, const Zone& zone, int week_start);

/// `--since`/`--until`: a date means that whole day, and until is inclusive (of its day, or of
/// its second for a time); a missing since is the beginning (k_min_time), a missing until the
/// end of today (or of the day --since names, when that is later). Throws UsageError, also for
/// an --until before --since.
Period parse_range(const std::optional<std::string>& since, const std::optional<std::string>& until, Seconds now,
                   const Zone& zone, int week_start);

} // namespace debrief
