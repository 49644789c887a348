// `debrief commitments`, `done` and `drop` run in-process. Commitments come from debriefs on
// the built-in fast-failure deck.
#include "cli_fixture.hpp"

using debrief::test::CliFixture;

namespace {
/// #1 for Müller due Fri 27 Nov, #2 for José with no due date.
void seed(CliFixture& cli) {
  REQUIRE(cli.run({"ask", "Müller", "--deck", "fast-failure"},
                  "w\na\nhours\nb\ntime\nd\ns\ne\ny\ncall back within a day\nfriday\n")
              .code == 0);
  REQUIRE(cli.run({"ask", "José", "--deck", "fast-failure"}, "w\na\ndays\nb\nnothing\nd\nt\ne\nn\nsend the recap\n-\n")
              .code == 0);
}
const std::string k_drafts = "<tmp>/home/.local/state/debrief/drafts/note-";
} // namespace

TEST_CASE("cli commitments: open ones by default, --all, --rep") {
  CliFixture cli;
  seed(cli);
  CHECK(cli.ok({"commitments"}) == "#1  Müller  call back within a day  due Fri 27 Nov\n"
                                   "#2  José    send the recap\n");
  CHECK(cli.ok({"commitments", "--rep", "josé"}) == "#2  José  send the recap\n");
  cli.ok({"done", "1", "it worked"});
  CHECK(cli.ok({"commitments"}) == "#2  José  send the recap\n");
  CHECK(cli.ok({"commitments", "--all"}) == "#1  Müller  call back within a day  due Fri 27 Nov  [done]\n"
                                            "#2  José    send the recap\n");
}

