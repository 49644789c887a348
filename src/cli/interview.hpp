// The one interview engine behind `ask` (a manager's debrief) and `reflect` (a rep's
// reflection): commitment review, the deck's questions, the closing commitment, the summary.
#pragma once

#include "cli/io.hpp"
#include "cli/line_reader.hpp"
#include "core/deck.hpp"
#include "storage/journal.hpp"

namespace debrief::cli {

struct InterviewPlan {
  Kind kind = Kind::debrief;
  std::string command;               ///< "ask" or "reflect", for messages
  const Deck* deck = nullptr;
  std::optional<std::string> person; ///< the rep being debriefed (ask)
  bool marks = false;                ///< ask who found each discovery insight
  bool review_commitments = false;   ///< review the person's open commitments first
};

/// Runs (or resumes) the interview in entry `entry_id`, saving each answer as it is given.
/// Returns the exit code: 0 when finished or stopped with :quit, 1 when a script's input
/// ended early. The entry stays in-progress until the end.
int run_interview(Context& ctx, Journal& journal, LineReader& in, const InterviewPlan& plan, long long entry_id);

/// Finds the deck for `ask`/`reflect` (`wanted`, else `fallback`) and checks its audience;
/// broken user decks are warned about. Throws UsageError for an unknown or unsuitable deck.
Deck choose_deck(const Context& ctx, const std::optional<std::string>& wanted, const std::string& fallback,
                 Audience audience);

} // namespace debrief::cli
