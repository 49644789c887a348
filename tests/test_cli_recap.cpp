// The recap of a debrief, run in-process: the summary `ask` closes with, the last debrief shown
// before a new one, and `show --format markdown`.
#include "cli_fixture.hpp"

using debrief::test::CliFixture;

namespace {

/// Answers to the post-call deck from a pipe: five insights (marks s, n2, s, t, n), the call's
/// result (advanced), what went well, a commitment due in 7 days.
const char* const k_first_call = "budget freeze until Q3\ns\n"
                                 "they tried a spreadsheet; it broke at 50 users\nn2\n"
                                 "her bonus depends on the launch\ns\n"
                                 "when I jumped to pricing\nt\n"
                                 "asking what the freeze means for her team\nn\n"
                                 "1\nkept calm when they pushed back\n"
                                 "Ask about budget before the demo\n\n";

/// The next call: the commitment reviewed (done), then four insights told and one nudged.
const char* const k_second_call = "asked on both calls, it opened up the timeline\nd\n"
                                  "the CFO wants proof\nt\nnothing yet\nt\nher team is overworked\nn\n"
                                  "the demo\nt\nslowing down\nt\n2\nthe question about the team\n"
                                  "Pause after each question\n\n";

const char* const k_mini_deck = R"(title = "Mini"
audience = "either"
[[question]]
id = "what"
text = "What happened?"
[[question]]
id = "found"
text = "What was the real problem?"
discovery = true
[commitment]
text = "What will you try next time?"
)";

} // namespace

TEST_CASE("cli ask: the closing recap restates insights, reviews and the commitment") {
  CliFixture cli;
  auto r = cli.run({"ask", "alice"}, k_first_call);
  CHECK(r.code == 0);
  CHECK(r.out == "\n"
                 "Debrief #1 with alice saved (post-call): 7 answers.\n"
                 "Discovery: 80% found by the rep (self 2, nudged 2, told 1); target 80%.\n"
                 "  - budget freeze until Q3 (self)\n"
                 "  - they tried a spreadsheet; it broke at 50 users (nudged, 2 probes)\n"
                 "  - her bonus depends on the launch (self)\n"
                 "  - when I jumped to pricing (told)\n"
                 "  - asking what the freeze means for her team (nudged)\n"
                 "Commitment #1: Ask about budget before the demo (due Sat 28 Nov)\n");
  CHECK(r.err.find("Last debrief") == std::string::npos); // no earlier debrief with alice

  r = cli.run({"ask", "alice"}, k_second_call);
  CHECK(r.code == 0);
  CHECK(r.out == "\n"
                 "Debrief #2 with alice saved (post-call): 7 answers.\n"
                 "Discovery: 20% found by the rep (self 0, nudged 1, told 4); target 80%.\n"
                 "  - the CFO wants proof (told)\n"
                 "  - nothing yet (told)\n"
                 "  - her team is overworked (nudged)\n"
                 "  - the demo (told)\n"
                 "  - slowing down (told)\n"
                 "Below the target; told:\n"
                 "  - When you explored their needs, what did the customer say was their biggest\n"
                 "    problem?\n"
                 "  - What have they already tried to fix it, and how did that go?\n"
                 "  - Where did the call turn, for better or worse?\n"
                 "  - At that moment, what would have served the customer better?\n"
                 "Reviewed:\n"
                 "  - #1 done: Ask about budget before the demo — \"asked on both calls, it opened\n"
                 "    up the timeline\"\n"
                 "Commitment #2: Pause after each question (due Sat 28 Nov)\n");
  // The last debrief, before the review and the first question; the piped order is unchanged.
  CHECK(r.err.starts_with("Post-call debrief with alice — :help for commands\n"
                          "Last debrief with alice: Sat 21 Nov (post-call, #1)\n"
                          "  What would have been better: asking what the freeze means for her team\n"
                          "    (nudged)\n"
                          "  Commitment #1: Ask about budget before the demo — open, due Sat 28 Nov\n"
                          "\nOpen commitment from Sat 21 Nov 10:00: Ask about budget before the demo"));
  const auto shown = cli.ok({"show", "2"});
  CHECK(shown.find("What have they already tried to fix it, and how did that go?\n  nothing yet  [told]\n") !=
        std::string::npos);
  CHECK(shown.find("commitment #2: Pause after each question (due Sat 28 Nov) [open]\n") != std::string::npos);
  CHECK(cli.ok({"commitments", "--all"}).find("Ask about budget before the demo  due Sat 28 Nov  [done]") !=
        std::string::npos);

  // Reviewed since: the next debrief's context says how it went.
  r = cli.run({"ask", "alice"}, ":quit\n");
  CHECK(r.err.starts_with("Post-call debrief with alice — :help for commands\n"
                          "Last debrief with alice: Sat 21 Nov (post-call, #2)\n"
                          "  What would have been better: slowing down (told)\n"
                          "  Commitment #2: Pause after each question — open, due Sat 28 Nov\n"));
}

