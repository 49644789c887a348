// Shared entry filters: see filters.hpp.
#include "cli/filters.hpp"

#include "cli/choices.hpp"

#include "core/note.hpp"
#include "core/period.hpp"
#include "storage/deck_store.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

namespace debrief::cli {

void add_filter_options(CLI::App& sub, FilterOptions& o, bool with_limit) {
  sub.add_option("-r,--rep", o.rep, "Only entries about this person");
  sub.add_option("-t,--tag", o.tag, "Only entries with this tag");
  sub.add_option("-k,--kind", o.kind, "Only this kind: note, debrief or reflection")
      ->transform(one_of({"note", "debrief", "reflection"}));
  sub.add_option("--outcome", o.outcome, "Only entries with this outcome: won, lost, advanced or stalled")
      ->transform(one_of({"won", "lost", "advanced", "stalled"}));
  sub.add_option("--since", o.since, "Only entries at or after this date");
  sub.add_option("--until", o.until, "Only entries up to this date (inclusive for a date)");
  sub.add_flag("--lesson", o.lesson, "Only entries flagged as lessons");
  if (with_limit)
    sub.add_option("-n,--limit", o.limit, "At most N entries (0: all)")->transform(whole_number())->default_str("20");
}

ListFilter make_filter(const FilterOptions& o, const Context& ctx) {
  ListFilter f;
  if (o.rep) f.person = normalize_person(*o.rep);
  if (o.tag) f.tag = normalize_tag(*o.tag);
  if (o.kind) f.kind = parse_kind(*o.kind);
  if (o.outcome) f.outcome = parse_outcome(*o.outcome);
  if (o.since || o.until) {
    auto p = parse_range(o.since, o.until, ctx.now, ctx.zone, ctx.config().week_start);
    if (o.since) f.since = p.start;
    if (o.until) f.until = p.end;
  }
  f.lessons_only = o.lesson;
  f.limit = o.limit;
  return f;
}

void add_period_options(CLI::App& sub, PeriodOptions& o) {
  sub.add_option("-w,--week", o.week, "Which week: this (default), last, -N (N weeks ago) or a date in it");
  sub.add_option("--since", o.since, "Start of a custom period (a date or time)");
  sub.add_option("--until", o.until, "End of a custom period, inclusive for a date (default: today)");
}

Period chosen_period(const PeriodOptions& o, const Context& ctx) {
  const int week_start = ctx.config().week_start;
  if (o.week && (o.since || o.until)) throw UsageError("--week cannot be combined with --since/--until");
  if (o.since || o.until) return parse_range(o.since, o.until, ctx.now, ctx.zone, week_start);
  return parse_week(o.week ? *o.week : "this", ctx.now, ctx.zone, week_start);
}

void add_report_format_option(CLI::App& sub, ReportFormat& format, bool with_html) {
  std::map<std::string, ReportFormat> formats{{"text", ReportFormat::text},
                                              {"markdown", ReportFormat::markdown},
                                              {"json", ReportFormat::json},
                                              {"csv", ReportFormat::csv}};
  std::vector<std::string> names{"text", "markdown", "json", "csv"};
  if (with_html) {
    formats.emplace("html", ReportFormat::html);
    names.push_back("html");
  }
  sub.add_option("-f,--format", format,
                 with_html ? "Output format: text, markdown, json, csv or html"
                           : "Output format: text, markdown, json or csv")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
      ->transform(one_of(names))
      ->option_text(fmt::format("{}", fmt::join(names, "|")));
}

ReportInput report_input_frame(const PeriodOptions& o, const Context& ctx) {
  ReportInput in = report_frame(chosen_period(o, ctx), ctx.now, ctx.zone, ctx.config().week_start);
  in.target = ctx.config().discovery_target;
  for (const auto& d : load_catalog(resolve_decks_dir(ctx.env)).decks)
    for (const auto& q : d.deck.questions)
      if (q.type == QuestionType::scale) in.scale_bounds.push_back(ScaleBounds{d.deck.id, q.id, q.min, q.max});
  return in;
}

} // namespace debrief::cli
