// build_report's lists that are not kept (lessons, overdue commitments): counted from their
// sources, filtered the same way when counted and when read again, never stored; and the
// filters themselves (chosen people, private entries).
#include "core/report.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace debrief;

namespace {

const Seconds monday = 1794787200; // 2026-11-16 00:00 UTC
const FixedZone utc(0);

ReportInput frame() {
  // The week of 16 November, judged on Sunday the 22nd at noon.
  return report_frame(Period{monday, monday + 7 * 86400, false}, monday + 6 * 86400 + 43200, utc, 1);
}

ReportCommitment open(long long id, std::string person, Seconds due) {
  ReportCommitment c;
  c.id = id;
  c.person = std::move(person);
  c.text = "try " + std::to_string(id);
  c.due = due;
  c.status = "open";
  c.created = monday - 30 * 86400;
  return c;
}

} // namespace

TEST_CASE("core::build_report counts lessons and overdue commitments from their sources and reads them again") {
  ReportInput in = frame();
  int lesson_reads = 0;
  in.lessons = [&](const std::function<void(const ReportLesson&)>& each) {
    ++lesson_reads;
    each(ReportLesson{1, Instant{monday + 100, 0}, "alice", false, "pitched too early\nmore"});
    each(ReportLesson{2, Instant{monday + 200, 0}, "bob", true, "private"});
    each(ReportLesson{3, Instant{monday + 300, 0}, "Bob", false, "no next step"});
  };
  in.open_commitments = [&](const std::function<void(const ReportCommitment&)>& each) {
    each(open(10, "alice", monday - 86400));   // overdue
    each(open(11, "bob", monday + 86400));     // overdue: before Sunday
    each(open(12, "bob", monday + 8 * 86400)); // due soon
    auto closed = open(13, "alice", monday);
    closed.status = "done", closed.closed = monday + 2 * 86400; // closed before as_of: neither
    each(closed);
  };

  SUBCASE("everyone") {
    const Report r = build_report(in);
    CHECK(r.lesson_count == 2);
    CHECK(r.overdue_count == 2);
    REQUIRE(r.due_soon.size() == 1);
    CHECK(r.due_soon[0].id == 12);
    std::vector<long long> ids;
    r.each_lesson([&](const LessonRow& l) { ids.push_back(l.id); });
    CHECK(ids == std::vector<long long>{1, 3});
    std::string first;
    r.each_lesson([&](const LessonRow& l) { first = first.empty() ? l.text : first; });
    CHECK(first == "pitched too early");
    // Counted once, read twice (each time a pass per speed, fastest noticed first): nothing kept.
    CHECK(lesson_reads == 1 + 2 * k_noticed_ranks);
    ids.clear();
    r.each_overdue([&](const CommitmentRow& c) { ids.push_back(c.id); });
    CHECK(ids == std::vector<long long>{10, 11});
  }
  SUBCASE("private decks included") {
    in.include_private = true;
    CHECK(build_report(in).lesson_count == 3);
  }
  SUBCASE("only bob, whatever the case of his name") {
    in.reps = {"bob"};
    const Report r = build_report(in);
    CHECK(r.lesson_count == 1);
    CHECK(r.overdue_count == 1);
    std::vector<long long> ids;
    r.each_overdue([&](const CommitmentRow& c) { ids.push_back(c.id); });
    r.each_lesson([&](const LessonRow& l) { ids.push_back(l.id); });
    CHECK(ids == std::vector<long long>{11, 3});
    REQUIRE(r.people.size() == 1);
    CHECK(r.people[0].overdue == 1);
  }
  SUBCASE("no sources: empty lists") {
    in.lessons = nullptr;
    in.open_commitments = nullptr;
    const Report r = build_report(in);
    CHECK(r.lesson_count == 0);
    CHECK(r.overdue_count == 0);
    r.each_lesson([](const LessonRow&) { FAIL("no lessons expected"); });
  }
}

