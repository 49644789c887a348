// `debrief config`: the effective configuration and where each value came from.
#include "cli/commands.hpp"

#include "core/sanitize.hpp"
#include "storage/deck_store.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ostream>
#include <unistd.h>

namespace debrief::cli {

namespace {

int run_config(Context& ctx) {
  const auto path = resolve_config_path(ctx.env);
  auto loaded = load_config_file(path);
  if (!loaded.diagnostics.empty()) {
    for (const auto& d : loaded.diagnostics) ctx.io.err << format_diagnostic(d) << '\n';
    ctx.io.err << fmt::format("debrief: {} problem{} in {}\n", loaded.diagnostics.size(),
                              loaded.diagnostics.size() == 1 ? "" : "s", path);
    return 2;
  }
  bool exists = !path.empty() && ::access(path.c_str(), F_OK) == 0;
  ctx.io.out << fmt::format("# {}{}\n", path.empty() ? "(no HOME or XDG_CONFIG_HOME)" : path,
                            exists ? "" : " (not present; defaults apply)");
  for (const auto& key : k_config_keys)
    ctx.io.out << fmt::format("{:<17} {:<34} {}\n", key, sanitize_line(config_value(loaded.config, key)),
                              loaded.config.sources.at(key));
  return 0;
}

} // namespace

void setup_config(CLI::App& app, Context& ctx) {
  auto* sub = app.add_subcommand("config", "Show the effective configuration and where each value comes from");
  sub->footer(R"(The file is $XDG_CONFIG_HOME/debrief/config.toml (default ~/.config/debrief/config.toml):

  me = "bob"                     # whose journal (reflections are bob's)
  week_start = "monday"          # first day of a week (reports, "last week")
  discovery_target = 0.8         # share the rep should find (self + nudged)
  default_due = "in 7 days"      # due date when a commitment's deck sets none
  editor = "vim"                 # beats $VISUAL and $EDITOR
  date_format = "short"          # short (Mon 23 Nov) or iso (2026-11-23)
  [decks]
  ask = "post-call"              # default deck of debrief ask
  reflect = "self-review"        # default deck of debrief reflect

Unknown keys and bad values are errors naming file:line:column; exit 2.

Examples:
  debrief config
  $EDITOR ~/.config/debrief/config.toml && debrief config)");
  on_run(*sub, ctx, run_config);
}

} // namespace debrief::cli
