// Instants, time zones and the date forms users type (`yesterday 15:00`, `3 days ago`, ISO).
// Pure: the current time and the zone are always passed in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace debrief {

/// Seconds since the Unix epoch, UTC.
using Seconds = std::int64_t;

/// A moment plus the UTC offset (seconds east) that was local when it happened.
struct Instant {
  Seconds utc = 0;
  int offset = 0;
  friend bool operator==(const Instant&, const Instant&) = default;
};

/// A time zone: the UTC offset in force at a given instant.
class Zone {
 public:
  virtual ~Zone() = default;
  virtual int offset_at(Seconds utc) const = 0;
};

/// A zone with one fixed offset (UTC when 0).
class FixedZone final : public Zone {
 public:
  explicit FixedZone(int offset_seconds = 0) : offset_(offset_seconds) {}
  int offset_at(Seconds) const override { return offset_; }

 private:
  int offset_;
};

/// The C library's local zone, which follows `TZ` (call tzset() after changing it).
class SystemZone final : public Zone {
 public:
  int offset_at(Seconds utc) const override;
};

/// A calendar day and time of day, as seen on a wall clock.
struct CivilTime {
  int year = 1970;
  unsigned month = 1;
  unsigned day = 1;
  int hour = 0;
  int minute = 0;
  int second = 0;
};

/// The wall-clock reading of `t` in its own offset.
CivilTime to_civil(const Instant& t);

/// The instant a wall-clock reading denotes in `zone`. A reading skipped by a DST jump moves
/// forward by the jump (02:30 → 03:30); a repeated one resolves to its first occurrence.
Instant from_civil(const CivilTime& c, const Zone& zone);

/// The instant `utc` with the offset `zone` had then.
Instant at_zone(Seconds utc, const Zone& zone);

/// Whether a relative day name means the most recent past one or the next one.
enum class Direction { past, future };

struct ParsedWhen {
  Instant at;
  bool date_only = false; ///< a day without a time of day: `at` is that day's start
};

/// The moments debrief accepts: from 1900-01-01T00:00Z, and up to, not including, the year 10000
/// both in UTC and on the local clock where they happen, so every one prints with a four-digit
/// year in UTC and in its own offset, and reads back.
inline constexpr Seconds k_min_time = -2208988800;
inline constexpr Seconds k_max_time = 253402300800;

/// Whether `t` is such a moment.
bool in_range(const Instant& t);

/// Parses every date form of the product brief. Throws UsageError naming the text and the
/// accepted forms, and for a moment outside [k_min_time, k_max_time).
/// `week_start` is 0 for Sunday … 6 for Saturday (ISO Monday = 1).
ParsedWhen parse_when(std::string_view text, Seconds now, const Zone& zone, Direction direction = Direction::past,
                      int week_start = 1);

/// The accepted forms, for help texts and errors.
extern const char* const k_accepted_dates;

/// `Mon 23 Nov 15:00`, with the year added when it is not `now`'s year.
std::string format_short(const Instant& t, Seconds now);
/// `Mon 30 Nov` (with the year when it is not `now`'s): for due dates.
std::string format_day(const Instant& t, Seconds now);
/// `2026-11-23 15:00`
std::string format_minute(const Instant& t);
/// `2026-11-23T15:00:00+01:00`
std::string format_iso(const Instant& t);

} // namespace debrief
