// The interview rules of core/interview.cpp: marks, answers checked against their question,
// in-session commands, which question comes next, and the discovery ratio.
#include "core/interview.hpp"

#include <doctest/doctest.h>

using namespace debrief;

namespace {
Question text_q(std::string id) {
  Question q;
  q.id = std::move(id);
  q.text = "Why?";
  return q;
}
Question when_q(std::string id, std::string question, std::vector<std::string> is) {
  Question q = text_q(std::move(id));
  q.when = Condition{std::move(question), std::move(is)};
  return q;
}
} // namespace

TEST_CASE("core::parse_mark") {
  auto mark = [](std::string_view s) -> std::string {
    auto m = parse_mark(s);
    return m ? std::string(to_string(m->who)) + "/" + std::to_string(m->probes) : "none";
  };
  CHECK(mark("s") == "self/0");
  CHECK(mark("  Self\t") == "self/0");
  CHECK(mark("t") == "told/0");
  CHECK(mark("TOLD") == "told/0");
  CHECK(mark("n") == "nudged/1");
  CHECK(mark("nudged") == "nudged/1");
  CHECK(mark("n2") == "nudged/2");
  CHECK(mark("N9") == "nudged/9");
  CHECK(mark("n0") == "none");
  CHECK(mark("n10") == "none");
  CHECK(mark("") == "none");
  CHECK(mark("x") == "none");
  CHECK(mark("se") == "none");
}

TEST_CASE("core::Discovery names") {
  for (auto d : {Discovery::self, Discovery::nudged, Discovery::told}) CHECK(parse_discovery(to_string(d)) == d);
  CHECK(to_string(Discovery::nudged) == "nudged");
  CHECK(!parse_discovery("Self"));
  CHECK(!parse_discovery("s"));
}

TEST_CASE("core::check_answer") {
  SUBCASE("text: trimmed, kept as typed") {
    auto a = check_answer(text_q("why"), "  They had no budget \t");
    CHECK(a.error == "");
    CHECK(a.text == "They had no budget");
    CHECK(!a.scale);
  }
  SUBCASE("scale: a whole number within bounds") {
    Question q = text_q("rate");
    q.type = QuestionType::scale;
    q.min = -2;
    q.max = 3;
    auto a = check_answer(q, " 3 ");
    CHECK(a.error == "");
    CHECK(a.text == "3");
    CHECK(a.scale == 3);
    a = check_answer(q, "-2");
    CHECK(a.scale == -2);
    CHECK(a.text == "-2");
    CHECK(check_answer(q, "007").scale == std::nullopt); // 7 is out of bounds
    for (const char* bad : {"4", "-3", "2.5", "two", "-", "1e1", "+1"}) {
      INFO(bad);
      a = check_answer(q, bad);
      CHECK(a.error == "answer with a whole number from -2 to 3");
      CHECK(!a.scale);
    }
  }
  SUBCASE("choice: a number, a name or an unambiguous prefix, any case") {
    Question q = text_q("stage");
    q.type = QuestionType::choice;
    q.choices = {"Discovery", "Demo", "Pricing", "Pri"};
    CHECK(check_answer(q, "2").text == "Demo");
    CHECK(check_answer(q, "demo").text == "Demo");
    CHECK(check_answer(q, "DISC").text == "Discovery");
    CHECK(check_answer(q, "pri").text == "Pri"); // an exact name beats a longer one it begins
    CHECK(check_answer(q, "pric").text == "Pricing");
    const char* const error = "answer with one of: Discovery, Demo, Pricing, Pri (or its number)";
    CHECK(check_answer(q, "d").error == error); // Discovery or Demo
    CHECK(check_answer(q, "5").error == error);
    CHECK(check_answer(q, "0").error == error);
    CHECK(check_answer(q, "closing").error == error);
  }
  SUBCASE("yes/no") {
    Question q = text_q("again");
    q.type = QuestionType::yesno;
    CHECK(check_answer(q, "Y").text == "yes");
    CHECK(check_answer(q, "yes").text == "yes");
    CHECK(check_answer(q, " n ").text == "no");
    CHECK(check_answer(q, "NO").text == "no");
    CHECK(check_answer(q, "maybe").error == "answer yes or no (y/n)");
    CHECK(check_answer(q, "ja").error == "answer yes or no (y/n)");
  }
  SUBCASE("text that cannot be stored is refused, whatever the type") {
    auto a = check_answer(text_q("why"), "bad \xff byte");
    CHECK(a.error != "");
    CHECK(a.error.starts_with("answer "));
    CHECK(a.text == "");
  }
}

TEST_CASE("core::parse_session_command") {
  CHECK(parse_session_command(":skip") == SessionCommand::skip);
  CHECK(parse_session_command(" :s ") == SessionCommand::skip);
  CHECK(parse_session_command(":back") == SessionCommand::back);
  CHECK(parse_session_command(":b") == SessionCommand::back);
  CHECK(parse_session_command(":edit") == SessionCommand::edit);
  CHECK(parse_session_command(":e") == SessionCommand::edit);
  CHECK(parse_session_command(":quit") == SessionCommand::quit);
  CHECK(parse_session_command(":q") == SessionCommand::quit);
  CHECK(parse_session_command(":help") == SessionCommand::help);
  CHECK(parse_session_command(":h") == SessionCommand::help);
  CHECK(parse_session_command(":?") == SessionCommand::help);
  CHECK(parse_session_command(":skp") == SessionCommand::unknown);
  CHECK(parse_session_command(":QUIT") == SessionCommand::none); // not a lower-case word: an answer
  CHECK(parse_session_command(":-)") == SessionCommand::none);
  CHECK(parse_session_command(":") == SessionCommand::none);
  CHECK(parse_session_command("skip") == SessionCommand::none);
  CHECK(parse_session_command("") == SessionCommand::none);
  CHECK(parse_session_command(":skip it") == SessionCommand::none);
}