TEST_CASE("core::build_report leaves out other people's counts when reps are chosen") {
  ReportInput in = frame();
  in.groups.push_back(ReportGroup{monday, "alice", Kind::note, std::nullopt, false, 2});
  in.groups.push_back(ReportGroup{monday, "bob", Kind::debrief, std::nullopt, false, 1});
  in.groups.push_back(ReportGroup{monday, std::nullopt, Kind::reflection, std::nullopt, false, 4});
  in.tags.push_back(ReportTag{"demo", "alice", false, 2});
  in.tags.push_back(ReportTag{"pricing", "bob", false, 1});
  in.reps = {"alice"};
  const Report r = build_report(in);
  CHECK(r.notes == 2);
  CHECK(r.entries() == 2);
  REQUIRE(r.people.size() == 1);
  CHECK(r.people[0].name == "alice");
  REQUIRE(r.tags.size() == 1);
  CHECK(r.tags[0].tag == "demo");
}

TEST_CASE("core::build_report: a commitment due in 7 days, the default, is due soon") {
  // Made now with the default due date ("in 7 days"): due a week from now, later in the day
  // than the report's midnight. Due soon means through the seventh day, not one day short.
  ReportInput in = frame();
  const Seconds now = in.now;
  in.open_commitments = [&](const std::function<void(const ReportCommitment&)>& each) {
    auto made = open(30, "alice", now + 7 * 86400);
    made.created = now;
    each(made);
    each(open(31, "alice", monday + 6 * 86400 + 8 * 86400)); // the eighth day: not yet
  };
  const Report r = build_report(in);
  REQUIRE(r.due_soon.size() == 1);
  CHECK(r.due_soon[0].id == 30);
}

TEST_CASE("core::build_report knows what was saved in the second it runs") {
  ReportInput in = frame();
  const Seconds now = in.now;
  CHECK(report_as_of(in) == now);
  CHECK(report_seen_until(in) == now + 1);
  in.open_commitments = [&](const std::function<void(const ReportCommitment&)>& each) {
    auto made = open(20, "alice", monday + 8 * 86400); // made at the end of a debrief this very second
    made.created = now;
    each(made);
    auto closed = open(21, "alice", monday - 86400); // overdue, but done this very second
    closed.status = "done", closed.closed = now;
    each(closed);
    auto later = open(22, "alice", monday + 8 * 86400); // made after the report's second
    later.created = now + 1;
    each(later);
  };
  const Report r = build_report(in);
  REQUIRE(r.due_soon.size() == 1);
  CHECK(r.due_soon[0].id == 20);
  CHECK(r.overdue_count == 0);
  SUBCASE("a past period is judged at its end, which it does not hold") {
    ReportInput past = report_frame(Period{monday - 7 * 86400, monday, false}, now, utc, 1);
    CHECK(report_as_of(past) == monday);
    CHECK(report_seen_until(past) == monday);
  }
}

