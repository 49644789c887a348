// `debrief done` and `drop`: a commitment closed, with how it went or why, whether it helped and
// the evidence; `reopen` undoes a mistaken close.
#include "cli/commands.hpp"
#include "cli/editor.hpp"

#include "core/messages.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

struct CloseOptions {
  std::string id; ///< as typed: parse_number checks it
  std::vector<std::string> note;
  std::optional<std::string> helped, evidence;
};

/// What the command line says of the review: nullopt when it says nothing (`done 3`).
std::optional<LatestReview> review_of(const CloseOptions& o, const std::string& note, Seconds now) {
  if (note.empty() && !o.helped && !o.evidence) return std::nullopt;
  LatestReview r{note, std::nullopt, std::nullopt, now};
  if (o.helped) try {
      r.helped = parse_helped(ascii_lower(*o.helped));
    } catch (const UsageError& e) {
      throw UsageError(fmt::format("--helped: {}", e.what()));
    }
  // Blank evidence is no evidence, as an empty one is.
  if (o.evidence && o.evidence->find_first_not_of(" \t\r\n") != std::string::npos) {
    if (auto problem = text_problem(*o.evidence, "evidence"); !problem.empty())
      throw UsageError(fmt::format("--evidence: {}", problem));
    r.evidence = *o.evidence;
  }
  return r;
}

int run_close(const CloseOptions& o, std::string_view status, Context& ctx) {
  const auto id = parse_number(o.id, Numbered::commitment);
  std::string note = fmt::format("{}", fmt::join(o.note, " "));
  // A note that closes nothing is kept, as any refused text is.
  auto kept = [&] { return note.empty() ? std::string() : ", " + keep_draft(ctx, note, "note"); };
  // A journal that cannot be read or written changes nothing, and says where the note is.
  auto or_keep_note = [&](auto&& work) {
    try {
      work();
    } catch (const JournalError& e) {
      throw JournalError(e.cause(), fmt::format("{}; nothing changed{}", e.what(), kept()));
    } catch (const RuntimeError& e) {
      throw RuntimeError(fmt::format("{}; nothing changed{}", e.what(), kept()));
    }
  };
  std::optional<Journal> journal;
  std::optional<Commitment> c;
  or_keep_note([&] {
    journal = ctx.open_journal();
    c = journal ? journal->commitment(id) : std::nullopt;
  });
  if (!c) throw UsageError(no_commitment(id) + " (see 'debrief commitments --all')" + kept());
  if (c->hidden) throw RuntimeError(commitment_is_hidden(id, c->entry) + "; nothing changed" + kept());
  // Closed by someone else (or before): the state of the journal, not a mistake in the command.
  if (c->status != CommitmentStatus::open)
    throw RuntimeError(
        fmt::format("commitment #{} is already {}; nothing changed{}", id, to_string(c->status), kept()));
  std::optional<LatestReview> review;
  try {
    if (!note.empty()) check_note_text(note);
    review = review_of(o, note, ctx.now);
  } catch (const UsageError& refused) {
    throw UsageError(fmt::format("{}; nothing changed{}", refused.what(), kept()));
  }
  // Closed only if still open: a `done` and a `drop` that both read it open cannot both win.
  Journal::Closing closing;
  or_keep_note([&] {
    closing = journal->decide_commitment(c->id, {parse_commitment_status(status), review, std::nullopt}, ctx.now);
  });
  const Commitment& now = closing.commitment;
  if (!closing.closed)
    throw RuntimeError(
        fmt::format("commitment #{} was already {} meanwhile; nothing changed{}", id, to_string(now.status), kept()));
  ctx.confirm(fmt::format("{} #{}{} · {}", status, now.id, now.person ? " · " + sanitize_line(*now.person) : "",
                          sanitize_line(now.text)));
  return 0;
}

void add_close(CLI::App& app, Context& ctx, const char* name, const char* status, const char* description,
               const char* example) {
  auto [sub, opt] = add_command<CloseOptions>(
      app, ctx, name, description, [status](const CloseOptions& o, Context& c) { return run_close(o, status, c); });
  sub->add_option("id", opt->id, "The commitment's number (see 'debrief commitments')")->required();
  sub->add_option("note", opt->note, "How it went (optional)");
  sub->add_option("--helped", opt->helped, "Whether it helped: yes, partly or no");
  sub->add_option("--evidence", opt->evidence, "What was seen or heard that shows it");
  sub->footer(example);
}

struct ReopenOptions {
  std::string id;
};

int run_reopen(const ReopenOptions& o, Context& ctx) {
  const auto id = parse_number(o.id, Numbered::commitment);
  auto journal = ctx.open_journal();
  auto c = journal ? journal->commitment(id) : std::nullopt;
  if (!c) throw UsageError(no_commitment(id) + " (see 'debrief commitments --all')");
  if (c->hidden) throw RuntimeError(commitment_is_hidden(id, c->entry) + "; nothing changed");
  auto reopened = journal->reopen_commitment(id);
  if (!reopened.closed) throw RuntimeError(fmt::format("commitment #{} is open already; nothing changed", id));
  const Commitment& now = reopened.commitment;
  ctx.confirm(fmt::format("reopened #{}{} · {}", now.id, now.person ? " · " + sanitize_line(*now.person) : "",
                          sanitize_line(now.text)));
  return 0;
}

} // namespace

void setup_close(CLI::App& app, Context& ctx) {
  add_close(app, ctx, "done", "done", "Close a commitment as done, with how it went",
            "Examples:\n  debrief done 3\n  debrief done 3 \"worked: asked about their current process\"\n"
            "  debrief done 3 \"asked first\" --helped yes --evidence \"they named two pains\"");
  add_close(app, ctx, "drop", "dropped", "Drop a commitment, with why",
            "Examples:\n  debrief drop 4\n  debrief drop 4 \"no longer relevant after the reorg\"");
  auto [sub, opt] = add_command<ReopenOptions>(app, ctx, "reopen", "Open a closed commitment again", run_reopen);
  sub->add_option("id", opt->id, "The commitment's number (see 'debrief commitments --all')")->required();
  sub->footer("Undoes a mistaken 'done' or 'drop': the commitment is open again, its review kept.\n\n"
              "Examples:\n  debrief reopen 3\n  debrief commitments --all --rep alice");
}

} // namespace debrief::cli
