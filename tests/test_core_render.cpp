// The report renderers of core/render.cpp (text, Markdown, JSON, CSV) on one small report,
// built by build_report from rows the storage layer would give, and the sparkline.
#include "core/render.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace debrief;

namespace {

const Seconds monday = 1794787200;              // 2026-11-16 00:00 UTC
const Seconds now = monday + 5 * 86400 + 36000; // Sat 21 Nov 10:00
const FixedZone utc(0);

ReportCommitment commitment(long long id, std::string person, std::string text, Seconds due) {
  ReportCommitment c;
  c.id = id;
  c.person = std::move(person);
  c.text = std::move(text);
  c.due = due;
  c.status = "open";
  c.created = monday - 10 * 86400;
  return c;
}

Report sample() {
  ReportInput in = report_frame(week_containing(now, utc, 1), now, utc, 1);
  const Seconds before = monday - 7 * 86400;
  in.groups = {{monday, "Müller", Kind::debrief, Outcome::won, false, 2},
               {monday, "O'Brien, Jr.", Kind::note, std::nullopt, false, 1},
               {monday, std::nullopt, Kind::reflection, std::nullopt, false, 1},
               {before, "Müller", Kind::debrief, std::nullopt, false, 1}};
  DiscoveryTally now_tally, before_tally;
  now_tally.self = 2, now_tally.nudged = 1, now_tally.told = 1;
  before_tally.self = 1, before_tally.told = 1;
  in.marks = {{monday, "Müller", false, now_tally}, {before, "Müller", false, before_tally}};
  in.tags = {{"demo", "Müller", false, 2}, {"pricing|x", "O'Brien, Jr.", false, 1}};
  in.lessons = [](const std::function<void(const ReportLesson&)>& each) {
    each(ReportLesson{5, Instant{monday + 30 * 3600, 3600}, "O'Brien, Jr.", false, "pitched *too* early\nsecond line"});
  };
  in.open_commitments = [](const std::function<void(const ReportCommitment&)>& each) {
    each(commitment(7, "Müller", "send the recap", monday + 86400));
    each(commitment(8, "José", "ask about \"budget\"", now + 2 * 86400));
  };
  in.commitment_counts = {{"Müller", false, 1, 1, 1}};
  in.scales = {{monday, "Müller", "post-call", "confidence", "How confident?", false, 7, 2, monday}};
  in.scale_bounds = {{"post-call", "confidence", 1, 5}};
  return build_report(in);
}

std::string render(void (*renderer)(const Report&, const RenderStyle&, std::ostream&), bool utf8 = true,
                   bool color = false) {
  std::ostringstream out;
  renderer(sample(), RenderStyle{&utc, now, utf8, color}, out);
  return out.str();
}

} // namespace

TEST_CASE("core::render_text") {
  CHECK(render(render_text) == "Coaching report · Mon 16 Nov – Sun 22 Nov 2026\n"
                               "compared with Mon 9 Nov – Sun 15 Nov 2026 · discovery target 80%\n"
                               "\n"
                               "People\n"
                               "  person        notes  debriefs  reflections  won  lost  advanced  stalled  discovery  "
                               "change  last 8 weeks  opened/done/overdue\n"
                               "  Müller            0         2            0    2     0         0        0        75%  "
                               "+25 pp  ······▅▇                    1/1/1\n"
                               "  O'Brien, Jr.      1         0            0    0     0         0        0          —  "
                               "     —  ········                    0/0/0\n"
                               "  (no one)          0         0            1    0     0         0        0          —  "
                               "     —  ········                    0/0/0\n"
                               "\n"
                               "Commitments\n"
                               "  overdue  #7 Müller: send the recap (due Tue 17 Nov)\n"
                               "  due      #8 José: ask about \"budget\" (due Mon 23 Nov)\n"
                               "\n"
                               "Useful mistakes\n"
                               "  #5 Tue 17 Nov O'Brien, Jr.: pitched *too* early\n"
                               "\n"
                               "Outcomes against coaching\n"
                               "  outcome  calls  discovery  commitments kept\n"
                               "  won          2        75%               1/1\n"
                               "\n"
                               "Top tags\n"
                               "  demo 2 · pricing|x 1\n"
                               "\n"
                               "Scales\n"
                               "  question               average  answers  last 8 weeks\n"
                               "  post-call/confidence  3.5 of 5        2  ·······▆\n"
                               "\n"
                               "Entries from private decks are left out (--include-private shows them).\n");
}

