// `debrief ask`: a manager-led Socratic debrief with a rep, on the interview engine.
#include "cli/commands.hpp"
#include "cli/interview.hpp"

#include "core/error.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace debrief::cli {

namespace {

struct AskOptions {
  std::optional<std::string> person;
  std::optional<std::string> commitment; ///< --commitment ID, as typed
  InterviewOptions interview;
};

/// --commitment: the plan reviews that one commitment (with NAME, that person's), with the
/// assignment-review deck unless --deck names another that can decide it.
void read_commitment(const AskOptions& o, InterviewPlan& plan) {
  if (!o.commitment) return;
  try {
    plan.commitment_id = parse_number(*o.commitment, Numbered::commitment);
  } catch (const UsageError& e) {
    throw UsageError(
        fmt::format("--commitment: {} (the commitment's number, as debrief commitments shows it)", e.what()));
  }
  plan.default_deck = "assignment-review";
  plan.review_commitments = false; // this interview is the review of that one
}

int run_ask(const AskOptions& o, Context& ctx) {
  const bool resume = o.interview.resume.has_value();
  if (resume && o.commitment)
    throw UsageError("--resume continues a debrief as it was started; --commitment is for a new one: give one of them");
  if (resume && (o.person || o.interview.deck))
    throw UsageError("--resume continues an interrupted debrief with its own rep and deck; give no NAME or --deck");
  if (!resume && !o.person && !o.commitment) throw UsageError("ask: who is the debrief with? (e.g. debrief ask alice)");
  InterviewPlan plan;
  plan.kind = Kind::debrief;
  plan.command = "ask";
  plan.what = "debrief";
  plan.audience = Audience::manager;
  plan.default_deck = ctx.config().ask_deck;
  plan.person = o.person;
  plan.marks = true;
  plan.review_commitments = true;
  read_commitment(o, plan);
  read_interview_options(o.interview, ctx, plan);
  return interview(ctx, plan);
}

} // namespace

void setup_ask(CLI::App& app, Context& ctx) {
  auto [sub, opt] =
      add_command<AskOptions>(app, ctx, "ask", "Run a Socratic debrief with a rep, question by question", run_ask);
  sub->add_option("name", opt->person, "The rep the debrief is with");
  sub->add_option("--commitment", opt->commitment,
                  "Review commitment ID and decide it with the answers (default deck: assignment-review)")
      ->type_name("ID");
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

With --commitment ID, the debrief is the review of that one open commitment
(NAME may be left out: it is the commitment's person). The usual review of all
open commitments is skipped; the deck's answers decide the commitment when the
debrief finishes: how it went, whether it helped, the evidence, and done, keep
(with a new due date) or drop. The deck must have a question with
sets = "decision", as assignment-review does (see debrief-decks(5)).

When the rep has an unfinished debrief with the same deck, ask offers to resume
it; a script must choose: --resume ID continues it, --new starts another.

Examples:
  debrief ask alice --deck grow --about "Acme renewal" --at "yesterday 15:00"
  debrief ask --resume 12
  debrief ask alice --commitment 3
  printf '%s\n' "Budget" s ... | debrief ask alice --new)");
}

} // namespace debrief::cli
