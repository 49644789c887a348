#include "core/deck.hpp"
#include "storage/builtin_decks.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace debrief;

namespace {
std::vector<std::string> messages(const DeckLoad& l) {
  std::vector<std::string> out;
  for (const auto& d : l.diagnostics) out.push_back(format_diagnostic(d));
  return out;
}
} // namespace

TEST_CASE("core::load_deck a full deck") {
  auto l = load_deck(R"(
title = "T"
audience = "manager"
private = true
lesson = true
summary = "S"

[[question]]
id = "result"
text = "Result?"
type = "choice"
choices = ["won", "lost"]

[[question]]
id = "why"
text = "Why?"
hint = "H"
probes = ["P1", "P2"]
discovery = true
when = { question = "result", is = ["lost"] }

[[question]]
id = "sure"
text = "Sure?"
type = "scale"
min = 0
max = 10

[commitment]
text = "Try?"
due = "in 7 days"
)",
                     "decks/my-deck.toml");
  REQUIRE(messages(l).empty());
  const Deck& d = *l.deck;
  CHECK(d.id == "my-deck"); // from the file name
  CHECK(d.is_private);
  CHECK(d.lesson);
  REQUIRE(d.questions.size() == 3);
  CHECK(d.questions[0].choices == std::vector<std::string>{"won", "lost"});
  CHECK(d.questions[1].discovery);
  CHECK(d.questions[1].probes.size() == 2);
  REQUIRE(d.questions[1].when);
  CHECK(d.questions[1].when->question == "result");
  CHECK(d.questions[2].min == 0);
  CHECK(d.questions[2].max == 10);
  REQUIRE(d.commitment);
  CHECK(d.commitment->due == "in 7 days");

  auto answers = [](std::string result) {
    return [result](const std::string& id) -> std::optional<std::string> {
      if (id == "result") return result;
      return std::nullopt;
    };
  };
  CHECK(is_asked(d.questions[1], answers("lost")));
  CHECK_FALSE(is_asked(d.questions[1], answers("won")));
  CHECK(is_asked(d.questions[0], answers("won")));
}

TEST_CASE("core::load_deck reports every error at once, in file order") {
  auto l = load_deck("title = 1\naudience = \"x\"\n[[question]]\nid = \"a\"\n", "d.toml");
  CHECK(messages(l) == std::vector<std::string>{
                           "d.toml:1:9: 'title' must be a string, not an integer",
                           "d.toml:2:12: invalid audience 'x' (accepted: manager, rep, either)",
                           "d.toml:3:1: question 1 has no 'text'",
                       });
  CHECK_FALSE(l.deck);
}

TEST_CASE("core::load_deck says what is wrong with broken TOML in plain words") {
  CHECK(messages(load_deck("title = \"Broken\naudience = \"manager\"\n", "d.toml")) ==
        std::vector<std::string>{"d.toml:1:16: a quoted string is not closed on its line (add the closing quote)"});
  CHECK(messages(load_deck("title = \"T\"\naudience\n", "d.toml")) ==
        std::vector<std::string>{"d.toml:2:9: a key without '= value' (write key = value)"});
  CHECK(messages(load_deck("title = \"T\"\ntitle = \"U\"\n", "d.toml")) ==
        std::vector<std::string>{"d.toml:2:9: 'title' is defined twice"});
  for (const std::string text : {"a = [1,\n", "= 3\n", "x = 2026-13-01\n", "x = {a=1\n"}) {
    CAPTURE(text);
    auto m = messages(load_deck(text, "d.toml"));
    REQUIRE(m.size() == 1);
    CHECK(m.front().find("TOML:") == std::string::npos);
    CHECK(m.front().find("Error while parsing") == std::string::npos);
  }
}

