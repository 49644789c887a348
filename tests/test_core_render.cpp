// The report renderers of core/render.cpp (text, Markdown, JSON, CSV) on one small report,
// built by build_report from rows the storage layer would give, and the sparkline.
#include "core/line_edit.hpp"
#include "core/render.hpp"

#include <doctest/doctest.h>

#include <algorithm>
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
  // The two debriefs of this week won (one below the target); 2 probes over 3 insights found.
  in.marks = {{monday, "Müller", false, now_tally, Outcome::won, 2, 2, 1},
              {before, "Müller", false, before_tally, std::nullopt, 1, 1, 1}};
  in.tags = {{"demo", "Müller", false, 2}, {"pricing|x", "O'Brien, Jr.", false, 1}};
  in.lessons = [](const std::function<void(const ReportLesson&)>& each) {
    each(ReportLesson{5, Instant{monday + 30 * 3600, 3600}, "O'Brien, Jr.", false, "pitched *too* early\nsecond line",
                      std::string("hours"), std::string("time")});
  };
  in.open_commitments = [](const std::function<void(const ReportCommitment&)>& each) {
    each(commitment(7, "Müller", "send the recap", monday + 86400));
    each(commitment(8, "José", "ask about \"budget\"", now + 2 * 86400));
  };
  in.commitment_counts = {{"Müller", false, 1, 1, 1}};
  // Müller's assignments: one for discovery helped (evidence seen) and one without a skill did
  // not (closed without evidence) this week; one for closing partly helped the week before.
  in.reviews = {{"Müller", false, "discovery", Helped::yes, true, monday + 3600, monday + 3600},
                {"Müller", false, std::nullopt, Helped::no, false, monday + 7200, monday + 7200},
                {"Müller", false, "closing", Helped::partly, true, before + 3600, std::nullopt}};
  in.scales = {{monday, "Müller", "post-call", "confidence", "How confident?", false, 7, 2, monday}};
  in.scale_bounds = {{"post-call", "confidence", 1, 5}};
  return build_report(in);
}

/// At 200 columns by default: the People table in one piece.
std::string render(void (*renderer)(const Report&, const RenderStyle&, std::ostream&), bool utf8 = true,
                   bool color = false, int width = 200) {
  std::ostringstream out;
  renderer(sample(), RenderStyle{&utc, now, utf8, color, width}, out);
  return out.str();
}

} // namespace

