// `debrief commitments`: the developmental assignments agreed in debriefs.
#include "cli/commands.hpp"
#include "cli/editor.hpp"

#include "core/json.hpp"
#include "core/messages.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "storage/journal.hpp"

#include "core/line_edit.hpp"
#include "core/wrap.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

struct CommitmentsOptions {
  // edit
  std::string id; ///< as typed: parse_number checks it
  std::optional<std::string> text, due, skill;
  bool no_due = false, no_skill = false;
  // list
  bool all = false;
  bool overdue = false;
  bool json = false;
  std::optional<std::string> rep;
};

/// A commitment's row: `#3`, `alice`, text, `due Fri 4 Dec`, `overdue` or `[done]`, `#skill`
/// (last: cut first when the line is too narrow).
std::vector<std::string> commitment_cells(const Commitment& c, bool overdue, const Context& ctx) {
  return {fmt::format("#{}", c.id),
          c.person ? sanitize_line(*c.person) : "(self)",
          sanitize_line(c.text),
          c.due ? fmt::format("due {}", format_day(at_zone(*c.due, ctx.zone), ctx.now)) : std::string(),
          overdue                              ? "overdue"
          : c.status != CommitmentStatus::open ? fmt::format("[{}]", to_string(c.status))
                                               : "",
          c.skill ? "#" + sanitize_line(*c.skill) : std::string()};
}

/// The text gives way to fit the width (`commitments --json` and `show` have all of it).
const std::vector<Column> k_commitment_columns{{.right = true}, {.max = 16}, {.flex = true}, {}, {}, {}};

/// `overdue` in red, once the row is laid out.
void paint_overdue(std::string& line, const std::vector<std::string>& cells) {
  const auto at = line.rfind("  overdue");
  if (cells[4] == "overdue" && at != std::string::npos) line.replace(at + 2, 7, "\x1b[31moverdue\x1b[0m");
}

/// The start of today in the local zone: a commitment due before it is overdue.
Seconds start_of_today(const Context& ctx) { return parse_when("today", ctx.now, ctx.zone).at.utc; }

int run_commitments(const CommitmentsOptions& o, Context& ctx) {
  auto journal = ctx.open_journal();
  const Seconds today = start_of_today(ctx);
  PagedTable table(k_commitment_columns, ctx.width(), ctx.io.out,
                   ctx.color() ? PagedTable::Paint(paint_overdue) : PagedTable::Paint());
  std::size_t shown = 0;
  if (journal)
    journal->commitments({o.all, o.rep ? std::optional(normalize_person(*o.rep)) : std::nullopt,
                          o.overdue ? std::optional(today) : std::nullopt},
                         [&](const Commitment& c) {
                           if (o.overdue && c.status != CommitmentStatus::open) return;
                           ++shown;
                           bool overdue = c.status == CommitmentStatus::open && c.due && *c.due < today;
                           if (o.json)
                             ctx.io.out << commitment_json(c, overdue, ctx) << '\n';
                           else
                             table.add(commitment_cells(c, overdue, ctx));
                         });
  table.flush();
  if (shown == 0 && !o.json)
    ctx.io.err << (o.overdue ? "debrief: no overdue commitments\n"
                   : o.all   ? "debrief: no commitments\n"
                             : "debrief: no open commitments\n");
  return 0;
}

