// `debrief log` run in-process: the confirmation line, -q, --json, stdin, and refusals.
#include "cli_fixture.hpp"

using debrief::test::CliFixture;

namespace {
const std::string k_accepted_dates =
    "(accepted: YYYY-MM-DD[ HH:MM[:SS]][Z|+HH:MM], now, today, yesterday, tomorrow, a weekday name, last/next "
    "<weekday>, this/last/next week, N days|weeks|months ago, in N days|weeks|months, Nh ago, N min ago, in Nh; a "
    "day may be followed by HH:MM or 3pm)";
}

TEST_CASE("cli log: a note from arguments prints one confirmation line") {
  CliFixture cli;
  auto r = cli.run({"log", "-r", "Müller", "called about pricing"});
  CHECK(r.code == 0);
  CHECK(r.out == "logged #1 · Müller · Sat 21 Nov 10:00\n");
  CHECK(r.err == "");
  r = cli.run({"log", "-r", "José", "-t", "demo", "--outcome", "won", "Acme demo #pricing"});
  CHECK(r.code == 0);
  CHECK(r.out == "logged #2 · José · demo, pricing · won · Sat 21 Nov 10:00\n");
  CHECK(r.err == "");
}

TEST_CASE("cli log: @name in the text, --at, -q and --lesson") {
  CliFixture cli;
  CHECK(cli.ok({"log", "-q", "--lesson", "-r", "O'Brien, Jr.", "skipped discovery"}) == "1\n");
  CHECK(cli.ok({"log", "--at", "yesterday 15:00", "demo went long @日本語"}) ==
        "logged #2 · 日本語 · Fri 20 Nov 15:00\n");
  CHECK(cli.ok({"list"}) == "#1  Sat 21 Nov 10:00  O'Brien, Jr.  skipped discovery       (lesson)\n"
                            "#2  Fri 20 Nov 15:00  日本語        demo went long @日本語\n");
}

TEST_CASE("cli log --json prints the saved entry") {
  CliFixture cli;
  auto r = cli.run({"log", "--json", "-r", "日本語", "note"});
  CHECK(r.code == 0);
  CHECK(r.err == "");
  CHECK(CliFixture::without_uuids(r.out) ==
        R"({"id":1,"uuid":"<uuid>","kind":"note","person":"日本語","deck":null,"at":"2026-11-21T10:00:00+00:00",)"
        R"("created":"2026-11-21T10:00:00+00:00","updated":"2026-11-21T10:00:00+00:00","outcome":null,"lesson":false,)"
        R"("status":"complete","tags":[],"body":"note"})"
        "\n");
}

TEST_CASE("cli log: the text from stdin when none is given") {
  CliFixture cli;
  CHECK(cli.ok({"log", "-r", "Müller"}, "from a script\n") == "logged #1 · Müller · Sat 21 Nov 10:00\n");
  CHECK(cli.ok({"show", "1"}).ends_with("\nfrom a script\n"));
}

TEST_CASE("cli log: a name close to a known one is taken with a warning") {
  CliFixture cli;
  cli.ok({"log", "-r", "Müller", "first"});
  auto r = cli.run({"log", "-r", "Mueller", "second"});
  CHECK(r.code == 0);
  CHECK(r.out == "logged #2 · Mueller · Sat 21 Nov 10:00\n");
  CHECK(r.err == "debrief: warning: 'Mueller' is a new person, close to 'Müller'; check the spelling\n");
}

