#include "core/compare.hpp"
#include "core/line_edit.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace debrief;

namespace {

constexpr Seconds k_now = 1795255200; // Sat 21 Nov 2026 10:00 UTC
const FixedZone k_utc;

RecapStyle style() { return RecapStyle{&k_utc, k_now, k_recap_width}; }

StoredAnswer answer(std::string id, std::optional<std::string> text, std::optional<Discovery> mark = {}) {
  StoredAnswer a;
  a.question_id = id;
  a.question_text = "Q " + id + "?";
  a.text = std::move(text);
  a.mark = mark;
  return a;
}

EntryState state(Kind kind, Id id, std::string deck, std::vector<StoredAnswer> answers) {
  EntryState s;
  s.entry.id = id;
  s.entry.kind = kind;
  s.entry.person = "José Müller";
  s.entry.deck = std::move(deck);
  s.entry.at = Instant{k_now - 3600 * id, 0};
  for (std::size_t i = 0; i < answers.size(); ++i) answers[i].position = static_cast<int>(i) + 1;
  s.answers = std::move(answers);
  return s;
}

/// The rows as `id:rep|manager`, the answers' texts ("-": no answer, "(skipped)").
std::string rows(const Comparison& c) {
  auto side = [](const std::optional<CompareAnswer>& a) { return !a ? "-" : a->text.value_or("(skipped)"); };
  std::string out;
  for (const auto& r : c.rows) out += r.id + ":" + side(r.rep) + "|" + side(r.manager) + " ";
  return out;
}

} // namespace

TEST_CASE("core::canonical_question_id") {
  CHECK(canonical_question_id("their-problem") == "pain");
  CHECK(canonical_question_id("replay") == "better");
  CHECK(canonical_question_id("pain") == "pain");
  CHECK(canonical_question_id("wanted") == "wanted");
}

TEST_CASE("core::compare_entries") {
  const auto debrief =
      state(Kind::debrief, 2, "post-call",
            {answer("pain", "Onboarding", Discovery::self), answer("tried", "Sheets", Discovery::nudged),
             answer("turn", "Pricing", Discovery::told), answer("better", std::nullopt, Discovery::self),
             answer("result", "won"), answer("review/01a22527-dc38-745e-a785-9ebcf3b23948", "Went well")});

  SUBCASE("by id, in the manager's order, each answer only the rep gave after the rep's one before it") {
    const auto reflection =
        state(Kind::reflection, 1, "self-review",
              {answer("wanted", "A meeting"), answer("pain", "Slow onboarding"), answer("tried", std::nullopt),
               answer("went-well", "Rapport"), answer("better", "Ask first"), answer("confidence", "4")});
    const auto c = compare_entries(reflection, debrief);
    CHECK(c.by_id);
    CHECK(rows(c) == "wanted:A meeting|- pain:Slow onboarding|Onboarding tried:(skipped)|Sheets "
                     "went-well:Rapport|- turn:-|Pricing better:Ask first|(skipped) confidence:4|- result:-|won ");
    CHECK(c.rows[0].question == "Q wanted?");
    CHECK(c.rows[1].question == "Q pain?"); // the manager's wording
  }

  SUBCASE("the old self-review ids count as the shared ones") {
    const auto reflection = state(Kind::reflection, 1, "self-review",
                                  {answer("their-problem", "Slow onboarding"), answer("replay", "The pricing moment")});
    const auto c = compare_entries(reflection, debrief);
    CHECK(rows(c) == "pain:Slow onboarding|Onboarding tried:-|Sheets turn:-|Pricing better:The pricing "
                     "moment|(skipped) result:-|won ");
    CHECK(c.rows[0].rep->question_id == "their-problem");
  }

  SUBCASE("by order when no id is shared, the longer side's rest alone") {
    const auto reflection =
        state(Kind::reflection, 1, "after-action",
              {answer("intended", "A demo"), answer("actual", "A chat"), answer("why", "No prep"),
               answer("keep", "Calm"), answer("change", "Prep"), answer("more", "x"), answer("extra", "y")});
    const auto c = compare_entries(reflection, debrief);
    CHECK_FALSE(c.by_id);
    CHECK(rows(c) == "pain:A demo|Onboarding tried:A chat|Sheets turn:No prep|Pricing better:Calm|(skipped) "
                     "result:Prep|won more:x|- extra:y|- ");
  }

  SUBCASE("found alone: the manager's answers marked self, of those marked") {
    const auto c = compare_entries(state(Kind::reflection, 1, "self-review", {}), debrief);
    CHECK(c.marks.self == 2);
    CHECK(c.marks.nudged == 1);
    CHECK(c.marks.told == 1);
    CHECK(c.marks.marked() == 4);
    CHECK(compare_text(c, style()).ends_with("\nfound alone by the rep: 2 of 4 (nudged 1, told 1)\n"));
  }

  SUBCASE("nothing marked") {
    const auto c = compare_entries(state(Kind::reflection, 1, "self-review", {}),
                                   state(Kind::debrief, 2, "quick", {answer("note", "ok")}));
    CHECK(compare_text(c, style()).ends_with("\nfound alone by the rep: 0 of 0 (no answer marked)\n"));
  }
}

