#include "core/error.hpp"
#include "core/period.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

using namespace debrief;
using debrief::test::ScopedTz;

namespace {

constexpr Seconds k_now = 1795428000; // Monday 2026-11-23 10:00 UTC
const FixedZone utc;

std::string show(const Period& p, const Zone& z = utc) {
  return format_iso(at_zone(p.start, z)) + " / " + format_iso(at_zone(p.end, z));
}

} // namespace

TEST_CASE("core::parse_week") {
  CHECK(show(parse_week("this", k_now, utc, 1)) == "2026-11-23T00:00:00+00:00 / 2026-11-30T00:00:00+00:00");
  CHECK(show(parse_week("", k_now, utc, 1)) == "2026-11-23T00:00:00+00:00 / 2026-11-30T00:00:00+00:00");
  CHECK(show(parse_week("last", k_now, utc, 1)) == "2026-11-16T00:00:00+00:00 / 2026-11-23T00:00:00+00:00");
  CHECK(show(parse_week("-2", k_now, utc, 1)) == "2026-11-09T00:00:00+00:00 / 2026-11-16T00:00:00+00:00");
  CHECK(show(parse_week("2026-11-18", k_now, utc, 1)) == "2026-11-16T00:00:00+00:00 / 2026-11-23T00:00:00+00:00");
  CHECK(show(parse_week("last friday", k_now, utc, 1)) == "2026-11-16T00:00:00+00:00 / 2026-11-23T00:00:00+00:00");
  CHECK(parse_week("this", k_now, utc, 1).is_week);
  CHECK_THROWS_WITH_AS(parse_week("someday", k_now, utc, 1),
                       "--week: invalid week 'someday' (accepted: this, last, -N for N weeks ago, or a date in the "
                       "week, e.g. 2026-11-16)",
                       UsageError);
  CHECK_THROWS_AS(parse_week("-x", k_now, utc, 1), UsageError);

  SUBCASE("weeks starting on Sunday") {
    CHECK(show(parse_week("this", k_now, utc, 0)) == "2026-11-22T00:00:00+00:00 / 2026-11-29T00:00:00+00:00");
    CHECK(show(parse_week("last", k_now, utc, 0)) == "2026-11-15T00:00:00+00:00 / 2026-11-22T00:00:00+00:00");
    // A Sunday belongs to the week it starts.
    CHECK(show(parse_week("2026-11-22", k_now, utc, 0)) == "2026-11-22T00:00:00+00:00 / 2026-11-29T00:00:00+00:00");
    CHECK(show(parse_week("2026-11-22", k_now, utc, 1)) == "2026-11-16T00:00:00+00:00 / 2026-11-23T00:00:00+00:00");
  }
  SUBCASE("across a year boundary") {
    constexpr Seconds new_year = 1798761600 + 36000; // Friday 2027-01-01 10:00 UTC
    CHECK(show(parse_week("this", new_year, utc, 1)) == "2026-12-28T00:00:00+00:00 / 2027-01-04T00:00:00+00:00");
    CHECK(show(parse_week("last", new_year, utc, 1)) == "2026-12-21T00:00:00+00:00 / 2026-12-28T00:00:00+00:00");
    CHECK(show(parse_week("last", new_year, utc, 0)) == "2026-12-20T00:00:00+00:00 / 2026-12-27T00:00:00+00:00");
  }
}

TEST_CASE("core::periods across DST changes") {
  ScopedTz tz("CET-1CEST,M3.5.0,M10.5.0/3");
  SystemZone berlin;
  SUBCASE("the spring week has 167 hours") {
    constexpr Seconds wed = 1774432800; // 2026-03-25 10:00 UTC
    auto w = parse_week("this", wed, berlin, 1);
    CHECK(show(w, berlin) == "2026-03-23T00:00:00+01:00 / 2026-03-30T00:00:00+02:00");
    CHECK(w.end - w.start == 167 * 3600);
    auto next = shift_weeks(w, 1, berlin);
    CHECK(show(next, berlin) == "2026-03-30T00:00:00+02:00 / 2026-04-06T00:00:00+02:00");
    CHECK(show(previous_period(next, berlin), berlin) == show(w, berlin));
  }
  SUBCASE("the autumn week has 169 hours; last week from the week after") {
    constexpr Seconds tue_after = 1792576800 + 7 * 86400; // 2026-10-28 10:00 UTC
    auto last = parse_week("last", tue_after, berlin, 1);
    CHECK(show(last, berlin) == "2026-10-19T00:00:00+02:00 / 2026-10-26T00:00:00+01:00");
    CHECK(last.end - last.start == 169 * 3600);
  }
  SUBCASE("since/until take whole local days") {
    auto p = parse_range(std::string("2026-03-28"), std::string("2026-03-29"), k_now, berlin, 1);
    CHECK(show(p, berlin) == "2026-03-28T00:00:00+01:00 / 2026-03-30T00:00:00+02:00");
    CHECK(p.end - p.start == 47 * 3600);
  }
}

TEST_CASE("core::parse_range") {
  auto p = parse_range(std::string("2026-11-01"), std::string("2026-11-30"), k_now, utc, 1);
  CHECK(show(p) == "2026-11-01T00:00:00+00:00 / 2026-12-01T00:00:00+00:00");
  CHECK_FALSE(p.is_week);
  CHECK(show(previous_period(p, utc)) == "2026-10-02T00:00:00+00:00 / 2026-11-01T00:00:00+00:00");
  // Until a time includes that second: `--until now` holds what was saved as the command began.
  CHECK(show(parse_range(std::string("2026-11-20 14:30"), std::string("2026-11-21 09:00"), k_now, utc, 1)) ==
        "2026-11-20T14:30:00+00:00 / 2026-11-21T09:00:01+00:00");
  CHECK(parse_range(std::string("now"), std::string("now"), k_now, utc, 1).end == k_now + 1);
  // Until defaults to the end of today; since to the beginning.
  CHECK(show(parse_range(std::string("yesterday"), std::nullopt, k_now, utc, 1)) ==
        "2026-11-22T00:00:00+00:00 / 2026-11-24T00:00:00+00:00");
  CHECK(parse_range(std::nullopt, std::string("2026-11-01"), k_now, utc, 1).start == k_min_time);
  CHECK(show(parse_range(std::string("last week"), std::nullopt, k_now, utc, 0)) ==
        "2026-11-15T00:00:00+00:00 / 2026-11-24T00:00:00+00:00");
  CHECK_THROWS_WITH_AS(parse_range(std::string("2026-11-30"), std::string("2026-11-01"), k_now, utc, 1),
                       "--until (2026-11-01) must be after --since (2026-11-30)", UsageError);
  CHECK_THROWS_AS(parse_range(std::string("2026-02-30"), std::nullopt, k_now, utc, 1), UsageError);
}
