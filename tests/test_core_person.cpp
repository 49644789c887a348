#include "core/line_edit.hpp"
#include "core/person.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <sstream>
#include <string>

using namespace debrief;

namespace {

constexpr Seconds k_now = 1795255200; // Sat 21 Nov 2026 10:00 UTC
constexpr Seconds k_day = 86400;
const FixedZone k_utc;

RecapStyle style() { return RecapStyle{&k_utc, k_now, k_recap_width}; }

StoredAnswer answer(std::string id, std::optional<std::string> text, std::optional<Discovery> mark = {}) {
  StoredAnswer a;
  a.question_id = std::move(id);
  a.question_text = "Q " + a.question_id;
  a.text = std::move(text);
  a.mark = mark;
  return a;
}

Entry entry(Id id, Kind kind, Seconds at) {
  Entry e;
  e.id = id;
  e.kind = kind;
  e.at = Instant{at, 0};
  e.deck = kind == Kind::debrief ? std::optional<std::string>("post-call") : std::nullopt;
  return e;
}

PersonInput fixture() {
  PersonInput in;
  in.name = "Müller";
  in.notes = 4;
  in.debriefs = 3;
  in.reflections = 1;
  in.last_contact = entry(9, Kind::debrief, k_now - 3 * k_day);
  Commitment c;
  c.id = 2;
  c.uuid = "u2";
  c.text = "Ask what they already tried before naming a price, every call this week";
  c.created = k_now - 12 * k_day;
  c.due = k_now - 2 * k_day;
  in.open.push_back(c);
  in.reviews["u2"] = {PersonReview{9, Instant{k_now - 3 * k_day, 0}, "Twice; 日本語 customer opened up", "keep"}};
  in.last_debriefs.push_back(
      {entry(9, Kind::debrief, k_now - 3 * k_day),
       {answer("review/u2", "x"), answer("better", "Asking about budget *earlier*", Discovery::self)}});
  in.last_debriefs.push_back({entry(5, Kind::debrief, k_now - 20 * k_day), {answer("pain", "none", Discovery::told)}});
  in.last_debriefs.push_back({entry(3, Kind::debrief, k_now - 40 * k_day), {}});
  in.last_debriefs.push_back({entry(1, Kind::debrief, k_now - 50 * k_day), {}});
  DiscoveryTally a, b;
  a.self = 1;
  a.told = 2;
  b.self = 3;
  b.nudged = 1;
  in.months = {{"2026-10", a}, {"2026-11", b}};
  in.outcomes[Outcome::won] = 2;
  in.lesson_count = 1;
  in.lessons.push_back({7, Instant{k_now - 5 * k_day, 0}, "Skipped discovery | pitched"});
  in.scales.push_back({"trust-check", "care", "Does your manager care about you?", 9, 2});
  return in;
}

void fits(const std::string& out, int width) {
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) CHECK_MESSAGE(line_edit::text_width(line) <= width, line);
}

} // namespace

TEST_CASE("person: the view computes ages, ratios by month and the last three debriefs") {
  auto v = build_person(fixture(), k_now);
  REQUIRE(v.open.size() == 1);
  CHECK(v.open[0].age_days == 12);
  CHECK(v.open[0].overdue);
  CHECK(v.open[0].reviews.size() == 1);
  CHECK(v.days_since_contact == 3);
  REQUIRE(v.better.size() == 3);
  CHECK(v.better[0].line == "What would have been better: Asking about budget *earlier* (self)");
  CHECK(v.better[1].line == "Last insight: none (told)");
  CHECK_FALSE(v.better[2].line);
  REQUIRE(v.months.size() == 2);
  CHECK(v.months[0].below);
  CHECK_FALSE(v.months[1].below);
  CHECK(v.overall.self == 4);
  CHECK(v.overall.marked() == 7);
}

TEST_CASE("person: only the latest six months are shown, the overall ratio counts them all") {
  PersonInput in;
  in.name = "bob";
  for (int m = 1; m <= 8; ++m) {
    DiscoveryTally t;
    t.self = 1;
    in.months.push_back({fmt::format("2026-{:02}", m), t});
  }
  auto v = build_person(in, k_now);
  CHECK(v.months.size() == 6);
  CHECK(v.months.front().month == "2026-03");
  CHECK(v.overall.self == 8);
}

TEST_CASE("person: the text fits 80 columns and names what is below the target") {
  auto in = fixture();
  in.name = "José O'Brien, Jr. 日本語";
  auto out = person_text(build_person(in, k_now), style());
  fits(out, 80);
  CHECK(out.find("José O'Brien, Jr. 日本語 — last contact Wed 18 Nov (debrief #9), 3 days ago") != std::string::npos);
  CHECK(out.find("below target") != std::string::npos);
  CHECK(out.find("(kept open)") != std::string::npos);
  CHECK(out.find("was due Thu 19 Nov") != std::string::npos);
  CHECK(out.find("won 2 · lost 0") != std::string::npos);
  CHECK(out.find("Does your manager care about you? 4.5 (2 answers)") != std::string::npos);
}

TEST_CASE("person: an empty person is one heading and counts") {
  PersonInput in;
  in.name = "ann";
  auto out = person_text(build_person(in, k_now), style());
  CHECK(out == "ann — no entries yet\n0 notes · 0 debriefs · 0 reflections\n");
}

TEST_CASE("person: Markdown escapes user text and fits 80 columns") {
  auto out = person_markdown(build_person(fixture(), k_now), style());
  fits(out, 80);
  CHECK(out.starts_with("# Müller\n"));
  CHECK(out.find("budget \\*earlier\\*") != std::string::npos);
  CHECK(out.find("Skipped discovery \\| pitched") != std::string::npos);
  CHECK(out.find("**below target**") != std::string::npos);
}

TEST_CASE("person: JSON carries the same figures") {
  auto out = person_json(build_person(fixture(), k_now));
  CHECK(out.starts_with("{\"schema\":\"debrief.person/1\",\"name\":\"Müller\""));
  CHECK(out.find("\"age_days\":12,\"overdue\":true") != std::string::npos);
  CHECK(out.find("\"decision\":\"keep\"") != std::string::npos);
  CHECK(out.find("\"outcomes\":{\"won\":2,\"lost\":0") != std::string::npos);
}
