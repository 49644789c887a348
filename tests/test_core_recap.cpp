#include "core/line_edit.hpp"
#include "core/recap.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include <sstream>
#include <string>

using namespace debrief;

namespace {

constexpr Seconds k_now = 1795255200; // Sat 21 Nov 2026 10:00 UTC
constexpr Seconds k_day = 86400;
const FixedZone k_utc;
const std::string k_u1 = "01a22527-dc38-745e-a785-9ebcf3b23948";

RecapStyle style() { return RecapStyle{&k_utc, k_now, k_recap_width}; }

StoredAnswer answer(std::string id, std::string question, std::optional<std::string> text,
                    std::optional<Discovery> mark = {}, int probes = 0) {
  StoredAnswer a;
  a.question_id = std::move(id);
  a.question_text = std::move(question);
  a.text = std::move(text);
  a.mark = mark;
  a.probes = probes;
  return a;
}

Commitment commitment(Id id, std::string uuid, std::string text, std::optional<Seconds> due = {},
                      CommitmentStatus status = CommitmentStatus::open) {
  Commitment c;
  c.id = id;
  c.uuid = std::move(uuid);
  c.text = std::move(text);
  c.due = due;
  c.status = status;
  return c;
}

/// A post-call debrief with alice: a review of commitment #1 (done), five insights, two other
/// answers and a new commitment #4.
RecapInput post_call() {
  RecapInput in;
  in.entry.id = 3;
  in.entry.kind = Kind::debrief;
  in.entry.person = "alice";
  in.entry.deck = "post-call";
  in.entry.at = Instant{k_now, 0};
  in.answers = {
      answer("review/" + k_u1, "How did it go: Ask about budget first", "asked on both calls"),
      answer("pain", "What did the customer say was their biggest problem?", "Budget freeze until Q3", Discovery::self),
      answer("tried", "What have they already tried?", "A spreadsheet; it broke at 50 users", Discovery::nudged, 2),
      answer("why-it-matters", "Why does this matter to them personally?", "Her bonus", Discovery::self),
      answer("turn", "Where did the call turn?", "When I jumped to pricing", Discovery::told),
      answer("better", "What would have served the customer better?", "Asking about the freeze", Discovery::nudged, 1),
      answer("result", "Where did the call end up?", "advanced"),
      answer("declined", "What did the customer say when they declined?", std::nullopt),
      answer("affirm", "What did you do well?", "Kept calm"),
      answer("review/" + k_u1 + "/decision", "Decision: Ask about budget first", "done"), // not a second review
  };
  in.reviewed = {commitment(1, k_u1, "Ask about budget first", {}, CommitmentStatus::done)};
  in.made = {commitment(4, "u4", "Ask one more question before the demo", k_now + 7 * k_day)};
  return in;
}

/// Every line of `text` is at most `width` columns wide.
void check_width(const std::string& text, int width = k_recap_width) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    CAPTURE(line);
    CHECK(line_edit::text_width(line) <= width);
  }
}

} // namespace