TEST_CASE("core::compare_text") {
  const auto reflection = state(Kind::reflection, 1, "self-review",
                                {answer("pain", std::string(100, 'x') + " and 日本語 words " + std::string(30, 'y')),
                                 answer("went-well", "Rapport")});
  const auto debrief = state(Kind::debrief, 2, "post-call", {answer("pain", "Onboarding", Discovery::self)});
  const auto text = compare_text(compare_entries(reflection, debrief), style());

  SUBCASE("the whole layout") {
    CHECK(text == "Reflection #1 by José Müller (self-review, Sat 21 Nov 09:00)\n"
                  "beside debrief #2 (post-call, Sat 21 Nov 08:00)\n"
                  "\n"
                  "Q pain?\n"
                  "  rep:      xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
                  "            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx and 日本語 words\n"
                  "            yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n"
                  "  manager:  Onboarding (self)\n"
                  "\n"
                  "Q went-well?\n"
                  "  rep:      Rapport\n"
                  "  manager:  —\n"
                  "\n"
                  "found alone by the rep: 1 of 1 (nudged 0, told 0)\n");
  }

  SUBCASE("no line wider than the width") {
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) CHECK(line_edit::text_width(line) <= k_recap_width);
  }
}

TEST_CASE("core::compare_markdown and compare_json") {
  const auto reflection = state(Kind::reflection, 1, "self-review", {answer("replay", "*Ask* first")});
  const auto debrief = state(Kind::debrief, 2, "post-call", {answer("better", "Ask first", Discovery::nudged)});
  const auto c = compare_entries(reflection, debrief);
  CHECK(compare_markdown(c, style()) ==
        "# Reflection and debrief: José Müller\n"
        "\n"
        "Reflection #1 (self-review, Sat 21 Nov 09:00) beside debrief #2 (post-call, Sat\n"
        "21 Nov 08:00).\n"
        "\n"
        "**Q better?**\n"
        "\n"
        "- Rep: \\*Ask\\* first\n"
        "- Manager: Ask first *(nudged)*\n"
        "\n"
        "Found alone by the rep: 0 of 1 (nudged 1, told 0).\n");
  CHECK(compare_json(c) ==
        R"({"schema":"debrief.compare/1","person":"José Müller",)"
        R"("reflection":{"id":1,"uuid":"","deck":"self-review","at":"2026-11-21T09:00:00+00:00","status":"complete"},)"
        R"("debrief":{"id":2,"uuid":"","deck":"post-call","at":"2026-11-21T08:00:00+00:00","status":"complete"},)"
        R"("aligned_by":"id","rows":[{"id":"better","question":"Q better?",)"
        R"("rep":{"question_id":"replay","question":"Q replay?","text":"*Ask* first"},)"
        R"("manager":{"question_id":"better","question":"Q better?","text":"Ask first","mark":"nudged","probes":0}}],)"
        R"("found_alone":{"self":0,"nudged":1,"told":0,"marked":1}})"
        "\n");
}
