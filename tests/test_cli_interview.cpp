// `debrief ask` and `reflect` run in-process, their answers piped on stdin: prompts go to
// stderr, the closing summary to stdout.
#include "cli_fixture.hpp"

using debrief::test::CliFixture;

namespace {
const char* const k_mini_deck = R"(title = "Mini"
audience = "either"

[[question]]
id = "what"
text = "What happened?"

[[question]]
id = "found"
text = "What was the real problem?"
discovery = true

[[question]]
id = "rate"
text = "How did it go?"
type = "scale"
min = 1
max = 5

[commitment]
text = "What will you try next time?"
)";

void add_mini_deck(CliFixture& cli) { cli.write_file("home/.config/debrief/decks/mini.toml", k_mini_deck); }
} // namespace

TEST_CASE("cli ask: a debrief from start to commitment") {
  CliFixture cli;
  add_mini_deck(cli);
  auto r = cli.run({"ask", "Müller", "--deck", "mini"},
                   "pitched too early\nthey had no budget\nn2\n7\n4\nask about budget first\n\n");
  CHECK(r.code == 0);
  CHECK(r.out == "\n"
                 "Debrief #1 with Müller saved (mini): 3 answers.\n"
                 "Discovery: 100% found by the rep (self 0, nudged 1, told 0); target 80%.\n"
                 "  - they had no budget (nudged, 2 probes)\n"
                 "Commitment #1: ask about budget first (due Sat 28 Nov)\n");
  CHECK(r.err == "Mini with Müller — :help for commands\n"
                 "\n[1/3] What happened?\n> \n"
                 "\n[2/3] What was the real problem?\n> \nwho found it? [s/n/t] \n"
                 "\n[3/3] How did it go?\n  (1 to 5)\n> \n  answer with a whole number from 1 to 5\n"
                 "\n[3/3] How did it go?\n  (1 to 5)\n> \n"
                 "\nWhat will you try next time?\n  (leave empty for none)\n> \n"
                 "due (empty: in 7 days; none: -)? \n");
  CHECK(cli.ok({"commitments"}) == "#1  Müller  ask about budget first  due Sat 28 Nov\n");
  CHECK(cli.ok({"list"}) == "#1  Sat 21 Nov 10:00  Müller  debrief: pitched too early\n"); // the first answer
}

TEST_CASE("cli ask: open commitments are reviewed first, then :quit and --resume") {
  CliFixture cli;
  add_mini_deck(cli);
  REQUIRE(cli.run({"ask", "José", "--deck", "mini"}, "a\nb\ns\n3\nsend the recap\n-\n").code == 0);
  auto r = cli.run({"ask", "José", "--deck", "mini"}, "went well\nd\n:quit\n");
  CHECK(r.code == 0);
  CHECK(r.out == "");
  CHECK(r.err == "Mini with José — :help for commands\n"
                 "Last debrief with José: Sat 21 Nov (mini, #1)\n"
                 "  Last insight: b (self)\n"
                 "  Commitment #1: send the recap — open\n"
                 "\nOpen commitment from Sat 21 Nov 10:00: send the recap\n"
                 "How did it go? \ndone, keep open or drop? [d/k/x] \n"
                 "\n[1/3] What happened?\n> \n"
                 "debrief: saved; continue with: debrief ask --resume 2\n");
  CHECK(cli.ok({"commitments", "--all"}) == "#1  José  send the recap  [done]\n");

  r = cli.run({"ask", "--resume"}, "x\n");
  CHECK(r.code == 1);
  CHECK(r.out == "");
  CHECK(r.err == "Resuming debrief #2 with José (mini, started Sat 21 Nov 10:00)\n"
                 "\n[1/3] What happened?\n> \n"
                 "\n[2/3] What was the real problem?\n> \n"
                 "debrief: input ended before the end; the answers given are saved (continue with: debrief ask "
                 "--resume 2)\n");
}

