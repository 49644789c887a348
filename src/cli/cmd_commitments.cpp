// `debrief commitments`: the developmental assignments agreed in debriefs.
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

/// The start of today in the local zone: a commitment due before it is overdue.
Seconds start_of_today(const Context& ctx) { return parse_when("today", ctx.now, ctx.zone).at.utc; }

std::string commitment_json(const Commitment& c, bool overdue, const Context& ctx) {
  auto when = [&](std::optional<Seconds> t) {
    return t ? std::optional(format_iso(at_zone(*t, ctx.zone))) : std::nullopt;
  };
  return JsonObject()
      .number("id", c.id)
      .string("uuid", c.uuid)
      .string_or_null("person", c.person)
      .number_or_null("entry", c.entry)
      .string("text", c.text)
      .string_or_null("due", when(c.due))
      .string("status", to_string(c.status))
      .boolean("overdue", overdue)
      .string_or_null("created", when(c.created))
      .string_or_null("closed", when(c.closed))
      .string_or_null("note", c.closing_note)
      .str();
}

std::string commitment_line(const Commitment& c, bool overdue, const Context& ctx) {
  std::string line =
      fmt::format("#{}  {}  {}", c.id, c.person ? sanitize_line(*c.person) : "(self)", sanitize_line(c.text));
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

} // namespace

void setup_commitments(CLI::App& app, Context& ctx) {
  auto [sub, opt] = add_command<CommitmentsOptions>(app, ctx, "commitments", "List commitments (open ones by default)",
                                                    run_commitments);
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
}

} // namespace debrief::cli
