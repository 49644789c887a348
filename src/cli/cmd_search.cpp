// `debrief search`: full-text search over notes, answers and commitments (SQLite FTS5).
#include "cli/commands.hpp"
#include "cli/filters.hpp"

#include "core/json.hpp"
#include "core/line_edit.hpp"
#include "core/sanitize.hpp"
#include "core/search_query.hpp"
#include "core/wrap.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

struct SearchOptions {
  std::vector<std::string> words;
  FilterOptions filter;
  bool json = false;
};

/// The snippet with its match markers turned into bold (colour on) or removed.
std::string show_snippet(const std::string& snippet, bool color) {
  std::string s = sanitize_line(snippet);
  for (auto [marker, ansi] : {std::pair{k_match_start, "\x1b[1;33m"}, std::pair{k_match_end, "\x1b[0m"}}) {
    std::string_view m(marker);
    for (auto pos = s.find(m); pos != std::string::npos; pos = s.find(m, pos))
      s.replace(pos, m.size(), color ? ansi : "");
  }
  return s;
}

int run_search(const SearchOptions& o, Context& ctx) {
  // Translated first: a malformed query is refused whether or not there is a journal.
  const std::string match = fts_query(fmt::format("{}", fmt::join(o.words, " ")));
  const ListFilter filter = make_filter(o.filter, ctx);
  auto journal = ctx.open_journal();
  const bool color = ctx.color();
  auto table = entry_table(ctx, color);
  bool any = false;
  // Written as they are found: the journal is not held while the output waits on its reader.
  if (journal)
    journal->search(match, filter, [&](const SearchHit& h) {
      any = true;
      if (o.json) {
        ctx.io.out << entry_json_object(h.entry).string("snippet", show_snippet(h.snippet, false)).str() << '\n';
      } else {
        // The snippet fits the width too: cut, it goes without its highlights.
        const std::string plain = show_snippet(h.snippet, false);
        const int room = std::max(ctx.width() - 4, 8);
        table.add(
            entry_cells(h.entry, ctx),
            "    " + (line_edit::text_width(plain) > room ? fit_columns(plain, room) : show_snippet(h.snippet, color)));
      }
    });
  table.flush();
  if (!any && !o.json) ctx.io.err << "debrief: no matches\n";
  return 0;
}

} // namespace

void setup_search(CLI::App& app, Context& ctx) {
  auto [sub, opt] = add_command<SearchOptions>(app, ctx, "search",
                                               "Search notes, answers and commitments, best match first", run_search);
  sub->add_option("query", opt->words, "Words, \"a phrase\", prefix*, AND, OR, NOT, ( )")->required();
  add_filter_options(*sub, opt->filter);
  sub->add_flag("--json", opt->json, "Print one JSON object per entry, with the snippet");
  sub->footer(R"(Every word must appear, in any case and with or without accents; a word with
punctuation (follow-up, don't, C#, x@y.com) is searched as written. disc*
matches a prefix and '"current process"' a phrase; AND, OR, NOT (upper case)
and parentheses combine them. Matches are highlighted when colour is on. The
filters of 'debrief list' apply.

Examples:
  debrief search follow-up --rep alice
  debrief search 'disc*'
  debrief search '"current process"'
  debrief search 'pricing NOT demo' --since "last week")");
}

} // namespace debrief::cli
