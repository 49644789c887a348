// The entry filters `list`, `search` and `export` share: --rep --tag --kind --outcome --since --until
// --lesson --limit;
// and the period options of `report` and `team`: --week, --since, --until.
#pragma once

#include "cli/io.hpp"
#include "storage/journal.hpp"

namespace CLI {
class App;
}

namespace debrief::cli {

struct FilterOptions {
  std::optional<std::string> rep, tag, kind, outcome, since, until;
  bool lesson = false;
  long limit = 20;
};

/// Adds the filter options; `with_limit` adds --limit too.
void add_filter_options(CLI::App& sub, FilterOptions& o, bool with_limit = true);

/// The storage filter; throws UsageError for a bad tag, kind or date.
ListFilter make_filter(const FilterOptions& o, const Context& ctx);

struct PeriodOptions {
  std::optional<std::string> week, since, until;
};

/// Adds -w/--week, --since and --until.
void add_period_options(CLI::App& sub, PeriodOptions& o);

/// The period they choose (this week by default); throws UsageError for a bad date or when
/// --week is combined with --since/--until.
Period chosen_period(const PeriodOptions& o, const Context& ctx);

/// The formats of `report` and `team` (html: `report` only).
enum class ReportFormat { text, markdown, json, csv, html };

/// Adds -f/--format (text, markdown, json or csv, and html when `with_html`; without it, html is
/// refused as any unknown value is).
void add_report_format_option(CLI::App& sub, ReportFormat& format, bool with_html = false);

/// A report's frame for the chosen period (report_frame), with the config's discovery target and
/// the bounds of every deck's scale questions (for charts; the decks decide nothing else).
ReportInput report_input_frame(const PeriodOptions& o, const Context& ctx);

} // namespace debrief::cli