TEST_CASE("core::render_text in ASCII, with colour") {
  CHECK(render(render_text, false, true) ==
        "\x1b[1mCoaching report - Mon 16 Nov - Sun 22 Nov 2026\x1b[0m\n"
        "compared with Mon 9 Nov - Sun 15 Nov 2026 - discovery target 80%\n"
        "\n"
        "\x1b[1mPeople\x1b[0m\n"
        "  person        notes  debriefs  reflections  won  lost  advanced  stalled  discovery  change  last 8 weeks  "
        "opened/done/overdue\n"
        "  Müller            0         2            0    2     0         0        0        75%  +25 pp        =*       "
        "             1/1/1\n"
        "  O'Brien, Jr.      1         0            0    0     0         0        0          -       -                 "
        "             0/0/0\n"
        "  (no one)          0         0            1    0     0         0        0          -       -                 "
        "             0/0/0\n"
        "\n"
        "\x1b[1mCommitments\x1b[0m\n"
        "  overdue  #7 Müller: send the recap (due Tue 17 Nov)\n"
        "  due      #8 José: ask about \"budget\" (due Mon 23 Nov)\n"
        "\n"
        "\x1b[1mUseful mistakes\x1b[0m\n"
        "  #5 Tue 17 Nov O'Brien, Jr.: pitched *too* early\n"
        "\n"
        "\x1b[1mOutcomes against coaching\x1b[0m\n"
        "  outcome  calls  discovery  commitments kept\n"
        "  won          2        75%               1/1\n"
        "\n"
        "\x1b[1mTop tags\x1b[0m\n"
        "  demo 2, pricing|x 1\n"
        "\n"
        "\x1b[1mScales\x1b[0m\n"
        "  question               average  answers  last 8 weeks\n"
        "  post-call/confidence  3.5 of 5        2         +\n"
        "\n"
        "Entries from private decks are left out (--include-private shows them).\n");
}

TEST_CASE("core::render_markdown") {
  CHECK(render(render_markdown) == "# Coaching report: Mon 16 Nov – Sun 22 Nov 2026\n"
                                   "\n"
                                   "Compared with Mon 9 Nov – Sun 15 Nov 2026; discovery target 80%.\n"
                                   "\n"
                                   "## People\n"
                                   "\n"
                                   "| Person | Notes | Debriefs | Reflections | Won | Lost | Advanced | Stalled | "
                                   "Discovery | Change | Opened | Done | Overdue |\n"
                                   "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n"
                                   "| Müller | 0 | 2 | 0 | 2 | 0 | 0 | 0 | 75% | +25 pp | 1 | 1 | 1 |\n"
                                   "| O'Brien, Jr. | 1 | 0 | 0 | 0 | 0 | 0 | 0 | — | — | 0 | 0 | 0 |\n"
                                   "| (no one) | 0 | 0 | 1 | 0 | 0 | 0 | 0 | — | — | 0 | 0 | 0 |\n"
                                   "\n"
                                   "## Commitments\n"
                                   "\n"
                                   "| # | Person | Commitment | Due | State |\n"
                                   "|--:|---|---|---|---|\n"
                                   "| 7 | Müller | send the recap | Tue 17 Nov | overdue |\n"
                                   "| 8 | José | ask about \"budget\" | Mon 23 Nov | due soon |\n"
                                   "\n"
                                   "## Useful mistakes\n"
                                   "\n"
                                   "| # | When | Person | Lesson |\n"
                                   "|--:|---|---|---|\n"
                                   "| 5 | Tue 17 Nov | O'Brien, Jr. | pitched \\*too\\* early |\n"
                                   "\n"
                                   "## Outcomes against coaching\n"
                                   "\n"
                                   "| Outcome | Calls | Discovery | Commitments kept |\n"
                                   "|---|--:|--:|--:|\n"
                                   "| won | 2 | 75% | 1/1 |\n"
                                   "\n"
                                   "## Top tags\n"
                                   "\n"
                                   "| Tag | Entries |\n"
                                   "|---|--:|\n"
                                   "| demo | 2 |\n"
                                   "| pricing\\|x | 1 |\n"
                                   "\n"
                                   "## Scales\n"
                                   "\n"
                                   "| Question | Average | Answers |\n"
                                   "|---|--:|--:|\n"
                                   "| How confident? (post-call/confidence) | 3.5 of 5 | 2 |\n");
}

