// Starting and resuming an interview: see interview.hpp. The conversation itself is in
// interview_session.cpp.
#include "cli/interview.hpp"

#include "cli/commands.hpp"
#include "cli/editor.hpp"
#include "cli/interview_session.hpp"
#include "cli/line_reader.hpp"
#include "cli/output.hpp"
#include "core/interview.hpp"
#include "core/messages.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "core/suggest.hpp"
#include "core/text.hpp"
#include "core/wrap.hpp"
#include "storage/deck_store.hpp"
#include "storage/files.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace debrief::cli {

namespace {

/// The interview's first line, wrapped to the terminal (whole from a pipe).
void header(LineReader& reader, const std::string& line) {
  const int width = reader.width();
  reader.screen() << (width > 0 ? wrap_with("", line, width, "  ") : line + "\n");
}

// What a SIGINT says, before and after the interview begins (its first answer is saved).
std::atomic<const char*> g_interrupt_unbegun{"\ndebrief: interrupted before the first answer; nothing saved\n"};
std::atomic<const char*> g_interrupt_begun{"\ndebrief: interrupted; the answers given are saved\n"};
std::atomic<bool> g_begun{false};

extern "C" void on_interrupt(int) {
  // Every answer is already committed: say so and leave at once (async-signal-safe calls only).
  const char* message = g_begun.load() ? g_interrupt_begun.load() : g_interrupt_unbegun.load();
  ssize_t ignored = ::write(STDERR_FILENO, message, std::strlen(message));
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

/// "debrief ask --resume 12"
std::string resume_command(const InterviewPlan& plan, Id id) {
  return fmt::format("debrief {} --resume {}", plan.command, id);
}

/// A SIGINT from now on (pipes: at a terminal Ctrl-C reaches the line reader) names the
/// interview `id`, and whether anything of it is saved.
void catch_interrupts(const InterviewPlan& plan, Id id, bool begun) {
  static std::string message;
  message = fmt::format("\ndebrief: interrupted; the answers given are saved (continue with: {})\n",
                        resume_command(plan, id));
  g_interrupt_begun = message.c_str();
  g_begun = begun;
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
}

RuntimeError nothing_to_resume(const InterviewPlan& plan) {
  return RuntimeError(fmt::format("no interrupted {} to resume (start one with: debrief {}{})", plan.what, plan.command,
                                  plan.kind == Kind::debrief ? " NAME" : ""));
}

/// One answer to a question asked before the interview starts, lower-cased and trimmed;
/// nullopt at the end of input. Ctrl-C there starts nothing.
std::optional<std::string> ask_before_start(LineReader& reader, const std::string& prompt) {
  try {
    auto line = reader.read_line(prompt, false);
    if (!line) return std::nullopt;
    return ascii_lower(trim(*line));
  } catch (const InputInterrupted&) {
    throw InterruptedError("interrupted; nothing started");
  }
}

/// The commitment --commitment names, checked before anything is written: the deck can decide
/// it, and it is open, not hidden and, with a NAME, that person's.
Commitment check_target(Context& ctx, const InterviewPlan& plan, const Deck& deck) {
  const Id id = *plan.commitment_id;
  if (!decides_commitments(deck))
    throw UsageError(fmt::format("--commitment: the deck '{}' cannot decide a commitment (none of its questions has "
                                 "sets = \"decision\"); use --deck assignment-review",
                                 deck.id));
  auto journal = ctx.open_journal();
  std::optional<Commitment> c;
  if (journal) c = journal->commitment(id);
  if (!c) throw UsageError(fmt::format("--commitment: {}", no_commitment(id)));
  if (c->hidden) throw UsageError(fmt::format("--commitment: {}", commitment_is_hidden(id, c->entry)));
  if (c->status != CommitmentStatus::open)
    throw UsageError(fmt::format("--commitment: commitment #{} is already {} (open it again with: debrief reopen {})",
                                 id, to_string(c->status), id));
  if (!c->person) throw UsageError(fmt::format("--commitment: commitment #{} is no one's; nothing to review", id));
  if (plan.person) {
    const auto named = journal->person_named(normalize_person(*plan.person));
    if (!named || *named != *c->person)
      throw UsageError(fmt::format("--commitment: commitment #{} is {}'s, not {}'s (give no NAME to review it with {})",
                                   id, sanitize_line(*c->person), sanitize_line(*plan.person),
                                   sanitize_line(*c->person)));
  }
  return *c;
}

/// The commitment the interview `entry_id` is about (its `review/<uuid>/subject` answer), if
/// any and still in the journal.
std::optional<Commitment> subject_of(Journal& journal, Id entry_id) {
  for (const auto& a : journal.answers(entry_id))
    if (auto id = parse_review_answer_id(a.question_id); id && id->part == ReviewPart::subject)
      return journal.commitment_by_uuid(id->uuid);
  return std::nullopt;
}

/// "Reviewing commitment #3 from Mon 2 Nov 10:00: Ask for the budget (due Fri 13 Nov)"
std::string target_line(const Context& ctx, const Commitment& c) {
  auto line = fmt::format("Reviewing commitment #{} from {}: {}", c.id, ctx.show_time(at_zone(c.created, ctx.zone)),
                          sanitize_line(c.text));
  if (c.due) line += fmt::format(" (due {})", format_day(at_zone(*c.due, ctx.zone), ctx.now));
  return line;
}

/// An interview being answered: its deck, its entry and the session lock held on it.
struct OpenSession {
  Deck deck;
  Id entry_id = 0;
  bool begun = true;             ///< false: a new one, not kept until its first answer
  std::optional<EntryLock> lock; ///< held until the session ends, however it ends
};

/// The interview --resume names (ID, else the last in progress of the plan's kind), checked.
Entry to_resume(Journal& journal, const InterviewPlan& plan) {
  if (!plan.resume_id) {
    auto last = journal.last_in_progress(plan.kind);
    if (!last) throw nothing_to_resume(plan);
    return *last;
  }
  const Id id = *plan.resume_id;
  auto e = journal.entry(id);
  if (!e || !e->begun) throw UsageError(fmt::format("--resume: {}", no_entry(id)));
  if (e->deleted) throw UsageError(fmt::format("--resume: {}", entry_is_deleted(id)));
  if (e->kind == Kind::note)
    throw UsageError(fmt::format("--resume: #{} is a note, not a {} (see them with: debrief list --kind {})", id,
                                 plan.what, plan.what));
  if (e->status == Status::complete)
    throw UsageError(fmt::format("--resume: {} #{} is finished (see it with: debrief show {}; change it with: debrief "
                                 "edit {})",
                                 to_string(e->kind), id, id, id));
  if (e->kind != plan.kind)
    throw UsageError(fmt::format("--resume: #{} is a {}; continue it with: debrief {} --resume {}", id,
                                 to_string(e->kind), e->kind == Kind::debrief ? "ask" : "reflect", id));
  return *e;
}

/// The interview `last`, locked for this session.
OpenSession resume_session(Context& ctx, Journal& journal, InterviewPlan& plan, LineReader& reader, const Entry& last) {
  const auto catalog = catalog_with_warnings(ctx);
  if (const std::string id = last.deck.value_or(plan.default_deck); !catalog.find(id))
    throw RuntimeError(fmt::format("{} #{} was started with the deck '{}', which is no longer installed; put the deck "
                                   "back to resume it, or change its answers with: debrief edit {}",
                                   plan.what, last.id, sanitize_line(id), last.id));
  OpenSession s;
  s.deck = choose_deck(catalog, last.deck, plan.default_deck, plan.audience);
  // One session per interview: a second --resume while the first runs would interleave them.
  s.lock = journal.lock_entry(last.id);
  if (!s.lock)
    throw RuntimeError(fmt::format("{} #{} is being answered in another terminal (or process); finish or :quit it "
                                   "there first",
                                   plan.what, last.id));
  plan.person = last.person;
  s.entry_id = last.id;
  plan.target = subject_of(journal, last.id);
  if (plan.target) plan.review_commitments = false; // the interview is the review of its commitment
  header(reader,
         fmt::format("Resuming {} #{}{} ({}, started {})", plan.what, last.id,
                     last.person ? " with " + sanitize_line(*last.person) : "", s.deck.id, ctx.show_time(last.at)));
  return s;
}

/// The person the new interview is with: `plan.person` as the journal spells it, or a new
/// name. A new name close to a known one is asked about at a terminal, and warned about from a
/// script; nothing is written either way.
void confirm_person(Context& ctx, Journal& journal, InterviewPlan& plan, LineReader& reader) {
  if (!plan.person || plan.kind == Kind::reflection) return; // a reflection's person is `me`, set in config.toml
  plan.person = normalize_person(*plan.person);
  if (auto known = journal.person_named(*plan.person)) {
    plan.person = *known;
    return;
  }
  auto near = journal.closest_person(*plan.person);
  if (!near) return;
  const auto name = sanitize_line(*plan.person), other = sanitize_line(*near);
  if (!reader.interactive()) {
    ctx.warn(new_person_close_to(name, other));
    return;
  }
  for (;;) {
    auto answer = ask_before_start(reader, fmt::format("no one called {} — did you mean {}? [Y/n] ", name, other));
    if (!answer) throw RuntimeError("no answer; nothing started");
    if (answer->empty() || *answer == "y" || *answer == "yes") {
      plan.person = *near;
      return;
    }
    if (*answer == "n" || *answer == "no") return;
    reader.screen() << fmt::format("  answer y ({}) or n (a new person, {})\n", other, name);
  }
}

/// "alice has an unfinished debrief #12 (post-call, Sat 21 Nov 10:00, 3 answers)"
std::string unfinished_line(Context& ctx, Journal& journal, const InterviewPlan& plan, const Entry& e) {
  const auto answers = journal.answers(e.id).size();
  return fmt::format("{} an unfinished {} #{} ({}, {}, {} answer{})",
                     plan.person && plan.kind != Kind::reflection ? sanitize_line(*plan.person) + " has" : "you have",
                     plan.what, e.id, sanitize_line(e.deck.value_or(plan.default_deck)), ctx.show_time(e.at), answers,
                     answers == 1 ? "" : "s");
}

/// An unfinished interview like the new one (kind, person, deck) that the user wants to resume
/// instead: asked at a terminal (resume by default); from a script, a UsageError saying how
/// to resume it or start another. nullopt: start the new one.
std::optional<Entry> unfinished_to_resume(Context& ctx, Journal& journal, const InterviewPlan& plan, LineReader& reader,
                                          const Deck& deck) {
  if (plan.start_new) return std::nullopt;
  auto unfinished = journal.last_in_progress(plan.kind, plan.person, deck.id);
  if (!unfinished) return std::nullopt;
  if (plan.target) { // only one about the same commitment is this review, unfinished
    auto subject = subject_of(journal, unfinished->id);
    if (!subject || subject->id != plan.target->id) return std::nullopt;
  }
  const std::string line = unfinished_line(ctx, journal, plan, *unfinished);
  if (!reader.interactive())
    throw UsageError(fmt::format("{}; continue it with: {}, or start another with --new", line,
                                 resume_command(plan, unfinished->id)));
  reader.screen() << line << '\n';
  for (;;) {
    auto answer = ask_before_start(reader, "resume it, or start a new one? [R/n] ");
    if (!answer) throw RuntimeError("no answer; nothing started");
    if (answer->empty() || *answer == "r" || *answer == "resume" || *answer == "y" || *answer == "yes")
      return unfinished;
    if (*answer == "n" || *answer == "new" || *answer == "no") return std::nullopt;
    reader.screen() << "  answer r (resume it) or n (start a new one)\n";
  }
}

/// A new interview with `deck`, locked for this session; not begun until its first answer.
OpenSession start_session(Context& ctx, Journal& journal, InterviewPlan& plan, LineReader& reader, Deck deck) {
  NewInterview start;
  start.kind = plan.kind;
  start.person = plan.person;
  start.deck = deck.id;
  start.about = plan.about;
  start.tags = plan.tags;
  start.lesson = deck.lesson;
  start.is_private = deck.is_private; // kept with the entry: later changes of the deck do not change it
  start.at = plan.at;
  auto started = journal.start_interview(start, ctx.now, new_uuid(ctx.now));
  OpenSession s;
  // Nobody else sees an interview not begun (no --resume, no delete or edit), so no one can
  // take its lock first; a failure here is an error of the system.
  s.lock = journal.lock_entry(started.id);
  if (!s.lock)
    throw RuntimeError(fmt::format("{} #{} is locked by another process as it starts", plan.what, started.id));
  plan.person = started.person;
  s.entry_id = started.id;
  s.begun = false;
  header(reader, fmt::format("{}{}{} — :help for commands", sanitize_line(deck.title),
                             plan.person && plan.kind != Kind::reflection ? " with " + sanitize_line(*plan.person) : "",
                             deck.is_private ? " (private)" : ""));
  s.deck = std::move(deck);
  return s;
}

/// The session for `plan`: resumed (--resume, or an unfinished one the user chose to resume)
/// or new. Throws what refuses it; nothing is written before the new one starts.
OpenSession open_session(Context& ctx, std::optional<Journal>& journal, InterviewPlan& plan, LineReader& reader) {
  if (plan.resume) {
    // Resuming needs a journal that exists: no nothing-to-resume run creates one.
    journal = ctx.open_journal();
    if (!journal && plan.resume_id)
      throw UsageError(fmt::format("--resume: {} (the journal is empty)", no_entry(*plan.resume_id)));
    if (!journal) throw nothing_to_resume(plan);
    return resume_session(ctx, *journal, plan, reader, to_resume(*journal, plan));
  }
  // A deck that cannot be used is refused before any journal is created.
  Deck deck = choose_deck(catalog_with_warnings(ctx), plan.deck, plan.default_deck, plan.audience);
  if (plan.commitment_id) {
    plan.target = check_target(ctx, plan, deck);
    plan.person = plan.target->person;
  }
  journal = ctx.open_journal_for_write();
  confirm_person(ctx, *journal, plan, reader);
  if (auto unfinished = unfinished_to_resume(ctx, *journal, plan, reader, deck))
    return resume_session(ctx, *journal, plan, reader, *unfinished);
  return start_session(ctx, *journal, plan, reader, std::move(deck));
}

/// Discards the session's interview if it has not begun; returns whether it did.
bool discard_if_unbegun(Journal& journal, OpenSession& session) {
  if (session.begun) return false;
  auto e = journal.entry(session.entry_id);
  if (!e || e->begun) return false;
  session.lock.reset(); // first: the id, free again, may be the next interview's at once
  return journal.discard_unbegun(session.entry_id);
}

} // namespace

int interview(Context& ctx, InterviewPlan plan) {
  auto reader = ctx.io.stdin_is_tty ? make_terminal_reader(ctx.io) : make_pipe_reader(ctx.io);
  std::optional<Journal> journal;
  OpenSession session = open_session(ctx, journal, plan, *reader);
  if (plan.target) header(*reader, target_line(ctx, *plan.target));
  journal->on_begun([&](Id id) {
    if (id != session.entry_id) return;
    session.begun = true;
    g_begun = true;
  });
  plan.stop_unbegun = [&](bool input_ended) -> std::optional<int> {
    if (!discard_if_unbegun(*journal, session)) return std::nullopt;
    ctx.io.err << fmt::format("debrief: {} before the first answer; nothing saved\n",
                              input_ended ? "input ended" : "stopped");
    return input_ended ? 1 : 0;
  };
  catch_interrupts(plan, session.entry_id, session.begun);
  print_call_context(ctx, *journal, plan, session.entry_id, reader->screen());
  try {
    return run_session(ctx, *journal, *reader, plan, session.deck, session.entry_id);
  } catch (const InputInterrupted& stopped) {
    // Every answer entered is saved; what was being typed is kept too.
    const bool typed = stopped.pending.find_first_not_of(" \t\n") != std::string::npos;
    const std::string kept = typed ? ", and " + keep_draft(ctx, stopped.pending, "answer") : "";
    if (discard_if_unbegun(*journal, session))
      throw InterruptedError(fmt::format("interrupted before the first answer; nothing saved{}", kept));
    throw InterruptedError(fmt::format("interrupted; the answers given are saved{} (continue with: {})", kept,
                                       resume_command(plan, session.entry_id)));
  }
}

void add_interview_options(CLI::App& sub, InterviewOptions& o, const std::string& what, const std::string& deck_help) {
  sub.add_option("-d,--deck", o.deck, deck_help);
  sub.add_option("--resume", o.resume, fmt::format("Continue {} ID (no ID: the last interrupted one)", what))
      ->expected(0, 1)
      ->type_name("[ID]");
  sub.add_flag("--new", o.start_new, fmt::format("Start a new {} even when one is unfinished", what));
  add_call_options(sub, o.call);
  sub.add_option("--about", o.about, "The account or call, e.g. \"Acme renewal\"");
}

void read_interview_options(const InterviewOptions& o, const Context& ctx, InterviewPlan& plan) {
  plan.resume = o.resume.has_value();
  if (plan.resume) {
    if (o.start_new)
      throw UsageError(fmt::format("--resume continues a {}; --new starts one: give one of them", plan.what));
    if (o.call.at || !o.call.tags.empty() || o.about)
      throw UsageError(fmt::format("--resume continues a {} as it was started; --at, --tag and --about are for a new "
                                   "one (change them with: debrief edit ID)",
                                   plan.what));
    if (!o.resume->empty()) {
      try {
        plan.resume_id = parse_number(*o.resume, Numbered::entry);
      } catch (const UsageError& e) {
        throw UsageError(fmt::format("--resume: {} (the {}'s number, as debrief list shows it)", e.what(), plan.what));
      }
    }
    return;
  }
  plan.deck = o.deck;
  plan.start_new = o.start_new;
  plan.tags = call_tags(o.call.tags);
  check_tag_count(plan.tags);
  plan.at = call_time(o.call.at, ctx);
  if (o.about) {
    if (o.about->find_first_not_of(" \t") == std::string::npos)
      throw UsageError("--about is empty; give the account or call, e.g. --about \"Acme renewal\"");
    if (o.about->find_first_of("\r\n") != std::string::npos)
      throw UsageError("--about is one line: the account or call, e.g. --about \"Acme renewal\"");
    if (auto problem = text_problem(*o.about, "--about"); !problem.empty()) throw UsageError(problem);
    plan.about = std::string(trim(*o.about));
  }
}

} // namespace debrief::cli
