// One line per command: each declares its options on the parser and, when chosen, sets
// Context::action to run itself. One command per cmd_<name>.cpp.
#pragma once

#include "cli/io.hpp"

#include <functional>
#include <memory>

namespace CLI {
class App;
}

namespace debrief {
struct Entry;
}

namespace debrief::cli {

/// Makes `run` the action of `sub`: when `sub` is chosen on the command line, Context::action
/// is set to call it, and run() calls the action once the whole command line is parsed.
void on_run(CLI::App& sub, Context& ctx, std::function<int(Context&)> run);

/// The usual case, in one line: `on_run(*sub, ctx, opt, run_list)` runs `run_list(*opt, ctx)`.
template <class Options, class Run>
void on_run(CLI::App& sub, Context& ctx, std::shared_ptr<Options> opt, Run run) {
  on_run(sub, ctx, std::function<int(Context&)>([opt, run](Context& c) { return run(*opt, c); }));
}

/// One line for an entry: `#12  Mon 23 Nov 15:00  alice  first line…  [tags]` (list, search).
std::string entry_line(const Entry& e, const Context& ctx, bool color);

void setup_log(CLI::App& app, Context& ctx);
/// When a `log` command line that was refused before it ran (a bad option) would have read its
/// note from stdin: keeps that text in a draft and returns "your text is kept in PATH"; else
/// an empty string. Never throws.
std::string keep_refused_log_stdin(const Context& ctx, int argc, const char* const* argv);
void setup_list(CLI::App& app, Context& ctx);
void setup_show(CLI::App& app, Context& ctx);
void setup_edit(CLI::App& app, Context& ctx);
void setup_search(CLI::App& app, Context& ctx);
void setup_people(CLI::App& app, Context& ctx);
void setup_export(CLI::App& app, Context& ctx);
void setup_decks(CLI::App& app, Context& ctx);
void setup_config(CLI::App& app, Context& ctx);
void setup_commitments(CLI::App& app, Context& ctx);
void setup_report(CLI::App& app, Context& ctx);
void setup_ask(CLI::App& app, Context& ctx);
void setup_reflect(CLI::App& app, Context& ctx);

} // namespace debrief::cli