TEST_CASE("core::load_deck sets = \"outcome\"") {
  const std::string head = "title = \"t\"\naudience = \"manager\"\n[[question]]\nid = \"q\"\ntext = \"Q?\"\n";
  SUBCASE("a choice question of outcome values sets the outcome") {
    auto l = load_deck(head + "type = \"choice\"\nchoices = [\"won\", \"lost\"]\nsets = \"outcome\"\n", "d.toml");
    REQUIRE(l.deck);
    CHECK(l.deck->questions[0].sets == EntryField::outcome);
    CHECK(outcome_question(*l.deck) == "q");
  }
  SUBCASE("a deck without sets has no outcome question") {
    auto l = load_deck(head, "d.toml");
    REQUIRE(l.deck);
    CHECK_FALSE(outcome_question(*l.deck));
  }
  SUBCASE("a choice that is not an outcome") {
    auto l = load_deck(head + "type = \"choice\"\nchoices = [\"won\", \"meh\"]\nsets = \"outcome\"\n", "d.toml");
    CHECK(messages(l) == std::vector<std::string>{"d.toml:8:8: sets = \"outcome\" but choice 'meh' is not an "
                                                  "outcome (accepted: won, lost, advanced, stalled)"});
  }
  SUBCASE("only choice questions set a field") {
    auto l = load_deck(head + "sets = \"outcome\"\n", "d.toml");
    CHECK(messages(l) ==
          std::vector<std::string>{"d.toml:6:8: 'sets' applies only to choice questions (add type = \"choice\")"});
  }
  SUBCASE("an unknown field") {
    auto l = load_deck(head + "type = \"choice\"\nchoices = [\"won\"]\nsets = \"outcom\"\n", "d.toml");
    CHECK(messages(l) == std::vector<std::string>{"d.toml:8:8: invalid sets 'outcom'; did you mean 'outcome'?"});
  }
  SUBCASE("two questions setting the outcome") {
    const std::string q = "type = \"choice\"\nchoices = [\"won\"]\nsets = \"outcome\"\n";
    auto l = load_deck(head + q + "[[question]]\nid = \"r\"\ntext = \"R?\"\n" + q, "d.toml");
    CHECK(messages(l) ==
          std::vector<std::string>{"d.toml:14:8: question 'q' already sets the outcome; only one question may"});
  }
}

TEST_CASE("core::load_deck sets a reviewed commitment's fields") {
  const std::string head = "title = \"t\"\naudience = \"manager\"\n[[question]]\nid = \"q\"\ntext = \"Q?\"\n";
  SUBCASE("text questions set the review, the evidence and the due date") {
    for (const std::string field : {"review", "evidence", "due"}) {
      auto l = load_deck(head + "sets = \"" + field + "\"\n", "d.toml");
      REQUIRE(l.deck);
      CHECK(to_string(*l.deck->questions[0].sets) == field);
      CHECK_FALSE(decides_commitments(*l.deck));
    }
  }
  SUBCASE("a choice of done, keep and drop sets the decision") {
    auto l = load_deck(head + "type = \"choice\"\nchoices = [\"done\", \"keep\", \"drop\"]\nsets = \"decision\"\n",
                       "d.toml");
    REQUIRE(l.deck);
    CHECK(question_setting(*l.deck, EntryField::decision) == "q");
    CHECK(decides_commitments(*l.deck));
  }
  SUBCASE("a choice that is not a decision") {
    auto l = load_deck(head + "type = \"choice\"\nchoices = [\"done\", \"adjust\"]\nsets = \"decision\"\n", "d.toml");
    CHECK(messages(l) == std::vector<std::string>{"d.toml:8:8: sets = \"decision\" but choice 'adjust' is not a "
                                                  "decision (accepted: done, keep, drop)"});
  }
  SUBCASE("a choice that is not a helped value") {
    auto l = load_deck(head + "type = \"choice\"\nchoices = [\"yes\", \"sort of\"]\nsets = \"helped\"\n", "d.toml");
    CHECK(messages(l) == std::vector<std::string>{"d.toml:8:8: sets = \"helped\" but choice 'sort of' is not a "
                                                  "helped value (accepted: yes, partly, no)"});
  }
  SUBCASE("the evidence is set by a text question only") {
    auto l = load_deck(head + "type = \"scale\"\nsets = \"evidence\"\n", "d.toml");
    CHECK(messages(l) == std::vector<std::string>{"d.toml:7:8: sets = \"evidence\" applies only to text questions"});
  }
  SUBCASE("one question per field; other fields may be set by others") {
    auto l = load_deck(head + "sets = \"review\"\n[[question]]\nid = \"r\"\ntext = \"R?\"\nsets = \"evidence\"\n" +
                           "[[question]]\nid = \"s\"\ntext = \"S?\"\nsets = \"review\"\n",
                       "d.toml");
    CHECK(messages(l) ==
          std::vector<std::string>{"d.toml:14:8: question 'q' already sets the review; only one question may"});
  }
  SUBCASE("the built-in assignment review decides commitments") {
    auto texts = builtin_deck_texts();
    auto it =
        std::find_if(texts.begin(), texts.end(), [](const DeckText& d) { return d.name == "assignment-review.toml"; });
    REQUIRE(it != texts.end());
    auto l = load_deck(it->text, it->name);
    REQUIRE(l.deck);
    CHECK(decides_commitments(*l.deck));
    CHECK(question_setting(*l.deck, EntryField::review) == "happened");
    CHECK(question_setting(*l.deck, EntryField::helped) == "helped");
    CHECK(question_setting(*l.deck, EntryField::evidence) == "evidence");
    CHECK(question_setting(*l.deck, EntryField::due) == "until");
  }
}

