// The command kit: what every command's setup uses to register itself.
#include "cli/commands.hpp"

#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace debrief::cli {

void on_run(CLI::App& sub, Context& ctx, std::function<int(Context&)> run) {
  sub.callback([&ctx, run = std::move(run)] { ctx.action = [&ctx, run] { return run(ctx); }; });
}

Journal existing_journal(const Context& ctx, long long id) {
  auto journal = ctx.open_journal();
  if (!journal) throw UsageError(fmt::format("no entry #{} (the journal is empty)", id));
  return std::move(*journal);
}

} // namespace debrief::cli
