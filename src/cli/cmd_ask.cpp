// `debrief ask`: a manager-led Socratic debrief with a rep, on the interview engine.
#include "cli/commands.hpp"
#include "cli/interview.hpp"

#include "core/error.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace debrief::cli {

namespace {

struct AskOptions {
  std::optional<std::string> person;
  std::optional<std::string> deck;
  bool resume = false;
};

int run_ask(const AskOptions& o, Context& ctx) {
  if (o.resume && (o.person || o.deck))
    throw UsageError(
        "--resume continues the last interrupted debrief with its own rep and deck; give no NAME or --deck");
  if (!o.resume && !o.person) throw UsageError("ask: who is the debrief with? (e.g. debrief ask alice)");
  InterviewPlan plan;
  plan.kind = Kind::debrief;
  plan.command = "ask";
  plan.what = "debrief";
  plan.audience = Audience::manager;
  plan.default_deck = ctx.config().ask_deck;
  plan.deck = o.deck;
  plan.person = o.person;
  plan.resume = o.resume;
  plan.marks = true;
  plan.review_commitments = true;
  return interview(ctx, plan);
}

} // namespace

void setup_ask(CLI::App& app, Context& ctx) {
  auto [sub, opt] =
      add_command<AskOptions>(app, ctx, "ask", "Run a Socratic debrief with a rep, question by question", run_ask);
  sub->add_option("name", opt->person, "The rep the debrief is with");
  sub->add_option("-d,--deck", opt->deck, "The question deck (default: post-call, or decks.ask in config.toml)");
  sub->add_flag("--resume", opt->resume, "Continue the last interrupted debrief");
  sub->footer(R"(Open commitments of the rep are reviewed first. For each question, mark who found the
insight: s (self), n (nudged; n2 = after two probes) or t (told). Every answer is saved as
it is given. In-session commands: :skip :back :edit :quit :help; end a line with \ to
continue it. Without a terminal, answers are read one line per prompt (see debrief(1)).

Examples:
  debrief ask alice
  debrief ask alice --deck grow
  debrief ask --resume
  printf '%s\n' "Budget" s ... | debrief ask alice)");
}

} // namespace debrief::cli
