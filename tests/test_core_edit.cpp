// What `edit` says changed in an entry while its editor was open.
#include "core/edit.hpp"

#include "core/error.hpp"

#include <doctest/doctest.h>

using namespace debrief;

TEST_CASE("core::changed_parts") {
  Entry then;
  then.person = "alice";
  then.at = Instant{1795428000, 3600};
  then.body = "Acme demo went long";
  then.tags = {"demo"};
  const std::vector<EditAnswer> answers{{"pain", std::string("budget"), Discovery::self, false, std::nullopt}};
  Entry now = then;
  CHECK(changed_parts(then, answers, now, answers).empty());
  SUBCASE("one part") {
    now.person = "alicia";
    CHECK(changed_parts(then, answers, now, answers) == "its person");
  }
  SUBCASE("two parts") {
    now.body = "Acme call";
    now.tags = {"pricing"};
    CHECK(changed_parts(then, answers, now, answers) == "its text and tags");
  }
  SUBCASE("every part, in the order of the message") {
    now.body = "x", now.tags = {}, now.person.reset(), now.at.offset = 0, now.outcome = Outcome::won;
    now.lesson = true, now.status = Status::in_progress;
    auto more = answers;
    more.push_back({"tried", std::nullopt, std::nullopt, false, std::nullopt});
    CHECK(changed_parts(then, answers, now, more) ==
          "its text, tags, person, time, outcome, lesson flag, answers and status");
  }
  SUBCASE("an answer's mark") {
    auto marked = answers;
    marked[0].mark = Discovery::told;
    CHECK(changed_parts(then, answers, now, marked) == "its answers");
  }
}

// The edit format: render_edit's text parsed back by parse_edit gives the same entry, and
// parse_edit's refusals name their line.