TEST_CASE("core::render_json") {
  CHECK(
      render(render_json) ==
      R"({"schema":"debrief.report/1","period":{"start":"2026-11-16T00:00:00+00:00","end":"2026-11-23T00:00:00+00:00"},)"
      R"("previous_period":{"start":"2026-11-09T00:00:00+00:00","end":"2026-11-16T00:00:00+00:00"},"as_of":"2026-11-21T10:00:00+00:00",)"
      R"("discovery_target":0.8,"include_private":false,"totals":{"entries":4,"notes":1,"debriefs":2,"reflections":1},)"
      R"("weeks":[{"start":"2026-09-28T00:00:00+00:00","end":"2026-10-05T00:00:00+00:00"},{"start":"2026-10-05T00:00:00+00:00",)"
      R"("end":"2026-10-12T00:00:00+00:00"},{"start":"2026-10-12T00:00:00+00:00","end":"2026-10-19T00:00:00+00:00"},)"
      R"({"start":"2026-10-19T00:00:00+00:00","end":"2026-10-26T00:00:00+00:00"},{"start":"2026-10-26T00:00:00+00:00",)"
      R"("end":"2026-11-02T00:00:00+00:00"},{"start":"2026-11-02T00:00:00+00:00","end":"2026-11-09T00:00:00+00:00"},)"
      R"({"start":"2026-11-09T00:00:00+00:00","end":"2026-11-16T00:00:00+00:00"},{"start":"2026-11-16T00:00:00+00:00",)"
      R"("end":"2026-11-23T00:00:00+00:00"}],"people":[{"name":"Müller","notes":0,"debriefs":2,"reflections":0,)"
      R"("outcomes":{"won":2,"lost":0,"advanced":0,"stalled":0},"discovery":{"self":2,"nudged":1,"told":1,"marked":4,)"
      R"("ratio":0.75,"previous_ratio":0.5,"change":0.25,"trend":[null,null,null,null,null,null,0.5,0.75]},"commitments":{"opened":1,)"
      R"("done":1,"overdue":1}},{"name":"O'Brien, Jr.","notes":1,"debriefs":0,"reflections":0,"outcomes":{"won":0,)"
      R"("lost":0,"advanced":0,"stalled":0},"discovery":{"self":0,"nudged":0,"told":0,"marked":0,"ratio":null,)"
      R"("previous_ratio":null,"change":null,"trend":[null,null,null,null,null,null,null,null]},"commitments":{"opened":0,)"
      R"("done":0,"overdue":0}},{"name":null,"notes":0,"debriefs":0,"reflections":1,"outcomes":{"won":0,"lost":0,)"
      R"("advanced":0,"stalled":0},"discovery":{"self":0,"nudged":0,"told":0,"marked":0,"ratio":null,"previous_ratio":null,)"
      R"("change":null,"trend":[null,null,null,null,null,null,null,null]},"commitments":{"opened":0,"done":0,)"
      R"("overdue":0}}],"commitments":{"overdue":[{"id":7,"person":"Müller","text":"send the recap","due":"2026-11-17T00:00:00+00:00"}],)"
      R"("due_soon":[{"id":8,"person":"José","text":"ask about \"budget\"","due":"2026-11-23T10:00:00+00:00"}]},)"
      R"("lessons":[{"id":5,"at":"2026-11-17T07:00:00+01:00","person":"O'Brien, Jr.","text":"pitched *too* early"}],)"
      R"("outcomes":[{"outcome":"won","calls":2,"discovery_ratio":0.75,"commitments_done":1,"commitments_closed":1}],)"
      R"("tags":[{"tag":"demo","count":2},{"tag":"pricing|x","count":1}],"scales":[{"deck":"post-call","question":"confidence",)"
      R"("text":"How confident?","min":1,"max":5,"average":3.5,"count":2,"trend":[null,null,null,null,null,null,)"
      R"(null,3.5]}]})"
      "\n");
}

TEST_CASE("core::render_csv") {
  CHECK(render(render_csv) ==
        "person,notes,debriefs,reflections,won,lost,advanced,stalled,self,nudged,told,marked,discovery_ratio,previous_"
        "ratio,change,commitments_opened,commitments_done,commitments_overdue\r\n"
        "Müller,0,2,0,2,0,0,0,2,1,1,4,0.75,0.5,0.25,1,1,1\r\n"
        "\"O'Brien, Jr.\",1,0,0,0,0,0,0,0,0,0,0,,,,0,0,0\r\n"
        ",0,0,1,0,0,0,0,0,0,0,0,,,,0,0,0\r\n");
}

TEST_CASE("core::sparkline") {
  const std::vector<std::optional<double>> values{std::nullopt, 0.0, 0.124, 0.125, 0.5, 0.99, 1.0, 1.5, -1.0};
  CHECK(sparkline(values, true) == "·▁▁▂▅███▁");
  CHECK(sparkline(values, false) == " __.=###_");
  CHECK(sparkline({}, true) == "");
}
