// `debrief export` and `import` run in-process: JSONL round trip, Markdown, CSV, and refusals.
#include "cli_fixture.hpp"

using debrief::test::CliFixture;

namespace {
void seed(CliFixture& cli) {
  cli.ok({"log", "-r", "Müller", "-t", "demo", "first call"});
  cli.ok({"log", "--lesson", "-r", "O'Brien, Jr.", "quote \"this\""});
}
const std::string k_jsonl =
    R"({"uuid":"<uuid>","kind":"note","person":"Müller","deck":null,"at":"2026-11-21T10:00:00+00:00",)"
    R"("created":"2026-11-21T10:00:00+00:00","updated":"2026-11-21T10:00:00+00:00","outcome":null,"lesson":false,)"
    R"("private":false,"status":"complete","tags":["demo"],"body":"first call","answers":[],"commitments":[]})"
    "\n"
    R"({"uuid":"<uuid>","kind":"note","person":"O'Brien, Jr.","deck":null,"at":"2026-11-21T10:00:00+00:00",)"
    R"("created":"2026-11-21T10:00:00+00:00","updated":"2026-11-21T10:00:00+00:00","outcome":null,"lesson":true,)"
    R"("private":false,"status":"complete","tags":[],"body":"quote \"this\"","answers":[],"commitments":[]})"
    "\n";
} // namespace

TEST_CASE("cli export: jsonl, markdown and csv") {
  CliFixture cli;
  seed(cli);
  CHECK(CliFixture::without_uuids(cli.ok({"export"})) == k_jsonl);
  CHECK(cli.ok({"export", "--format", "markdown"}) == "## Sat 21 Nov 10:00 · note · Müller\n"
                                                      "\n"
                                                      "*tags demo*\n"
                                                      "\n"
                                                      "first call\n"
                                                      "\n"
                                                      "## Sat 21 Nov 10:00 · note · O'Brien, Jr.\n"
                                                      "\n"
                                                      "*lesson*\n"
                                                      "\n"
                                                      "quote \"this\"\n"
                                                      "\n");
  auto csv = cli.ok({"export", "--format", "csv"});
  CHECK(csv.starts_with("uuid,at,kind,person,deck,outcome,lesson,status,tags,body\r\n"));
  CHECK(csv.ends_with(",2026-11-21T10:00:00+00:00,note,\"O'Brien, Jr.\",,,yes,complete,,\"quote \"\"this\"\"\"\r\n"));
  CHECK(csv.find(",2026-11-21T10:00:00+00:00,note,Müller,,,no,complete,demo,first call\r\n") != std::string::npos);
}

TEST_CASE("cli export: errors") {
  CliFixture cli;
  seed(cli);
  auto r = cli.run({"export", "--format", "nope"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: --format: unknown value 'nope' (accepted: jsonl, markdown, csv)\n");
  r = cli.run({"export", "--rep", "nobody"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: no one called 'nobody' in the journal\n");
}

TEST_CASE("cli import: a round trip, then again: nothing twice") {
  CliFixture from, to;
  seed(from);
  const auto file = to.write_file("x.jsonl", from.ok({"export"}));
  auto r = to.run({"import", file});
  CHECK(r.code == 0);
  CHECK(r.out == "imported <tmp>/x.jsonl: 2 added, 0 skipped (already in the journal), 0 rejected\n");
  CHECK(r.err == "");
  CHECK(to.ok({"export"}) == from.ok({"export"})); // same uuids, same everything
  CHECK(to.ok({"import", "-"}, from.ok({"export"})) ==
        "imported (stdin): 0 added, 2 skipped (already in the journal), 0 rejected\n");
  CHECK(to.ok({"list"}) == "#2  Sat 21 Nov 10:00  O'Brien, Jr.  quote \"this\"  (lesson)\n"
                           "#1  Sat 21 Nov 10:00  Müller        first call              [demo]\n");
}

TEST_CASE("cli import: errors") {
  CliFixture cli;
  auto r = cli.run({"import", "-"}, "{\"bad\n");
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "(stdin):1: invalid JSON at byte 6: expected a closing '\"'\n"
                 "debrief: import: 1 of 1 entries rejected; nothing imported\n");
  r = cli.run({"import", (cli.dir / "none.jsonl").string()});
  CHECK(r.code == 1);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: cannot read <tmp>/none.jsonl: No such file or directory\n");
}

TEST_CASE("cli import: a rep's export (me in config.toml) stays the rep's in the manager's journal") {
  CliFixture rep, manager;
  rep.write_file("home/.config/debrief/config.toml", "me = \"O'Brien, Jr.\"\n");
  // A reflection with a commitment, and a note of the rep's own (no person) from before `me`.
  auto reflected =
      rep.run({"reflect", "--deck", "fast-failure"},
              "Demo too early\nLost the room\nhours\nTheir faces\n2\nAsk first\nThe team\nno\nAsk two questions\n\n");
  REQUIRE(reflected.code == 0);
  rep.ok({"log", "my own thought"});
  const std::string exported = rep.ok({"export"});
  CHECK(exported.find(R"("commitments":[{"uuid":)") != std::string::npos);
  CHECK(exported.ends_with(R"(,"owner":"O'Brien, Jr."})"
                           "\n"));
  manager.write_file("home/.config/debrief/config.toml", "me = \"Müller\"\n");
  manager.ok({"log", "-r", "o'brien, jr.", "1:1 went well"}); // matched as -r matches: one person
  CHECK(manager.ok({"import", "-"}, exported) ==
        "imported (stdin): 2 added, 0 skipped (already in the journal), 0 rejected\n");
  // The person the manager's journal knows, as it spells them.
  CHECK(manager.ok({"people", "--names"}) == "o'brien, jr.\n");
  CHECK(manager.ok({"list"}) == "#3  Sat 21 Nov 10:00  o'brien, jr.  my own thought  [from-o'brien-jr.]\n"
                                "#2  Sat 21 Nov 10:00  o'brien, jr.  reflection: Demo too…  (lesson)  [from-o…\n"
                                "#1  Sat 21 Nov 10:00  o'brien, jr.  1:1 went well\n");
  CHECK(manager.ok({"commitments"}).starts_with("#1  o'brien, jr.  Ask two questions"));
  CHECK(manager.ok({"commitments", "--rep", "O'Brien, Jr."}).starts_with("#1  o'brien, jr.  Ask two questions"));
  // Back into the rep's own journal (the same owner): nothing to attribute, nothing added twice.
  CHECK(rep.ok({"import", "-"}, manager.ok({"export"})) ==
        "imported (stdin): 1 added, 2 skipped (already in the journal), 0 rejected\n");
}