/// `commitments edit ID`: a commitment's text, due date or skill changed.
int run_edit(const CommitmentsOptions& o, Context& ctx) {
  const auto id = parse_number(o.id, Numbered::commitment);
  Journal::CommitmentChange change;
  if (o.text) {
    if (o.text->find_first_not_of(" \t\r\n") == std::string::npos)
      throw UsageError("--text: empty; a commitment needs its text (nothing changed)");
    if (auto problem = text_problem(*o.text, "commitment"); !problem.empty()) throw UsageError(problem);
    change.text = *o.text;
    // A #tag in the new text is the skill, as for `commit`, unless --skill or --no-skill says.
    if (auto skill = one_skill(skill_tags(*o.text)); skill && !o.skill && !o.no_skill) change.skill = skill;
  }
  if (o.due) try {
      change.due = parse_when(*o.due, ctx.now, ctx.zone, Direction::future, ctx.config().week_start).at.utc;
    } catch (const UsageError& e) {
      throw UsageError(fmt::format("--due: {}", e.what()));
    }
  if (o.no_due) change.due = std::optional<Seconds>();
  if (o.skill) change.skill = normalize_tag(*o.skill);
  if (o.no_skill) change.skill = std::optional<std::string>();
  if (!change.text && !change.due && !change.skill)
    throw UsageError("nothing to change: give --text, --due, --no-due, --skill or --no-skill");
  auto journal = ctx.open_journal();
  auto c = journal ? journal->commitment(id) : std::nullopt;
  if (!c) throw UsageError(no_commitment(id) + " (see 'debrief commitments --all')");
  if (c->hidden) throw RuntimeError(commitment_is_hidden(id, c->entry) + "; nothing changed");
  auto changed = journal->change_commitment(id, change);
  if (!changed.closed) throw RuntimeError(commitment_is_hidden(id, c->entry) + "; nothing changed");
  ctx.confirm("changed " + commitment_line(changed.commitment, false, ctx));
  return 0;
}

void setup_edit(CLI::App& sub, const std::shared_ptr<CommitmentsOptions>& opt) {
  auto* edit = sub.add_subcommand("edit", "Change a commitment's text, due date or skill");
  edit->add_option("id", opt->id, "The commitment's number (see 'debrief commitments')")->required();
  edit->add_option("--text", opt->text, "The new text");
  auto* due = edit->add_option("--due", opt->due, "The new due date, e.g. friday, \"in 2 weeks\", 2026-12-04");
  edit->add_flag("--no-due", opt->no_due, "No due date")->excludes(due);
  auto* skill = edit->add_option("-t,--skill", opt->skill, "The skill it builds, a tag (e.g. discovery)");
  edit->add_flag("--no-skill", opt->no_skill, "No skill")->excludes(skill);
  edit->footer(R"(Commitment numbers are those 'debrief commitments' shows (entries have their own: 'debrief
edit ID' edits an entry). To close one use 'debrief done' or 'drop'; to undo a close, 'debrief reopen'.

Examples:
  debrief commitments edit 3 --due "next friday"
  debrief commitments edit 3 --text "Ask two pain questions first" -t discovery
  debrief commitments edit 3 --no-due)");
}

} // namespace

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
      .string_or_null("skill", c.skill)
      .string_or_null("review", c.review ? std::optional(c.review->note) : std::nullopt)
      .string_or_null("helped", c.review && c.review->helped ? std::optional(std::string(to_string(*c.review->helped)))
                                                             : std::nullopt)
      .string_or_null("evidence", c.review ? c.review->evidence : std::nullopt)
      .string_or_null("reviewed", when(c.review ? std::optional(c.review->at) : std::nullopt))
      .str();
}

std::string commitment_line(const Commitment& c, bool overdue, const Context& ctx) {
  const auto cells = commitment_cells(c, overdue, ctx);
  auto line = lay_out({cells}, k_commitment_columns, ctx.width()).front();
  if (ctx.color()) paint_overdue(line, cells);
  return line;
}

void setup_commitments(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<CommitmentsOptions>();
  auto* sub = &add_command(app, "commitments", "List commitments (open ones by default), or edit one");
  setup_edit(*sub, opt);
  auto* edit = sub->get_subcommand("edit");
  on_run(*sub, ctx, opt, [edit](const CommitmentsOptions& o, Context& c) {
    return edit->parsed() ? run_edit(o, c) : run_commitments(o, c);
  });
  sub->add_flag("-a,--all", opt->all, "Include done and dropped commitments");
  sub->add_option("-r,--rep", opt->rep, "Only this person's commitments");
  sub->add_flag("--overdue", opt->overdue, "Only open commitments whose due day has passed");
  sub->add_flag("--json", opt->json, "Print one JSON object per commitment, per line");
  sub->footer(R"(Commitments are made at the end of a debrief or reflection and reviewed at the start of
the next debrief with the same rep. Overdue means the due day has passed in the local zone.

Examples:
  debrief commitments
  debrief commitments --rep alice --all
  debrief commitments --overdue --json | jq -r .text
  debrief commitments edit 3 --due "next friday")");
}

} // namespace debrief::cli
