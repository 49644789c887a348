// `debrief people` and `people rename` run in-process.
#include "cli_fixture.hpp"

using debrief::test::CliFixture;

TEST_CASE("cli people: counts per person") {
  CliFixture cli;
  cli.ok({"log", "-r", "Müller", "first call"});
  cli.ok({"log", "-r", "O'Brien, Jr.", "x"});
  cli.ok({"log", "-r", "日本語", "y"});
  REQUIRE(
      cli.run({"ask", "Müller", "--deck", "fast-failure"}, "w\na\nhours\nb\ntime\nd\ns\ne\ny\ncall back\n-\n").code ==
      0);
  // Names padded by display columns: 日本語 takes six.
  CHECK(cli.ok({"people"}) == "NAME         NOTES DEBRIEFS REFLECTIONS  LAST DEBRIEF        OPEN\n"
                              "Müller           1        1           0  Sat 21 Nov 10:00      1\n"
                              "O'Brien, Jr.     1        0           0  —                     0\n"
                              "日本語           1        0           0  —                     0\n");
}

TEST_CASE("cli people: entries of private decks are not counted, nor is one seen only in them") {
  CliFixture cli;
  cli.write_file("home/.config/debrief/decks/secret.toml",
                 "title = \"Secret\"\naudience = \"manager\"\nprivate = true\n[[question]]\nid = \"q\"\n"
                 "text = \"What?\"\n[commitment]\ntext = \"Try?\"\n");
  REQUIRE(cli.run({"ask", "José", "--deck", "secret"}, "private words\nkeep it quiet\n-\n").code == 0);
  REQUIRE(cli.run({"ask", "Müller", "--deck", "secret"}, "more\n\n").code == 0);
  cli.ok({"log", "-r", "Müller", "a shared note"});
  CHECK(cli.ok({"people"}) == "NAME   NOTES DEBRIEFS REFLECTIONS  LAST DEBRIEF        OPEN\n"
                              "Müller     1        0           0  —                     0\n");
}

TEST_CASE("cli people: errors") {
  CliFixture cli;
  auto r = cli.run({"people", "--json"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: unknown option '--json' for 'debrief people' (see 'debrief people --help')\n");
}

TEST_CASE("cli people rename") {
  CliFixture cli;
  cli.ok({"log", "-r", "José", "x"});
  auto r = cli.run({"people", "rename", "josé", "Jose"});
  CHECK(r.code == 0);
  CHECK(r.out == "renamed 'José' to 'Jose'\n");
  CHECK(r.err == "");
  CHECK(cli.ok({"list"}) == "#1  Sat 21 Nov 10:00  Jose  x\n");

  r = cli.run({"people", "rename", "nobody", "x"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: no one called 'nobody' in the journal\n");
}

TEST_CASE("cli people rename: case only, onto another person, to an empty name") {
  CliFixture cli;
  cli.ok({"log", "-r", "Müller", "x"});
  cli.ok({"log", "-r", "José", "y"});
  CHECK(cli.ok({"people", "rename", "Müller", "müller"}) == "renamed 'Müller' to 'müller'\n");
  auto r = cli.run({"people", "rename", "müller", "José"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: 'José' is already in the journal; add --merge to move the entries and commitments "
                 "of 'müller' to 'José'\n");
  r = cli.run({"people", "rename", "José", ""});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: invalid name '': it is empty (accepted: letters of any script, digits, punctuation, symbols "
                 "and spaces inside; not starting with '#' or '@'; at most 64 bytes)\n");
  CHECK(cli.ok({"list"}) == "#2  Sat 21 Nov 10:00  José    y\n#1  Sat 21 Nov 10:00  müller  x\n");
}
