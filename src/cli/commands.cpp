// The command kit: what every command's setup uses to register itself.
#include "cli/commands.hpp"

#include "core/messages.hpp"
#include "storage/deck_store.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace debrief::cli {

void on_run(CLI::App& sub, Context& ctx, std::function<int(Context&)> run) {
  sub.callback([&ctx, run = std::move(run)] { ctx.action = [&ctx, run] { return run(ctx); }; });
}

CLI::App& add_command(CLI::App& app, const std::string& name, const std::string& description) {
  return *app.add_subcommand(name, description);
}

void add_commands(CLI::App& app, Context& ctx) {
  setup_log(app, ctx);
  setup_list(app, ctx);
  setup_show(app, ctx);
  setup_delete(app, ctx);
  setup_edit(app, ctx);
  setup_search(app, ctx);
  setup_ask(app, ctx);
  setup_reflect(app, ctx);
  setup_report(app, ctx);
  setup_team(app, ctx);
  setup_commitments(app, ctx);
  setup_commit(app, ctx);
  setup_close(app, ctx);
  setup_people(app, ctx);
  setup_person(app, ctx);
  setup_compare(app, ctx);
  setup_export(app, ctx);
  setup_import(app, ctx);
  setup_decks(app, ctx);
  setup_config(app, ctx);
}

Journal existing_journal(const Context& ctx, Id id) {
  auto journal = ctx.open_journal();
  if (!journal) throw UsageError(no_entry(id) + " (the journal is empty)");
  return std::move(*journal);
}

DeckCatalog catalog_with_warnings(const Context& ctx) {
  auto catalog = load_catalog(resolve_decks_dir(ctx.env));
  for (const auto& d : catalog.problems) ctx.warn(fmt::format("skipping a broken deck: {}", format_diagnostic(d)));
  return catalog;
}

} // namespace debrief::cli
