// The conversation of one interview (see interview.hpp): the commitment review, the deck's
// questions and their marks, the closing commitment; each answer saved as it is given.
#pragma once

#include "cli/interview.hpp"
#include "cli/line_reader.hpp"
#include "core/model.hpp"

#include <functional>
#include <set>

namespace debrief {
class Journal;
}

namespace debrief::cli {

class InterviewScreen;

/// Runs the interview `entry_id` (new or resumed, locked by the caller) to its end or a stop.
/// Returns the exit code (see interview()); throws InputInterrupted with what was being typed.
int run_session(Context& ctx, Journal& journal, LineReader& in, const InterviewPlan& plan, const Deck& deck,
                Id entry_id);

/// The closing summary of a finished interview, on stdout: its recap (core/recap.hpp), read
/// from the journal as it is now (`plan`, `deck` and `commitment` are not needed any more).
void print_summary(Context& ctx, Journal& journal, const InterviewPlan& plan, const Deck& deck, Id entry_id,
                   const std::optional<Commitment>& commitment);

// The parts of a session, for the files that hold them.

/// Why a part of the interview stopped before its end.
enum class Stop { none, quit, eof };

/// Runs `write`, which stores `typed`; when it fails, the typed text is kept in a private draft
/// and the error says where.
void keeping(const Context& ctx, const std::string& typed, const std::function<void()>& write);

/// A line of free text to ask for: how it went, the evidence, the commitment.
struct TextPrompt {
  std::string prompt;
  std::string what;         ///< what is typed, for messages: "answer", "commitment"
  std::string initial = {}; ///< ready to edit at a terminal (:back)
};

/// One line of free text, checked (text_problem); `:skip` gives "" and `:help` shows the
/// session's help. nullopt when the interview stops (`stop` says how) or, when `back` is given,
/// at `:back` (`*back` set); other commands are refused with a reminder.
std::optional<std::string> read_text(InterviewScreen& screen, const TextPrompt& ask, Stop& stop, bool* back = nullptr);

/// Why a review's decision left the commitment `now` as it is: it was closed or hidden since it
/// was shown ("commitment #3 was already done meanwhile; left as it is (how it went is saved in
/// this debrief)"); `said` names what the interview keeps.
std::string decided_meanwhile(const Commitment& now, const std::string& said, const std::string& what);

/// What the review of open commitments at the start of an interview works on.
struct Review {
  Context& ctx;
  Journal& journal;
  InterviewScreen& screen;
  const InterviewPlan& plan;
  Id entry_id;
};

/// Reviews the open commitments of the interview's person, one by one: how it went (saved at
/// once), then done / keep open / drop (saved at once). Commitments whose decision is saved in
/// the interview are passed over; one whose account is saved is asked only its decision.
Stop review_commitments(Review r);

/// Before the first question of a new debrief (not a reflection, not a resumed one): the last
/// finished debrief with the same rep, neither deleted nor private, on `screen`; nothing when
/// there is none. Output only: it reads no input.
void print_call_context(Context& ctx, Journal& journal, const InterviewPlan& plan, Id entry_id, std::ostream& screen);

} // namespace debrief::cli
