// `debrief list`, `show` and `search` run in-process.
#include "cli_fixture.hpp"

using debrief::test::CliFixture;

namespace {
/// A journal of four notes about three people, all at the fixture's now.
void seed(CliFixture& cli) {
  cli.ok({"log", "-r", "Müller", "called about pricing"});
  cli.ok({"log", "-r", "José", "-t", "demo", "--outcome", "won", "Acme demo #pricing"});
  cli.ok({"log", "--lesson", "-r", "O'Brien, Jr.", "skipped discovery"});
  cli.ok({"log", "-r", "Müller", "--at", "2026-11-10 09:30", "an older call"});
}
} // namespace

TEST_CASE("cli list: most recent first, filtered by rep and time") {
  CliFixture cli;
  seed(cli);
  // Columns aligned up to the text; past 80 columns, what follows it follows each row, the tags
  // (cut first) last.
  CHECK(cli.ok({"list"}) == "#3  Sat 21 Nov 10:00  O'Brien, Jr.  skipped discovery  (lesson)\n"
                            "#2  Sat 21 Nov 10:00  José          Acme demo #pricing  (won)  [demo, pricing]\n"
                            "#1  Sat 21 Nov 10:00  Müller        called about pricing\n"
                            "#4  Tue 10 Nov 09:30  Müller        an older call\n");
  CHECK(cli.ok({"list", "--rep", "müller"}) == "#1  Sat 21 Nov 10:00  Müller  called about pricing\n"
                                               "#4  Tue 10 Nov 09:30  Müller  an older call\n");
  CHECK(cli.ok({"list", "--since", "2026-11-15"}).find("#4") == std::string::npos);
}

