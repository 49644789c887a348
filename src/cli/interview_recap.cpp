// The closing summary of an interview (see interview_session.hpp): its recap, in core/recap's
// words.
#include "cli/interview_session.hpp"

#include "core/recap.hpp"
#include "storage/journal.hpp"

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

} // namespace debrief::cli
