// What an interview shows of its recap: the closing summary and, before a new debrief, the last
// one with the same rep (see interview_session.hpp). The words are core/recap's.
#include "cli/interview_session.hpp"

#include "core/recap.hpp"
#include "storage/journal.hpp"

#include <fmt/format.h>

#include <ostream>

namespace debrief::cli {

void print_summary(Context& ctx, Journal& journal, const InterviewPlan&, const Deck&, Id entry_id,
                   const std::optional<Commitment>&) {
  // Read again as it is now: the person may have been renamed or merged during the interview,
  // and a resumed one made its commitment in an earlier session.
  auto in = journal.recap_input(entry_id);
  if (!in) return;
  in->target = ctx.config().discovery_target;
  ctx.io.out << '\n' << recap_text(build_recap(*in), RecapStyle{&ctx.zone, ctx.now, k_recap_width});
}

void print_call_context(Context& ctx, Journal& journal, const InterviewPlan& plan, Id entry_id, std::ostream& screen) {
  // A new manager's debrief only: a reflection is the rep's, a resumed debrief has begun.
  if (plan.kind != Kind::debrief || plan.resume) return;
  try {
    if (!journal.answers(entry_id).empty()) return;
    if (auto context = journal.call_context(entry_id))
      screen << context_text(*context, RecapStyle{&ctx.zone, ctx.now, k_recap_width});
  } catch (const JournalError& e) { // only what is shown is missing: the debrief goes on
    ctx.warn(fmt::format("the last debrief cannot be shown: {}", e.what()));
  }
}

} // namespace debrief::cli
