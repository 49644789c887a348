#include "core/team.hpp"

#include "core/period.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace debrief;

namespace {

constexpr Seconds k_now = 1795255200; // Sat 21 Nov 2026 10:00 UTC
constexpr Seconds k_day = 86400;
const FixedZone k_utc;

ReportInput frame() { return report_frame(week_containing(k_now, k_utc, 1), k_now, k_utc, 1); }

ExchangeEntry debrief_of(const std::string& uuid, const std::string& person, std::vector<Discovery> marks,
                         Seconds at = k_now - k_day) {
  ExchangeEntry x;
  x.entry.uuid = uuid;
  x.entry.kind = Kind::debrief;
  x.entry.person = person;
  x.entry.deck = "post-call";
  x.entry.at = Instant{at, 0};
  x.entry.created = x.entry.updated = at;
  int position = 0;
  for (auto m : marks) {
    ExchangeAnswer a;
    a.position = ++position;
    a.question_id = "q" + std::to_string(position);
    a.question_text = "Question";
    a.text = "answer";
    a.mark = m;
    x.answers.push_back(a);
  }
  return x;
}

ExchangeEntry trust_of(const std::string& uuid, const std::string& person, int value) {
  ExchangeEntry x;
  x.entry.uuid = uuid;
  x.entry.kind = Kind::reflection;
  x.entry.person = person;
  x.entry.deck = "trust-check";
  x.entry.at = Instant{k_now - k_day, 0};
  ExchangeAnswer a;
  a.position = 1;
  a.question_id = "trust";
  a.question_text = "Is it safe?";
  a.scale = value;
  a.text = std::to_string(value);
  x.answers.push_back(a);
  return x;
}

} // namespace

TEST_CASE("a fold counts a manager's debriefs as the weekly report does") {
  ReportFold fold(frame());
  fold.add(debrief_of("u1", "alice", {Discovery::self, Discovery::nudged, Discovery::told, Discovery::self}));
  fold.add(debrief_of("u2", "Alice", {Discovery::told, Discovery::told}));
  fold.add(debrief_of("u3", "bob", {Discovery::self}, k_now - 30 * k_day)); // before the trend weeks' period
  const auto m = team_manager("carol", fold, 3);
  REQUIRE(m.report.people.size() == 1); // bob, only in an earlier week, has no row of the period
  const auto& alice = m.report.people[0];
  CHECK(*alice.name == "alice");
  CHECK(alice.debriefs == 2);
  CHECK(alice.tally.self == 2);
  CHECK(alice.tally.told == 3);
  CHECK(m.report.coaching.now.debriefs == 2);
  CHECK(m.report.coaching.now.below_target == 2);
}

TEST_CASE("scale averages show over three people or more, never fewer") {
  ReportFold two(frame()), three(frame());
  two.add(trust_of("a", "ann", 1));
  two.add(trust_of("b", "ben", 5));
  three.add(trust_of("a", "ann", 1));
  three.add(trust_of("b", "ben", 5));
  three.add(trust_of("c", "cy", 3));
  three.add(trust_of("d", "cy", 5)); // a second answer by the same person: cy's own average, 4, counts once
  const auto withheld = team_manager("m", two, 3);
  REQUIRE(withheld.scales.size() == 1);
  CHECK_FALSE(withheld.scales[0].average);
  CHECK(withheld.scales[0].people == 2);
  const auto shown = team_manager("m", three, 3);
  REQUIRE(shown.scales.size() == 1);
  REQUIRE(shown.scales[0].average);
  CHECK(*shown.scales[0].average == doctest::Approx((1.0 + 5.0 + 4.0) / 3)); // not (1+5+3+5)/4
  CHECK(shown.scales[0].people == 3);
  CHECK_FALSE(team_manager("m", three, 4).scales[0].average);
  CHECK(team_manager("m", three, 1).scales[0].average); // never fewer than three: 1 counts as 3
  CHECK_FALSE(team_manager("m", two, 1).scales[0].average);
}

TEST_CASE("a rep under two managers is a move; the digest ignores the owner") {
  ReportFold a(frame()), b(frame());
  a.add(debrief_of("u1", "bob", {Discovery::self}));
  b.add(debrief_of("u2", "Bob", {Discovery::told}));
  b.add(debrief_of("u3", "cy", {Discovery::told}));
  std::vector<TeamManager> managers{team_manager("dave", a, 3), team_manager("erin", b, 3)};
  const auto moves = team_moves(managers);
  REQUIRE(moves.size() == 1);
  CHECK(moves[0].rep == "bob");
  REQUIRE(moves[0].stints.size() == 2);
  CHECK(moves[0].stints[1].manager == "erin");

  auto x = debrief_of("u1", "bob", {Discovery::self});
  auto owned = x;
  owned.owner = "dave";
  CHECK(entry_digest(x) == entry_digest(owned));
  auto changed = x;
  changed.entry.body = "edited";
  CHECK(entry_digest(x) != entry_digest(changed));
}

TEST_CASE("the text team report fits 80 columns and names what it left out") {
  ReportFold fold(frame());
  fold.add(debrief_of("u1", "José Müller-Lüdenscheidt, Jr.", {Discovery::self, Discovery::told}));
  TeamReport t;
  t.period = frame().period;
  t.weeks = frame().weeks;
  t.managers.push_back(team_manager("O'Brien, Jr.", fold, 3));
  t.managers.back().sources = {"/a/very/long/path/to/an/export/of/a/manager/with/a/long/name/obrien-junior.jsonl"};
  TeamSource src;
  src.name = "obrien.jsonl";
  src.private_skipped = 2;
  src.counted = 1;
  t.sources.push_back(src);
  t.conflict_count = 1;
  t.conflicts.push_back(TeamConflict{"01a1aab8-cc00-73b9-9be7-6451b90861fe", "a-long-file-name.jsonl",
                                     "another-long-file-name.jsonl", k_now, k_now - k_day});
  std::ostringstream out;
  render_team_text(t, RenderStyle{&k_utc, k_now, true, false}, out);
  const auto text = out.str();
  CHECK(text.find("2 private entries skipped (2 in obrien.jsonl)") != std::string::npos);
  CHECK(text.find("1 conflicting copy") != std::string::npos);
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::size_t columns = 0;
    for (char c : line) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    CHECK_MESSAGE(columns <= 80, line);
  }
}
