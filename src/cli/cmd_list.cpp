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

/// The fewest columns a line's text is cut to, however long the rest of its line.
constexpr int k_min_text_columns = 8;

} // namespace

/// `#12  Mon 23 Nov 15:00  alice  Acme demo went long…  [demo, pricing]`, or for an interview
/// `#13  Mon 23 Nov 16:00  debrief  alice  Acme renewal  (unfinished)`: the text is cut with an
/// ellipsis so that the line fits ctx.width().
std::string entry_line(const Entry& e, const Context& ctx, bool color) {
  std::string id = fmt::format("#{}", e.id);
  std::string head = fmt::format("{}  {}  ", id, ctx.show_time(e.at));
  if (e.kind != Kind::note) head += fmt::format("{}  ", to_string(e.kind));
  if (e.person) head += fmt::format("{}  ", sanitize_line(*e.person));
  std::string tail;
  if (!e.tags.empty()) tail += fmt::format("  [{}]", sanitize_line(fmt::format("{}", fmt::join(e.tags, ", "))));
  if (e.outcome) tail += fmt::format("  ({})", to_string(*e.outcome));
  if (e.lesson) tail += "  (lesson)";
  if (e.status == Status::in_progress) tail += "  (unfinished)";
  std::string text;
  if (e.kind == Kind::note) {
    auto first_line = e.body.substr(0, e.body.find('\n'));
    text = sanitize_line(first_line);
    if (first_line.size() < e.body.size()) text += " …";
  } else {
    text = interview_text(e);
  }
  // The line fits the width (`show` has the whole text): the text gives way, never the rest.
  const int room = ctx.width() - line_edit::text_width(head) - line_edit::text_width(tail);
  text = fit_columns(text, std::max(room, k_min_text_columns));
  if (color) head.replace(0, id.size(), fmt::format("\x1b[33m{}\x1b[0m", id));
  return head + text + tail;
}

namespace {

int run_list(const ListOptions& o, Context& ctx) {
  const ListFilter filter = make_filter(o.filter, ctx);
  auto journal = ctx.open_journal();
  const bool color = ctx.color();
  long shown = 0;
  // Written as they are read: the journal is not held while the output waits on its reader.
  if (journal)
    journal->list(filter, [&](const Entry& e) {
      ++shown;
      ctx.io.out << (o.json ? entry_json(e) : entry_line(e, ctx, color)) << '\n';
    });
  // A full page may not be all: the text says how many there are (counted only then).
  if (journal && !o.json && filter.limit > 0 && shown == filter.limit) {
    const long long total = journal->count(filter);
    if (total > shown) ctx.io.out << fmt::format("{} of {}; --limit 0 for all\n", shown, total);
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
