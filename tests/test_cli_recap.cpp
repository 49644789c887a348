// The recap of a debrief, run in-process: the summary `ask` closes with and the last debrief
// shown before a new one.
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
