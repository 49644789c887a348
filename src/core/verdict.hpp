// What an interview about one commitment (`ask --commitment`) decides about it, read from the
// answers to the deck's questions that set the commitment's review (Question::sets).
#pragma once

#include "core/deck.hpp"
#include "core/interview.hpp"
#include "core/model.hpp"

#include <optional>
#include <string>

namespace debrief {

struct Verdict {
  /// done, dropped, or open: kept (also when the decision was skipped: nothing is closed
  /// without being said).
  CommitmentStatus status = CommitmentStatus::open;
  std::string decision;                ///< as stored in a review: done, keep or dropped
  std::string note;                    ///< how it went ("" when not said)
  std::optional<Helped> helped;        ///< nullopt: not said
  std::optional<std::string> evidence; ///< nullopt: not said
  std::optional<std::string> due;      ///< kept open: the new due date as typed; nullopt: unchanged
};

/// The verdict the answers give, by the deck's `sets` questions. An answer that is not a value
/// of its field (a deck changed since) counts as not given.
Verdict verdict_of(const Deck& deck, const AnswerMap& answers);

} // namespace debrief
