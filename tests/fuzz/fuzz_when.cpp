// Fuzzes parse_when, the date forms of `--at` and `due`: any text either parses or fails with
// UsageError, and a parsed moment prints (ISO and minute forms) and reads back unchanged.
#include "fuzz.hpp"

#include "core/error.hpp"
#include "core/time.hpp"

#include <array>
#include <cctype>
#include <string>

using namespace debrief;

namespace {

constexpr Seconds k_now = 1795602615; // Wed 2026-11-25 10:30:15 UTC

/// +01:00, then +02:00 from Sun 2026-11-29 02:00 local: `sunday 2:30` falls in the gap.
class JumpZone final : public Zone {
 public:
  int offset_at(Seconds utc) const override { return utc < 1796000400 ? 3600 : 7200; }
};

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool same(const ParsedWhen& a, const ParsedWhen& b) { return a.at == b.at && a.date_only == b.date_only; }

void check_parsed(std::string_view text, const ParsedWhen& p) {
  const Instant& at = p.at;
  FUZZ_CHECK(at.offset >= -14 * 3600 && at.offset <= 14 * 3600 && at.offset % 60 == 0);

  // The exchange format writes ISO with the entry's offset and must read the same moment back.
  const std::string iso = format_iso(at);
  ParsedWhen back = parse_when(iso, k_now, FixedZone(0));
  FUZZ_CHECK(back.at == at && !back.date_only);

  // The minute form (as `list` and `edit` show it) is the same moment to the minute.
  const CivilTime c = to_civil(at);
  back = parse_when(format_minute(at), k_now, FixedZone(at.offset));
  FUZZ_CHECK(back.at == (Instant{at.utc - c.second, at.offset}));

  if (p.date_only) FUZZ_CHECK(c.hour == 0 && c.minute == 0 && c.second == 0);
  FUZZ_CHECK(c.month >= 1 && c.month <= 12 && c.day >= 1 && c.day <= 31);
  FUZZ_CHECK(!format_short(at, k_now).empty() && !format_day(at, k_now).empty());
  (void)text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = debrief::fuzz::as_text(data, size);
  static const FixedZone utc(0), kathmandu(5 * 3600 + 45 * 60), honolulu(-10 * 3600), kiritimati(14 * 3600);
  static const JumpZone jump;
  const std::array<const Zone*, 5> zones{&utc, &kathmandu, &honolulu, &kiritimati, &jump};
  for (const Zone* zone : zones) {
    for (auto direction : {Direction::past, Direction::future}) {
      const int week_start = direction == Direction::past ? 1 : 0;
      ParsedWhen p;
      try {
        p = parse_when(text, k_now, *zone, direction, week_start);
      } catch (const UsageError& e) {
        FUZZ_CHECK(std::string_view(e.what()).starts_with("invalid date '"));
        continue;
      }
      check_parsed(text, p);
      if (zone == &utc && direction == Direction::past) {
        // Case and surrounding blanks do not matter.
        FUZZ_CHECK(same(parse_when(upper(text), k_now, *zone, direction, week_start), p));
        FUZZ_CHECK(same(parse_when(" " + std::string(text) + "\t", k_now, *zone, direction, week_start), p));
      }
    }
  }
  return 0;
}
