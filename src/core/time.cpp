// Date parsing and formatting. The forms are listed in k_accepted_dates and in debrief(1).
#include "core/time.hpp"

#include "core/error.hpp"
#include "core/sanitize.hpp"
#include "core/suggest.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <chrono>
#include <ctime>
#include <optional>
#include <vector>

namespace debrief {

const char* const k_accepted_dates =
    "YYYY-MM-DD[ HH:MM[:SS]][Z|+HH:MM], now, today, yesterday, tomorrow, a weekday name, "
    "last/next <weekday>, this/last/next week, N days|weeks|months ago, in N days|weeks|months, "
    "Nh ago, N min ago, in Nh; a day may be followed by HH:MM or 3pm";

namespace {

constexpr Seconds k_day = 86400;

Seconds floor_div(Seconds a, Seconds b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

Seconds days_from_civil(int y, unsigned m, unsigned d) {
  using namespace std::chrono;
  return sys_days{year{y} / month{m} / day{d}}.time_since_epoch().count();
}

std::chrono::year_month_day civil_from_days(Seconds days) {
  using namespace std::chrono;
  return year_month_day{sys_days{std::chrono::days{days}}};
}

/// 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday.
int weekday_of(Seconds days) { return static_cast<int>(((days % 7) + 11) % 7); }

constexpr std::string_view k_out_of_range = "out of range (years 1900 to 9999)";

[[noreturn]] void fail(std::string_view text, std::string_view why = {}) {
  // The text as typed, every byte that would not show as itself escaped (`\u001b`).
  const auto shown = escape_unprintable(text);
  if (why.empty()) throw UsageError(fmt::format("invalid date '{}' (accepted: {})", shown, k_accepted_dates));
  throw UsageError(fmt::format("invalid date '{}': {} (accepted: {})", shown, why, k_accepted_dates));
}

std::string lower_squeezed(std::string_view text) {
  std::string out;
  bool space = false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isspace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= s.size()) {
    auto end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) words.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

/// Reads exactly `n` digits at `pos`.
std::optional<int> digits(std::string_view s, std::size_t& pos, std::size_t n) {
  if (pos + n > s.size()) return std::nullopt;
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) {
    char c = s[pos + i];
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  pos += n;
  return v;
}

/// A non-negative count like `3` or `12` (at most 6 digits).
std::optional<long> count(std::string_view s) {
  if (s.empty() || s.size() > 6) return std::nullopt;
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

struct TimeOfDay {
  int hour = 0, minute = 0, second = 0;
};

/// `15:00`, `9:30`, `15:00:10`, `3pm`, `3:30pm`, `12am`. Sets `bad` for a well-formed but
/// impossible time such as `25:00`.
std::optional<TimeOfDay> parse_time_of_day(std::string_view s, bool& bad) {
  int meridiem = 0; // 1 am, 2 pm
  if (s.size() > 2 && (s.ends_with("am") || s.ends_with("pm"))) {
    meridiem = s.ends_with("am") ? 1 : 2;
    s.remove_suffix(2);
  }
  std::size_t pos = 0;
  std::size_t hour_digits = 0;
  while (pos + hour_digits < s.size() && hour_digits < 3 && std::isdigit(static_cast<unsigned char>(s[hour_digits])))
    ++hour_digits;
  if (hour_digits == 0 || hour_digits > 2) return std::nullopt;
  TimeOfDay t;
  t.hour = *digits(s, pos, hour_digits);
  if (pos < s.size()) {
    if (s[pos] != ':') return std::nullopt;
    ++pos;
    auto m = digits(s, pos, 2);
    if (!m) return std::nullopt;
    t.minute = *m;
    if (pos < s.size()) {
      if (s[pos] != ':' || meridiem) return std::nullopt;
      ++pos;
      auto sec = digits(s, pos, 2);
      if (!sec || pos != s.size()) return std::nullopt;
      t.second = *sec;
    }
  } else if (!meridiem) {
    return std::nullopt; // a bare number is not a time
  }
  if (meridiem) {
    if (t.hour < 1 || t.hour > 12) {
      bad = true;
      return std::nullopt;
    }
    t.hour = (t.hour % 12) + (meridiem == 2 ? 12 : 0);
  }
  if (t.hour > 23 || t.minute > 59 || t.second > 59) {
    bad = true;
    return std::nullopt;
  }
  return t;
}

/// ISO 8601 as people type it: `2026-11-20`, `2026-11-20 14:30`, `2026-11-20T14:30:05+01:00`.
/// Returns nullopt when the text is not ISO-shaped; fails when it is but names no real moment.
std::optional<ParsedWhen> parse_iso(std::string_view original, std::string_view s, const Zone& zone) {
  std::size_t pos = 0;
  auto y = digits(s, pos, 4);
  if (!y || pos >= s.size() || s[pos] != '-') return std::nullopt;
  ++pos;
  auto mo = digits(s, pos, 2);
  if (!mo || pos >= s.size() || s[pos] != '-') return std::nullopt;
  ++pos;
  auto d = digits(s, pos, 2);
  if (!d) return std::nullopt;

  CivilTime c{*y, static_cast<unsigned>(*mo), static_cast<unsigned>(*d), 0, 0, 0};
  using namespace std::chrono;
  if (!year_month_day{year{c.year} / month{c.month} / day{c.day}}.ok()) fail(original, "no such day");
  if (pos == s.size()) return ParsedWhen{from_civil(c, zone), true};

  if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') return std::nullopt;
  ++pos;
  auto rest = s.substr(pos);
  // Split the time from a trailing zone designator.
  auto zpos = rest.find_first_of("zZ+-");
  auto time_text = rest.substr(0, zpos);
  bool bad = false;
  auto tod = parse_time_of_day(time_text, bad);
  if (!tod) {
    if (bad) fail(original, "no such time");
    fail(original);
  }
  c.hour = tod->hour;
  c.minute = tod->minute;
  c.second = tod->second;
  if (zpos == std::string_view::npos) return ParsedWhen{from_civil(c, zone), false};

  auto zone_text = rest.substr(zpos);
  int offset = 0;
  if (zone_text != "z" && zone_text != "Z") {
    int sign = zone_text[0] == '-' ? -1 : 1;
    std::size_t zp = 1;
    auto hh = digits(zone_text, zp, 2);
    std::optional<int> mm = 0;
    if (hh && zp < zone_text.size()) {
      if (zone_text[zp] == ':') ++zp;
      mm = digits(zone_text, zp, 2);
    }
    if (!hh || !mm || zp != zone_text.size()) fail(original);
    if (*hh > 14 || *mm > 59 || (*hh == 14 && *mm > 0)) fail(original, "no such UTC offset (at most ±14:00)");
    offset = sign * (*hh * 3600 + *mm * 60);
  }
  Seconds local = days_from_civil(c.year, c.month, c.day) * k_day + c.hour * 3600 + c.minute * 60 + c.second;
  return ParsedWhen{Instant{local - offset, offset}, false};
}

enum class Unit { minute, hour, day, week, month };

std::optional<Unit> parse_unit(std::string_view u) {
  static const std::array<std::pair<std::string_view, Unit>, 17> units{{
      {"m", Unit::minute},
      {"min", Unit::minute},
      {"mins", Unit::minute},
      {"minute", Unit::minute},
      {"minutes", Unit::minute},
      {"h", Unit::hour},
      {"hour", Unit::hour},
      {"hours", Unit::hour},
      {"d", Unit::day},
      {"day", Unit::day},
      {"days", Unit::day},
      {"w", Unit::week},
      {"week", Unit::week},
      {"weeks", Unit::week},
      {"month", Unit::month},
      {"months", Unit::month},
      {"hr", Unit::hour},
  }};
  for (const auto& [name, unit] : units)
    if (name == u) return unit;
  return std::nullopt;
}

/// `3`, `days` or the compact `3d` into a count and unit.
std::optional<std::pair<long, Unit>> parse_amount(const std::vector<std::string>& w, std::size_t& i) {
  if (i >= w.size()) return std::nullopt;
  if (auto n = count(w[i]); n && i + 1 < w.size()) {
    if (auto u = parse_unit(w[i + 1])) {
      i += 2;
      return std::pair{*n, *u};
    }
    return std::nullopt;
  }
  const auto& word = w[i];
  std::size_t k = 0;
  while (k < word.size() && std::isdigit(static_cast<unsigned char>(word[k]))) ++k;
  if (k == 0) return std::nullopt;
  auto n = count(std::string_view(word).substr(0, k));
  auto u = parse_unit(std::string_view(word).substr(k));
  if (!n || !u || *u == Unit::month) return std::nullopt; // months are never abbreviated
  ++i;
  return std::pair{*n, *u};
}

std::optional<int> parse_weekday(std::string_view w) {
  static const std::array<std::string_view, 7> full{"sunday",   "monday", "tuesday", "wednesday",
                                                    "thursday", "friday", "saturday"};
  for (int d = 0; d < 7; ++d) {
    auto name = full[static_cast<std::size_t>(d)];
    if (w == name || w == name.substr(0, 3)) return d;
  }
  if (w == "tues") return 2;
  if (w == "thur" || w == "thurs") return 4;
  return std::nullopt;
}

/// The day `months` calendar months from `days`, or nullopt past the years debrief accepts
/// (std::chrono::year holds only ±32767: `in 800000 months` must not wrap around to 3156).
std::optional<Seconds> add_months(Seconds days, long months) {
  using namespace std::chrono;
  auto ymd = civil_from_days(days);
  long total = static_cast<int>(ymd.year()) * 12L + static_cast<unsigned>(ymd.month()) - 1 + months;
  long y = floor_div(total, 12);
  if (y < 1800 || y > 10000) return std::nullopt;
  year_month target{year{static_cast<int>(y)}, month{static_cast<unsigned>(total - y * 12 + 1)}};
  auto last = year_month_day_last{target.year(), month_day_last{target.month()}}.day();
  auto d = ymd.day() > last ? last : ymd.day();
  return sys_days{target / d}.time_since_epoch().count();
}

} // namespace

int SystemZone::offset_at(Seconds utc) const {
  std::time_t t = static_cast<std::time_t>(utc);
  std::tm tm{};
  if (!localtime_r(&t, &tm)) return 0;
  return static_cast<int>(tm.tm_gmtoff);
}

CivilTime to_civil(const Instant& t) {
  Seconds local = t.utc + t.offset;
  Seconds days = floor_div(local, k_day);
  Seconds secs = local - days * k_day;
  auto ymd = civil_from_days(days);
  return CivilTime{static_cast<int>(ymd.year()),  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                   static_cast<int>(secs / 3600), static_cast<int>(secs % 3600 / 60), static_cast<int>(secs % 60)};
}

Instant from_civil(const CivilTime& c, const Zone& zone) {
  Seconds local = days_from_civil(c.year, c.month, c.day) * k_day + c.hour * 3600 + c.minute * 60 + c.second;
  // The offsets a day either side bracket any transition near this reading.
  int before = zone.offset_at(local - k_day);
  int after = zone.offset_at(local + k_day);
  std::optional<Seconds> best;
  for (int o : {before, after}) {
    Seconds utc = local - o;
    if (zone.offset_at(utc) == o && (!best || utc < *best)) best = utc;
  }
  Seconds utc = best ? *best : local - before; // in a gap: move forward by the jump
  return Instant{utc, zone.offset_at(utc)};
}

Instant at_zone(Seconds utc, const Zone& zone) { return Instant{utc, zone.offset_at(utc)}; }

namespace {

/// What the words before a time of day name: an exact moment ("in 2 hours"), or a day (as
/// days since the epoch) with the index of the first word after it. Neither: no day named.
struct DayWords {
  std::optional<ParsedWhen> exact;
  std::optional<Seconds> day;
  std::size_t next = 0;
};

DayWords parse_day_words(std::string_view text, const std::vector<std::string>& w, Seconds now, const Zone& zone,
                         Seconds today, Direction direction, int week_start) {
  DayWords out;
  std::size_t& i = out.next;
  std::optional<Seconds>& day = out.day;
  auto relative = [&](long n, Unit unit, int sign) -> std::optional<ParsedWhen> {
    switch (unit) {
    case Unit::minute: return ParsedWhen{at_zone(now + sign * n * 60, zone), false};
    case Unit::hour: return ParsedWhen{at_zone(now + sign * n * 3600, zone), false};
    case Unit::day: day = today + sign * n; break;
    case Unit::week: day = today + sign * n * 7; break;
    case Unit::month:
      day = add_months(today, sign * n);
      if (!day) fail(text, k_out_of_range);
      break;
    }
    return std::nullopt;
  };

  if (w[0] == "today" || w[0] == "yesterday" || w[0] == "tomorrow") {
    day = today + (w[0] == "yesterday" ? -1 : w[0] == "tomorrow" ? 1 : 0);
    i = 1;
  } else if (w[0] == "in") {
    i = 1;
    auto amount = parse_amount(w, i);
    if (!amount) fail(text);
    if (auto exact = relative(amount->first, amount->second, 1)) {
      if (i != w.size()) fail(text);
      out.exact = exact;
    }
  } else if ((w[0] == "this" || w[0] == "last" || w[0] == "next") && w.size() >= 2 && w[1] == "week") {
    int since_start = (weekday_of(today) - week_start + 7) % 7;
    day = today - since_start + (w[0] == "last" ? -7 : w[0] == "next" ? 7 : 0);
    i = 2;
  } else if ((w[0] == "last" || w[0] == "next") && w.size() >= 2 && parse_weekday(w[1])) {
    int target = *parse_weekday(w[1]);
    int wd = weekday_of(today);
    day = w[0] == "last" ? today - ((wd - target + 6) % 7 + 1) : today + ((target - wd + 6) % 7 + 1);
    i = 2;
  } else if (auto wd_target = parse_weekday(w[0])) {
    int wd = weekday_of(today);
    day = direction == Direction::past ? today - ((wd - *wd_target + 6) % 7 + 1)
                                       : today + ((*wd_target - wd + 6) % 7 + 1);
    i = 1;
  } else if (auto amount = parse_amount(w, i)) {
    if (i >= w.size() || w[i] != "ago") fail(text);
    ++i;
    if (auto exact = relative(amount->first, amount->second, -1)) {
      if (i != w.size()) fail(text);
      out.exact = exact;
    }
  } else {
    day.reset(); // a bare time of day means today
  }
  return out;
}

/// A bare time of day ("14:30", "2pm"): today at that time.
ParsedWhen time_today(std::string_view text, const std::vector<std::string>& w, Seconds today, const Zone& zone) {
  bool bad = false;
  if (w.size() == 1) {
    if (auto tod = parse_time_of_day(w[0], bad)) {
      auto ymd = civil_from_days(today);
      CivilTime c{static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()),
                  tod->hour,
                  tod->minute,
                  tod->second};
      return ParsedWhen{from_civil(c, zone), false};
    }
  }
  if (bad) fail(text, "no such time");
  fail(text);
}

/// `day`, then the words from `i`: nothing (the day itself), or "[at] TIME".
ParsedWhen day_at(std::string_view text, const std::vector<std::string>& w, std::size_t i, Seconds day,
                  const Zone& zone) {
  auto ymd = civil_from_days(day);
  CivilTime c{
      static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), 0, 0, 0};
  if (i < w.size() && w[i] == "at") ++i;
  if (i == w.size()) return ParsedWhen{from_civil(c, zone), true};
  bool bad = false;
  auto tod = i + 1 == w.size() ? parse_time_of_day(w[i], bad) : std::nullopt;
  if (!tod) {
    if (bad) fail(text, "no such time");
    fail(text);
  }
  c.hour = tod->hour;
  c.minute = tod->minute;
  c.second = tod->second;
  return ParsedWhen{from_civil(c, zone), false};
}

ParsedWhen parse_any(std::string_view text, Seconds now, const Zone& zone, Direction direction, int week_start) {
  const std::string s = lower_squeezed(text);
  if (s.empty()) fail(text);
  if (s == "now") return ParsedWhen{at_zone(now, zone), false};
  if (std::isdigit(static_cast<unsigned char>(s[0])) && s.size() >= 10 && s[4] == '-') {
    if (auto iso = parse_iso(text, s, zone)) return *iso;
    fail(text);
  }
  const auto w = split_words(s);
  const Instant here = at_zone(now, zone);
  const Seconds today = floor_div(here.utc + here.offset, k_day);
  const DayWords named = parse_day_words(text, w, now, zone, today, direction, week_start);
  if (named.exact) return *named.exact;
  if (!named.day) return time_today(text, w, today, zone);
  return day_at(text, w, named.next, *named.day, zone);
}

/// `text` with each misspelt date word (within edit distance 2 of one) replaced by it, when
/// that reads as a date: "tomorow" → "tomorrow", "last fridy" → "last friday".
std::optional<std::string> corrected_date(std::string_view text, Seconds now, const Zone& zone, Direction direction,
                                          int week_start) {
  static const std::array<std::string_view, 21> words{
      "now",      "today",  "yesterday", "tomorrow", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday",  "sunday",   "last",   "next",    "this",
      "week",     "weeks",  "days",      "months",   "month",  "ago",     "noon"};
  std::string fixed;
  bool changed = false;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
    if (j == i) {
      fixed += text[i++];
      continue;
    }
    std::string_view word = text.substr(i, j - i);
    std::string_view best;
    std::size_t best_distance = 3;
    for (auto w : words) {
      auto d = edit_distance(word, w);
      if (d < best_distance) best_distance = d, best = w;
    }
    if (word.size() >= 3 && best_distance > 0 && best_distance <= 2) {
      fixed += best;
      changed = true;
    } else {
      fixed += word;
    }
    i = j;
  }
  if (!changed) return std::nullopt;
  try {
    parse_any(fixed, now, zone, direction, week_start);
    return fixed;
  } catch (const UsageError&) {
    return std::nullopt;
  }
}

} // namespace