TEST_CASE("core::build_report leaves out every row of private entries, counts included") {
  // Alice's shared debrief and commitment, and a private session with dave, who has nothing
  // else: without include_private the report is the one of a journal without that session.
  auto with_private = [](bool add) {
    ReportInput in = frame();
    in.groups.push_back(ReportGroup{monday, "alice", Kind::debrief, Outcome::won, false, 1});
    in.marks.push_back(ReportMarks{monday, "alice", false, DiscoveryTally{1, 1, 0}});
    in.tags.push_back(ReportTag{"demo", "alice", false, 1});
    in.commitment_counts.push_back(ReportCommitmentCounts{"alice", false, 1, 0, 0});
    ReportScale shared{monday, std::nullopt, "self-review", "confidence", "How sure?", false, 4, 1, monday};
    in.scales.push_back(shared);
    if (add) {
      in.groups.push_back(ReportGroup{monday, "dave", Kind::debrief, Outcome::lost, true, 1});
      in.groups.push_back(ReportGroup{monday, "alice", Kind::reflection, std::nullopt, true, 2});
      in.marks.push_back(ReportMarks{monday, "alice", true, DiscoveryTally{0, 0, 3}});
      in.tags.push_back(ReportTag{"secret", "dave", true, 1});
      in.commitment_counts.push_back(ReportCommitmentCounts{"dave", true, 1, 0, 0});
      in.commitment_counts.push_back(ReportCommitmentCounts{"alice", true, 0, 1, 1});
      in.scales.push_back(ReportScale{monday, std::nullopt, "trust-check", "cares", "Care?", true, 1, 1, monday});
    }
    in.lessons = [add](const std::function<void(const ReportLesson&)>& each) {
      each(ReportLesson{1, Instant{monday + 100, 0}, "alice", false, "shared lesson"});
      if (add) each(ReportLesson{2, Instant{monday + 200, 0}, "dave", true, "private lesson"});
    };
    in.open_commitments = [add](const std::function<void(const ReportCommitment&)>& each) {
      each(open(10, "alice", monday - 86400));
      if (!add) return;
      auto overdue = open(11, "dave", monday + 86400);
      overdue.is_private = true;
      each(overdue);
      auto soon = open(12, "alice", monday + 8 * 86400);
      soon.is_private = true;
      each(soon);
    };
    return in;
  };
  auto summary = [](const Report& r) {
    std::string out =
        fmt::format("entries {} debriefs {} reflections {} overdue {} lessons {} due_soon {};", r.entries(), r.debriefs,
                    r.reflections, r.overdue_count, r.lesson_count, r.due_soon.size());
    for (const auto& p : r.people)
      out += fmt::format(" {}: {} {} {} won {} lost {} marks {}/{}/{} opened {} done {} overdue {};",
                         p.name.value_or("-"), p.notes, p.debriefs, p.reflections, p.won, p.lost, p.tally.self,
                         p.tally.nudged, p.tally.told, p.opened, p.done, p.overdue);
    for (const auto& o : r.outcomes)
      out += fmt::format(" outcome {} calls {} done {} closed {};", to_string(o.outcome), o.calls, o.commitments_done,
                         o.commitments_closed);
    for (const auto& t : r.tags) out += fmt::format(" tag {} {};", t.tag, t.count);
    for (const auto& s : r.scales) out += fmt::format(" scale {}/{} {};", s.deck, s.question, s.count);
    r.each_lesson([&](const LessonRow& l) { out += " lesson " + l.text + ";"; });
    r.each_overdue([&](const CommitmentRow& c) { out += fmt::format(" overdue #{};", c.id); });
    return out;
  };
  const std::string shared = summary(build_report(with_private(false)));
  CHECK(shared == "entries 1 debriefs 1 reflections 0 overdue 1 lessons 1 due_soon 0; alice: 0 1 0 won 1 lost 0 "
                  "marks 1/1/0 opened 1 done 0 overdue 1; outcome won calls 1 done 0 closed 0; tag demo 1; "
                  "scale self-review/confidence 1; lesson shared lesson; overdue #10;");
  CHECK(summary(build_report(with_private(true))) == shared);
  ReportInput all = with_private(true);
  all.include_private = true;
  const Report r = build_report(all);
  CHECK(r.entries() == 4);
  CHECK(r.people.size() == 2);
  CHECK(r.overdue_count == 2);
  CHECK(r.due_soon.size() == 1);
  CHECK(r.scales.size() == 2);
}

TEST_CASE("core::build_report counts outcome rows by each call's own outcome and marks") {
  // Alice's note won (no marks of its own) and her debrief lost (4 of 5 found): before, the won
  // row showed her whole ratio and the lost row too.
  ReportInput in = frame();
  in.groups.push_back(ReportGroup{monday, "alice", Kind::note, Outcome::won, false, 1});
  in.groups.push_back(ReportGroup{monday, "alice", Kind::debrief, Outcome::lost, false, 1});
  in.groups.push_back(ReportGroup{monday, "bob", Kind::debrief, std::nullopt, false, 1});
  in.marks.push_back(ReportMarks{monday, "alice", false, DiscoveryTally{3, 1, 1}, Outcome::lost});
  in.marks.push_back(ReportMarks{monday, "bob", false, DiscoveryTally{0, 0, 4}});
  const Report r = build_report(in);
  REQUIRE(r.outcomes.size() == 2);
  CHECK(r.outcomes[0].outcome == Outcome::won);
  CHECK(r.outcomes[0].calls == 1);
  CHECK_FALSE(r.outcomes[0].tally.ratio());
  CHECK(r.outcomes[1].outcome == Outcome::lost);
  CHECK(r.outcomes[1].tally.marked() == 5);
  CHECK(r.outcomes[1].tally.ratio() == doctest::Approx(0.8));
}

