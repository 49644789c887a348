// `debrief list`: the most recent entries, one line each.
#include "cli/commands.hpp"
#include "cli/filters.hpp"

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

struct ListOptions {
  FilterOptions filter;
  bool json = false;
};

/// `#12  Mon 23 Nov 15:00  alice  Acme demo went long…  [demo, pricing]`
} // namespace

std::string entry_line(const Entry& e, const Context& ctx, bool color) {
  auto first_line = e.body.substr(0, e.body.find('\n'));
  auto text = sanitize_line(first_line);
  if (first_line.size() < e.body.size()) text += " …";
  std::string id = fmt::format("#{}", e.id);
  if (color) id = fmt::format("\x1b[33m{}\x1b[0m", id);
  std::string line = fmt::format("{}  {}  ", id, ctx.show_time(e.at));
  if (e.kind != Kind::note) line += fmt::format("{}  ", to_string(e.kind));
  if (e.person) line += fmt::format("{}  ", sanitize_line(*e.person));
  line += text;
  if (!e.tags.empty()) line += fmt::format("  [{}]", sanitize_line(fmt::format("{}", fmt::join(e.tags, ", "))));
  if (e.outcome) line += fmt::format("  ({})", to_string(*e.outcome));
  if (e.lesson) line += "  (lesson)";
  return line;
}

namespace {

int run_list(const ListOptions& o, Context& ctx) {
  const ListFilter filter = make_filter(o.filter, ctx);
  auto journal = ctx.open_journal();
  const bool color = ctx.color();
  bool any = false;
  // Written as they are read: the journal is not held while the output waits on its reader.
  if (journal)
    journal->list(filter, [&](const Entry& e) {
      any = true;
      ctx.io.out << (o.json ? entry_json(e) : entry_line(e, ctx, color)) << '\n';
    });
  if (!any && !o.json)
    ctx.io.err << (journal ? "debrief: no entries\n"
                           : "debrief: no journal yet; log a first note with: debrief log \"...\"\n");
  return 0;
}

} // namespace

void setup_list(CLI::App& app, Context& ctx) {
  auto [sub, opt] = add_command<ListOptions>(app, ctx, "list", "Show recent entries, most recent first", run_list);
  add_filter_options(*sub, opt->filter);
  sub->add_flag("--json", opt->json, "Print one JSON object per entry, per line");
  sub->footer(R"(Filters combine: every one given must hold.

Examples:
  debrief list
  debrief list --rep alice --limit 5
  debrief list --lesson --tag pricing --since "last week" --kind note
  debrief list --limit 0 --json | jq -r .body)");
}

} // namespace debrief::cli
