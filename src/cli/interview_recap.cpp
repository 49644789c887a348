// The closing summary of an interview: see interview_session.hpp.
#include "cli/interview_session.hpp"

#include "core/interview.hpp"
#include "core/sanitize.hpp"
#include "storage/journal.hpp"

#include <fmt/format.h>

namespace debrief::cli {

void print_summary(Context& ctx_, Journal& journal_, const InterviewPlan& plan_, const Deck& deck_, Id entry_id_,
                   const std::optional<Commitment>& commitment_) {
  auto answers = journal_.answers(entry_id_);
  DiscoveryTally tally;
  std::size_t given = 0;
  for (const auto& a : answers) {
    if (a.question_id.starts_with("review/")) continue;
    if (a.text) ++given;
    if (a.mark) tally.add(*a.mark);
  }
  auto& out = ctx_.io.out;
  // The person as called now: they may have been renamed or merged during the interview.
  const auto entry = journal_.entry(entry_id_);
  const auto person = entry ? entry->person : plan_.person;
  std::string who = person ? fmt::format(" with {}", sanitize_line(*person)) : "";
  out << fmt::format("\n{} #{}{} saved ({}): {} answer{}.\n", plan_.kind == Kind::debrief ? "Debrief" : "Reflection",
                     entry_id_, who, deck_.id, given, given == 1 ? "" : "s");
  if (plan_.marks && tally.marked() > 0)
    out << fmt::format("Discovery: {} found by the rep (self {}, nudged {}, told {}); target {}.\n",
                       format_ratio(tally.ratio()), tally.self, tally.nudged, tally.told,
                       format_ratio(ctx_.config().discovery_target));
  else if (plan_.marks)
    out << "Discovery: — (no insight marked)\n";
  if (commitment_) {
    out << fmt::format("Commitment #{}: {}", commitment_->id, sanitize_line(commitment_->text));
    if (commitment_->due) out << fmt::format(" (due {})", format_day(at_zone(*commitment_->due, ctx_.zone), ctx_.now));
    out << '\n';
  }
}

} // namespace debrief::cli