TEST_CASE("cli log: refusals are usage errors and log nothing") {
  CliFixture cli;
  auto r = cli.run({"log", ""});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: empty note; nothing logged (give the text as arguments, on stdin, or in the editor)\n");

  r = cli.run({"log", "-r", "Müller"}, "");
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: empty note; nothing logged (give the text as arguments, on stdin, or in the editor)\n");

  r = cli.run({"log", "-r", "a", "-r", "b", "x"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --rep: At Most 1 required but received 2 (see 'debrief log --help')\n");

  r = cli.run({"log", "--outcome", "meh", "x"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --outcome: invalid outcome 'meh' (accepted: won, lost, advanced, stalled)\n");

  r = cli.run({"log", "--at", "2026-02-30", "x"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --at: invalid date '2026-02-30': no such day " + k_accepted_dates + "\n");

  // Nothing was created by any of them.
  r = cli.run({"list"});
  CHECK(r.code == 0);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: no journal yet; log a first note with: debrief log \"...\"\n");
}

TEST_CASE("cli log: no text and a terminal opens the editor") {
  CliFixture cli;
  cli.stdin_tty = true;
  cli.set_editor(R"(printf 'written in the editor\n' > "$1")");
  auto r = cli.run({"log", "-r", "José"});
  CHECK(r.code == 0);
  CHECK(r.out == "logged #1 · José · Sat 21 Nov 10:00\n");
  CHECK(r.err == "");
  CHECK(cli.ok({"list"}) == "#1  Sat 21 Nov 10:00  José  written in the editor\n");

  cli.set_editor("exit 1");
  r = cli.run({"log", "-r", "José"});
  CHECK(r.code == 1);
  CHECK(r.out == "");
  CHECK(r.err.starts_with("debrief: the editor '<tmp>/editor-1.sh' exited with status 1"));
}

TEST_CASE("cli log: a kept draft names --from-draft, which logs it and leaves the file") {
  CliFixture cli;
  cli.stdin_tty = true;
  cli.set_editor(R"({ printf 'typed before the crash\n'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"; exit 1)");
  auto r = cli.run({"log", "-r", "José"});
  CHECK(r.code == 1);
  const std::string hint = "; reuse it with: debrief log --from-draft <tmp>/home/";
  const auto at = r.err.find(hint);
  REQUIRE(at != std::string::npos);
  CHECK(r.err.find("the draft is kept in <tmp>/home/") < at);
  auto draft = cli.dir.string() + "/home/" + r.err.substr(at + hint.size());
  draft.pop_back(); // the newline
  REQUIRE(std::filesystem::exists(draft));

  cli.stdin_tty = false;
  CHECK(cli.ok({"log", "--from-draft", draft, "-r", "José"}) == "logged #1 · José · Sat 21 Nov 10:00\n");
  CHECK(cli.ok({"list"}) == "#1  Sat 21 Nov 10:00  José  typed before the crash\n");
  CHECK(std::filesystem::exists(draft));

  r = cli.run({"log", "--from-draft", draft, "more words"});
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("debrief: "));
  CHECK(r.err.find("--from-draft") != std::string::npos);
}

TEST_CASE("cli log: times are shown in the zone given") {
  CliFixture cli(9 * 3600);
  CHECK(cli.ok({"log", "-r", "日本語", "late call"}) == "logged #1 · 日本語 · Sat 21 Nov 19:00\n");
  // An entry keeps the offset it was given and shows its own local time.
  CHECK(cli.ok({"log", "--at", "2026-11-20T08:00+01:00", "earlier"}) == "logged #2 · Fri 20 Nov 08:00\n");
}

TEST_CASE("cli log: several @names, -q with --json, a file that is not a journal") {
  CliFixture cli;
  auto r = cli.run({"log", "@alice and @bob"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: the note names several people (@alice, @bob); say who it is about with -r NAME\n");

  r = cli.run({"log", "-q", "--json", "x"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: cannot combine -q with --json\n");

  const auto not_journal = cli.write_file("f.db", "not a db\n");
  r = cli.run({"--db", not_journal, "log", "keep me"});
  CHECK(r.code == 1);
  CHECK(r.out == "");
  CHECK(r.err.starts_with("debrief: <tmp>/f.db is not a debrief journal (not an SQLite database); left untouched; "
                          "nothing logged, your text is kept in <tmp>/home/.local/state/debrief/drafts/note-"));
  CHECK(r.err.ends_with(".txt\n"));
  std::ifstream db(not_journal);
  std::string content((std::istreambuf_iterator<char>(db)), std::istreambuf_iterator<char>());
  CHECK(content == "not a db\n");
}