TEST_CASE("core::render_text") {
  CHECK(render(render_text) ==
        "Coaching report · Mon 16 Nov – Sun 22 Nov 2026\n"
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
        "Did the assignments help? (reviewed in the period, by skill)\n"
        "  person  skill       yes  partly  no\n"
        "  Müller  (no skill)    0       0   1\n"
        "  Müller  #discovery    1       0   0\n"
        "\n"
        "Useful mistakes\n"
        "  #5 Tue 17 Nov O'Brien, Jr.: pitched *too* early\n"
        "      noticed within hours · cost: time\n"
        "  per person: O'Brien, Jr. 1\n"
        "\n"
        "Outcomes against coaching\n"
        "  outcome  calls  discovery  commitments kept\n"
        "  won          2        75%               1/1\n"
        "\n"
        "Your coaching\n"
        "  measure                  period  previous  change  6 months\n"
        "  you told                1/4 25%   1/2 50%  -25 pp  ·····▃    below target\n"
        "  probes per insight          0.7       1.0    -0.3  ·····▄\n"
        "  debriefs below target    1 of 2    1 of 1      ±0  ·····▆    below target\n"
        "  reviewed with evidence   1 of 2    1 of 1  -50 pp  ·····▆    1 closed without evidence\n"
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
        "\x1b[1mDid the assignments help? (reviewed in the period, by skill)\x1b[0m\n"
        "  person  skill       yes  partly  no\n"
        "  Müller  (no skill)    0       0   1\n"
        "  Müller  #discovery    1       0   0\n"
        "\n"
        "\x1b[1mUseful mistakes\x1b[0m\n"
        "  #5 Tue 17 Nov O'Brien, Jr.: pitched *too* early\n"
        "      noticed within hours - cost: time\n"
        "  per person: O'Brien, Jr. 1\n"
        "\n"
        "\x1b[1mOutcomes against coaching\x1b[0m\n"
        "  outcome  calls  discovery  commitments kept\n"
        "  won          2        75%               1/1\n"
        "\n"
        "\x1b[1mYour coaching\x1b[0m\n"
        "  measure                  period  previous  change  6 months\n"
        "  you told                1/4 25%   1/2 50%  -25 pp       :    below target\n"
        "  probes per insight          0.7       1.0    -0.3       -\n"
        "  debriefs below target    1 of 2    1 of 1      +-0       +    below target\n"
        "  reviewed with evidence   1 of 2    1 of 1  -50 pp       +    1 closed without evidence\n"
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
  CHECK(
      render(render_markdown) ==
      "# Coaching report: Mon 16 Nov – Sun 22 Nov 2026\n"
      "\n"
      "Compared with Mon 9 Nov – Sun 15 Nov 2026; discovery target 80%.\n"
      "\n"
      "## People\n"
      "\n"
      "| Person | Notes | Debriefs | Reflections | Won | Lost | Advanced | Stalled | Discovery | Change | Opened | "
      "Done | Overdue |\n"
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
      "## Did the assignments help?\n"
      "\n"
      "Reviewed in the period, by skill.\n"
      "\n"
      "| Person | Skill | Yes | Partly | No |\n"
      "|---|---|--:|--:|--:|\n"
      "| Müller | (no skill) | 0 | 0 | 1 |\n"
      "| Müller | #discovery | 1 | 0 | 0 |\n"
      "\n"
      "## Useful mistakes\n"
      "\n"
      "| # | When | Person | Lesson | Noticed within | Cost |\n"
      "|--:|---|---|---|---|---|\n"
      "| 5 | Tue 17 Nov | O'Brien, Jr. | pitched \\*too\\* early | hours | time |\n"
      "\n"
      "| Person | Useful mistakes |\n"
      "|---|--:|\n"
      "| O'Brien, Jr. | 1 |\n"
      "\n"
      "## Outcomes against coaching\n"
      "\n"
      "| Outcome | Calls | Discovery | Commitments kept |\n"
      "|---|--:|--:|--:|\n"
      "| won | 2 | 75% | 1/1 |\n"
      "\n"
      "## Your coaching\n"
      "\n"
      "| Measure | Period | Previous | Change |\n"
      "|---|--:|--:|--:|\n"
      "| You told | 1/4 25% **below target** | 1/2 50% **below target** | -25 pp |\n"
      "| Probes per insight | 0.7 | 1.0 | -0.3 |\n"
      "| Debriefs below target | 1 of 2 **below target** | 1 of 1 **below target** | ±0 |\n"
      "| Reviewed with evidence | 1 of 2 **1 closed without evidence** | 1 of 1 | -50 pp |\n"
      "\n"
      "| Month | You told | Probes per insight | Debriefs below target | Reviewed with evidence |\n"
      "|---|--:|--:|--:|--:|\n"
      "| Jun 2026 | — | — | — | — |\n"
      "| Jul 2026 | — | — | — | — |\n"
      "| Aug 2026 | — | — | — | — |\n"
      "| Sep 2026 | — | — | — | — |\n"
      "| Oct 2026 | — | — | — | — |\n"
      "| Nov 2026 | 2/6 33% **below target** | 0.8 | 2 of 3 **below target** | 2 of 3 **1 closed without evidence** |\n"
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
  CHECK(render(render_json) ==
        "{\"schema\":\"debrief.report/2\",\"period\":{\"start\":\"2026-11-16T00:00:00+00:00\",\"end\":\"2026-11-2"
        "3T00:00:00+00:00\"},\"previous_period\":{\"start\":\"2026-11-09T00:00:00+00:00\",\"end\":\"2026-11-16T00"
        ":00:00+00:00\"},\"as_of\":\"2026-11-21T10:00:00+00:00\",\"discovery_target\":0.8,\"include_private\":fal"
        "se,\"totals\":{\"entries\":4,\"notes\":1,\"debriefs\":2,\"reflections\":1},\"weeks\":[{\"start\":\"2026-"
        "09-28T00:00:00+00:00\",\"end\":\"2026-10-05T00:00:00+00:00\"},{\"start\":\"2026-10-05T00:00:00+00:00\","
        "\"end\":\"2026-10-12T00:00:00+00:00\"},{\"start\":\"2026-10-12T00:00:00+00:00\",\"end\":\"2026-10-19T00:0"
        "0:00+00:00\"},{\"start\":\"2026-10-19T00:00:00+00:00\",\"end\":\"2026-10-26T00:00:00+00:00\"},{\"start\""
        ":\"2026-10-26T00:00:00+00:00\",\"end\":\"2026-11-02T00:00:00+00:00\"},{\"start\":\"2026-11-02T00:00:00+0"
        "0:00\",\"end\":\"2026-11-09T00:00:00+00:00\"},{\"start\":\"2026-11-09T00:00:00+00:00\",\"end\":\"2026-11"
        "-16T00:00:00+00:00\"},{\"start\":\"2026-11-16T00:00:00+00:00\",\"end\":\"2026-11-23T00:00:00+00:00\"}],"
        "\"people\":[{\"name\":\"Müller\",\"notes\":0,\"debriefs\":2,\"reflections\":0,\"outcomes\":{\"won\":2,\"l"
        "ost\":0,\"advanced\":0,\"stalled\":0},\"discovery\":{\"self\":2,\"nudged\":1,\"told\":1,\"marked\":4,\"r"
        "atio\":0.75,\"previous_ratio\":0.5,\"change\":0.25,\"trend\":[null,null,null,null,null,null,0.5,0.75]},"
        "\"commitments\":{\"opened\":1,\"done\":1,\"overdue\":1},\"skills\":[{\"skill\":null,\"yes\":0,\"partly\":"
        "0,\"no\":1},{\"skill\":\"discovery\",\"yes\":1,\"partly\":0,\"no\":0}]},{\"name\":\"O'Brien, Jr.\",\"not"
        "es\":1,\"debriefs\":0,\"reflections\":0,\"outcomes\":{\"won\":0,\"lost\":0,\"advanced\":0,\"stalled\":0}"
        ",\"discovery\":{\"self\":0,\"nudged\":0,\"told\":0,\"marked\":0,\"ratio\":null,\"previous_ratio\":null,"
        "\"change\":null,\"trend\":[null,null,null,null,null,null,null,null]},\"commitments\":{\"opened\":0,\"done"
        "\":0,\"overdue\":0},\"skills\":[]},{\"name\":null,\"notes\":0,\"debriefs\":0,\"reflections\":1,\"outcome"
        "s\":{\"won\":0,\"lost\":0,\"advanced\":0,\"stalled\":0},\"discovery\":{\"self\":0,\"nudged\":0,\"told\":"
        "0,\"marked\":0,\"ratio\":null,\"previous_ratio\":null,\"change\":null,\"trend\":[null,null,null,null,nul"
        "l,null,null,null]},\"commitments\":{\"opened\":0,\"done\":0,\"overdue\":0},\"skills\":[]}],\"commitments"
        "\":{\"overdue\":[{\"id\":7,\"person\":\"Müller\",\"text\":\"send the recap\",\"due\":\"2026-11-17T00:00:"
        "00+00:00\"}],\"due_soon\":[{\"id\":8,\"person\":\"José\",\"text\":\"ask about \\\"budget\\\"\",\"due\":"
        "\"2026-11-23T10:00:00+00:00\"}]},\"lessons\":[{\"id\":5,\"at\":\"2026-11-17T07:00:00+01:00\",\"person\":"
        "\"O'Brien, Jr.\",\"text\":\"pitched *too* early\",\"noticed\":\"hours\",\"cost\":\"time\"}],\"lessons_by_"
        "person\":[{\"person\":\"O'Brien, Jr.\",\"count\":1}],\"outcomes\":[{\"outcome\":\"won\",\"calls\":2,\"di"
        "scovery_ratio\":0.75,\"commitments_done\":1,\"commitments_closed\":1}],\"tags\":[{\"tag\":\"demo\",\"cou"
        "nt\":2},{\"tag\":\"pricing|x\",\"count\":1}],\"scales\":[{\"deck\":\"post-call\",\"question\":\"confiden"
        "ce\",\"text\":\"How confident?\",\"min\":1,\"max\":5,\"average\":3.5,\"count\":2,\"trend\":[null,null,nu"
        "ll,null,null,null,null,3.5]}],\"coaching\":{\"told\":1,\"marked\":4,\"told_share\":0.25,\"below_target\""
        ":true,\"probes\":2,\"insights_found\":3,\"probes_per_insight\":0.6667,\"debriefs\":2,\"debriefs_below_ta"
        "rget\":1,\"reviewed_with_evidence\":1,\"closed_without_evidence\":1,\"previous\":{\"told\":1,\"marked\":"
        "2,\"told_share\":0.5,\"below_target\":true,\"probes\":1,\"insights_found\":1,\"probes_per_insight\":1,\""
        "debriefs\":1,\"debriefs_below_target\":1,\"reviewed_with_evidence\":1,\"closed_without_evidence\":0},\"m"
        "onths\":[{\"start\":\"2026-06-01T00:00:00+00:00\",\"end\":\"2026-07-01T00:00:00+00:00\",\"told\":0,\"mar"
        "ked\":0,\"told_share\":null,\"below_target\":false,\"probes\":0,\"insights_found\":0,\"probes_per_insigh"
        "t\":null,\"debriefs\":0,\"debriefs_below_target\":0,\"reviewed_with_evidence\":0,\"closed_without_eviden"
        "ce\":0},{\"start\":\"2026-07-01T00:00:00+00:00\",\"end\":\"2026-08-01T00:00:00+00:00\",\"told\":0,\"mark"
        "ed\":0,\"told_share\":null,\"below_target\":false,\"probes\":0,\"insights_found\":0,\"probes_per_insight"
        "\":null,\"debriefs\":0,\"debriefs_below_target\":0,\"reviewed_with_evidence\":0,\"closed_without_evidenc"
        "e\":0},{\"start\":\"2026-08-01T00:00:00+00:00\",\"end\":\"2026-09-01T00:00:00+00:00\",\"told\":0,\"marke"
        "d\":0,\"told_share\":null,\"below_target\":false,\"probes\":0,\"insights_found\":0,\"probes_per_insight"
        "\":null,\"debriefs\":0,\"debriefs_below_target\":0,\"reviewed_with_evidence\":0,\"closed_without_evidence"
        "\":0},{\"start\":\"2026-09-01T00:00:00+00:00\",\"end\":\"2026-10-01T00:00:00+00:00\",\"told\":0,\"marked"
        "\":0,\"told_share\":null,\"below_target\":false,\"probes\":0,\"insights_found\":0,\"probes_per_insight\""
        ":null,\"debriefs\":0,\"debriefs_below_target\":0,\"reviewed_with_evidence\":0,\"closed_without_evidence"
        "\":0},{\"start\":\"2026-10-01T00:00:00+00:00\",\"end\":\"2026-11-01T00:00:00+00:00\",\"told\":0,\"marked"
        "\":0,\"told_share\":null,\"below_target\":false,\"probes\":0,\"insights_found\":0,\"probes_per_insight\":"
        "null,\"debriefs\":0,\"debriefs_below_target\":0,\"reviewed_with_evidence\":0,\"closed_without_evidence\""
        ":0},{\"start\":\"2026-11-01T00:00:00+00:00\",\"end\":\"2026-12-01T00:00:00+00:00\",\"told\":2,\"marked\""
        ":6,\"told_share\":0.3333,\"below_target\":true,\"probes\":3,\"insights_found\":4,\"probes_per_insight\":"
        "0.75,\"debriefs\":3,\"debriefs_below_target\":2,\"reviewed_with_evidence\":2,\"closed_without_evidence\""
        ":1}]}}"
        "\n");
}

TEST_CASE("core::render_csv") {
  CHECK(render(render_csv) ==
        "person,notes,debriefs,reflections,won,lost,advanced,stalled,self,nudged,told,marked,discovery_ratio,previous_"
        "ratio,change,commitments_opened,commitments_done,commitments_overdue,told_share,below_target,probes,insights_"
        "found,probes_per_insight,debriefs_marked,debriefs_below_target,previous_told_share,previous_probes_per_"
        "insight,previous_debriefs_below_target,lessons,reviewed_with_evidence,closed_without_evidence,skills\r\n"
        "Müller,0,2,0,2,0,0,0,2,1,1,4,0.75,0.5,0.25,1,1,1,0.25,yes,2,3,0.6667,2,1,0.5,1,1,0,1,1,-:0/0/1 "
        "discovery:1/0/0\r\n"
        "\"O'Brien, Jr.\",1,0,0,0,0,0,0,0,0,0,0,,,,0,0,0,,,0,0,,0,0,,,,1,0,0,\r\n"
        ",0,0,1,0,0,0,0,0,0,0,0,,,,0,0,0,,,0,0,,0,0,,,,0,0,0,\r\n");
}

TEST_CASE("core::sparkline") {
  const std::vector<std::optional<double>> values{std::nullopt, 0.0, 0.124, 0.125, 0.5, 0.99, 1.0, 1.5, -1.0};
  CHECK(sparkline(values, true) == "·▁▁▂▅███▁");
  CHECK(sparkline(values, false) == " __.=###_");
  CHECK(sparkline({}, true) == "");
}

namespace {
/// The widest line of `text`, in terminal columns.
int widest(const std::string& text) {
  int most = 0;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) most = std::max(most, line_edit::text_width(line));
  return most;
}
} // namespace

TEST_CASE("core::render_text at 80 columns: the People table in two, remarks wrapped in their column") {
  const auto text = render(render_text, true, false, 80);
  INFO(text);
  CHECK(widest(text) <= 80);
  CHECK(text.find("People\n"
                  "  person        notes  debriefs  reflections  discovery  change  last 8 weeks\n"
                  "  Müller            0         2            0        75%  +25 pp  ······▅▇\n") != std::string::npos);
  CHECK(text.find("Outcomes and commitments\n"
                  "  person        won  lost  advanced  stalled  opened/done/overdue\n"
                  "  Müller          2     0         0        0                1/1/1\n") != std::string::npos);
  CHECK(text.find("  reviewed with evidence   1 of 2    1 of 1  -50 pp  ·····▆    1 closed without\n"
                  "                                                               evidence\n") != std::string::npos);
}

TEST_CASE("core::render_text at 64 columns: a block of lines per person") {
  const auto text = render(render_text, true, false, 64);
  INFO(text);
  CHECK(widest(text) <= 64);
  CHECK(text.find("People\n"
                  "  Müller\n"
                  "    notes 0 · debriefs 2 · reflections 0\n"
                  "    discovery 75% · change +25 pp · last 8 weeks ······▅▇\n"
                  "    won 2 · lost 0 · advanced 0 · stalled 0\n"
                  "    commitments opened 1 · done 1 · overdue 1\n"
                  "  O'Brien, Jr.\n") != std::string::npos);
  CHECK(text.find("Outcomes and commitments") == std::string::npos);
  // The remark goes under its row when its column would be too narrow.
  CHECK(text.find("  reviewed with evidence   1 of 2    1 of 1  -50 pp  ·····▆\n"
                  "      1 closed without evidence\n") != std::string::npos);
}
