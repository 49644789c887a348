// `debrief report` run in-process, in each format.
#include "cli_fixture.hpp"

using debrief::test::CliFixture;

TEST_CASE("cli report: text, with discovery, trend and lessons") {
  CliFixture cli;
  cli.ok({"log", "-r", "Müller", "first call"});
  cli.ok({"log", "-r", "José", "x"});
  REQUIRE(cli.run({"ask", "Müller", "--deck", "fast-failure"}, "a\nb\nc\nd\ns\ne\ny\ncall back\nfriday\n").code == 0);
  REQUIRE(cli.run({"ask", "José", "--deck", "fast-failure"}, "a\nb\nc\nd\nt\ne\nn\nsend the recap\n-\n").code == 0);
  cli.ok({"done", "1", "it worked"});
  CHECK(cli.ok({"report"}) ==
        "Coaching report · Mon 16 Nov – Sun 22 Nov 2026\n"
        "compared with Mon 9 Nov – Sun 15 Nov 2026 · discovery target 80%\n"
        "\n"
        "People\n"
        "  person  notes  debriefs  reflections  won  lost  advanced  stalled  discovery  change  last 8 weeks  "
        "opened/done/overdue\n"
        "  José        1         1            0    0     0         0        0         0%       —  ·······▁        "
        "            1/0/0\n"
        "  Müller      1         1            0    0     0         0        0       100%       —  ·······█        "
        "            1/1/0\n"
        "\n"
        "Useful mistakes\n"
        "  #3 Sat 21 Nov Müller: d\n"
        "  #4 Sat 21 Nov José: d\n"
        "\n"
        "Entries from private decks are left out (--include-private shows them).\n");
  // Last week had nothing.
  CHECK(cli.ok({"report", "--week", "last"}) ==
        "Coaching report · Mon 9 Nov – Sun 15 Nov 2026\n"
        "compared with Mon 2 Nov – Sun 8 Nov 2026 · discovery target 80%\n"
        "\n"
        "No coaching recorded in this period.\n"
        "\n"
        "Entries from private decks are left out (--include-private shows them).\n");
}

TEST_CASE("cli report: markdown, csv and json") {
  CliFixture cli;
  cli.ok({"log", "-r", "Müller", "--outcome", "won", "x"});
  CHECK(cli.ok({"report", "--format", "markdown"}) ==
        "# Coaching report: Mon 16 Nov – Sun 22 Nov 2026\n"
        "\n"
        "Compared with Mon 9 Nov – Sun 15 Nov 2026; discovery target 80%.\n"
        "\n"
        "## People\n"
        "\n"
        "| Person | Notes | Debriefs | Reflections | Won | Lost | Advanced | Stalled | Discovery | Change | Opened | "
        "Done "
        "| Overdue |\n"
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n"
        "| Müller | 1 | 0 | 0 | 1 | 0 | 0 | 0 | — | — | 0 | 0 | 0 |\n"
        "\n"
        "## Outcomes against coaching\n"
        "\n"
        "| Outcome | Calls | Discovery | Commitments kept |\n"
        "|---|--:|--:|--:|\n"
        "| won | 1 | — | — |\n");
  CHECK(cli.ok({"report", "--format", "csv"}) ==
        "person,notes,debriefs,reflections,won,lost,advanced,stalled,self,nudged,told,marked,discovery_ratio,"
        "previous_ratio,change,commitments_opened,commitments_done,commitments_overdue\r\n"
        "Müller,1,0,0,1,0,0,0,0,0,0,0,,,,0,0,0\r\n"); // RFC 4180 line ends
  std::string weeks;
  for (const char* d : {"09-28", "10-05", "10-12", "10-19", "10-26", "11-02", "11-09", "11-16", "11-23"}) {
    std::string at = std::string("2026-") + d + "T00:00:00+00:00";
    if (!weeks.empty()) weeks += at + "\"},";
    weeks += "{\"start\":\"" + at + "\",\"end\":\"";
  }
  weeks.resize(weeks.size() - std::string("{\"start\":\"2026-11-23T00:00:00+00:00\",\"end\":\"").size() - 1);
  CHECK(
      cli.ok({"report", "--format", "json"}) ==
      R"({"schema":"debrief.report/1","period":{"start":"2026-11-16T00:00:00+00:00","end":"2026-11-23T00:00:00+00:00"},)"
      R"("previous_period":{"start":"2026-11-09T00:00:00+00:00","end":"2026-11-16T00:00:00+00:00"},)"
      R"("as_of":"2026-11-21T10:00:00+00:00","discovery_target":0.8,"include_private":false,)"
      R"("totals":{"entries":1,"notes":1,"debriefs":0,"reflections":0},"weeks":[)" +
          weeks +
          R"(],"people":[{"name":"Müller","notes":1,"debriefs":0,"reflections":0,)"
          R"("outcomes":{"won":1,"lost":0,"advanced":0,"stalled":0},)"
          R"("discovery":{"self":0,"nudged":0,"told":0,"marked":0,"ratio":null,"previous_ratio":null,"change":null,)"
          R"("trend":[null,null,null,null,null,null,null,null]},"commitments":{"opened":0,"done":0,"overdue":0}}],)"
          R"("commitments":{"overdue":[],"due_soon":[]},"lessons":[],)"
          R"("outcomes":[{"outcome":"won","calls":1,"discovery_ratio":null,"commitments_done":0,"commitments_closed":0}],)"
          R"("tags":[],"scales":[]})"
          "\n");
}

TEST_CASE("cli report: errors") {
  CliFixture cli;
  auto r = cli.run({"report"});
  CHECK(r.code == 0);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: nothing to report yet; log a first note with: debrief log \"...\"\n");
  cli.ok({"log", "-r", "Müller", "x"});
  r = cli.run({"report", "--format", "xml"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: --format: unknown value 'xml' (accepted: text, markdown, json, csv)\n");
  r = cli.run({"report", "--week", "bogus"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --week: invalid week 'bogus' (accepted: this, last, -N for N weeks ago, or a date in the "
                 "week, e.g. 2026-11-16)\n");
  r = cli.run({"report", "--rep", "nobody"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: --rep: no one called 'nobody' in the journal\n");
}
