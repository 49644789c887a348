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
  InterviewOptions interview;
};

int run_ask(const AskOptions& o, Context& ctx) {
  const bool resume = o.interview.resume.has_value();
  if (resume && (o.person || o.interview.deck))
    throw UsageError("--resume continues an interrupted debrief with its own rep and deck; give no NAME or --deck");
  if (!resume && !o.person) throw UsageError("ask: who is the debrief with? (e.g. debrief ask alice)");
  InterviewPlan plan;
  plan.kind = Kind::debrief;
  plan.command = "ask";
  plan.what = "debrief";
  plan.audience = Audience::manager;
  plan.default_deck = ctx.config().ask_deck;
  plan.person = o.person;
  plan.marks = true;
  plan.review_commitments = true;
  read_interview_options(o.interview, ctx, plan);
  return interview(ctx, plan);
}

} // namespace

void setup_ask(CLI::App& app, Context& ctx) {
  auto [sub, opt] =
      add_command<AskOptions>(app, ctx, "ask", "Run a Socratic debrief with a rep, question by question", run_ask);
  sub->add_option("name", opt->person, "The rep the debrief is with");
  add_interview_options(*sub, opt->interview, "debrief",
                        "The question deck (default: post-call, or decks.ask in config.toml)");
  sub->footer(R"(Open commitments of the rep are reviewed first. For each question, mark
who found the insight: s (self), n (nudged; n2 = after two probes) or t (told).
At a terminal, probes stay hidden until Tab (or ? and Enter) reveals the next,
and the mark is proposed from the probes revealed (Enter accepts it). Every
answer is saved as it is given; a debrief stopped before its first answer is
not kept. In-session commands: :skip :back :edit :quit :help; end a line with \
to continue it. Without a terminal, answers are read one line per prompt (see
debrief(1)).

When the rep has an unfinished debrief with the same deck, ask offers to resume
it; a script must choose: --resume ID continues it, --new starts another.

Examples:
  debrief ask alice --deck grow
  debrief ask alice --about "Acme renewal" -t renewal --at "yesterday 15:00"
  debrief ask --resume 12
  printf '%s\n' "Budget" s ... | debrief ask alice --new)");
}

} // namespace debrief::cli
