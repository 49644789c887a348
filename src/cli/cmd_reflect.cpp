// `debrief reflect`: a rep's private guided self-reflection, on the interview engine.
#include "cli/commands.hpp"
#include "cli/interview.hpp"

#include "core/error.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace debrief::cli {

namespace {

int run_reflect(const InterviewOptions& o, Context& ctx) {
  if (o.resume && o.deck) throw UsageError("--resume continues an interrupted reflection with its own deck");
  InterviewPlan plan;
  plan.kind = Kind::reflection;
  plan.command = "reflect";
  plan.what = "reflection";
  plan.audience = Audience::rep;
  plan.default_deck = ctx.config().reflect_deck;
  plan.person = ctx.config().me; // the journal's owner: their reflection, and their commitment
  read_interview_options(o, ctx, plan);
  return interview(ctx, plan);
}

} // namespace

void setup_reflect(CLI::App& app, Context& ctx) {
  auto [sub, opt] = add_command<InterviewOptions>(app, ctx, "reflect",
                                                  "Reflect on a call on your own, guided by questions", run_reflect);
  add_interview_options(*sub, *opt, "reflection",
                        "The question deck (default: self-review, or decks.reflect in config.toml)");
  sub->footer(R"(Every answer is saved as it is given; a reflection stopped before its first answer is not
kept. In-session commands: :skip :back :edit :quit :help. Entries from private decks
(trust-check) stay out of shared reports.

When an unfinished reflection with the same deck exists, reflect offers to resume it; a
script must choose: --resume ID continues it, --new starts another.

Examples:
  debrief reflect
  debrief reflect --deck fast-failure --about "Acme demo" -t demo
  debrief reflect --deck trust-check
  debrief reflect --resume 7)");
}

} // namespace debrief::cli
