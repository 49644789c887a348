// Fuzzes load_deck, the TOML deck loader and validator: every text gives either a deck or
// positioned one-line diagnostics (never both), and an accepted deck obeys every rule of
// debrief-decks(5).
#include "fuzz.hpp"

#include "core/deck.hpp"
#include "core/error.hpp"
#include "core/sanitize.hpp"
#include "core/time.hpp"

#include <algorithm>
#include <string>

using namespace debrief;

namespace {

bool valid_id(std::string_view id) {
  return !id.empty() && id.size() <= 64 && id[0] >= 'a' && id[0] <= 'z' &&
         std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'; });
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

void check_deck(const Deck& d) {
  FUZZ_CHECK(valid_id(d.id));
  FUZZ_CHECK(!blank(d.title));
  FUZZ_CHECK(!d.questions.empty());
  for (std::size_t i = 0; i < d.questions.size(); ++i) {
    const Question& q = d.questions[i];
    FUZZ_CHECK(valid_id(q.id));
    FUZZ_CHECK(!blank(q.text));
    for (std::size_t j = 0; j < i; ++j) FUZZ_CHECK(d.questions[j].id != q.id);
    if (q.type == QuestionType::scale) FUZZ_CHECK(q.min < q.max && q.min >= -1000 && q.max <= 1000);
    if (q.type == QuestionType::choice) {
      FUZZ_CHECK(!q.choices.empty());
      for (std::size_t j = 0; j < q.choices.size(); ++j)
        FUZZ_CHECK(std::find(q.choices.begin(), q.choices.begin() + static_cast<std::ptrdiff_t>(j), q.choices[j]) ==
                   q.choices.begin() + static_cast<std::ptrdiff_t>(j));
    } else {
      FUZZ_CHECK(q.choices.empty());
    }
    if (q.when) {
      // Refers to an earlier question, and each value is an answer that question can get.
      auto ref = std::find_if(d.questions.begin(), d.questions.begin() + static_cast<std::ptrdiff_t>(i),
                              [&](const Question& e) { return e.id == q.when->question; });
      FUZZ_CHECK(ref != d.questions.begin() + static_cast<std::ptrdiff_t>(i));
      FUZZ_CHECK(!q.when->is.empty());
      for (const auto& v : q.when->is) {
        if (ref->type == QuestionType::choice) FUZZ_CHECK(contains(ref->choices, v));
        if (ref->type == QuestionType::yesno) FUZZ_CHECK(v == "yes" || v == "no");
        if (ref->type == QuestionType::scale) {
          bool in_range = false;
          for (int k = ref->min; k <= ref->max; ++k) in_range = in_range || v == std::to_string(k);
          FUZZ_CHECK(in_range);
        }
      }
      // is_asked follows the condition.
      FUZZ_CHECK(is_asked(q, [&](const std::string&) { return std::optional<std::string>(q.when->is.front()); }));
      FUZZ_CHECK(!is_asked(q, [](const std::string&) { return std::optional<std::string>(); }));
    }
  }
  if (d.commitment) {
    FUZZ_CHECK(!blank(d.commitment->text));
    if (!d.commitment->due.empty()) parse_when(d.commitment->due, 0, FixedZone(), Direction::future); // must not throw
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = debrief::fuzz::as_text(data, size);
  const DeckLoad load = load_deck(text, "decks/fuzz.toml");
  FUZZ_CHECK(load.deck.has_value() == load.diagnostics.empty());
  for (std::size_t i = 0; i < load.diagnostics.size(); ++i) {
    const Diagnostic& d = load.diagnostics[i];
    FUZZ_CHECK(d.source == "decks/fuzz.toml");
    FUZZ_CHECK(d.line >= 1 && d.column >= 1);
    FUZZ_CHECK(!d.message.empty() && sanitize_line(d.message) == d.message);
    if (i > 0) {
      const Diagnostic& p = load.diagnostics[i - 1];
      FUZZ_CHECK(p.line < d.line || (p.line == d.line && p.column <= d.column));
    }
  }
  if (load.deck) check_deck(*load.deck);
  return 0;
}
