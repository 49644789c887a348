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
  auto opt = std::make_shared<ReflectOptions>();
  auto* sub = app.add_subcommand("reflect", "Reflect on a call on your own, guided by questions");
  sub->add_option("-d,--deck", opt->deck, "The question deck (default: self-review, or decks.reflect in config.toml)");
  sub->add_flag("--resume", opt->resume, "Continue the last interrupted reflection");
  sub->footer(R"(Every answer is saved as it is given. In-session commands: :skip :back :edit :quit :help.
Entries from private decks (trust-check) stay out of shared reports.

Examples:
  debrief reflect
  debrief reflect --deck fast-failure
  debrief reflect --deck trust-check
  debrief reflect --resume)");
  on_run(*sub, ctx, opt, run_reflect);
}

} // namespace debrief::cli