namespace {

const Seconds k_now = 1795255200; // 2026-11-21T10:00:00Z

Entry sample_entry() {
  Entry e;
  e.person = "O'Brien, Jr.";
  e.at = Instant{1795181400, 3600}; // 2026-11-20T14:30:00+01:00
  e.body = "Acme demo: jumped to pricing.\n\nSecond paragraph, Müller said 日本語.";
  e.tags = {"demo", "pricing"};
  e.outcome = Outcome::stalled;
  e.lesson = true;
  return e;
}

std::vector<EditAnswer> sample_answers() {
  return {{"pain", std::string("budget, and\ntiming"), Discovery::nudged, false, std::nullopt},
          {"rate", std::string("4"), std::nullopt, true, std::nullopt},
          {"tried", std::nullopt, std::nullopt, false, std::nullopt}};
}

std::string parse_error(std::string_view text, const std::vector<EditAnswer>& original = {}) {
  FixedZone utc;
  try {
    parse_edit(text, original, k_now, utc);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "(no error)";
}

} // namespace

TEST_CASE("core::render_edit writes the header, the text and one section per answer") {
  CHECK(render_edit(sample_entry(), sample_answers()) == "at: 2026-11-20T14:30:00+01:00\n"
                                                         "person: O'Brien, Jr.\n"
                                                         "tags: demo pricing\n"
                                                         "outcome: stalled\n"
                                                         "lesson: yes\n"
                                                         "\n"
                                                         "Acme demo: jumped to pricing.\n"
                                                         "\n"
                                                         "Second paragraph, Müller said 日本語.\n"
                                                         "\n"
                                                         "=== pain (mark: nudged) ===\n"
                                                         "budget, and\n"
                                                         "timing\n"
                                                         "\n"
                                                         "=== rate ===\n"
                                                         "4\n"
                                                         "\n"
                                                         "=== tried ===\n");
  Entry bare;
  bare.at = Instant{k_now, 0};
  bare.body = "x";
  CHECK(render_edit(bare, {}) == "at: 2026-11-21T10:00:00+00:00\nperson: \ntags: \noutcome: \nlesson: no\n\nx\n");
}

TEST_CASE("core::parse_edit reads render_edit's text back unchanged") {
  FixedZone utc, east(9 * 3600);
  const Entry e = sample_entry();
  const auto answers = sample_answers();
  for (const Zone* zone : {static_cast<const Zone*>(&utc), static_cast<const Zone*>(&east)}) {
    auto back = parse_edit(render_edit(e, answers), answers, k_now, *zone);
    CHECK(back.at.utc == e.at.utc);
    CHECK(back.at.offset == e.at.offset); // the offset written, not the zone's
    CHECK(back.person == e.person);
    CHECK(back.tags == e.tags);
    CHECK(back.outcome == e.outcome);
    CHECK(back.lesson == e.lesson);
    CHECK(back.body == e.body);
    CHECK(back.answers == answers);
  }
  SUBCASE("a note without person, tags or outcome") {
    Entry bare;
    bare.at = Instant{k_now, 0};
    bare.body = "just this";
    auto back = parse_edit(render_edit(bare, {}), {}, k_now, utc);
    CHECK(back.person == std::nullopt);
    CHECK(back.tags.empty());
    CHECK(back.outcome == std::nullopt);
    CHECK(!back.lesson);
    CHECK(back.body == "just this");
    CHECK(back.answers.empty());
  }
}

TEST_CASE("core::parse_edit takes edits") {
  FixedZone utc;
  const auto answers = sample_answers();
  std::string text = render_edit(sample_entry(), answers);
  auto replace = [&](std::string_view from, std::string_view to) {
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  replace("tags: demo pricing", "tags: Pricing, +follow-up  demo");
  replace("person: O'Brien, Jr.", "person: José");
  replace("outcome: stalled", "outcome: ");
  replace("=== pain (mark: nudged) ===", "=== pain (mark: none) ===");
  replace("=== rate ===\n4\n", "=== rate ===\n\n");
  replace("=== tried ===\n", "=== tried (mark: told) ===\nasked first\n");
  auto back = parse_edit(text, answers, k_now, utc);
  CHECK(back.person == "José");
  CHECK(back.tags == std::vector<std::string>{"demo", "follow-up", "pricing"});
  CHECK(back.outcome == std::nullopt);
  REQUIRE(back.answers.size() == 3);
  CHECK(back.answers[0].mark == std::nullopt);
  CHECK(back.answers[0].text == "budget, and\ntiming");
  CHECK(back.answers[1].text == std::nullopt); // emptied: skipped
  CHECK(back.answers[2].text == "asked first");
  CHECK(back.answers[2].mark == Discovery::told);

  SUBCASE("answers in another order are matched by id") {
    auto swapped =
        parse_edit("at: now\nperson:\ntags:\noutcome:\nlesson: no\n\nbody\n\n=== rate ===\n3\n=== pain ===\nx\n"
                   "=== tried ===\n",
                   answers, k_now, utc);
    REQUIRE(swapped.answers.size() == 3);
    CHECK(swapped.answers[0].question_id == "rate");
    CHECK(swapped.answers[1].question_id == "pain");
    CHECK(swapped.at.utc == k_now);
  }
}

TEST_CASE("core::parse_edit: a note's text may hold a line that looks like an answer section") {
  FixedZone utc;
  Entry note = sample_entry();
  note.body = "Agenda for the call\n\n=== agenda ===\n1. pricing";
  auto back = parse_edit(render_edit(note, {}), {}, k_now, utc);
  CHECK(back.body == note.body);
  CHECK(back.answers.empty());
}

TEST_CASE("core::parse_edit names the line of each problem") {
  const std::string head = "at: 2026-11-20 14:30\nperson: alice\ntags:\noutcome:\nlesson: no\n\nthe text\n";
  CHECK(parse_error("at: 2026-11-20\nperson alice\n") ==
        "line 2: expected 'field: value' (fields: at, person, tags, outcome, lesson)");
  CHECK(parse_error("at: 2026-11-20\nat: 2026-11-21\n") == "line 2: 'at' given twice");
  CHECK(parse_error("at: 2026-11-20\nmood: fine\n") ==
        "line 2: unknown field 'mood' (fields: at, person, tags, outcome, lesson)");
  CHECK(parse_error("at: 2026-11-20\nperson:\ntags:\noutcome:\nlesson: maybe\n\nx\n") ==
        "line 5: lesson must be yes or no");
  CHECK(parse_error("at: 2026-11-20\nperson:\ntags:\noutcome: great\nlesson: no\n\nx\n") ==
        "line 4: invalid outcome 'great' (accepted: won, lost, advanced, stalled)");
  CHECK(parse_error("at: 2026-02-30\n").starts_with("line 1: invalid date '2026-02-30': no such day (accepted: "));
  CHECK(parse_error("at: 2026-11-20\nperson:\ntags:\noutcome:\n\nx\n") ==
        "line 5: the header lacks 'lesson:' (fields: at, person, tags, outcome, lesson; then an empty line and the "
        "text)");
  const std::vector<EditAnswer> two{{"pain", std::string("a"), Discovery::self, false, std::nullopt},
                                    {"rate", std::string("4"), std::nullopt, true, std::nullopt}};
  CHECK(parse_error(head + "=== pain ===\nx\n=== rate ===\n4\n=== other ===\ny\n", two) ==
        "line 12: no answer 'other' in this entry; answers cannot be added");
  CHECK(parse_error(head + "=== pain (mark: sometimes) ===\nx\n=== rate ===\n4\n", two) ==
        "line 8: invalid mark 'sometimes' (accepted: self, nudged, told, none; or s = self, n = nudged (n2: after "
        "two probes), t = told)");
  CHECK(parse_error(head + "=== pain ===\nx\n=== pain ===\ny\n=== rate ===\n4\n", two) ==
        "line 10: answer 'pain' given twice");
  CHECK(parse_error(head + "=== pain ===\nx\n=== rate ===\nfour\n", two) ==
        "line 10: answer 'rate' is a scale: a whole number, or empty");
  CHECK(parse_error(head + "=== pain ===\nx\n", two) ==
        "line 10: answer 'rate' is missing (answers cannot be removed; leave it empty to skip it)");
  // An empty note (the message is log's, without a line).
  CHECK(parse_error("at: 2026-11-20\nperson:\ntags:\noutcome:\nlesson: no\n\n   \n") ==
        "empty note; nothing logged (give the text as arguments, on stdin, or in the editor)");
}
