#include "core/verdict.hpp"

#include <doctest/doctest.h>

using namespace debrief;

namespace {
Deck review_deck() {
  auto l = load_deck(R"(
title = "Review"
audience = "manager"
[[question]]
id = "how"
text = "How did it go?"
sets = "review"
[[question]]
id = "seen"
text = "What shows it?"
sets = "evidence"
[[question]]
id = "helped"
text = "Did it help?"
type = "choice"
choices = ["yes", "partly", "no"]
sets = "helped"
[[question]]
id = "next"
text = "Now?"
type = "choice"
choices = ["done", "keep", "drop"]
sets = "decision"
[[question]]
id = "until"
text = "Until?"
when = { question = "next", is = ["keep"] }
sets = "due"
)",
                     "review.toml");
  REQUIRE(l.deck);
  return *l.deck;
}
} // namespace

TEST_CASE("core::verdict_of") {
  const Deck deck = review_deck();
  SUBCASE("done, with what was said") {
    auto v = verdict_of(
        deck, {{"how", "Müller asked first "}, {"seen", "the budget came up"}, {"helped", "partly"}, {"next", "done"}});
    CHECK(v.status == CommitmentStatus::done);
    CHECK(v.decision == "done");
    CHECK(v.note == "Müller asked first");
    CHECK(v.evidence == "the budget came up");
    CHECK(v.helped == Helped::partly);
    CHECK_FALSE(v.due);
  }
  SUBCASE("kept, with a new due date") {
    auto v = verdict_of(deck, {{"next", "keep"}, {"until", "friday"}});
    CHECK(v.status == CommitmentStatus::open);
    CHECK(v.decision == "keep");
    CHECK(v.due == "friday");
    CHECK(v.note == "");
    CHECK_FALSE(v.helped);
    CHECK_FALSE(v.evidence);
  }
  SUBCASE("dropped: a due date given before is not used") {
    auto v = verdict_of(deck, {{"next", "drop"}, {"until", "friday"}, {"helped", "no"}});
    CHECK(v.status == CommitmentStatus::dropped);
    CHECK(v.decision == "dropped");
    CHECK(v.helped == Helped::no);
    CHECK_FALSE(v.due);
  }
  SUBCASE("skipped answers: kept open, nothing said") {
    auto v = verdict_of(deck, {{"how", std::nullopt}, {"next", std::nullopt}, {"helped", "maybe"}});
    CHECK(v.status == CommitmentStatus::open);
    CHECK(v.decision == "keep");
    CHECK(v.note == "");
    CHECK_FALSE(v.helped); // not a value of its field: a deck changed since
  }
}
