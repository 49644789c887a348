// Prompt decks: the questions `ask` and `reflect` walk through, loaded from TOML text and
// validated strictly (every problem of a file reported at once, with its line and column).
#pragma once

#include "core/error.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

enum class QuestionType { text, scale, choice, yesno };
enum class Audience { manager, rep, either };

std::string_view to_string(QuestionType t);
std::string_view to_string(Audience a);

/// What a question's answer sets (`sets = "..."`): the entry's outcome (a choice question), or,
/// in an interview about one commitment (`ask --commitment`), a field of that commitment's
/// review: how it went (`review`, text), whether it helped (`helped`, a choice of yes, partly,
/// no), the evidence (`evidence`, text), the decision (`decision`, a choice of done, keep, drop)
/// and, kept open, its new due date (`due`, text: a date). One question per field.
enum class EntryField { outcome, review, helped, evidence, decision, due };
std::string_view to_string(EntryField f);

/// Ask a question only when an earlier question's answer is one of `is`.
struct Condition {
  std::string question;
  std::vector<std::string> is;
};

struct Question {
  std::string id;
  std::string text;
  std::string hint;
  std::vector<std::string> probes;
  bool discovery = false; ///< the manager marks who found the insight: self, nudged, told
  QuestionType type = QuestionType::text;
  int min = 1, max = 5;             ///< scale bounds
  std::vector<std::string> choices; ///< choice options
  std::optional<Condition> when;
  std::optional<EntryField> sets; ///< what its answer sets (see EntryField)
};

struct CommitmentPrompt {
  std::string text;
  std::string due; ///< default due date, in the date forms of debrief(1); empty: none
};

struct Deck {
  std::string id;
  std::string title;
  Audience audience = Audience::manager;
  bool is_private = false; ///< entries stay out of shared output (report)
  bool lesson = false;     ///< entries made with this deck are flagged as lessons
  std::string summary;
  std::vector<Question> questions;
  std::optional<CommitmentPrompt> commitment;
};

struct DeckLoad {
  std::optional<Deck> deck;            ///< set when there are no errors
  std::vector<Diagnostic> diagnostics; ///< every error, in file order
};

/// Largest deck file accepted, in bytes.
inline constexpr std::size_t k_max_deck_bytes = 256 * 1024;

/// A deck or question id: a lower-case letter, then lower-case letters, digits, `-` or `_`;
/// at most 64 bytes (so never a path like `../x`).
bool is_valid_deck_id(std::string_view id);

/// Parses and validates a deck. `source_name` names the text in diagnostics; its file-name stem
/// is the deck's id when the deck does not set one.
DeckLoad load_deck(std::string_view text, std::string_view source_name);

/// The id of the deck's question whose answer sets the entry's outcome, if any.
std::optional<std::string> outcome_question(const Deck& deck);
/// The id of the deck's question whose answer sets `field`, if any.
std::optional<std::string> question_setting(const Deck& deck, EntryField field);
/// Whether the deck can decide a commitment (`ask --commitment`): a question sets its decision.
bool decides_commitments(const Deck& deck);

/// Whether the question is asked, given the answers so far (`answer_of(id)` → the answer text,
/// or nullopt when that question was not answered).
template <typename AnswerOf> bool is_asked(const Question& q, AnswerOf&& answer_of) {
  if (!q.when) return true;
  auto answer = answer_of(q.when->question);
  if (!answer) return false;
  for (const auto& v : q.when->is)
    if (v == *answer) return true;
  return false;
}

} // namespace debrief
