// `debrief reflect`: a rep's private guided self-reflection, on the interview engine.
#include "cli/commands.hpp"
#include "cli/interview.hpp"
#include "storage/files.hpp"

#include "core/sanitize.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace debrief::cli {

namespace {

struct ReflectOptions {
  std::optional<std::string> deck;
  bool resume = false;
};

int run_reflect(const ReflectOptions& o, Context& ctx) {
  if (o.resume && o.deck) throw UsageError("--resume continues the last interrupted reflection with its own deck");
  auto reader = ctx.io.stdin_is_tty ? make_terminal_reader(ctx.io) : make_pipe_reader(ctx.io);
  auto journal = Journal::open_for_write(ctx.journal_path().path);

  InterviewPlan plan;
  plan.kind = Kind::reflection;
  plan.command = "reflect";
  Deck deck;
  long long entry_id = 0;
  if (o.resume) {
    auto last = journal.last_in_progress(Kind::reflection);
    if (!last) throw RuntimeError("no interrupted reflection to resume (start one with: debrief reflect)");
    deck = choose_deck(ctx, last->deck, ctx.config().reflect_deck, Audience::rep);
    entry_id = last->id;
    reader->screen() << fmt::format("Resuming reflection #{} ({}, started {})\n", last->id, deck.id,
                                    ctx.show_time(last->at));
  } else {
    deck = choose_deck(ctx, o.deck, ctx.config().reflect_deck, Audience::rep);
    NewInterview start;
    start.kind = Kind::reflection;
    start.deck = deck.id;
    start.title = deck.title;
    start.lesson = deck.lesson;
    start.at = at_zone(ctx.now, ctx.zone);
    entry_id = journal.start_interview(start, ctx.now, new_uuid(ctx.now)).entry.id;
    reader->screen() << fmt::format("{}{} — :help for commands\n", sanitize_line(deck.title),
                                    deck.is_private ? " (private)" : "");
  }
  plan.deck = &deck;
  return run_interview(ctx, journal, *reader, plan, entry_id);
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
  sub->callback([opt, &ctx] { ctx.action = [opt, &ctx] { return run_reflect(*opt, ctx); }; });
}

} // namespace debrief::cli