TEST_CASE("core::next_question and questions_remaining follow conditions") {
  Deck deck;
  deck.id = "d";
  deck.questions = {text_q("won"), when_q("why-won", "won", {"yes"}), when_q("why-lost", "won", {"no", "maybe"}),
                    text_q("next")};
  AnswerMap answers;
  CHECK(next_question(deck, answers) == 0u);
  CHECK(questions_remaining(deck, answers) == 2u); // neither conditional one is counted until "won" is answered

  answers["won"] = "no";
  CHECK(next_question(deck, answers) == 2u);
  CHECK(questions_remaining(deck, answers) == 2u);

  answers["why-lost"] = std::nullopt; // skipped: answered as far as order goes
  CHECK(next_question(deck, answers) == 3u);
  CHECK(questions_remaining(deck, answers) == 1u);
  answers["next"] = "call back";
  CHECK(next_question(deck, answers) == std::nullopt);
  CHECK(questions_remaining(deck, answers) == 0u);

  SUBCASE("a skipped condition question asks neither branch") {
    AnswerMap skipped{{"won", std::nullopt}};
    CHECK(next_question(deck, skipped) == 3u);
    CHECK(questions_remaining(deck, skipped) == 1u);
  }
  SUBCASE("answers out of order: the first unanswered question comes next") {
    AnswerMap later{{"next", "x"}};
    CHECK(next_question(deck, later) == 0u);
    CHECK(questions_remaining(deck, later) == 1u);
  }
}

TEST_CASE("core::answers_no_longer_asked: a changed answer withdraws its follow-ups, and theirs") {
  Deck deck;
  deck.id = "d";
  deck.questions = {text_q("result"), when_q("declined", "result", {"lost"}), when_q("why", "declined", {"price"}),
                    when_q("next", "result", {"won", "advanced"}), text_q("affirm")};
  AnswerMap answers{{"result", "lost"}, {"declined", "price"}, {"why", "too high"}, {"affirm", "calm"}};
  CHECK(answers_no_longer_asked(deck, answers).empty());
  answers["result"] = "advanced"; // changed with :back
  CHECK(answers_no_longer_asked(deck, answers) == std::vector<std::string>{"declined", "why"});
  answers["declined"] = std::nullopt; // a skipped follow-up that no longer applies goes too
  answers.erase("why");
  CHECK(answers_no_longer_asked(deck, answers) == std::vector<std::string>{"declined"});
  answers["result"] = std::nullopt; // skipped: no branch applies
  answers["next"] = "demo";
  CHECK(answers_no_longer_asked(deck, answers) == std::vector<std::string>{"declined", "next"});
}

TEST_CASE("core::questions_remaining: the counter never jumps to its end") {
  // The post-call deck's shape: a choice, a follow-up asked only for one of its answers, a last
  // question. Shown as [done + 1 / done + remaining], each step advances by one and the last
  // question is N/N, whichever branch is taken.
  Deck deck;
  deck.id = "d";
  deck.questions = {text_q("a"), text_q("result"), when_q("declined", "result", {"lost"}), text_q("affirm")};
  for (const std::string result : {"lost", "won"}) {
    CAPTURE(result);
    AnswerMap answers;
    std::vector<std::pair<std::size_t, std::size_t>> shown;
    for (auto idx = next_question(deck, answers); idx; idx = next_question(deck, answers)) {
      shown.emplace_back(answers.size() + 1, answers.size() + questions_remaining(deck, answers));
      const auto& id = deck.questions[*idx].id;
      answers[id] = id == "result" ? result : "x";
    }
    REQUIRE(!shown.empty());
    for (std::size_t i = 0; i < shown.size(); ++i) {
      CHECK(shown[i].first == i + 1);
      CHECK(shown[i].first <= shown[i].second);
      if (i > 0) CHECK(shown[i].second >= shown[i - 1].second);
    }
    CHECK(shown.back().first == shown.back().second);
  }
}

TEST_CASE("core::DiscoveryTally and format_ratio") {
  DiscoveryTally t;
  CHECK(t.marked() == 0);
  CHECK(t.ratio() == std::nullopt);
  CHECK(format_ratio(t.ratio()) == "—");
  t.add(Discovery::self);
  t.add(Discovery::nudged);
  t.add(Discovery::told);
  CHECK(t.self == 1);
  CHECK(t.nudged == 1);
  CHECK(t.told == 1);
  CHECK(t.marked() == 3);
  CHECK(format_ratio(t.ratio()) == "67%");
  t.add(Discovery::told);
  CHECK(format_ratio(t.ratio()) == "50%");
  CHECK(format_ratio(0.0) == "0%");
  CHECK(format_ratio(1.0) == "100%");
  CHECK(format_ratio(0.125) == "13%"); // rounded half away from zero
  CHECK(format_ratio(0.8) == "80%");
}
