// build_report's lists that are not kept (lessons, overdue commitments): counted from their
// sources, filtered the same way when counted and when read again, never stored.
#include "core/report.hpp"

#include <doctest/doctest.h>

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
    each(ReportLesson{1, Instant{monday + 100, 0}, "alice", std::nullopt, "pitched too early\nmore"});
    each(ReportLesson{2, Instant{monday + 200, 0}, "bob", std::string("trust-check"), "private"});
    each(ReportLesson{3, Instant{monday + 300, 0}, "Bob", std::string("post-call"), "no next step"});
  };
  in.open_commitments = [&](const std::function<void(const ReportCommitment&)>& each) {
    each(open(10, "alice", monday - 86400));        // overdue
    each(open(11, "bob", monday + 86400));          // overdue: before Sunday
    each(open(12, "bob", monday + 8 * 86400));      // due soon
    auto closed = open(13, "alice", monday);
    closed.status = "done", closed.closed = monday + 2 * 86400; // closed before as_of: neither
    each(closed);
  };
  in.private_decks = {"trust-check"};

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
    CHECK(lesson_reads == 3); // counted once, read twice: nothing kept
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
  in.groups.push_back(ReportGroup{monday, "alice", Kind::note, std::nullopt, std::nullopt, 2});
  in.groups.push_back(ReportGroup{monday, "bob", Kind::debrief, std::nullopt, std::nullopt, 1});
  in.groups.push_back(ReportGroup{monday, std::nullopt, Kind::reflection, std::nullopt, std::nullopt, 4});
  in.tags.push_back(ReportTag{"demo", "alice", std::nullopt, 2});
  in.tags.push_back(ReportTag{"pricing", "bob", std::nullopt, 1});
  in.reps = {"alice"};
  const Report r = build_report(in);
  CHECK(r.notes == 2);
  CHECK(r.entries() == 2);
  REQUIRE(r.people.size() == 1);
  CHECK(r.people[0].name == "alice");
  REQUIRE(r.tags.size() == 1);
  CHECK(r.tags[0].tag == "demo");
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