TEST_CASE("cli commitments: errors and nothing to show") {
  CliFixture cli;
  auto r = cli.run({"commitments"}); // no journal yet
  CHECK(r.code == 0);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: no open commitments\n");
  seed(cli);
  r = cli.run({"commitments", "--rep", "nobody"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: no one called 'nobody' in the journal\n");
  cli.ok({"drop", "1", "x"});
  cli.ok({"drop", "2", "y"});
  r = cli.run({"commitments"});
  CHECK(r.code == 0);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: no open commitments\n");
}

TEST_CASE("cli done") {
  CliFixture cli;
  seed(cli);
  auto r = cli.run({"done", "1", "it worked"});
  CHECK(r.code == 0);
  CHECK(r.out == "done #1 · Müller · call back within a day\n");
  CHECK(r.err == "");

  r = cli.run({"done", "1", "again"}); // closed before: the journal's state, exit 1 (as a lost race)
  CHECK(r.code == 1);
  CHECK(r.out == "");
  CHECK(r.err.starts_with("debrief: commitment #1 is already done; nothing changed, your note is kept in " + k_drafts));
  CHECK(r.err.ends_with(".txt\n"));
  r = cli.run({"done", "abc"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: expected a commitment number, got 'abc'\n");
}

TEST_CASE("cli drop") {
  CliFixture cli;
  seed(cli);
  auto r = cli.run({"drop", "2", "not needed"});
  CHECK(r.code == 0);
  CHECK(r.out == "dropped #2 · José · send the recap\n");
  CHECK(r.err == "");
  CHECK(cli.ok({"commitments", "--all"}) == "#1  Müller  call back within a day  due Fri 27 Nov\n"
                                            "#2  José    send the recap                          [dropped]\n");

  r = cli.run({"drop", "9", "why"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err.starts_with("debrief: no commitment #9 (see 'debrief commitments --all'), your note is kept in " +
                          k_drafts));
  CHECK(r.err.ends_with(".txt\n"));
  r = cli.run({"drop", "9"});
  CHECK(r.err == "debrief: no commitment #9 (see 'debrief commitments --all')\n");
}

TEST_CASE("cli commitments --overdue, --json") {
  CliFixture cli;
  seed(cli);
  auto r = cli.run({"commitments", "--overdue"});
  CHECK(r.code == 0);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: no overdue commitments\n");
  cli.now += 9 * 86400; // Mon 30 Nov
  CHECK(cli.ok({"commitments", "--overdue"}) == "#1  Müller  call back within a day  due Fri 27 Nov  overdue\n");
  CHECK(CliFixture::without_uuids(cli.ok({"commitments", "--overdue", "--json"})) ==
        R"({"id":1,"uuid":"<uuid>","person":"Müller","entry":1,"text":"call back within a day",)"
        R"("due":"2026-11-27T00:00:00+00:00","status":"open","overdue":true,"created":"2026-11-21T10:00:00+00:00",)"
        R"("closed":null,"note":null,"skill":null,"review":null,"helped":null,"evidence":null,"reviewed":null})"
        "\n");
}

TEST_CASE("cli delete hides the entry's commitments, undelete brings them back") {
  CliFixture cli;
  seed(cli);
  CHECK(cli.run({"delete", "1"}).code == 0);
  CHECK(cli.ok({"commitments", "--all"}) == "#2  José  send the recap\n");
  CHECK(cli.ok({"people"}).find("Müller") != std::string::npos);
  auto r = cli.run({"done", "1", "it worked"});
  CHECK(r.code == 1);
  CHECK(r.err.starts_with("debrief: commitment #1 was made in entry #1, which is deleted (restore it with: debrief "
                          "undelete 1); nothing changed, your note is kept in " +
                          k_drafts));
  // Müller's next debrief reviews nothing.
  r = cli.run({"ask", "Müller", "--deck", "fast-failure"}, ":quit\n");
  CHECK(r.err.find("Open commitment") == std::string::npos);
  CHECK(cli.run({"undelete", "1"}).code == 0);
  CHECK(cli.ok({"commitments"}) == "#1  Müller  call back within a day  due Fri 27 Nov\n"
                                   "#2  José    send the recap\n");
}

TEST_CASE("cli commit, commitments edit, reopen, done --helped --evidence") {
  CliFixture cli;
  auto r = cli.run({"commit", "O'Brien, Jr.", "Ask two pain questions #Discovery", "--due", "friday"});
  CHECK(r.code == 0);
  CHECK(r.out ==
        "committed #1  O'Brien, Jr.  Ask two pain questions #Discovery  due Fri 27 Nov  #discovery (note #1)\n");
  CHECK(cli.ok({"commit", "日本語", "Pause after the price", "-q"}) == "2\n");
  r = cli.run({"commit", "José", "Send #a and #b"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: a commitment builds one skill; got a, b (choose one with -t SKILL)\n");
  CHECK(cli.ok({"commitments", "edit", "2", "--text", "Pause after the price, count to three", "-t", "closing", "--due",
                "2026-12-01"}) ==
        "changed #2  日本語  Pause after the price, count to three  due Tue 1 Dec  #closing\n");
  r = cli.run({"commitments", "edit", "2"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: nothing to change: give --text, --due, --no-due, --skill or --no-skill\n");
  r = cli.run({"done", "1", "asked three", "--helped", "maybe"});
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("debrief: --helped: invalid helped value 'maybe' (accepted: yes, partly, no)"));
  CHECK(cli.ok({"done", "1", "asked three", "--helped", "partly", "--evidence", "Müller named two pains"}) ==
        "done #1 · O'Brien, Jr. · Ask two pain questions #Discovery\n");
  auto json = CliFixture::without_uuids(cli.ok({"commitments", "--all", "--json", "--rep", "O'Brien, Jr."}));
  CHECK(json.find(R"("skill":"discovery","review":"asked three","helped":"partly",)"
                  R"("evidence":"Müller named two pains","reviewed":"2026-11-21T10:00:00+00:00"})") !=
        std::string::npos);
  CHECK(cli.ok({"reopen", "1"}) == "reopened #1 · O'Brien, Jr. · Ask two pain questions #Discovery\n");
  r = cli.run({"reopen", "1"});
  CHECK(r.code == 1);
  CHECK(r.err == "debrief: commitment #1 is open already; nothing changed\n");
  // The review stays with the reopened commitment; deleting the note of `commit` hides it.
  CHECK(cli.ok({"commitments", "--json", "--rep", "O'Brien, Jr."}).find(R"("helped":"partly")") != std::string::npos);
  CHECK(cli.run({"delete", "1"}).code == 0);
  CHECK(cli.ok({"commitments"}) == "#2  日本語  Pause after the price, count to three  due Tue 1 Dec  #closing\n");
  r = cli.run({"commitments", "edit", "1", "--no-due"});
  CHECK(r.code == 1);
  CHECK(r.err == "debrief: commitment #1 was made in entry #1, which is deleted (restore it with: debrief undelete "
                 "1); nothing changed\n");
}

TEST_CASE("cli ask: a piped review keeps its two lines and records how it went on the commitment") {
  CliFixture cli;
  seed(cli);
  CHECK(cli.run({"ask", "Müller", "--deck", "fast-failure"},
                "called within the hour\nk\na\nb\nhours\nc\ntime\nd\ns\ne\ny\n\n")
            .code == 0);
  auto json = CliFixture::without_uuids(cli.ok({"commitments", "--json", "--rep", "Müller"}));
  CHECK(json.find(R"("status":"open")") != std::string::npos);
  CHECK(json.find(R"("review":"called within the hour","helped":null,"evidence":null,)") != std::string::npos);
}

TEST_CASE("cli: a #tag in a commitment's text is its skill wherever the text is written") {
  CliFixture cli;
  // ask's commitment prompt: one #tag is the skill; several set none and say so.
  REQUIRE(cli.run({"ask", "José", "--deck", "quick"}, "a\ns\nb\ns\nc\ns\nAsk two pain questions #Discovery\n\n").code ==
          0);
  CHECK(cli.ok({"commitments", "--json"}).find(R"("skill":"discovery")") != std::string::npos);
  auto r = cli.run({"ask", "O'Brien, Jr.", "--deck", "quick"}, "a\ns\nb\ns\nc\ns\nPause #closing #listening\n\n");
  CHECK(r.code == 0);
  CHECK(r.err.find("several #tags: no skill set (choose one with: debrief commitments edit 2 -t SKILL)") !=
        std::string::npos);
  // commitments edit --text: its #tag, unless --skill or --no-skill says otherwise.
  CHECK(cli.run({"commitments", "edit", "2", "--text", "Pause after the price #closing"}).code == 0);
  CHECK(cli.ok({"commitments", "--json", "--rep", "O'Brien, Jr."}).find(R"("skill":"closing")") != std::string::npos);
  CHECK(cli.run({"commitments", "edit", "2", "--text", "Pause #a", "--no-skill"}).code == 0);
  CHECK(cli.ok({"commitments", "--json", "--rep", "O'Brien, Jr."}).find(R"("skill":null)") != std::string::npos);
  r = cli.run({"commitments", "edit", "2", "--text", "Pause #a #b"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: a commitment builds one skill; got a, b (choose one with -t SKILL)\n");
  r = cli.run({"commitments", "edit", "2", "--text", " "});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --text: empty; a commitment needs its text (nothing changed)\n");
}

TEST_CASE("cli done --evidence: blank is none, and refused text names the option") {
  CliFixture cli;
  cli.ok({"commit", "Müller", "Pause after the price"});
  CHECK(cli.run({"done", "1", "paused", "--evidence", "  "}).code == 0);
  CHECK(cli.ok({"commitments", "--all", "--json"}).find(R"("evidence":null)") != std::string::npos);
  cli.ok({"commit", "José", "Ask about the budget"});
  auto r = cli.run({"drop", "2", "no", "--evidence", "caf\xe9"}); // Latin-1, not UTF-8
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("debrief: --evidence: "));
  CHECK(cli.ok({"commitments"}) == "#2  José  Ask about the budget\n");
}