TEST_CASE("cli list: errors") {
  CliFixture cli;
  seed(cli);
  auto r = cli.run({"list", "--rep", "nobody"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: no one called 'nobody' in the journal\n");
  r = cli.run({"list", "--since", "bogus"});
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("debrief: --since: invalid date 'bogus' (accepted: YYYY-MM-DD"));
  r = cli.run({"list", "--limt", "3"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: unknown option '--limt' for 'debrief list'; did you mean '--limit'?\n");
}

TEST_CASE("cli show: an entry in full") {
  CliFixture cli;
  seed(cli);
  CHECK(CliFixture::without_uuids(cli.ok({"show", "2"})) == "#2 · note · Sat 21 Nov 10:00 · José\n"
                                                            "outcome: won\n"
                                                            "tags: demo, pricing\n"
                                                            "uuid: <uuid>\n"
                                                            "\n"
                                                            "Acme demo #pricing\n");
}

TEST_CASE("cli show: errors") {
  CliFixture cli;
  seed(cli);
  auto r = cli.run({"show", "99"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: no entry #99\n");
  r = cli.run({"show", "x"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: expected an entry number, got 'x'\n");
  r = cli.run({"show", "2", "--json"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: unknown option '--json' for 'debrief show' (see 'debrief show --help')\n");
}

TEST_CASE("cli search: matches with their line of context") {
  CliFixture cli;
  seed(cli);
  CHECK(cli.ok({"search", "pricing"}) == "#1  Sat 21 Nov 10:00  Müller  called about pricing\n"
                                         "    called about pricing\n"
                                         "#2  Sat 21 Nov 10:00  José    Acme demo #pricing    (won)  [demo, pricing]\n"
                                         "    Acme demo #pricing\n");
}

TEST_CASE("cli search: no match, and a bad query") {
  CliFixture cli;
  seed(cli);
  auto r = cli.run({"search", "zzz"});
  CHECK(r.code == 0);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: no matches\n");
  r = cli.run({"search", "\"unterminated"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err ==
        "debrief: search: unclosed quote in '\"unterminated' (accepted: words, \"a phrase\", prefix*, a AND b, "
        "a OR b, a NOT b, parentheses)\n");
}

TEST_CASE("cli list --color always marks the id") {
  CliFixture cli;
  cli.ok({"log", "-r", "Müller", "-t", "demo", "x"});
  CHECK(cli.ok({"--color", "always", "list"}) == "\x1b[33m#1\x1b[0m  Sat 21 Nov 10:00  Müller  x  [demo]\n");
  cli.env.no_color = "1";
  CHECK(cli.ok({"list"}) == "#1  Sat 21 Nov 10:00  Müller  x  [demo]\n");
}

TEST_CASE("cli search: accents, filters and --json") {
  CliFixture cli;
  seed(cli);
  cli.ok({"log", "-r", "José", "Señor Müller wants a café"});
  CHECK(cli.ok({"search", "cafe"}) == "#5  Sat 21 Nov 10:00  José  Señor Müller wants a café\n"
                                      "    Señor Müller wants a café\n");
  CHECK(cli.ok({"search", "--rep", "josé", "pricing"}) ==
        "#2  Sat 21 Nov 10:00  José  Acme demo #pricing  (won)  [demo, pricing]\n"
        "    Acme demo #pricing\n");
  CHECK(CliFixture::without_uuids(cli.ok({"search", "--json", "discovery"})) ==
        R"({"id":3,"uuid":"<uuid>","kind":"note","person":"O'Brien, Jr.","deck":null,"at":"2026-11-21T10:00:00+00:00",)"
        R"("created":"2026-11-21T10:00:00+00:00","updated":"2026-11-21T10:00:00+00:00","outcome":null,"lesson":true,)"
        R"("status":"complete","tags":[],"body":"skipped discovery","snippet":"skipped discovery"})"
        "\n");
  auto r = cli.run({"search", "--kind", "memo", "x"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: --kind: unknown value 'memo' (accepted: note, debrief, reflection)\n");
}

TEST_CASE("cli show: a debrief with its answers, marks and commitment, and list --json") {
  CliFixture cli;
  REQUIRE(cli.run({"ask", "Müller", "--deck", "fast-failure"},
                  "a shorter demo\npitched too early\ndays\ntheir silence\ndeal\nask first\nn2\nteam\ny\ncall back "
                  "within a day\nfriday\n")
              .code == 0);
  CHECK(CliFixture::without_uuids(cli.ok({"show", "1"})) ==
        "#1 · debrief · Sat 21 Nov 10:00 · Müller\n"
        "deck: fast-failure\n"
        "lesson: yes\n"
        "uuid: <uuid>\n"
        "\n"
        "What were you trying, and why was it worth a try?\n"
        "  a shorter demo\n"
        "\n"
        "What went wrong? Describe it plainly, without blame.\n"
        "  pitched too early\n"
        "\n"
        "How soon did you notice?\n"
        "  days\n"
        "\n"
        "What told you?\n"
        "  their silence\n"
        "\n"
        "What did it cost?\n"
        "  deal\n"
        "\n"
        "What is the lesson, in one sentence someone else could use?\n"
        "  ask first  [nudged, 2 probes]\n"
        "\n"
        "Who else should hear about this so they don't repeat it?\n"
        "  team\n"
        "\n"
        "Could it happen again next week?\n"
        "  yes\n"
        "\n"
        "commitment #1: call back within a day (due Fri 27 Nov) [open]\n");
  CHECK(
      CliFixture::without_uuids(cli.ok({"list", "--json"})) ==
      R"({"id":1,"uuid":"<uuid>","kind":"debrief","person":"Müller","deck":"fast-failure",)"
      R"("at":"2026-11-21T10:00:00+00:00","created":"2026-11-21T10:00:00+00:00","updated":"2026-11-21T10:00:00+00:00",)"
      R"("outcome":null,"lesson":true,"status":"complete","tags":[],"body":""})" // no --about
      "\n");
  auto r = cli.run({"list", "--kind", "note"});
  CHECK(r.code == 0);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: no entries\n");
  CHECK(cli.ok({"list", "--lesson", "--limit", "1"}) ==
        "#1  Sat 21 Nov 10:00  Müller  debrief: a shorter demo  (lesson)\n"); // its first answer
}
