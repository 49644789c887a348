// Starting and resuming an interview: see interview.hpp. The conversation itself is in
// interview_session.cpp.
#include "cli/interview.hpp"

#include "cli/commands.hpp"
#include "cli/editor.hpp"
#include "cli/interview_session.hpp"
#include "cli/line_reader.hpp"
#include "cli/output.hpp"
#include "core/interview.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "core/suggest.hpp"
#include "storage/deck_store.hpp"
#include "storage/files.hpp"
#include "storage/journal.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace debrief::cli {

namespace {

const char* g_interrupt_message = "\ndebrief: interrupted; the answers given are saved\n";

extern "C" void on_interrupt(int) {
  // Every answer is already committed: say so and leave at once (async-signal-safe calls only).
  ssize_t ignored = ::write(STDERR_FILENO, g_interrupt_message, std::strlen(g_interrupt_message));
  (void)ignored;
  ::_exit(130);
}

/// The deck for `ask`/`reflect` from `catalog` (`wanted`, else `fallback`), checked for its
/// audience. Throws UsageError for an unknown or unsuitable deck.
Deck choose_deck(const DeckCatalog& catalog, const std::optional<std::string>& wanted, const std::string& fallback,
                 Audience audience) {
  const std::string id = wanted ? *wanted : fallback;
  const auto* found = catalog.find(id);
  if (!found) {
    auto near = did_you_mean(id, catalog.ids());
    throw UsageError(
        near ? fmt::format("--deck: unknown deck '{}'; did you mean '{}'?", sanitize_line(id), *near)
             : fmt::format("--deck: unknown deck '{}' (decks: {})", sanitize_line(id), fmt::join(catalog.ids(), ", ")));
  }
  const Deck& deck = found->deck;
  if (deck.audience != Audience::either && deck.audience != audience)
    throw UsageError(fmt::format("--deck: '{}' is a deck for {}s; use debrief {} --deck {}", deck.id,
                                 to_string(deck.audience), deck.audience == Audience::rep ? "reflect" : "ask",
                                 deck.id));
  return deck;
}

void catch_interrupts(const std::string& command) {
  static std::string message;
  message = fmt::format("\ndebrief: interrupted; the answers given are saved (continue with: debrief {} --resume)\n",
                        command);
  g_interrupt_message = message.c_str();
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
}

RuntimeError nothing_to_resume(const InterviewPlan& plan) {
  return RuntimeError(fmt::format("no interrupted {} to resume (start one with: debrief {}{})", plan.what, plan.command,
                                  plan.kind == Kind::debrief ? " NAME" : ""));
}

} // namespace

namespace {

/// An interview being answered: its deck, its entry and the session lock held on it.
struct OpenSession {
  Deck deck;
  Id entry_id = 0;
  std::optional<EntryLock> lock; ///< held until the session ends, however it ends
};

/// The last interrupted interview of the plan's kind, locked for this session.
OpenSession resume_session(Context& ctx, Journal& journal, InterviewPlan& plan, LineReader& reader) {
  auto last = journal.last_in_progress(plan.kind);
  if (!last) throw nothing_to_resume(plan);
  const auto catalog = catalog_with_warnings(ctx);
  if (const std::string id = last->deck.value_or(plan.default_deck); !catalog.find(id))
    throw RuntimeError(fmt::format("{} #{} was started with the deck '{}', which is no longer installed; put the deck "
                                   "back to resume it, or change its answers with: debrief edit {}",
                                   plan.what, last->id, sanitize_line(id), last->id));
  OpenSession s;
  s.deck = choose_deck(catalog, last->deck, plan.default_deck, plan.audience);
  // One session per interview: a second --resume while the first runs would interleave them.
  s.lock = journal.lock_entry(last->id);
  if (!s.lock)
    throw RuntimeError(fmt::format("{} #{} is being answered in another terminal (or process); finish or :quit it "
                                   "there first",
                                   plan.what, last->id));
  plan.person = last->person;
  s.entry_id = last->id;
  reader.screen() << fmt::format("Resuming {} #{}{} ({}, started {})\n", plan.what, last->id,
                                 last->person ? " with " + sanitize_line(*last->person) : "", s.deck.id,
                                 ctx.show_time(last->at));
  return s;
}

/// A new interview with `deck`, locked for this session.
OpenSession start_session(Context& ctx, Journal& journal, InterviewPlan& plan, LineReader& reader, Deck deck) {
  NewInterview start;
  start.kind = plan.kind;
  if (plan.person) start.person = normalize_person(*plan.person);
  start.deck = deck.id;
  start.title = deck.title;
  start.lesson = deck.lesson;
  start.is_private = deck.is_private; // kept with the entry: later changes of the deck do not change it
  start.at = at_zone(ctx.now, ctx.zone);
  auto started = journal.start_interview(start, ctx.now, new_uuid(ctx.now));
  if (started.close_match)
    ctx.warn(fmt::format("'{}' is a new person, close to '{}'; check the spelling", *started.entry.person,
                         *started.close_match));
  OpenSession s;
  s.lock = journal.lock_entry(started.entry.id); // taken before any --resume can see it run
  if (!s.lock)
    throw RuntimeError(fmt::format("{} #{} was taken by another terminal's --resume as it started; continue it there",
                                   plan.what, started.entry.id));
  plan.person = started.entry.person;
  s.entry_id = started.entry.id;
  reader.screen() << fmt::format("{}{}{} — :help for commands\n", sanitize_line(deck.title),
                                 plan.person ? " with " + sanitize_line(*plan.person) : "",
                                 deck.is_private ? " (private)" : "");
  s.deck = std::move(deck);
  return s;
}

} // namespace

int interview(Context& ctx, InterviewPlan plan) {
  auto reader = ctx.io.stdin_is_tty ? make_terminal_reader(ctx.io) : make_pipe_reader(ctx.io);
  // A deck that cannot be used is refused before any journal is created.
  std::optional<Deck> deck;
  if (!plan.resume) deck = choose_deck(catalog_with_warnings(ctx), plan.deck, plan.default_deck, plan.audience);
  // Resuming needs a journal that exists: no nothing-to-resume run creates one.
  auto journal = plan.resume ? ctx.open_journal() : std::optional<Journal>(ctx.open_journal_for_write());
  if (!journal) throw nothing_to_resume(plan);
  OpenSession session = plan.resume ? resume_session(ctx, *journal, plan, *reader)
                                    : start_session(ctx, *journal, plan, *reader, std::move(*deck));
  catch_interrupts(plan.command);
  print_call_context(ctx, *journal, plan, session.entry_id, reader->screen());
  try {
    return run_session(ctx, *journal, *reader, plan, session.deck, session.entry_id);
  } catch (const InputInterrupted& stopped) {
    // Every answer entered is saved; what was being typed is kept too.
    const bool typed = stopped.pending.find_first_not_of(" \t\n") != std::string::npos;
    throw InterruptedError(
        fmt::format("interrupted; the answers given are saved{} (continue with: debrief {} --resume)",
                    typed ? ", and " + keep_draft(ctx, stopped.pending, "answer") : "", plan.command));
  }
}

} // namespace debrief::cli