TEST_CASE("cli ask: errors") {
  CliFixture cli;
  add_mini_deck(cli);
  auto r = cli.run({"ask", "Müller", "--deck", "nope"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: --deck: unknown deck 'nope' (decks: after-action, assignment-review, fast-failure, grow, "
                 "post-call, quick, self-review, trust-check, mini)\n");
  CHECK(!std::filesystem::exists(cli.journal())); // a refused deck creates no journal
  CliFixture empty;
  r = empty.run({"ask", "--resume"});
  CHECK(r.code == 1);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: no interrupted debrief to resume (start one with: debrief ask NAME)\n");
  CHECK(!std::filesystem::exists(empty.journal()));
}

TEST_CASE("cli reflect: on one's own, :skip leaves a question unanswered") {
  CliFixture cli;
  add_mini_deck(cli);
  auto r = cli.run({"reflect", "--deck", "mini"}, "I rushed\n:skip\n3\n\n");
  CHECK(r.code == 0);
  CHECK(r.out == "\nReflection #1 saved (mini): 2 answers.\n"
                 "  - I rushed\n"
                 "  - How did it go? 3\n");
  CHECK(r.err == "Mini — :help for commands\n"
                 "\n[1/3] What happened?\n> \n"
                 "\n[2/3] What was the real problem?\n> \n"
                 "\n[3/3] How did it go?\n  (1 to 5)\n> \n"
                 "\nWhat will you try next time?\n  (leave empty for none)\n> \n");
  CHECK(cli.ok({"list"}) == "#1  Sat 21 Nov 10:00  reflection: I rushed\n");
}

TEST_CASE("cli reflect: in a journal with an owner (me), the reflection and its commitment are theirs") {
  CliFixture cli;
  add_mini_deck(cli);
  cli.write_file("home/.config/debrief/config.toml", "me = \"José\"\n");
  auto r = cli.run({"reflect", "--deck", "mini"}, "I rushed\nNo budget\n3\nAsk about budget\n\n");
  CHECK(r.code == 0);
  CHECK(r.err.starts_with("Mini — :help for commands\n")); // not "with José": it is José's own journal
  CHECK(cli.ok({"list"}) == "#1  Sat 21 Nov 10:00  José  reflection: I rushed\n");
  CHECK(cli.ok({"commitments"}).starts_with("#1  José  Ask about budget"));
  CHECK(cli.ok({"people", "--names"}) == "José\n");
  // Without me, as before: no person.
  CliFixture plain;
  add_mini_deck(plain);
  plain.run({"reflect", "--deck", "mini"}, "I rushed\nNo budget\n3\nAsk about budget\n\n");
  CHECK(plain.ok({"list"}) == "#1  Sat 21 Nov 10:00  reflection: I rushed\n");
  CHECK(plain.ok({"people", "--names"}) == "");
}

TEST_CASE("cli reflect: errors") {
  CliFixture cli;
  auto r = cli.run({"reflect", "--deck", "nope"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: --deck: unknown deck 'nope' (decks: after-action, assignment-review, fast-failure, grow, "
                 "post-call, quick, self-review, trust-check)\n");
  r = cli.run({"reflect", "--deck", "mini"}); // a user deck of another HOME is not seen
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("debrief: --deck: unknown deck 'mini' (decks: "));
}

TEST_CASE("cli ask: usage errors") {
  CliFixture cli;
  auto r = cli.run({"ask"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: ask: who is the debrief with? (e.g. debrief ask alice)\n");
  r = cli.run({"ask", "Müller", "--resume"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --resume continues an interrupted debrief with its own rep and deck; give no NAME or "
                 "--deck\n");
  r = cli.run({"ask", "Müller", "--deck", "self-review"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --deck: 'self-review' is a deck for reps; use debrief reflect --deck self-review\n");
}

TEST_CASE("cli ask: :help, :back and a resumed debrief finished") {
  CliFixture cli;
  add_mini_deck(cli);
  auto r = cli.run({"ask", "O'Brien, Jr.", "--deck", "mini"}, "first\n:help\n:back\nfirst again\n:quit\n");
  CHECK(r.code == 0);
  CHECK(r.out == "");
  CHECK(r.err == "Mini with O'Brien, Jr. — :help for commands\n"
                 "\n[1/3] What happened?\n> \n"
                 "\n[2/3] What was the real problem?\n> \n"
                 ":skip   skip this question\n"
                 ":back   back to the previous question, its answer ready to edit\n"
                 ":edit   write the answer in $EDITOR\n"
                 ":quit   save and stop (continue with --resume)\n"
                 ":help   this help\n"
                 "\\       at the end of a line: the answer continues on the next line\n"
                 "\n[2/3] What was the real problem?\n> \n"
                 "\n[1/3] What happened?\n> \n"
                 "\n[2/3] What was the real problem?\n> \n"
                 "debrief: saved; continue with: debrief ask --resume 1\n");
  r = cli.run({"ask", "--resume"}, "the price\nt\n2\n\n");
  CHECK(r.code == 0);
  CHECK(r.out == "\n"
                 "Debrief #1 with O'Brien, Jr. saved (mini): 3 answers.\n"
                 "Discovery: 0% found by the rep (self 0, nudged 0, told 1); target 80%.\n"
                 "  - the price (told)\n"
                 "Below the target; told:\n"
                 "  - What was the real problem?\n");
  CHECK(r.err.starts_with("Resuming debrief #1 with O'Brien, Jr. (mini, started Sat 21 Nov 10:00)\n"
                          "\n[2/3] What was the real problem?\n> \nwho found it? [s/n/t] \n"));
  auto show = CliFixture::without_uuids(cli.ok({"show", "1"}));
  CHECK(show.find("first again") != std::string::npos);
  CHECK(show.find("the price") != std::string::npos);
}

TEST_CASE("cli ask: an unfinished debrief is resumed by its number or doubled with --new, never by accident") {
  CliFixture cli;
  add_mini_deck(cli);
  REQUIRE(cli.run({"ask", "José", "--deck", "mini"}, "pitched too early\n").code == 1);
  auto r = cli.run({"ask", "jose\u0301", "--deck", "mini"}, "x\n"); // José in NFD: the same rep
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: José has an unfinished debrief #1 (mini, Sat 21 Nov 10:00, 1 answer); continue it with: "
                 "debrief ask --resume 1, or start another with --new\n");
  CHECK(cli.ok({"list"}) == "#1  Sat 21 Nov 10:00  José  debrief: pitched too early  (unfinished)\n");
  r = cli.run({"ask", "José", "--deck", "mini", "--new"}, "another call\n:quit\n");
  CHECK(r.code == 0);
  CHECK(r.err.ends_with("debrief: saved; continue with: debrief ask --resume 2\n"));
  r = cli.run({"ask", "--resume", "1"}, ":quit\n");
  CHECK(r.code == 0);
  CHECK(r.err.starts_with("Resuming debrief #1 with José (mini, started Sat 21 Nov 10:00)\n"));
  r = cli.run({"ask", "--resume", "3"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --resume: no entry #3\n");
  r = cli.run({"reflect", "--resume", "1"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --resume: #1 is a debrief; continue it with: debrief ask --resume 1\n");
  r = cli.run({"ask", "--resume", "1", "--at", "today"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --resume continues a debrief as it was started; --at, --tag and --about are for a new one "
                 "(change them with: debrief edit ID)\n");
}

TEST_CASE("cli ask: stopped before its first answer, a debrief is not kept") {
  CliFixture cli;
  add_mini_deck(cli);
  cli.ok({"log", "-r", "alice", "a note"});
  auto r = cli.run({"ask", "Müller", "--deck", "mini"}, ":quit\n");
  CHECK(r.code == 0);
  CHECK(r.out == "");
  CHECK(r.err == "Mini with Müller — :help for commands\n"
                 "\n[1/3] What happened?\n> \n"
                 "debrief: stopped before the first answer; nothing saved\n");
  r = cli.run({"reflect", "--deck", "mini"}, "");
  CHECK(r.code == 1);
  CHECK(r.err.ends_with("debrief: input ended before the first answer; nothing saved\n"));
  CHECK(cli.ok({"people", "--names"}) == "alice\n");
  CHECK(cli.ok({"list"}) == "#1  Sat 21 Nov 10:00  alice  a note\n");
  r = cli.run({"ask", "--resume"});
  CHECK(r.code == 1);
  CHECK(r.err == "debrief: no interrupted debrief to resume (start one with: debrief ask NAME)\n");
  // A skipped first question is an answer: the debrief is kept.
  r = cli.run({"ask", "Müller", "--deck", "mini"}, ":skip\n:quit\n");
  CHECK(r.code == 0);
  CHECK(r.err.ends_with("debrief: saved; continue with: debrief ask --resume 2\n")); // #2 and #3 were discarded
  CHECK(cli.ok({"people", "--names"}) == "alice\nMüller\n");
}

TEST_CASE("cli ask: --at, -t and --about say which call it was") {
  CliFixture cli;
  add_mini_deck(cli);
  auto r = cli.run({"ask", "O'Brien, Jr.", "--deck", "mini", "--at", "yesterday 15:00", "-t", "Renewal", "--tag", "+Q4",
                    "--about", "  Acme renewal "},
                   "pitched too early\nno budget\ns\n4\n\n");
  CHECK(r.code == 0);
  CHECK(CliFixture::without_uuids(cli.ok({"show", "1"})) == "#1 · debrief · Fri 20 Nov 15:00 · O'Brien, Jr.\n"
                                                            "deck: mini\n"
                                                            "about: Acme renewal\n"
                                                            "tags: q4, renewal\n"
                                                            "uuid: <uuid>\n"
                                                            "\n"
                                                            "What happened?\n"
                                                            "  pitched too early\n"
                                                            "\n"
                                                            "What was the real problem?\n"
                                                            "  no budget  [self]\n"
                                                            "\n"
                                                            "How did it go?\n"
                                                            "  4\n");
  CHECK(cli.ok({"list"}) == "#1  Fri 20 Nov 15:00  O'Brien, Jr.  debrief: Acme renewal  [q4, renewal]\n");
  r = cli.run({"reflect", "--deck", "mini", "--about", "a\nb"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --about is one line: the account or call, e.g. --about \"Acme renewal\"\n");
  r = cli.run({"reflect", "--deck", "mini", "--at", "2026-02-30"});
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("debrief: --at: invalid date '2026-02-30': no such day (accepted: "));
}

TEST_CASE("cli ask: free-text prompts take :help and :skip, and refuse other commands with a reminder") {
  CliFixture cli;
  add_mini_deck(cli);
  REQUIRE(cli.run({"ask", "José", "--deck", "mini"}, "a\nb\ns\n3\nsend the recap\n-\n").code == 0);
  // How it went: :edit is refused, :help helps, :skip leaves it empty. The commitment: :edit is
  // refused, :help helps, :back returns to the last question.
  auto r = cli.run({"ask", "José", "--deck", "mini"},
                   ":edit\n:help\n:skip\nk\nx\ny\ns\n4\n:edit\n:help\n:back\n5\nask first\n-\n");
  CHECK(r.code == 0);
  const std::string help = ":skip   skip this question\n"
                           ":back   back to the previous question, its answer ready to edit\n"
                           ":edit   write the answer in $EDITOR\n"
                           ":quit   save and stop (continue with --resume)\n"
                           ":help   this help\n"
                           "\\       at the end of a line: the answer continues on the next line\n";
  CHECK(r.err.find("How did it go? \n  (answer, :skip or :quit)\nHow did it go? \n" + help +
                   "How did it go? \ndone, keep open or drop? [d/k/x] \n") != std::string::npos);
  CHECK(r.err.find("(leave empty for none)\n> \n  (commitment, :skip, :back or :quit)\n> \n" + help +
                   "> \n\n[3/3] How did it go?\n") != std::string::npos);
  CHECK(cli.ok({"commitments", "--rep", "José"}) == "#1  José  send the recap\n#2  José  ask first\n");
}

TEST_CASE("cli ask: changing an answer with :back withdraws the follow-up it no longer leads to") {
  CliFixture cli;
  // post-call: result 4 (lost) asks why they declined; changed to 1 (advanced) it does not.
  auto r = cli.run({"ask", "Müller"}, "a\ns\nb\ns\nc\ns\nd\ns\ne\ns\n4\nprice too high\n:back\n:back\n1\ncalm\n\n");
  CHECK(r.code == 0);
  CHECK(r.out.find("7 answers") != std::string::npos);
  auto show = cli.ok({"show", "1"});
  CHECK(show.find("price too high") == std::string::npos);
  CHECK(show.find("outcome: advanced") != std::string::npos);
  CHECK(cli.ok({"export"}).find("price too high") == std::string::npos);
  CHECK(cli.run({"search", "price"}).err == "debrief: no matches\n");
}

TEST_CASE("cli ask: a private deck does not review public commitments") {
  CliFixture cli;
  add_mini_deck(cli);
  cli.write_file("home/.config/debrief/decks/secret.toml",
                 "title = \"Secret\"\naudience = \"manager\"\nprivate = true\n[[question]]\nid = \"q\"\n"
                 "text = \"What?\"\n");
  REQUIRE(cli.run({"ask", "José", "--deck", "mini"}, "a\nb\ns\n3\nsend the recap\n-\n").code == 0);
  auto r = cli.run({"ask", "José", "--deck", "secret"}, "private words\n");
  CHECK(r.code == 0);
  CHECK(r.err.find("How did it go?") == std::string::npos);
  CHECK(cli.ok({"commitments", "--json"}).find(R"("review":null)") != std::string::npos);
  CHECK(cli.ok({"show", "2"}).find("private words") != std::string::npos);
}

TEST_CASE("cli ask: the due date prompt takes :skip, :help and :quit (the commitment kept in a draft)") {
  CliFixture cli;
  add_mini_deck(cli);
  auto r = cli.run({"ask", "José", "--deck", "mini"}, "a\nb\ns\n3\nsend the recap\n:help\n:quit\n");
  CHECK(r.code == 0);
  CHECK(r.err.find("due (empty: in 7 days; none: -)? \n  a date (friday, \"in 2 weeks\", 2026-12-04), empty for in 7 "
                   "days, - for none; :back changes the commitment, :quit stops\n") != std::string::npos);
  CHECK(r.err.find("(not saved without its due date)") != std::string::npos);
  CHECK(r.err.find("debrief: saved; continue with: debrief ask --resume 1") != std::string::npos);
  CHECK(cli.run({"commitments"}).err == "debrief: no open commitments\n");
  r = cli.run({"ask", "--resume"}, "send the recap\n:skip\n");
  CHECK(r.code == 0);
  CHECK(cli.ok({"commitments"}) == "#1  José  send the recap\n");
}
