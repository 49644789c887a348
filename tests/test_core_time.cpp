#include "core/error.hpp"
#include "core/time.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

using namespace debrief;
using debrief::test::ScopedTz;

namespace {

// Monday 2026-11-23 10:00:00 UTC.
constexpr Seconds k_now = 1795428000;
const FixedZone utc;

std::string when(std::string_view text, Direction d = Direction::past, const Zone& zone = utc, Seconds now = k_now,
                 int week_start = 1) {
  return format_iso(parse_when(text, now, zone, d, week_start).at);
}

bool date_only(std::string_view text) { return parse_when(text, k_now, utc).date_only; }

// Central Europe: DST from the last Sunday of March 02:00 to the last Sunday of October 03:00.
constexpr const char* k_berlin = "CET-1CEST,M3.5.0,M10.5.0/3";
// US Eastern: DST from the second Sunday of March to the first Sunday of November, 02:00.
constexpr const char* k_new_york = "EST5EDT,M3.2.0,M11.1.0";

} // namespace

TEST_CASE("core::parse_when ISO forms") {
  CHECK(when("2026-11-20") == "2026-11-20T00:00:00+00:00");
  CHECK(date_only("2026-11-20"));
  CHECK(when("2026-11-20 14:30") == "2026-11-20T14:30:00+00:00");
  CHECK_FALSE(date_only("2026-11-20 14:30"));
  CHECK(when("2026-11-20T14:30") == "2026-11-20T14:30:00+00:00");
  CHECK(when("2026-11-20 14:30:59") == "2026-11-20T14:30:59+00:00");
  CHECK(when("2026-11-20T14:30+01:00") == "2026-11-20T14:30:00+01:00");
  CHECK(parse_when("2026-11-20T14:30+01:00", k_now, utc).at.utc == 1795185000 - 3600);
  CHECK(when("2026-11-20T14:30-0530") == "2026-11-20T14:30:00-05:30");
  CHECK(when("2026-11-20T14:30Z") == "2026-11-20T14:30:00+00:00");
  CHECK(when("2026-11-20t14:30z") == "2026-11-20T14:30:00+00:00");
  CHECK(when("  2026-11-20   14:30 ") == "2026-11-20T14:30:00+00:00");
}

