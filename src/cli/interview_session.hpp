// The conversation of one interview (see interview.hpp): the commitment review, the deck's
// questions and their marks, the closing commitment; each answer saved as it is given.
#pragma once

#include "cli/interview.hpp"
#include "cli/line_reader.hpp"
#include "core/model.hpp"

namespace debrief {
class Journal;
}

namespace debrief::cli {

/// Runs the interview `entry_id` (new or resumed, locked by the caller) to its end or a stop.
/// Returns the exit code (see interview()); throws InputInterrupted with what was being typed.
int run_session(Context& ctx, Journal& journal, LineReader& in, const InterviewPlan& plan, const Deck& deck,
                Id entry_id);

/// The closing summary of a finished interview, on stdout: its recap (core/recap.hpp), read
/// from the journal as it is now (`plan`, `deck` and `commitment` are not needed any more).
void print_summary(Context& ctx, Journal& journal, const InterviewPlan& plan, const Deck& deck, Id entry_id,
                   const std::optional<Commitment>& commitment);

/// Before the first question of a new debrief (not a reflection, not a resumed one): the last
/// finished debrief with the same rep, neither deleted nor private, on `screen`; nothing when
/// there is none. Output only: it reads no input.
void print_call_context(Context& ctx, Journal& journal, const InterviewPlan& plan, Id entry_id, std::ostream& screen);

} // namespace debrief::cli