TEST_CASE("core::build_report's coaching: telling, probes per insight, debriefs below target, by period and month") {
  ReportInput in = frame();
  in.target = 0.8;
  REQUIRE(in.months.size() == static_cast<std::size_t>(k_trend_months));
  CHECK(in.months.back().start == monday - 15 * 86400); // 1 November
  CHECK(in.months.back().end == monday + 15 * 86400);   // 1 December
  in.groups.push_back(ReportGroup{monday, "alice", Kind::debrief, std::nullopt, false, 2});
  // This week: 2 debriefs, 10 marks, 3 told, 5 probes over 7 insights found; one below 80%.
  in.marks.push_back(ReportMarks{monday, "alice", false, DiscoveryTally{5, 2, 3}, std::nullopt, 5, 2, 1});
  // The week before: 1 debrief, 5 marks, 1 told, 2 probes over 4 found; none below.
  in.marks.push_back(ReportMarks{monday - 7 * 86400, "bob", false, DiscoveryTally{3, 1, 1}, std::nullopt, 2, 1, 0});
  // October: a private debrief counts only with include_private.
  in.marks.push_back(ReportMarks{monday - 30 * 86400, "bob", true, DiscoveryTally{0, 0, 2}, std::nullopt, 4, 1, 1});
  const Report r = build_report(in);
  const auto& c = r.coaching;
  CHECK(c.now.told_share() == doctest::Approx(0.3));
  CHECK(*c.now.probes_per_insight() == doctest::Approx(5.0 / 7));
  CHECK(c.now.debriefs == 2);
  CHECK(c.now.below_target == 1);
  CHECK(c.previous.told_share() == doctest::Approx(0.2));
  CHECK(c.previous.below_target == 0);
  REQUIRE(c.months.size() == r.months.size());
  CHECK(c.months.back().tally.marked() == 15); // November: both weeks
  CHECK(c.months[c.months.size() - 2].empty());
  in.include_private = true;
  CHECK(build_report(in).coaching.months[c.months.size() - 2].below_target == 1);
  CHECK(below_target(DiscoveryTally{4, 0, 1}, 0.8) == false); // exactly the target is not below it
  CHECK(below_target(DiscoveryTally{3, 0, 1}, 0.8));
  CHECK_FALSE(below_target(DiscoveryTally{}, 0.8));
}

TEST_CASE("core::build_report lists useful mistakes fastest noticed first, with a count per person") {
  ReportInput in = frame();
  in.lessons = [](const std::function<void(const ReportLesson&)>& each) {
    each(ReportLesson{1, Instant{monday + 100, 0}, "alice", false, "slow one", std::string("weeks"), std::nullopt});
    each(ReportLesson{2, Instant{monday + 200, 0}, "José", false, "no speed"});
    each(ReportLesson{3, Instant{monday + 300, 0}, "alice", false, "fast one", std::string("minutes"),
                      std::string("nothing")});
    each(ReportLesson{4, Instant{monday + 400, 0}, "bob", false, "middle", std::string("days"), std::string("deal")});
  };
  const Report r = build_report(in);
  std::vector<long long> ids;
  r.each_lesson([&](const LessonRow& l) { ids.push_back(l.id); });
  CHECK(ids == std::vector<long long>{3, 4, 1, 2});
  REQUIRE(r.lessons_by_person.size() == 3);
  CHECK(r.lessons_by_person[0].person == "alice");
  CHECK(r.lessons_by_person[0].count == 2);
  CHECK(r.lessons_by_person[1].person == "bob");
  CHECK(r.lessons_by_person[2].person == "José");
  CHECK(noticed_rank(std::string("hours")) == 1);
  CHECK(noticed_rank(std::nullopt) == 4);
}
