// `debrief commitments`, `done` and `drop`: the developmental assignments agreed in debriefs.
#include "cli/commands.hpp"
#include "cli/editor.hpp"

#include "core/json.hpp"
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

struct CommitmentsOptions {
  bool all = false;
  bool overdue = false;
  bool json = false;
  std::optional<std::string> rep;
};

struct CloseOptions {
  std::string id; ///< as typed: parse_number checks it
  std::vector<std::string> note;
};

/// The start of today in the local zone: a commitment due before it is overdue.
Seconds start_of_today(const Context& ctx) { return parse_when("today", ctx.now, ctx.zone).at.utc; }

std::string commitment_json(const Commitment& c, bool overdue, const Context& ctx) {
  auto opt = [](const std::optional<std::string>& v) { return v ? json_string(*v) : std::string("null"); };
  auto when = [&](std::optional<Seconds> t) { return t ? json_string(format_iso(at_zone(*t, ctx.zone))) : "null"; };
  return fmt::format(R"({{"id":{},"uuid":{},"person":{},"entry":{},"text":{},"due":{},"status":{},"overdue":{},)"
                     R"("created":{},"closed":{},"note":{}}})",
                     c.id, json_string(c.uuid), opt(c.person), c.entry ? std::to_string(*c.entry) : "null",
                     json_string(c.text), when(c.due), json_string(to_string(c.status)), overdue ? "true" : "false",
                     when(c.created), when(c.closed), opt(c.closing_note));
}

std::string commitment_line(const Commitment& c, bool overdue, const Context& ctx) {
  std::string line = fmt::format("#{}  {}  {}", c.id, c.person ? sanitize_line(*c.person) : "(self)", sanitize_line(c.text));
  if (c.due) line += fmt::format("  due {}", format_day(at_zone(*c.due, ctx.zone), ctx.now));
  if (overdue) line += ctx.color() ? "  \x1b[31moverdue\x1b[0m" : "  overdue";
  if (c.status != CommitmentStatus::open) line += fmt::format("  [{}]", to_string(c.status));
  return line;
}

int run_commitments(const CommitmentsOptions& o, Context& ctx) {
  auto journal = ctx.open_journal();
  std::vector<Commitment> list;
  const Seconds today = start_of_today(ctx);
  if (journal)
    list = journal->commitments({o.all, o.rep ? std::optional(normalize_person(*o.rep)) : std::nullopt,
                                 o.overdue ? std::optional(today) : std::nullopt});
  if (o.overdue) std::erase_if(list, [](const Commitment& c) { return c.status != CommitmentStatus::open; });
  if (list.empty() && !o.json) {
    ctx.io.err << (o.overdue ? "debrief: no overdue commitments\n" : "debrief: no open commitments\n");
    return 0;
  }
  for (const auto& c : list) {
    bool overdue = c.status == CommitmentStatus::open && c.due && *c.due < today;
    ctx.io.out << (o.json ? commitment_json(c, overdue, ctx) : commitment_line(c, overdue, ctx)) << '\n';
  }
  return 0;
}

int run_close(const CloseOptions& o, std::string_view status, Context& ctx) {
  const auto id = parse_number(o.id, Numbered::commitment);
  auto journal = ctx.open_journal();
  auto c = journal ? journal->commitment(id) : std::nullopt;
  if (!c) throw UsageError(fmt::format("no commitment #{} (see 'debrief commitments --all')", id));
  std::string note = fmt::format("{}", fmt::join(o.note, " "));
  // A note that closes nothing is kept, as any refused text is.
  auto kept = [&] { return note.empty() ? std::string() : ", " + keep_draft(ctx, note, "note"); };
  if (c->status != CommitmentStatus::open)
    throw UsageError(fmt::format("commitment #{} is already {}; nothing changed{}", id, to_string(c->status), kept()));
  if (!note.empty()) check_note_text(note);
  // Closed only if still open: a `done` and a `drop` that both read it open cannot both win.
  Journal::Closing closing;
  try {
    closing = journal->close_commitment(c->id, parse_commitment_status(status), note, ctx.now);
  } catch (const JournalError& e) {
    throw JournalError(e.cause(), fmt::format("{}; nothing changed{}", e.what(), kept()));
  }
  const Commitment& now = closing.commitment;
  if (!closing.closed)
    throw RuntimeError(
        fmt::format("commitment #{} was already {} meanwhile; nothing changed{}", id, to_string(now.status), kept()));
  ctx.confirm(fmt::format("{} #{}{} · {}", status, now.id, now.person ? " · " + sanitize_line(*now.person) : "",
                          sanitize_line(now.text)));
  return 0;
}

void setup_close(CLI::App& app, Context& ctx, const char* name, const char* status, const char* description,
                 const char* example) {
  auto opt = std::make_shared<CloseOptions>();
  auto* sub = app.add_subcommand(name, description);
  sub->add_option("id", opt->id, "The commitment's number (see 'debrief commitments')")->required();
  sub->add_option("note", opt->note, "How it went (optional)");
  sub->footer(example);
  sub->callback([opt, &ctx, status] { ctx.action = [opt, &ctx, status] { return run_close(*opt, status, ctx); }; });
}

} // namespace

void setup_commitments(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<CommitmentsOptions>();
  auto* sub = app.add_subcommand("commitments", "List commitments (open ones by default)");
  sub->add_flag("-a,--all", opt->all, "Include done and dropped commitments");
  sub->add_option("-r,--rep", opt->rep, "Only this person's commitments");
  sub->add_flag("--overdue", opt->overdue, "Only open commitments whose due day has passed");
  sub->add_flag("--json", opt->json, "Print one JSON object per commitment, per line");
  sub->footer(R"(Commitments are made at the end of a debrief or reflection and reviewed at the start of
the next debrief with the same rep. Overdue means the due day has passed in the local zone.

Examples:
  debrief commitments
  debrief commitments --rep alice --all
  debrief commitments --overdue --json | jq -r .text)");
  sub->callback([opt, &ctx] { ctx.action = [opt, &ctx] { return run_commitments(*opt, ctx); }; });

  setup_close(app, ctx, "done", "done", "Close a commitment as done, with how it went",
              "Examples:\n  debrief done 3\n  debrief done 3 \"worked: asked about their current process\"");
  setup_close(app, ctx, "drop", "dropped", "Drop a commitment, with why",
              "Examples:\n  debrief drop 4\n  debrief drop 4 \"no longer relevant after the reorg\"");
}

} // namespace debrief::cli