TEST_CASE("core::load_deck limits") {
  std::string huge(k_max_deck_bytes + 1, '#');
  CHECK(messages(load_deck(huge, "big.toml")).front().starts_with("big.toml:1:1: deck file is too large"));
  std::string nested = "title = \"x\"\naudience = \"rep\"\nx = " + std::string(5000, '[') + std::string(5000, ']');
  CHECK_FALSE(load_deck(nested, "nested.toml").deck);
  CHECK_FALSE(load_deck(std::string("title = \"a\0b\"", 13), "nul.toml").deck);
}

TEST_CASE("core::is_valid_deck_id") {
  CHECK(is_valid_deck_id("post-call"));
  CHECK(is_valid_deck_id("q_1"));
  CHECK(is_valid_deck_id(std::string(64, 'a')));
  CHECK_FALSE(is_valid_deck_id(std::string(65, 'a')));
  CHECK_FALSE(is_valid_deck_id("../evil"));
  CHECK_FALSE(is_valid_deck_id("/etc/passwd"));
  CHECK_FALSE(is_valid_deck_id("Grow"));
  CHECK_FALSE(is_valid_deck_id(""));
}

TEST_CASE("core::format_diagnostic strips control sequences") {
  CHECK(format_diagnostic({"a\x1b]0;t\x07.toml", 1, 2, "bad \x1b[2Jkey"}) == "a.toml:1:2: bad key");
  CHECK(format_diagnostic({"x.toml", 0, 0, "not a regular file"}) == "x.toml: not a regular file");
}

TEST_CASE("built-in decks") {
  auto texts = builtin_deck_texts();
  CHECK(texts.size() == 8);
  for (const auto& t : texts) {
    CAPTURE(t.name);
    auto l = load_deck(t.text, t.name);
    REQUIRE(messages(l).empty());
    CHECK(l.deck->questions.size() >= (l.deck->id == "quick" ? 3u : 5u));
    if (l.deck->id == "post-call") {
      auto discovery = std::count_if(l.deck->questions.begin(), l.deck->questions.end(),
                                     [](const Question& q) { return q.discovery; });
      CHECK(discovery >= 3);
      CHECK(l.deck->commitment);
      CHECK(l.deck->audience == Audience::manager);
      CHECK(outcome_question(*l.deck) == "result");
    }
    if (l.deck->id == "trust-check") {
      CHECK(l.deck->is_private);
      CHECK(std::count_if(l.deck->questions.begin(), l.deck->questions.end(), [](const Question& q) {
              return q.type == QuestionType::scale && q.min == 1 && q.max == 5;
            }) == 3);
    }
    if (l.deck->id == "fast-failure") CHECK(l.deck->lesson);
  }
}

TEST_CASE("core::load_deck a non-ASCII letter after a line-ending backslash") {
  // toml++ 3.3.0 reached __builtin_unreachable() here (found by fuzz_deck); see core/toml.hpp.
  auto l = load_deck("title = \"\u00c9valuation\"\naudience = \"rep\"\n[[question]]\nid = \"q\"\n"
                     "text = \"\"\"Qu'est-ce qui a march\u00e9 ? \\\n   \u00c9valuez.\"\"\"\n",
                     "fr.toml");
  REQUIRE(messages(l).empty());
  CHECK(l.deck->questions.at(0).text == "Qu'est-ce qui a march\u00e9 ? \u00c9valuez.");
  auto bad = load_deck("title = \"t\"\naudience = \"rep\"\nx = {a\u00c5a = 1}\n", "bad.toml");
  REQUIRE(bad.diagnostics.size() == 1);
  CHECK(format_diagnostic(bad.diagnostics[0]).starts_with("bad.toml:3:"));
}
