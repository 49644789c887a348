// `debrief export`: the journal out as JSONL (what import reads), Markdown or CSV.
#include "cli/choices.hpp"
#include "cli/commands.hpp"
#include "cli/filters.hpp"

#include "core/exchange.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

enum class ExportFormat { jsonl, markdown, csv };

struct ExportOptions {
  FilterOptions filter;
  ExportFormat format = ExportFormat::jsonl;
  bool no_private = false;
  bool include_private = false; ///< markdown, which is for reading, leaves private entries out unless given
};

int run_export(const ExportOptions& o, Context& ctx) {
  ExportOptions opts = o;
  opts.filter.limit = 0;
  ListFilter filter = make_filter(opts.filter, ctx);
  filter.include_private = !o.no_private; // as stored with each entry, whatever the decks are now
  const auto& me = ctx.config().me;       // each JSONL line names the journal's owner, when it has one
  auto journal = ctx.open_journal();
  if (o.format == ExportFormat::csv) ctx.io.out << k_export_csv_header << "\r\n";
  if (!journal) return 0;
  // Markdown is read and shared: it leaves private entries out unless asked, and says how many.
  const bool hide_private = o.format == ExportFormat::markdown && !o.include_private;
  long hidden = 0;
  journal->export_entries(filter, [&](const ExchangeEntry& x) {
    if (hide_private && x.entry.is_private) {
      ++hidden;
      return;
    }
    switch (o.format) {
    case ExportFormat::jsonl:
      if (me) {
        ExchangeEntry owned = x;
        owned.owner = me;
        ctx.io.out << to_jsonl(owned) << '\n';
      } else {
        ctx.io.out << to_jsonl(x) << '\n';
      }
      break;
    case ExportFormat::markdown: ctx.io.out << to_markdown(x, ctx.now); break;
    case ExportFormat::csv: ctx.io.out << to_csv_row(x) << "\r\n"; break;
    }
  });
  if (hidden > 0)
    ctx.io.err << fmt::format("debrief: left out {} private {}; --include-private to include them\n", hidden,
                              hidden == 1 ? "entry" : "entries");
  return 0;
}

} // namespace

void setup_export(CLI::App& app, Context& ctx) {
  auto [sub, opt] = add_command<ExportOptions>(
      app, ctx, "export", "Write entries as JSONL (for import and backup), Markdown or CSV", run_export);
  sub->add_option("-f,--format", opt->format, "jsonl (default), markdown or csv")
      ->transform(CLI::CheckedTransformer(std::map<std::string, ExportFormat>{{"jsonl", ExportFormat::jsonl},
                                                                              {"markdown", ExportFormat::markdown},
                                                                              {"csv", ExportFormat::csv}},
                                          CLI::ignore_case))
      ->transform(one_of({"jsonl", "markdown", "csv"}))
      ->option_text("jsonl|markdown|csv");
  add_filter_options(*sub, opt->filter, false);
  auto* no_private = sub->add_flag("--no-private", opt->no_private,
                                   "Leave out private entries (made with a private deck, such as trust-check)");
  sub->add_flag("--include-private", opt->include_private,
                "Markdown: include private entries, which it leaves out by default (JSONL and CSV keep them)")
      ->excludes(no_private);
  sub->footer(R"(Oldest first; deleted entries are left out. JSONL carries everything (answers, marks,
commitments, UUIDs) and is what import reads: export, then import into an empty journal,
then export again gives the same bytes. With `me` in config.toml each line names that owner
("owner"), and import into another person's journal makes the entries without a person, and
their commitments, the owner's, tagged from-NAME.

Markdown is for reading: it leaves private entries out, and says how many on
stderr, unless --include-private is given.

Examples:
  debrief export > journal-backup.jsonl
  debrief export --rep alice --since 2026-01-01 --format markdown > alice.md
  debrief export --format csv --kind note > notes.csv)");
}

} // namespace debrief::cli
