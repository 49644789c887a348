// `debrief ask`: a manager-led Socratic debrief with a rep, on the interview engine.
#include "cli/commands.hpp"
#include "cli/interview.hpp"
#include "storage/files.hpp"

#include "core/note.hpp"
#include "core/sanitize.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

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
    throw UsageError("--resume continues the last interrupted debrief with its own rep and deck; give no NAME or --deck");
  if (!o.resume && !o.person) throw UsageError("ask: who is the debrief with? (e.g. debrief ask alice)");
  auto reader = ctx.io.stdin_is_tty ? make_terminal_reader(ctx.io) : make_pipe_reader(ctx.io);
  auto journal = Journal::open_for_write(ctx.journal_path().path);

  InterviewPlan plan;
  plan.kind = Kind::debrief;
  plan.command = "ask";
  plan.marks = true;
  plan.review_commitments = true;
  Deck deck;
  long long entry_id = 0;
  if (o.resume) {
    auto last = journal.last_in_progress(Kind::debrief);
    if (!last) throw RuntimeError("no interrupted debrief to resume (start one with: debrief ask NAME)");
    deck = choose_deck(ctx, last->deck, ctx.config().ask_deck, Audience::manager);
    plan.person = last->person;
    entry_id = last->id;
    reader->screen() << fmt::format("Resuming debrief #{}{} ({}, started {})\n", last->id,
                                    last->person ? " with " + sanitize_line(*last->person) : "", deck.id,
                                    ctx.show_time(last->at));
  } else {
    deck = choose_deck(ctx, o.deck, ctx.config().ask_deck, Audience::manager);
    NewInterview start;
    start.kind = Kind::debrief;
    start.person = normalize_person(*o.person);
    start.deck = deck.id;
    start.title = deck.title;
    start.lesson = deck.lesson;
    start.at = at_zone(ctx.now, ctx.zone);
    auto started = journal.start_interview(start, ctx.now, new_uuid(ctx.now));
    if (started.close_match)
      ctx.warn(fmt::format("'{}' is a new person, close to '{}'; check the spelling", *started.entry.person,
                           *started.close_match));
    plan.person = started.entry.person;
    entry_id = started.entry.id;
    reader->screen() << fmt::format("{} with {} — :help for commands\n", sanitize_line(deck.title),
                                    sanitize_line(*plan.person));
  }
  plan.deck = &deck;
  return run_interview(ctx, journal, *reader, plan, entry_id);
}

} // namespace

void setup_ask(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<AskOptions>();
  auto* sub = app.add_subcommand("ask", "Run a Socratic debrief with a rep, question by question");
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
  sub->callback([opt, &ctx] { ctx.action = [opt, &ctx] { return run_ask(*opt, ctx); }; });
}

} // namespace debrief::cli
