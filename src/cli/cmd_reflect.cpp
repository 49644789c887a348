// `debrief reflect`: a rep's private guided self-reflection, on the interview engine.
#include "cli/commands.hpp"
#include "cli/interview.hpp"

#include "core/error.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace debrief::cli {

namespace {

struct ReflectOptions {
  std::optional<std::string> deck;
  bool resume = false;
};

int run_reflect(const ReflectOptions& o, Context& ctx) {
  if (o.resume && o.deck) throw UsageError("--resume continues the last interrupted reflection with its own deck");
  InterviewPlan plan;
  plan.kind = Kind::reflection;
  plan.command = "reflect";
  plan.what = "reflection";
  plan.audience = Audience::rep;
  plan.default_deck = ctx.config().reflect_deck;
  plan.deck = o.deck;
  plan.resume = o.resume;
  return interview(ctx, plan);
}

} // namespace

void setup_reflect(CLI::App& app, Context& ctx) {
  auto [sub, opt] = add_command<ReflectOptions>(app, ctx, "reflect",
                                                "Reflect on a call on your own, guided by questions", run_reflect);
  sub->add_option("-d,--deck", opt->deck, "The question deck (default: self-review, or decks.reflect in config.toml)");
  sub->add_flag("--resume", opt->resume, "Continue the last interrupted reflection");
  sub->footer(R"(Every answer is saved as it is given. In-session commands: :skip :back :edit :quit :help.
Entries from private decks (trust-check) stay out of shared reports.

Examples:
  debrief reflect
  debrief reflect --deck fast-failure
  debrief reflect --deck trust-check
  debrief reflect --resume)");
}

} // namespace debrief::cli