TEST_CASE("core::parse_when leap days and impossible dates") {
  CHECK(when("2028-02-29") == "2028-02-29T00:00:00+00:00");
  CHECK(when("2000-02-29") == "2000-02-29T00:00:00+00:00");
  CHECK_THROWS_AS(parse_when("2026-02-29", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("1900-02-29", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("2026-04-31", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("2026-13-01", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("2026-00-10", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("2026-11-20 24:00", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("2026-11-20 12:60", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("2026-11-20T14:30+15:00", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("2026-11-20T14:30+14:01", k_now, utc), UsageError); // beyond ±14:00
  CHECK_THROWS_AS(parse_when("9999-12-30T23:59:59-14:01", k_now, utc), UsageError);
  CHECK(parse_when("2026-11-20T14:30-14:00", k_now, utc).at.offset == -14 * 3600);
  CHECK_THROWS_AS(parse_when("2026-11-2", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("2026-11-20 14", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("2026-11-20x", k_now, utc), UsageError);
}

TEST_CASE("core::parse_when error messages name the text and the accepted forms") {
  CHECK_THROWS_WITH_AS(
      parse_when("2026-02-30", k_now, utc),
      (std::string("invalid date '2026-02-30': no such day (accepted: ") + k_accepted_dates + ")").c_str(), UsageError);
  CHECK_THROWS_WITH_AS(parse_when("next blursday", k_now, utc),
                       "invalid date 'next blursday'; did you mean 'next thursday'?", UsageError);
  CHECK_THROWS_WITH_AS(parse_when("tomorow 3pm", k_now, utc),
                       "invalid date 'tomorow 3pm'; did you mean 'tomorrow 3pm'?", UsageError);
  CHECK_THROWS_WITH_AS(parse_when("next gloopday", k_now, utc),
                       (std::string("invalid date 'next gloopday' (accepted: ") + k_accepted_dates + ")").c_str(),
                       UsageError);
  CHECK_THROWS_WITH_AS(
      parse_when("yesterday 25:00", k_now, utc),
      (std::string("invalid date 'yesterday 25:00': no such time (accepted: ") + k_accepted_dates + ")").c_str(),
      UsageError);
}

TEST_CASE("core::parse_when words") {
  CHECK(when("now") == "2026-11-23T10:00:00+00:00");
  CHECK(when("NOW") == "2026-11-23T10:00:00+00:00");
  CHECK(when("today") == "2026-11-23T00:00:00+00:00");
  CHECK(date_only("today"));
  CHECK(when("yesterday") == "2026-11-22T00:00:00+00:00");
  CHECK(when("tomorrow") == "2026-11-24T00:00:00+00:00");
  CHECK(when("yesterday 15:00") == "2026-11-22T15:00:00+00:00");
  CHECK_FALSE(date_only("yesterday 15:00"));
  CHECK(when("today at 3:30pm") == "2026-11-23T15:30:00+00:00");
  CHECK(when("tomorrow 9am") == "2026-11-24T09:00:00+00:00");
  CHECK(when("today 12am") == "2026-11-23T00:00:00+00:00");
  CHECK(when("today 12pm") == "2026-11-23T12:00:00+00:00");
  CHECK(when("15:00") == "2026-11-23T15:00:00+00:00");
  CHECK(when("9:05:30") == "2026-11-23T09:05:30+00:00");
  CHECK_THROWS_AS(parse_when("13pm", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("today 15", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("today 15:00 extra", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("   ", k_now, utc), UsageError);
  CHECK_THROWS_AS(parse_when("soon", k_now, utc), UsageError);
}

TEST_CASE("core::parse_when weekday names") {
  // k_now is a Monday.
  SUBCASE("past: the most recent one before today") {
    CHECK(when("friday") == "2026-11-20T00:00:00+00:00");
    CHECK(when("fri 9:30") == "2026-11-20T09:30:00+00:00");
    CHECK(when("Sunday") == "2026-11-22T00:00:00+00:00");
    CHECK(when("monday") == "2026-11-16T00:00:00+00:00");
    CHECK(when("tues") == "2026-11-17T00:00:00+00:00");
  }
  SUBCASE("future: the next one after today") {
    CHECK(when("friday", Direction::future) == "2026-11-27T00:00:00+00:00");
    CHECK(when("monday", Direction::future) == "2026-11-30T00:00:00+00:00");
    CHECK(when("tuesday 10:00", Direction::future) == "2026-11-24T10:00:00+00:00");
  }
  SUBCASE("last and next override the direction") {
    CHECK(when("last friday", Direction::future) == "2026-11-20T00:00:00+00:00");
    CHECK(when("next friday") == "2026-11-27T00:00:00+00:00");
    CHECK(when("next monday") == "2026-11-30T00:00:00+00:00");
  }
}

TEST_CASE("core::parse_when weeks") {
  CHECK(when("this week") == "2026-11-23T00:00:00+00:00");
  CHECK(when("last week") == "2026-11-16T00:00:00+00:00");
  CHECK(when("next week") == "2026-11-30T00:00:00+00:00");
  CHECK(date_only("last week"));
  SUBCASE("weeks starting on Sunday") {
    CHECK(when("this week", Direction::past, utc, k_now, 0) == "2026-11-22T00:00:00+00:00");
    CHECK(when("last week", Direction::past, utc, k_now, 0) == "2026-11-15T00:00:00+00:00");
  }
  SUBCASE("across a year boundary") {
    // Friday 2027-01-01 10:00 UTC: last week began on Monday 2026-12-21.
    constexpr Seconds new_year = 1798761600 + 36000;
    CHECK(when("last week", Direction::past, utc, new_year) == "2026-12-21T00:00:00+00:00");
    CHECK(when("yesterday", Direction::past, utc, new_year) == "2026-12-31T00:00:00+00:00");
  }
}

TEST_CASE("core::parse_when years 1900 to 9999") {
  // Caught by fuzz_when's round trip: these once gave years that export wrote and import could not read, and
  // `in 800000 months` wrapped std::chrono::year around to 3156.
  CHECK(when("1900-01-01") == "1900-01-01T00:00:00+00:00");
  CHECK(when("9999-12-30T23:59:59") == "9999-12-30T23:59:59+00:00");
  CHECK(when("9999-12-31T09:00:00+14:00") == "9999-12-31T09:00:00+14:00");
  CHECK(when("1899-12-31T23:00:00-01:00") == "1899-12-31T23:00:00-01:00");
  // The whole of 9999 on the local clock, as long as UTC is still in 9999 too.
  CHECK(when("9999-12-31") == "9999-12-31T00:00:00+00:00");
  CHECK(when("9999-12-31 23:59") == "9999-12-31T23:59:00+00:00");
  CHECK(when("9999-12-30T23:00:00-01:00") == "9999-12-30T23:00:00-01:00");
  CHECK(when("9999-12-31T23:59:59+14:00") == "9999-12-31T23:59:59+14:00");
  for (const char* text : {"1899-12-31", "0000-01-01", "9999-12-31T23:00:00-01:00", "in 999999 months",
                           "in 800000 months", "999999 weeks ago", "in 999999 weeks", "999999 days ago"})
    CHECK_THROWS_WITH_AS(parse_when(text, k_now, utc),
                         (std::string("invalid date '") + text +
                          "': out of range (years 1900 to 9999) (accepted: " + k_accepted_dates + ")")
                             .c_str(),
                         UsageError);
}

TEST_CASE("core::parse_when relative amounts") {
  CHECK(when("3 days ago") == "2026-11-20T00:00:00+00:00");
  CHECK(when("3d ago") == "2026-11-20T00:00:00+00:00");
  CHECK(when("1 day ago 15:00") == "2026-11-22T15:00:00+00:00");
  CHECK(when("2 weeks ago") == "2026-11-09T00:00:00+00:00");
  CHECK(when("1w ago") == "2026-11-16T00:00:00+00:00");
  CHECK(when("in 3 days") == "2026-11-26T00:00:00+00:00");
  CHECK(when("in 2 weeks") == "2026-12-07T00:00:00+00:00");
  CHECK(when("in 1 month") == "2026-12-23T00:00:00+00:00");
  CHECK(when("2 months ago") == "2026-09-23T00:00:00+00:00");
  CHECK(when("5h ago") == "2026-11-23T05:00:00+00:00");
  CHECK(when("2 hours ago") == "2026-11-23T08:00:00+00:00");
  CHECK(when("in 2h") == "2026-11-23T12:00:00+00:00");
  CHECK(when("90 min ago") == "2026-11-23T08:30:00+00:00");
  CHECK(when("30m ago") == "2026-11-23T09:30:00+00:00");
  CHECK(when("45 minutes ago") == "2026-11-23T09:15:00+00:00");
  CHECK(when("0 days ago") == "2026-11-23T00:00:00+00:00");
  SUBCASE("months clamp to the last day") {
    constexpr Seconds march_31 = 1774915200 + 36000; // 2026-03-31 10:00 UTC
    CHECK(when("1 month ago", Direction::past, utc, march_31) == "2026-02-28T00:00:00+00:00");
  }
  SUBCASE("units are never ambiguous") {
    CHECK_THROWS_AS(parse_when("3mo ago", k_now, utc), UsageError); // months are never abbreviated
    CHECK_THROWS_AS(parse_when("3 mon ago", k_now, utc), UsageError);
    CHECK_THROWS_AS(parse_when("3 days", k_now, utc), UsageError); // ago or in is required
    CHECK_THROWS_AS(parse_when("in 3", k_now, utc), UsageError);
    CHECK_THROWS_AS(parse_when("5h ago 15:00", k_now, utc), UsageError);
    CHECK_THROWS_AS(parse_when("in 2h 15:00", k_now, utc), UsageError);
    CHECK_THROWS_AS(parse_when("-3 days ago", k_now, utc), UsageError);
    CHECK_THROWS_AS(parse_when("9999999 days ago", k_now, utc), UsageError);
  }
}

TEST_CASE("core::parse_when in the local zone (TZ)") {
  SUBCASE("a fixed-offset TZ") {
    ScopedTz tz("UTC-5:30"); // POSIX sign: 5:30 east of UTC
    SystemZone local;
    CHECK(when("today", Direction::past, local) == "2026-11-23T00:00:00+05:30");
    CHECK(when("yesterday 15:00", Direction::past, local) == "2026-11-22T15:00:00+05:30");
    CHECK(when("now", Direction::past, local) == "2026-11-23T15:30:00+05:30");
  }
  SUBCASE("the local day is not the UTC day") {
    ScopedTz tz(k_new_york);
    SystemZone local;
    // 2026-11-23 03:00 UTC is still Sunday 22:00 in New York.
    constexpr Seconds late = 1795428000 - 7 * 3600;
    CHECK(when("today", Direction::past, local, late) == "2026-11-22T00:00:00-05:00");
    CHECK(when("yesterday", Direction::past, local, late) == "2026-11-21T00:00:00-05:00");
  }
}

TEST_CASE("core::parse_when across DST changes") {
  ScopedTz tz(k_berlin);
  SystemZone berlin;
  SUBCASE("a skipped wall-clock time moves forward by the jump") {
    auto t = parse_when("2026-03-29 02:30", k_now, berlin).at;
    CHECK(t.utc == 1774747800); // 01:30 UTC
    CHECK(format_iso(t) == "2026-03-29T03:30:00+02:00");
  }
  SUBCASE("a repeated wall-clock time resolves to its first occurrence") {
    auto t = parse_when("2026-10-25 02:30", k_now, berlin).at;
    CHECK(t.utc == 1792888200); // 00:30 UTC, still summer time
    CHECK(format_iso(t) == "2026-10-25T02:30:00+02:00");
  }
  SUBCASE("days before and after the change") {
    CHECK(format_iso(parse_when("2026-03-28 12:00", k_now, berlin).at) == "2026-03-28T12:00:00+01:00");
    CHECK(format_iso(parse_when("2026-03-29 12:00", k_now, berlin).at) == "2026-03-29T12:00:00+02:00");
    CHECK(format_iso(parse_when("2026-10-25 12:00", k_now, berlin).at) == "2026-10-25T12:00:00+01:00");
  }
  SUBCASE("relative days count calendar days, not 24-hour spans") {
    constexpr Seconds monday_after = 1774864800; // 2026-03-30 10:00 UTC, 12:00 CEST
    CHECK(when("yesterday 12:00", Direction::past, berlin, monday_after) == "2026-03-29T12:00:00+02:00");
    CHECK(when("2 days ago", Direction::past, berlin, monday_after) == "2026-03-28T00:00:00+01:00");
    CHECK(when("last week", Direction::past, berlin, monday_after) == "2026-03-23T00:00:00+01:00");
    // Sunday 29 March, the day of the change, has 23 hours.
    CHECK(parse_when("today", monday_after, berlin).at.utc - parse_when("yesterday", monday_after, berlin).at.utc ==
          82800);
    CHECK(parse_when("yesterday", monday_after, berlin).at.utc -
              parse_when("2 days ago", monday_after, berlin).at.utc ==
          86400);
  }
  SUBCASE("hours are exact spans across the change") {
    constexpr Seconds after_jump = 1774747800; // 03:30 CEST on the change day
    CHECK(when("2h ago", Direction::past, berlin, after_jump) == "2026-03-29T00:30:00+01:00");
  }
}

TEST_CASE("core::from_civil and to_civil") {
  CivilTime c{2026, 11, 20, 14, 30, 0};
  auto t = from_civil(c, FixedZone(3600));
  CHECK(t.utc == 1795185000 - 3600);
  auto back = to_civil(t);
  CHECK(back.year == 2026);
  CHECK(back.month == 11);
  CHECK(back.day == 20);
  CHECK(back.hour == 14);
  CHECK(to_civil(Instant{-1, 0}).year == 1969);
  CHECK(to_civil(Instant{-1, 0}).second == 59);
}

TEST_CASE("core::format") {
  Instant t{1795185000, 3600}; // 2026-11-20 15:30 at +01:00
  CHECK(format_short(t, k_now) == "Fri 20 Nov 15:30");
  CHECK(format_short(t, k_now + 365 * 86400) == "Fri 20 Nov 2026 15:30");
  CHECK(format_minute(t) == "2026-11-20 15:30");
  CHECK(format_day(t, k_now) == "Fri 20 Nov");
  CHECK(format_day(t, k_now + 365 * 86400) == "Fri 20 Nov 2026");
  CHECK(format_iso(t) == "2026-11-20T15:30:00+01:00");
  CHECK(format_iso(Instant{1795185000, -(5 * 3600 + 1800)}) == "2026-11-20T09:00:00-05:30");
}