TEST_CASE("core::recap wrap_hanging breaks at spaces with a hanging indent") {
  CHECK(wrap_hanging("one two three four", 9, "- ", "  ") ==
        std::vector<std::string>{"- one two", "  three", "  four"});
  CHECK(wrap_hanging("", 10, "- ", "  ") == std::vector<std::string>{"- "});
  CHECK(wrap_hanging("  spaced   out  ", 80) == std::vector<std::string>{"spaced out"});
  // Wide characters count two columns.
  CHECK(wrap_hanging("日本語 日本語", 8) == std::vector<std::string>{"日本語", "日本語"});
  CHECK(wrap_hanging("Müller José", 11) == std::vector<std::string>{"Müller José"});
  // A word longer than a row is cut between characters, a backslash kept with what follows.
  CHECK(wrap_hanging("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
  CHECK(wrap_hanging("ab\\*cd", 3) == std::vector<std::string>{"ab", "\\*c", "d"});
  CHECK(wrap_hanging("日本語", 3) == std::vector<std::string>{"日", "本", "語"});
  // Made one line, with no control sequence left.
  CHECK(wrap_hanging("a\nb\tc\x1b[31m d", 80) == std::vector<std::string>{"a b c d"});
}

TEST_CASE("core::recap wrap_capped ends a cut text with an ellipsis") {
  CHECK(wrap_capped("one two three four", 9, "", "", 2) == std::vector<std::string>{"one two", "three…"});
  CHECK(wrap_capped("one two", 9, "", "", 2) == std::vector<std::string>{"one two"});
  CHECK(wrap_capped("abcdefghijkl", 4, "", "", 2) == std::vector<std::string>{"abcd", "efg…"});
}

TEST_CASE("core::recap build_recap sorts answers into insights, others and reviews") {
  auto r = build_recap(post_call());
  CHECK(r.given == 7);
  REQUIRE(r.found.size() == 5);
  CHECK(r.found[1].text == "A spreadsheet; it broke at 50 users");
  CHECK(r.found[1].probes == 2);
  CHECK(r.tally.self == 2);
  CHECK(r.tally.nudged == 2);
  CHECK(r.tally.told == 1);
  CHECK(r.other.size() == 2);
  CHECK(r.told.empty()); // 80% meets the target
  REQUIRE(r.reviewed.size() == 1);
  CHECK(r.reviewed[0].id == 1);
  CHECK(r.reviewed[0].status == CommitmentStatus::done);
  CHECK(r.reviewed[0].how == "asked on both calls");

  auto in = post_call();
  in.target = 0.9;
  in.reviewed.clear(); // the commitment is gone: its text as the review asked it
  r = build_recap(in);
  CHECK(r.told == std::vector<std::string>{"Where did the call turn?"});
  CHECK(!r.reviewed[0].id);
  CHECK(r.reviewed[0].text == "Ask about budget first");
}

TEST_CASE("core::recap recap_text: a debrief at its target") {
  CHECK(recap_text(build_recap(post_call()), style()) ==
        "Debrief #3 with alice saved (post-call): 7 answers.\n"
        "Discovery: 80% found by the rep (self 2, nudged 2, told 1); target 80%.\n"
        "  - Budget freeze until Q3 (self)\n"
        "  - A spreadsheet; it broke at 50 users (nudged, 2 probes)\n"
        "  - Her bonus (self)\n"
        "  - When I jumped to pricing (told)\n"
        "  - Asking about the freeze (nudged)\n"
        "Reviewed:\n"
        "  - #1 done: Ask about budget first — \"asked on both calls\"\n"
        "Commitment #4: Ask one more question before the demo (due Sat 28 Nov)\n");
}

TEST_CASE("core::recap recap_text: below the target, the questions told are named") {
  auto in = post_call();
  in.answers.resize(5); // the review and three insights, one of them told
  in.answers[3].mark = Discovery::told;
  in.reviewed[0].status = CommitmentStatus::open;
  in.made.clear();
  CHECK(recap_text(build_recap(in), style()) ==
        "Debrief #3 with alice saved (post-call): 4 answers.\n"
        "Discovery: 50% found by the rep (self 1, nudged 1, told 2); target 80%.\n"
        "  - Budget freeze until Q3 (self)\n"
        "  - A spreadsheet; it broke at 50 users (nudged, 2 probes)\n"
        "  - Her bonus (told)\n"
        "  - When I jumped to pricing (told)\n"
        "Below the target; told:\n"
        "  - Why does this matter to them personally?\n"
        "  - Where did the call turn?\n"
        "Reviewed:\n"
        "  - #1 kept open: Ask about budget first — \"asked on both calls\"\n");
  in.answers = {answer("pain", "Q?", "a")};
  CHECK(recap_text(build_recap(in), style()) == "Debrief #3 with alice saved (post-call): 1 answer.\n"
                                                "Discovery: — (no insight marked)\n");
}

TEST_CASE("core::recap recap_text: a reflection lists the answers given") {
  RecapInput in;
  in.entry.id = 5;
  in.entry.kind = Kind::reflection;
  in.entry.deck = "mini";
  StoredAnswer scale = answer("rate", "How did it go?", "3");
  scale.scale = 3;
  StoredAnswer unasked = answer("rate2", "Confidence", "4");
  unasked.scale = 4;
  in.answers = {answer("what", "What happened?", "I rushed"), answer("found", "Why?", std::nullopt), scale, unasked};
  in.made = {commitment(2, "u2", "slow down")};
  CHECK(recap_text(build_recap(in), style()) == "Reflection #5 saved (mini): 3 answers.\n"
                                                "  - I rushed\n"
                                                "  - How did it go? 3\n"
                                                "  - Confidence: 4\n"
                                                "Commitment #2: slow down\n");
}

TEST_CASE("core::recap recap_text: long answers and names fit 80 columns") {
  auto in = post_call();
  in.entry.person = "日本語 O'Brien, Jr.";
  std::string long_answer;
  for (int i = 0; i < 30; ++i) long_answer += "Müller José 日本語 ";
  in.answers[1].text = long_answer;
  in.answers[2].text = std::string(200, 'x'); // one word longer than a row
  in.made[0].text = long_answer;
  const auto text = recap_text(build_recap(in), style());
  check_width(text);
  CHECK(text.find("  - Müller José 日本語 Müller") != std::string::npos);
  CHECK(text.find("\n    Müller José") != std::string::npos); // the hanging indent
}

TEST_CASE("core::recap markdown_escape") {
  CHECK(markdown_escape("a *b* _c_ `d` [e](f) <g> h|i ~j~ \\k") ==
        "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> h\\|i \\~j\\~ \\\\k");
  CHECK(markdown_escape("AT&T &amp; &#38;") == "AT&T \\&amp; \\&#38;");
  CHECK(markdown_escape("O'Brien, Jr. #demo 1. x") == "O'Brien, Jr. #demo 1. x");
  CHECK(markdown_escape("two\nlines\x1b[2J") == "two lines");
}

TEST_CASE("core::recap recap_markdown: a debrief as a note to the rep") {
  CHECK(recap_markdown(build_recap(post_call()), style()) ==
        "# Debrief with alice\n"
        "\n"
        "Sat 21 Nov 10:00 · deck post-call · entry #3 · 7 answers\n"
        "\n"
        "You found 80% of the insights yourself or with a nudge (self 2, nudged 2, told\n"
        "1); the target is 80%.\n"
        "\n"
        "## Insights\n"
        "\n"
        "- **What did the customer say was their biggest problem?** Budget freeze until\n"
        "  Q3 *(self)*\n"
        "- **What have they already tried?** A spreadsheet; it broke at 50 users\n"
        "  *(nudged, 2 probes)*\n"
        "- **Why does this matter to them personally?** Her bonus *(self)*\n"
        "- **Where did the call turn?** When I jumped to pricing *(told)*\n"
        "- **What would have served the customer better?** Asking about the freeze\n"
        "  *(nudged)*\n"
        "\n"
        "## Also\n"
        "\n"
        "- **Where did the call end up?** advanced\n"
        "- **What did you do well?** Kept calm\n"
        "\n"
        "## Commitments reviewed\n"
        "\n"
        "- #1 **done**: Ask about budget first — \"asked on both calls\"\n"
        "\n"
        "## Next\n"
        "\n"
        "- #4 Ask one more question before the demo (due Sat 28 Nov)\n");
}

namespace {

/// No row of `md` (after a list item's indent) starts a block that the recap did not write:
/// a heading, a list item, an ordered item, a rule or a setext underline.
void check_blocks(const std::string& md) {
  std::istringstream lines(md);
  bool first = true;
  for (std::string line; std::getline(lines, line); first = false) {
    CAPTURE(line);
    const bool continued = line.starts_with("  ");
    const auto body = continued ? line.substr(2) : line;
    if (!first) CHECK(!body.starts_with("# "));
    if (continued) CHECK(!body.starts_with("- "));
    CHECK(!body.starts_with("+ "));
    CHECK(!body.starts_with("1. "));
    CHECK(!body.starts_with("2) "));
    if (!body.empty() && body != "===") CHECK(body.find_first_not_of("-=* ") != std::string::npos);
  }
}

} // namespace

TEST_CASE("core::recap recap_markdown: user text cannot change the document's structure") {
  // Each token lands at the start of a row: the word before it fills a row.
  const std::string fill(27, 'f');
  std::string tokens;
  for (const char* t : {"# h", "- i", "+ i", "1. o", "2) t", "-----", "===", "***"}) tokens += fill + " " + t + " ";
  auto in = post_call();
  in.target = 0.9;
  in.entry.person = "C# _dev_";
  in.answers[1].question_text = "Q?";
  in.answers[1].text = tokens + fill;
  in.answers[4].question_text = "<b>told</b> [x](y)";
  auto md = recap_markdown(build_recap(in), RecapStyle{&k_utc, k_now, 30});
  INFO(md);
  check_width(md, 30);
  check_blocks(md);
  CHECK(md.starts_with("# Debrief with C\\# \\_dev\\_\n"));
  CHECK(md.find("\n  \\# h\n") != std::string::npos);
  CHECK(md.find("\n  1\\. o\n") != std::string::npos);
  CHECK(md.find("\n  \\-----\n") != std::string::npos);
  CHECK(md.find("\\<b\\>told\\</b\\> \\[x\\](y)") != std::string::npos);
  CHECK(md.find("## Told (below the target)") != std::string::npos);
  // The same in a note's text, whose rows have no indent.
  RecapInput note;
  note.entry.kind = Kind::note;
  note.entry.body = std::string(29, 'f') + " " + tokens;
  md = recap_markdown(build_recap(note), RecapStyle{&k_utc, k_now, 30});
  INFO(md);
  check_blocks(md);
  CHECK(md.find("\n\\===\n") != std::string::npos);
  CHECK(md.find("\n2\\) t\n") != std::string::npos);
  // A title too long for one row is a setext heading.
  in.entry.person = std::string(70, 'n');
  const auto long_title = recap_markdown(build_recap(in), style());
  INFO(long_title);
  check_width(long_title);
  CHECK(long_title.starts_with("Debrief with\n" + std::string(70, 'n') + "\n===\n"));
}

TEST_CASE("core::recap recap_markdown: a note keeps its lines") {
  RecapInput in;
  in.entry.id = 2;
  in.entry.kind = Kind::note;
  in.entry.person = "José";
  in.entry.at = Instant{k_now, 0};
  in.entry.outcome = Outcome::won;
  in.entry.tags = {"demo", "pricing"};
  in.entry.body = "Acme demo #pricing\n- not a list\n\n*second* paragraph";
  CHECK(recap_markdown(build_recap(in), style()) == "# Note about José\n"
                                                    "\n"
                                                    "Sat 21 Nov 10:00 · entry #2 · outcome won · tags demo, pricing\n"
                                                    "\n"
                                                    "Acme demo #pricing\\\n"
                                                    "\\- not a list\n"
                                                    "\n"
                                                    "\\*second\\* paragraph\n");
}

TEST_CASE("core::recap context_text: the last debrief before a new one") {
  CallContext c;
  c.last = post_call().entry;
  c.last.at = Instant{k_now - 7 * k_day, 0};
  c.answers = post_call().answers;
  c.made = {commitment(4, "u4", "Ask one more question before the demo", k_now + k_day)};
  CHECK(context_text(c, style()) == "Last debrief with alice: Sat 14 Nov (post-call, #3)\n"
                                    "  What would have been better: Asking about the freeze (nudged)\n"
                                    "  Commitment #4: Ask one more question before the demo — open, due Sun 22 Nov\n");
  // Reviewed since: what became of it, in the rep's words.
  c.made[0].status = CommitmentStatus::done;
  c.reviews = {{"u4", Instant{k_now - k_day, 0}, "it opened the call up"}};
  CHECK(context_text(c, style())
            .ends_with("  Commitment #4: Ask one more question before the demo — done: \"it opened "
                       "the\n    call up\"\n"));
  // Another deck: the last insight; closed without a review: its closing note; overdue.
  c.answers.erase(c.answers.begin() + 5);
  c.reviews.clear();
  c.made[0].closing_note = "done twice";
  c.made.push_back(commitment(5, "u5", "Pause", k_now - k_day));
  CHECK(context_text(c, style()) == "Last debrief with alice: Sat 14 Nov (post-call, #3)\n"
                                    "  Last insight: When I jumped to pricing (told)\n"
                                    "  Commitment #4: Ask one more question before the demo — done: \"done twice\"\n"
                                    "  Commitment #5: Pause — open, was due Fri 20 Nov\n");
  c.answers = {answer("what", "Q", "a plain answer")};
  c.made.clear();
  CHECK(context_text(c, style()) == "Last debrief with alice: Sat 14 Nov (post-call, #3)\n"
                                    "  Last answer: a plain answer\n");
  // Long texts are cut at two rows each; a commitment's text is shortened to leave room for
  // what became of it.
  c.answers = {answer("better", "Q", std::string(300, 'w'))};
  const auto text = context_text(c, style());
  check_width(text);
  CHECK(text.ends_with("…\n"));
  CHECK(std::count(text.begin(), text.end(), '\n') == 3);
  c.made = {commitment(6, "u6", std::string(30, 'x') + " " + std::string(30, 'y'), k_now + k_day)};
  CHECK(context_text(c, style()).ends_with("  Commitment #6: " + std::string(30, 'x') + "… — open, due Sun 22 Nov\n"));
}
