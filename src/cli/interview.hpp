// The one interview engine behind `ask` (a manager's debrief) and `reflect` (a rep's
// reflection): commitment review, the deck's questions, the closing commitment, the summary.
#pragma once

#include "cli/call_options.hpp"
#include "cli/io.hpp"
#include "core/deck.hpp"
#include "core/entry.hpp"
#include "core/model.hpp"

#include <functional>

namespace CLI {
class App;
}

namespace debrief::cli {

struct InterviewPlan {
  Kind kind = Kind::debrief;
  std::string command;                   ///< "ask" or "reflect", for messages
  std::string what;                      ///< "debrief" or "reflection", for messages
  Audience audience = Audience::manager; ///< decks it accepts (and `either`)
  std::string default_deck;
  std::optional<std::string> deck;   ///< --deck
  std::optional<std::string> person; ///< the rep being debriefed (ask)
  bool resume = false;               ///< continue an in-progress one instead
  std::optional<Id> resume_id;       ///< --resume ID: that one rather than the last
  bool start_new = false;            ///< --new: a new one even when one is unfinished
  Instant at;                        ///< when the call happened (--at; default: now)
  std::vector<std::string> tags;     ///< -t, as stored
  std::string about;                 ///< --about: the account or call; empty for none
  bool marks = false;                ///< ask who found each discovery insight
  bool review_commitments = false;   ///< review the person's open commitments first
  std::optional<Id> commitment_id;   ///< --commitment: the one commitment the interview decides
  /// The commitment the interview is about (--commitment, or the one a resumed interview is
  /// about), as it was when the interview opened; its answers decide it when it finishes.
  std::optional<Commitment> target;
  /// Set by interview() for the session: when it stops before its first answer (Entry::begun),
  /// discards the entry, says that nothing was saved and returns the exit code (`input_ended`:
  /// a script's input ran out: 1); nullopt when the interview has begun and is kept.
  std::function<std::optional<int>(bool input_ended)> stop_unbegun;
};

/// The options `ask` and `reflect` share, as typed.
struct InterviewOptions {
  std::optional<std::string> deck;
  std::optional<std::string> resume; ///< --resume [ID]: empty for the last one
  bool start_new = false;            ///< --new
  CallOptions call;                  ///< --at, -t
  std::optional<std::string> about;  ///< --about
};

/// Adds --deck, --resume [ID], --new, --at, -t/--tag and --about to `sub`; `what` is
/// "debrief" or "reflection", `deck_help` the help of --deck.
void add_interview_options(CLI::App& sub, InterviewOptions& o, const std::string& what, const std::string& deck_help);

/// Checks the options and puts them in `plan` (whose kind, command and what are set). Throws
/// UsageError for a bad date, tag, text or id, and for --resume with what only a new
/// interview takes (a NAME, --deck, --new, --at, -t, --about).
void read_interview_options(const InterviewOptions& o, const Context& ctx, InterviewPlan& plan);

/// Starts a new interview entry, or resumes one in progress of this kind, and runs it, saving
/// each answer as it is given. Returns the exit code: 0 when finished or stopped with :quit, 1
/// when a script's input ended early. The entry stays in-progress until the end. An interview
/// stopped before its first answer is not kept.
///
/// Before a new one, at a terminal: a name close to a known one's is asked about ("did you
/// mean alice?"), and an unfinished interview of the same kind, person and deck is offered to
/// resume; from a script, the first is a warning and the second a UsageError naming
/// `--resume ID` and `--new`.
int interview(Context& ctx, InterviewPlan plan);

} // namespace debrief::cli
