// `debrief report`: the weekly coaching report, for people (text, Markdown) and scripts
// (JSON, CSV). Period and filters → storage rows → core::build_report → core::render_*.
#include "cli/choices.hpp"
#include "cli/commands.hpp"
#include "cli/filters.hpp"
#include "cli/output_file.hpp"

#include "core/messages.hpp"
#include "core/note.hpp"
#include "core/render.hpp"
#include "storage/deck_store.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

struct ReportOptions {
  PeriodOptions period;
  std::vector<std::string> reps;
  ReportFormat format = ReportFormat::text;
  bool include_private = false;
  std::optional<std::string> output; ///< -o FILE
};

/// The named people's keys (core/note.hpp name_key), for ReportInput::reps; unknown names are
/// usage errors.
std::set<std::string> chosen_reps(const std::vector<std::string>& reps, Journal& journal) {
  std::set<std::string> wanted;
  for (const auto& r : reps) {
    auto name = normalize_person(r);
    auto stored = journal.person_named(name);
    if (!stored) {
      auto near = journal.closest_person(name);
      throw UsageError("--rep: " + no_one_called(name, near));
    }
    wanted.insert(name_key(*stored));
  }
  return wanted;
}

int run_report(const ReportOptions& o, Context& ctx) {
  // The decks give charts their scales' bounds, nothing more: what is private was decided when
  // each entry was made, and is read from the entry.
  ReportInput in = report_input_frame(o.period, ctx);
  in.include_private = o.include_private;

  auto journal = ctx.open_journal();
  bool empty_journal = !journal;
  // No read transaction around the report: it would hold off every writer (`log` included)
  // while the output waits on a slow reader such as a pager. A note logged meanwhile may
  // show in a list the report reads again as it writes it, not in the counts before it.
  if (journal) {
    in.reps = chosen_reps(o.reps, *journal);
    journal->fill_report(in);
    ListFilter any; // a journal of private entries alone looks empty without --include-private
    any.include_private = o.include_private;
    any.limit = 1;
    empty_journal = journal->list(any).empty();
  } else if (!o.reps.empty()) {
    throw UsageError("--rep: " + no_one_called(normalize_person(o.reps.front())));
  }
  const Report report = build_report(in);
  // A file (-o) is no terminal: no colour, and 80 columns unless --width says.
  const RenderStyle style =
      o.output ? RenderStyle{&ctx.zone, ctx.now, ctx.utf8(), false, ctx.width_flag.value_or(k_default_width)}
               : RenderStyle{&ctx.zone, ctx.now, ctx.utf8(), ctx.color(), ctx.width()};
  if (empty_journal && (o.format == ReportFormat::text || o.format == ReportFormat::markdown)) {
    ctx.io.err << "debrief: nothing to report yet; log a first note with: debrief log \"...\"\n";
    return 0;
  }
  write_output(ctx, o.output, [&](std::ostream& os) {
    switch (o.format) {
    case ReportFormat::text: render_text(report, style, os); break;
    case ReportFormat::markdown: render_markdown(report, style, os); break;
    case ReportFormat::json: render_json(report, style, os); break;
    case ReportFormat::csv: render_csv(report, style, os); break;
    case ReportFormat::html: render_html(report, style, os); break;
    }
  });
  return 0;
}

} // namespace

void setup_report(CLI::App& app, Context& ctx) {
  auto [sub, opt] = add_command<ReportOptions>(
      app, ctx, "report", "The weekly coaching report (text, Markdown, JSON, CSV or HTML)", run_report);
  add_period_options(*sub, opt->period);
  sub->add_option("-r,--rep", opt->reps, "Only this person (repeatable)")->allow_extra_args(false);
  add_report_format_option(*sub, opt->format, true);
  add_output_option(*sub, opt->output);
  sub->add_flag("--include-private", opt->include_private,
                "Include private entries (made with a private deck, such as trust-check)");
  sub->footer(R"(Sections, each left out when empty: people (notes, debriefs, reflections, outcomes, the
discovery ratio and its change against the previous period, an 8-week trend, commitments
opened/done/overdue), commitments overdue or due within 7 days, useful mistakes (fastest
noticed first, with a count per person), outcomes against coaching (each call's own outcome
and marks), your coaching (how often you told, probes per insight found, debriefs below
target: against the previous period and by month), top tags, and averages of scale
questions. JSON follows the schema
debrief.report/2 (man/report.schema.json); CSV has one row per person; HTML is one
self-contained page with charts, for the screen and for print (-o writes it to a file).

Examples:
  debrief report
  debrief report --week last --format markdown > week.md
  debrief report --since 2026-11-01 --until 2026-11-30 -r alice -f json | jq .
  debrief report --week last --format html -o week.html)");
}

} // namespace debrief::cli
