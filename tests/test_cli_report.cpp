// `debrief report` run in-process, in each format.
#include "cli_fixture.hpp"

#include <fmt/format.h>

using debrief::test::CliFixture;

TEST_CASE("cli report: text, with discovery, trend and lessons") {
  CliFixture cli;
  cli.ok({"log", "-r", "Müller", "first call"});
  cli.ok({"log", "-r", "José", "x"});
  REQUIRE(cli.run({"ask", "Müller", "--deck", "fast-failure"}, "w\na\nhours\nb\ntime\nd\ns\ne\ny\ncall back\nfriday\n")
              .code == 0);
  REQUIRE(cli.run({"ask", "José", "--deck", "fast-failure"}, "w\na\ndays\nb\nnothing\nd\nt\ne\nn\nsend the recap\n-\n")
              .code == 0);
  cli.ok({"done", "1", "it worked"}); // closed without evidence
  cli.ok({"commit", "José", "Pause after the price #closing"});
  cli.ok({"done", "3", "paused twice", "--helped", "partly", "--evidence", "José let the silence work"});
  // 80 columns (not a terminal): the People table in two parts, the long remark wrapped.
  CHECK(cli.ok({"report"}) == "Coaching report · Mon 16 Nov – Sun 22 Nov 2026\n"
                              "compared with Mon 9 Nov – Sun 15 Nov 2026 · discovery target 80%\n"
                              "\n"
                              "People\n"
                              "  person  notes  debriefs  reflections  discovery  change  last 8 weeks\n"
                              "  José        2         1            0         0%       —  ·······▁\n"
                              "  Müller      1         1            0       100%       —  ·······█\n"
                              "\n"
                              "Outcomes and commitments\n"
                              "  person  won  lost  advanced  stalled  opened/done/overdue\n"
                              "  José      0     0         0        0                2/1/0\n"
                              "  Müller    0     0         0        0                1/1/0\n"
                              "\n"
                              "Did the assignments help? (reviewed in the period, by skill)\n"
                              "  person  skill     yes  partly  no\n"
                              "  José    #closing    0       1   0\n"
                              "\n"
                              "Useful mistakes\n"
                              "  #3 Sat 21 Nov Müller: d\n"
                              "      noticed within hours · cost: time\n"
                              "  #4 Sat 21 Nov José: d\n"
                              "      noticed within days · cost: nothing\n"
                              "  per person: José 1 · Müller 1\n"
                              "\n"
                              "Your coaching\n"
                              "  measure                  period  previous  change  6 months\n"
                              "  you told                1/2 50%         —       —  ·····▅    below target\n"
                              "  probes per insight          0.0         —       —  ·····▁\n"
                              "  debriefs below target    1 of 2         —       —  ·····▅    below target\n"
                              "  reviewed with evidence   1 of 2         —       —  ·····▅    1 closed without\n"
                              "                                                               evidence\n"
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
        "person,notes,debriefs,reflections,won,lost,advanced,stalled,self,nudged,told,marked,discovery_ratio,previous_"
        "ratio,change,commitments_opened,commitments_done,commitments_overdue,told_share,below_target,probes,insights_"
        "found,probes_per_insight,debriefs_marked,debriefs_below_target,previous_told_share,previous_probes_per_"
        "insight,previous_debriefs_below_target,lessons,reviewed_with_evidence,closed_without_evidence,skills\r\n"
        "Müller,1,0,0,1,0,0,0,0,0,0,0,,,,0,0,0,,,0,0,,0,0,,,,0,0,0,\r\n"); // RFC 4180 line ends
  std::string weeks;
  for (const char* d : {"09-28", "10-05", "10-12", "10-19", "10-26", "11-02", "11-09", "11-16", "11-23"}) {
    std::string at = std::string("2026-") + d + "T00:00:00+00:00";
    if (!weeks.empty()) weeks += at + "\"},";
    weeks += "{\"start\":\"" + at + "\",\"end\":\"";
  }
  weeks.resize(weeks.size() - std::string("{\"start\":\"2026-11-23T00:00:00+00:00\",\"end\":\"").size() - 1);
  // Schema 2: lessons by person, the coaching figures and each person's skills, empty here, after
  // schema 1's fields.
  const std::string none = R"("told":0,"marked":0,"told_share":null,"below_target":false,"probes":0,)"
                           R"("insights_found":0,"probes_per_insight":null,"debriefs":0,"debriefs_below_target":0,)"
                           R"("reviewed_with_evidence":0,"closed_without_evidence":0)";
  std::string months;
  for (const char* m : {"06", "07", "08", "09", "10", "11"}) {
    const std::string next = fmt::format("{:02}", std::stoi(m) + 1);
    months += std::string(months.empty() ? "" : ",") + R"({"start":"2026-)" + m +
              R"(-01T00:00:00+00:00","end":"2026-)" + next + R"(-01T00:00:00+00:00",)" + none + "}";
  }
  CHECK(
      cli.ok({"report", "--format", "json"}) ==
      R"({"schema":"debrief.report/2","period":{"start":"2026-11-16T00:00:00+00:00","end":"2026-11-23T00:00:00+00:00"},)"
      R"("previous_period":{"start":"2026-11-09T00:00:00+00:00","end":"2026-11-16T00:00:00+00:00"},)"
      R"("as_of":"2026-11-21T10:00:00+00:00","discovery_target":0.8,"include_private":false,)"
      R"("totals":{"entries":1,"notes":1,"debriefs":0,"reflections":0},"weeks":[)" +
          weeks +
          R"(],"people":[{"name":"Müller","notes":1,"debriefs":0,"reflections":0,)"
          R"("outcomes":{"won":1,"lost":0,"advanced":0,"stalled":0},)"
          R"("discovery":{"self":0,"nudged":0,"told":0,"marked":0,"ratio":null,"previous_ratio":null,"change":null,)"
          R"("trend":[null,null,null,null,null,null,null,null]},"commitments":{"opened":0,"done":0,"overdue":0},)"
          R"("skills":[]}],)"
          R"("commitments":{"overdue":[],"due_soon":[]},"lessons":[],"lessons_by_person":[],)"
          R"("outcomes":[{"outcome":"won","calls":1,"discovery_ratio":null,"commitments_done":0,"commitments_closed":0}],)"
          R"("tags":[],"scales":[],"coaching":{)" +
          none + R"(,"previous":{)" + none + R"(},"months":[)" + months + "]}}\n");
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
  CHECK(r.err == "debrief: --format: unknown value 'xml' (accepted: text, markdown, json, csv, html)\n");
  r = cli.run({"report", "--week", "bogus"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --week: invalid week 'bogus' (accepted: this, last, -N for N weeks ago, or a date in the "
                 "week, e.g. 2026-11-16)\n");
  r = cli.run({"report", "--rep", "nobody"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: --rep: no one called 'nobody' in the journal\n");
}

TEST_CASE("cli report -o FILE") {
  CliFixture cli;
  cli.ok({"log", "-r", "Müller", "x"});
  const std::string file = (cli.dir / "week.html").string();
  cli.write_file("week.html", "old");
  ::chmod(file.c_str(), 0644);
  auto r = cli.run({"report", "--format", "html", "-o", file});
  CHECK(r.code == 0);
  CHECK(r.out == "");
  CHECK(r.err == "");
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
  std::ifstream in(file);
  std::string head;
  std::getline(in, head);
  CHECK(head == "<!DOCTYPE html>");
  SUBCASE("person takes it too, in any format") {
    r = cli.run({"person", "Müller", "--format", "json", "-o", file});
    CHECK(r.code == 0);
    CHECK(r.out == "");
    std::ifstream json(file);
    std::getline(json, head);
    CHECK(head.rfind("{\"schema\":\"debrief.person/1\"", 0) == 0);
  }
  SUBCASE("a directory that is not there") {
    r = cli.run({"report", "-o", (cli.dir / "no/such.html").string()});
    CHECK(r.code == 1);
    CHECK(r.out == "");
    CHECK(r.err == "debrief: cannot write '<tmp>/no/such.html': No such file or directory\n");
  }
  SUBCASE("never the journal") {
    r = cli.run({"report", "-o", cli.journal()});
    CHECK(r.code == 2);
    CHECK(r.err == "debrief: -o: '<tmp>/home/.local/share/debrief/journal.db' is the journal or one of its files; "
                   "choose another file\n");
    r = cli.run({"person", "Müller", "-o", cli.journal()});
    CHECK(r.code == 2);
  }
  SUBCASE("people lists everyone: -o is for one person") {
    r = cli.run({"people", "-o", file});
    CHECK(r.code == 2);
    CHECK(r.err ==
          "debrief: --format, -o and --include-private show one person: debrief people NAME --format markdown\n");
  }
}
