// `debrief list`: the most recent entries, one line each.
#include "cli/commands.hpp"
#include "cli/filters.hpp"

#include "core/line_edit.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "core/wrap.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

struct ListOptions {
  FilterOptions filter;
  bool json = false;
};

/// What an interview's line says of it: its --about text, else its first answer, else its deck.
std::string interview_text(const Entry& e) {
  const std::string& text = !e.body.empty() ? e.body : e.first_answer ? *e.first_answer : e.deck.value_or("");
  const auto first_line = text.substr(0, text.find('\n'));
  return sanitize_line(first_line) + (first_line.size() < text.size() ? " …" : "");
}

/// The most columns a person's name takes in a row (`show` has the whole name).
constexpr int k_person_columns = 16;

} // namespace

std::vector<std::string> entry_cells(const Entry& e, const Context& ctx) {
  std::string text;
  if (e.kind == Kind::note) {
    auto first_line = e.body.substr(0, e.body.find('\n'));
    text = sanitize_line(first_line);
    if (first_line.size() < e.body.size()) text += " …";
  } else {
    text = fmt::format("{}: {}", to_string(e.kind), interview_text(e));
  }
  // The tags last: cut first when the line is too narrow (the text shows most of them).
  return {fmt::format("#{}", e.id),
          ctx.show_time(e.at),
          e.person ? sanitize_line(*e.person) : std::string(),
          std::move(text),
          e.outcome ? fmt::format("({})", to_string(*e.outcome)) : std::string(),
          e.lesson ? "(lesson)" : "",
          e.status == Status::in_progress ? "(unfinished)" : "",
          e.tags.empty() ? std::string() : sanitize_line(fmt::format("[{}]", fmt::join(e.tags, ", ")))};
}

/// `#12  Mon 23 Nov 15:00  alice  Acme demo went long…  (won)  [demo, pricing]`, and for an
/// interview `#13  Mon 23 Nov 16:00  alice  debrief: Acme renewal  (unfinished)`:
/// columns aligned a page at a time; the text is cut with an ellipsis so that the line fits
/// the width (`show` has the whole text), and only below 8 columns of text the tags.
PagedTable entry_table(const Context& ctx, bool color) {
  PagedTable::Paint paint;
  if (color)
    paint = [](std::string& line, const std::vector<std::string>& cells) {
      if (const auto at = line.find(cells[0]); at != std::string::npos)
        line.replace(at, cells[0].size(), fmt::format("\x1b[33m{}\x1b[0m", cells[0]));
    };
  return PagedTable({{.right = true}, {}, {.max = k_person_columns}, {.flex = true}, {}, {}, {}, {}}, ctx.width(),
                    ctx.io.out, std::move(paint));
}

namespace {

/// How far the line under a full page counts the entries that match.
constexpr long long k_counted = 10000;

int run_list(const ListOptions& o, Context& ctx) {
  const ListFilter filter = make_filter(o.filter, ctx);
  auto journal = ctx.open_journal();
  auto table = entry_table(ctx, ctx.color());
  long shown = 0;
  // Written as they are read, a page at a time: the journal is not held while the output waits
  // on its reader.
  if (journal)
    journal->list(filter, [&](const Entry& e) {
      ++shown;
      if (o.json)
        ctx.io.out << entry_json(e) << '\n';
      else
        table.add(entry_cells(e, ctx));
    });
  table.flush();
  // A full page may not be all: the text says how many there are (counted only then, and
  // only up to k_counted: a count reads every entry it counts).
  if (journal && !o.json && filter.limit > 0 && shown == filter.limit) {
    const long long most = std::max<long long>(k_counted, shown);
    const long long total = journal->count(filter, most + 1);
    if (total > most)
      ctx.io.out << fmt::format("{} of more than {}; --limit 0 for all\n", shown, most);
    else if (total > shown)
      ctx.io.out << fmt::format("{} of {}; --limit 0 for all\n", shown, total);
  }
  if (shown == 0 && !o.json)
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
