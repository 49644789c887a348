// Report periods: see period.hpp.
#include "core/period.hpp"

#include "core/error.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace debrief {

namespace {

constexpr Seconds k_day = 86400;

Seconds floor_div(Seconds a, Seconds b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

/// Local day number (days since 1970-01-01) of an instant.
Seconds local_day(Seconds t, const Zone& zone) { return floor_div(t + zone.offset_at(t), k_day); }

/// The instant the local day `day` starts.
Seconds day_start(Seconds day, const Zone& zone) {
  auto c = to_civil(Instant{day * k_day, 0});
  c.hour = c.minute = c.second = 0;
  return from_civil(c, zone).utc;
}

} // namespace

Period week_containing(Seconds t, const Zone& zone, int week_start) {
  Seconds day = local_day(t, zone);
  int weekday = static_cast<int>(((day % 7) + 11) % 7); // 1970-01-01 was a Thursday
  Seconds first = day - (weekday - week_start + 7) % 7;
  return Period{day_start(first, zone), day_start(first + 7, zone), true};
}

Period shift_weeks(const Period& p, int weeks, const Zone& zone) {
  Seconds first = local_day(p.start, zone) + 7 * weeks;
  Seconds days = local_day(p.end, zone) - local_day(p.start, zone);
  return Period{day_start(first, zone), day_start(first + days, zone), p.is_week};
}

Period previous_period(const Period& p, const Zone& zone) {
  if (p.is_week) return shift_weeks(p, -1, zone);
  return Period{p.start - (p.end - p.start), p.start, false};
}

Period parse_week(std::string_view spec, Seconds now, const Zone& zone, int week_start) {
  const Period current = week_containing(now, zone, week_start);
  if (spec.empty() || spec == "this") return current;
  if (spec == "last") return shift_weeks(current, -1, zone);
  if (spec.size() >= 2 && spec.front() == '-' && spec.size() <= 5 &&
      spec.find_first_not_of("0123456789", 1) == std::string_view::npos)
    return shift_weeks(current, -std::stoi(std::string(spec.substr(1))), zone);
  try {
    auto when = parse_when(spec, now, zone, Direction::past, week_start);
    return week_containing(when.at.utc, zone, week_start);
  } catch (const UsageError&) {
    throw UsageError(fmt::format("--week: invalid week '{}' (accepted: this, last, -N for N weeks ago, or a date "
                                 "in the week, e.g. 2026-11-16)",
                                 spec));
  }
}

Period parse_range(const std::optional<std::string>& since, const std::optional<std::string>& until, Seconds now,
                   const Zone& zone, int week_start) {
  Period p{k_min_time, 0, false};
  if (since) {
    try {
      p.start = parse_when(*since, now, zone, Direction::past, week_start).at.utc;
    } catch (const UsageError& e) {
      throw UsageError(fmt::format("--since: {}", e.what()));
    }
  }
  if (until) {
    try {
      auto u = parse_when(*until, now, zone, Direction::past, week_start);
      // Up to and including that day, or that second: `--until now` holds what was saved in
      // the second the command started.
      p.end = u.date_only ? day_start(local_day(u.at.utc, zone) + 1, zone) : u.at.utc + 1;
    } catch (const UsageError& e) {
      throw UsageError(fmt::format("--until: {}", e.what()));
    }
  } else {
    // The end of today, or of the day --since names when that is later (`--since tomorrow`).
    p.end = day_start(std::max(local_day(now, zone), local_day(p.start, zone)) + 1, zone);
  }
  if (until && p.end <= p.start)
    throw UsageError(fmt::format("--until ({}) must be after --since ({})", *until, since.value_or("")));
  return p;
}

} // namespace debrief
