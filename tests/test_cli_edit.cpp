// `debrief edit`, `delete` and `undelete` run in-process; the editor is a shell script.
#include "cli_fixture.hpp"

using debrief::test::CliFixture;

TEST_CASE("cli edit: the editor's changes are saved") {
  CliFixture cli;
  cli.ok({"log", "-r", "Müller", "called about pricing"});
  cli.set_editor(
      R"(sed -i 's/^called about pricing$/called about discounts/; s/^tags: *$/tags: pricing/; s/^person: .*/person: José/' "$1")");
  auto r = cli.run({"edit", "1"});
  CHECK(r.code == 0);
  CHECK(r.out == "saved #1\n");
  CHECK(r.err == "");
  CHECK(CliFixture::without_uuids(cli.ok({"show", "1"})) == "#1 · note · Sat 21 Nov 10:00 · José\n"
                                                            "tags: pricing\n"
                                                            "uuid: <uuid>\n"
                                                            "\n"
                                                            "called about discounts\n");
}

TEST_CASE("cli edit: a new person takes the commitments made in the entry") {
  CliFixture cli;
  cli.ok({"commit", "Müller", "Ask two pain questions"}); // note #1 on Müller, with commitment #1
  cli.set_editor(R"(sed -i 's/^person: .*/person: O'"'"'Brien, Jr./' "$1")");
  CHECK(cli.run({"edit", "1"}).code == 0);
  CHECK(cli.ok({"commitments"}).starts_with("#1  O'Brien, Jr.  Ask two pain questions"));
  CHECK(cli.run({"commitments", "--rep", "Müller"}).err == "debrief: no open commitments\n");
  cli.set_editor(R"(sed -i 's/^person: .*/person:/' "$1")");
  CHECK(cli.run({"edit", "1"}).code == 0);
  CHECK(cli.ok({"commitments"}).starts_with("#1  (self)  Ask two pain questions"));
}

TEST_CASE("cli edit: what the editor is given") {
  CliFixture cli;
  cli.ok({"log", "-r", "O'Brien, Jr.", "-t", "demo", "--outcome", "stalled", "--at", "2026-11-20 14:30", "line one"});
  const std::string copy = (cli.dir / "seen.txt").string();
  cli.set_editor("cp \"$1\" '" + copy + "' && sed -i 's/^lesson: no$/lesson: yes/' \"$1\"");
  CHECK(cli.ok({"edit", "1"}) == "saved #1\n");
  std::ifstream seen(copy);
  std::string text((std::istreambuf_iterator<char>(seen)), std::istreambuf_iterator<char>());
  CHECK(text == "at: 2026-11-20T14:30:00+00:00\n"
                "person: O'Brien, Jr.\n"
                "tags: demo\n"
                "outcome: stalled\n"
                "lesson: no\n"
                "\n"
                "line one\n"
                "\n"
                "# ------------------------ >8 ------------------------\n"
                "# Edit the entry above this line; everything from the line above down is ignored.\n"
                "# Header: at (a date and time), person (empty: none), tags (separated by spaces or commas), outcome\n"
                "# (won, lost, advanced, stalled or empty) and lesson (yes or no); then an empty line and the\n"
                "# text. Each answer follows its \"=== question-id (mark: self|nudged|told|none) ===\" line;\n"
                "# leave an answer empty to mark it skipped. Answers cannot be added or removed.\n");
  CHECK(cli.ok({"list"}) == "#1  Fri 20 Nov 14:30  O'Brien, Jr.  line one  (stalled)  (lesson)  [demo]\n");
}

TEST_CASE("cli edit: errors") {
  CliFixture cli;
  cli.ok({"log", "-r", "Müller", "called about pricing"});
  const std::string drafts = "<tmp>/home/.local/state/debrief/drafts/";

  SUBCASE("no such entry") {
    cli.set_editor("true");
    auto r = cli.run({"edit", "99"});
    CHECK(r.code == 2);
    CHECK(r.out == "");
    CHECK(r.err == "debrief: no entry #99\n");
  }
  SUBCASE("an invalid field keeps the edit in a draft") {
    cli.set_editor(R"(sed -i 's/^lesson: no/lesson: maybe/' "$1")");
    auto r = cli.run({"edit", "1"});
    CHECK(r.code == 2);
    CHECK(r.out == "");
    CHECK(r.err.starts_with("debrief: edit: line 5: lesson must be yes or no; nothing saved, your edit is kept in " +
                            drafts + "note-"));
    CHECK(r.err.ends_with(".txt\n"));
  }
  SUBCASE("an editor that fails saves nothing") {
    cli.set_editor("exit 3");
    auto r = cli.run({"edit", "1"});
    CHECK(r.code == 1);
    CHECK(r.out == "");
    CHECK(r.err.starts_with("debrief: the editor '" +
                            cli.env.editor->substr(cli.dir.string().size()).insert(0, "<tmp>") +
                            "' exited with status 3; nothing saved, the draft is kept in " + drafts + "note-"));
  }
  SUBCASE("no change") {
    cli.set_editor("true");
    auto r = cli.run({"edit", "1"});
    CHECK(r.code == 0);
    CHECK(r.out == "");
    CHECK(r.err.ends_with("debrief: no changes to #1\n"));
  }
  CHECK(cli.ok({"show", "1"}).ends_with("\ncalled about pricing\n"));
}

TEST_CASE("cli delete and undelete") {
  CliFixture cli;
  cli.ok({"log", "-r", "Müller", "one"});
  cli.ok({"log", "-r", "José", "two"});
  auto r = cli.run({"delete", "1"});
  CHECK(r.code == 0);
  CHECK(r.out == "deleted #1\n");
  CHECK(r.err == "debrief: undo with: debrief undelete 1\n");
  CHECK(cli.ok({"list"}) == "#2  Sat 21 Nov 10:00  José  two\n");

  r = cli.run({"delete", "1"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: entry #1 is already deleted\n");

  r = cli.run({"undelete", "1"});
  CHECK(r.code == 0);
  CHECK(r.out == "restored #1\n");
  CHECK(r.err == "");
  CHECK(cli.ok({"list"}) == "#2  Sat 21 Nov 10:00  José    two\n#1  Sat 21 Nov 10:00  Müller  one\n");

  r = cli.run({"undelete", "1"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: entry #1 is not deleted\n");
  r = cli.run({"delete", "99"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: no entry #99\n");
  r = cli.run({"undelete", "x"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: expected an entry number, got 'x'\n");
}
