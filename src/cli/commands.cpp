// The command kit: what every command's setup uses to register itself.
#include "cli/commands.hpp"

#include <CLI/CLI.hpp>

namespace debrief::cli {

void on_run(CLI::App& sub, Context& ctx, std::function<int(Context&)> run) {
  sub.callback([&ctx, run = std::move(run)] { ctx.action = [&ctx, run] { return run(ctx); }; });
}

} // namespace debrief::cli