ParsedWhen parse_when(std::string_view text, Seconds now, const Zone& zone, Direction direction, int week_start) {
  ParsedWhen p;
  try {
    p = parse_any(text, now, zone, direction, week_start);
  } catch (const UsageError&) {
    if (auto near = corrected_date(text, now, zone, direction, week_start))
      throw UsageError(fmt::format("invalid date '{}'; did you mean '{}'?", escape_unprintable(text), *near));
    throw;
  }
  if (!in_range(p.at)) fail(text, k_out_of_range);
  return p;
}

bool in_range(const Instant& t) {
  const Seconds local = t.utc + t.offset;
  return t.utc >= k_min_time && t.utc < k_max_time && local < k_max_time;
}

std::string format_short(const Instant& t, Seconds now) {
  static const std::array<const char*, 7> days{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const std::array<const char*, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  auto c = to_civil(t);
  auto today = to_civil(Instant{now, t.offset});
  Seconds day = floor_div(t.utc + t.offset, k_day);
  auto wd = days[static_cast<std::size_t>(weekday_of(day))];
  auto mon = months[c.month - 1];
  if (c.year != today.year) return fmt::format("{} {} {} {} {:02}:{:02}", wd, c.day, mon, c.year, c.hour, c.minute);
  return fmt::format("{} {} {} {:02}:{:02}", wd, c.day, mon, c.hour, c.minute);
}

std::string format_day(const Instant& t, Seconds now) {
  auto full = format_short(t, now);
  return full.substr(0, full.size() - 6); // drop " HH:MM"
}

std::string format_minute(const Instant& t) {
  auto c = to_civil(t);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", c.year, c.month, c.day, c.hour, c.minute);
}

std::string format_iso(const Instant& t) {
  auto c = to_civil(t);
  int off = t.offset < 0 ? -t.offset : t.offset;
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}", c.year, c.month, c.day, c.hour, c.minute,
                     c.second, t.offset < 0 ? '-' : '+', off / 3600, off % 3600 / 60);
}

} // namespace debrief