TEST_CASE("cli ask: the last debrief shown is neither private, deleted nor unfinished") {
  CliFixture cli;
  cli.write_file("home/.config/debrief/decks/mini.toml", k_mini_deck);
  cli.write_file("home/.config/debrief/decks/secret.toml", "private = true\n" + std::string(k_mini_deck));
  REQUIRE(cli.run({"ask", "bob", "--deck", "mini"}, "a\nb\ns\nbe brief\n-\n").code == 0);
  // A private session reviews the commitment too: its words stay out of any context.
  auto r = cli.run({"ask", "bob", "--deck", "secret"}, "went privately\nk\nprivate words\nc\nt\n\n");
  REQUIRE(r.code == 0);
  r = cli.run({"ask", "bob", "--deck", "mini"}, "went well\nk\n:quit\n");
  CHECK(r.err.starts_with("Mini with bob — :help for commands\n"
                          "Last debrief with bob: Sat 21 Nov (mini, #1)\n"
                          "  Last insight: b (self)\n"
                          "  Commitment #1: be brief — open\n"
                          "\nOpen commitment"));
  CHECK(r.err.find("private") == std::string::npos);
  // Resumed: no context, it was shown when the debrief began.
  r = cli.run({"ask", "--resume"}, "a2\nb2\nn\n\n");
  CHECK(r.code == 0);
  CHECK(r.err.find("Last debrief") == std::string::npos);
  REQUIRE(cli.run({"delete", "1"}).code == 0);
  REQUIRE(cli.run({"delete", "3"}).code == 0);
  r = cli.run({"ask", "bob", "--deck", "mini"}, ":quit\n");
  CHECK(r.err.find("Last debrief") == std::string::npos); // #2 is private, #1 and #3 deleted
  r = cli.run({"reflect", "--deck", "mini"}, ":quit\n");
  CHECK(r.err.find("Last debrief") == std::string::npos);
}

TEST_CASE("cli show --format markdown: the recap as a note to send") {
  CliFixture cli;
  REQUIRE(cli.run({"ask", "O'Brien, Jr."}, k_first_call).code == 0);
  REQUIRE(cli.run({"ask", "O'Brien, Jr."}, k_second_call).code == 0);
  CHECK(cli.ok({"show", "2", "--format", "markdown"}) ==
        "# Debrief with O'Brien, Jr.\n"
        "\n"
        "Sat 21 Nov 10:00 · deck post-call · entry #2 · 7 answers · outcome stalled\n"
        "\n"
        "You found 20% of the insights yourself or with a nudge (self 0, nudged 1, told\n"
        "4); the target is 80%.\n"
        "\n"
        "## Insights\n"
        "\n"
        "- **When you explored their needs, what did the customer say was their biggest\n"
        "  problem?** the CFO wants proof *(told)*\n"
        "- **What have they already tried to fix it, and how did that go?** nothing yet\n"
        "  *(told)*\n"
        "- **Why does this problem matter to them personally, not just to their\n"
        "  company?** her team is overworked *(nudged)*\n"
        "- **Where did the call turn, for better or worse?** the demo *(told)*\n"
        "- **At that moment, what would have served the customer better?** slowing down\n"
        "  *(told)*\n"
        "\n"
        "## Told (below the target)\n"
        "\n"
        "- When you explored their needs, what did the customer say was their biggest\n"
        "  problem?\n"
        "- What have they already tried to fix it, and how did that go?\n"
        "- Where did the call turn, for better or worse?\n"
        "- At that moment, what would have served the customer better?\n"
        "\n"
        "## Also\n"
        "\n"
        "- **Where did the call end up?** stalled\n"
        "- **What did you do well on this call that you want to keep doing?** the\n"
        "  question about the team\n"
        "\n"
        "## Commitments reviewed\n"
        "\n"
        "- #1 **done**: Ask about budget before the demo — \"asked on both calls, it\n"
        "  opened up the timeline\"\n"
        "\n"
        "## Next\n"
        "\n"
        "- #2 Pause after each question (due Sat 28 Nov)\n");
  // The text output is as it was; -f and any case are accepted.
  CHECK(cli.ok({"show", "2"}).starts_with("#2 · debrief · Sat 21 Nov 10:00 · O'Brien, Jr.\ndeck: post-call\n"));
  CHECK(cli.ok({"show", "-f", "MARKDOWN", "1"}).starts_with("# Debrief with O'Brien, Jr.\n"));
  CHECK(cli.ok({"show", "--format", "text", "1"}) == cli.ok({"show", "1"}));
}

TEST_CASE("cli show --format markdown: notes, reflections and errors") {
  CliFixture cli;
  cli.ok({"log", "-r", "José", "-t", "demo", "--outcome", "won", "Acme demo: *pricing* first\n1. the price\n<b>"});
  CHECK(cli.ok({"show", "1", "--format", "markdown"}) == "# Note about José\n"
                                                         "\n"
                                                         "Sat 21 Nov 10:00 · entry #1 · outcome won · tags demo\n"
                                                         "\n"
                                                         "Acme demo: \\*pricing\\* first\\\n"
                                                         "1\\. the price\\\n"
                                                         "\\<b\\>\n");
  cli.write_file("home/.config/debrief/decks/mini.toml", k_mini_deck);
  REQUIRE(cli.run({"reflect", "--deck", "mini"}, "I rushed\nno discovery\nslow down\n\n").code == 0);
  CHECK(cli.ok({"show", "2", "--format", "markdown"}) == "# Reflection\n"
                                                         "\n"
                                                         "Sat 21 Nov 10:00 · deck mini · entry #2 · 2 answers\n"
                                                         "\n"
                                                         "## Your answers\n"
                                                         "\n"
                                                         "- **What happened?** I rushed\n"
                                                         "- **What was the real problem?** no discovery\n"
                                                         "\n"
                                                         "## Next\n"
                                                         "\n"
                                                         "- #1 slow down (due Sat 28 Nov)\n");
  auto r = cli.run({"show", "1", "--format", "xml"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: --format: unknown value 'xml' (accepted: text, markdown)\n");
  r = cli.run({"show", "1", "--format", "markdwn"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: --format: unknown value 'markdwn'; did you mean 'markdown'? (accepted: text, markdown)\n");
  REQUIRE(cli.run({"delete", "1"}).code == 0);
  r = cli.run({"show", "1", "--format", "markdown"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err.starts_with("debrief: entry #1 is deleted"));
}
