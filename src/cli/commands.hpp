// One line per command, and the kit they share: each declares its options on the parser and,
// when chosen, sets Context::action to run itself (on_run). One command per cmd_<name>.cpp.
#pragma once

#include "cli/io.hpp"
#include "cli/paged_table.hpp"
#include "core/entry.hpp"
#include "core/model.hpp"

#include <functional>
#include <memory>
#include <string>
#include <utility>

namespace CLI {
class App;
}

namespace debrief {
struct DeckCatalog;
}

namespace debrief::cli {

/// Makes `run` the action of `sub`: when `sub` is chosen on the command line, Context::action
/// is set to call it, and run() calls the action once the whole command line is parsed.
void on_run(CLI::App& sub, Context& ctx, std::function<int(Context&)> run);

/// The usual case, in one line: `on_run(*sub, ctx, opt, run_list)` runs `run_list(*opt, ctx)`.
template <class Options, class Run> void on_run(CLI::App& sub, Context& ctx, std::shared_ptr<Options> opt, Run run) {
  on_run(sub, ctx, std::function<int(Context&)>([opt, run](Context& c) { return run(*opt, c); }));
}

/// Adds the command `name` to `app` and returns it with its options, which parsing fills in.
CLI::App& add_command(CLI::App& app, const std::string& name, const std::string& description);

/// A command with its options in one line: `auto [sub, opt] = add_command<ListOptions>(app,
/// ctx, "list", "Show recent entries", run_list);` declares it, and when it is chosen runs
/// `run_list(*opt, ctx)`. `sub` (the command's parser) then takes its options.
template <class Options, class Run>
std::pair<CLI::App*, Options*> add_command(CLI::App& app, Context& ctx, const std::string& name,
                                           const std::string& description, Run run) {
  auto opt = std::make_shared<Options>();
  CLI::App& sub = add_command(app, name, description);
  on_run(sub, ctx, opt, std::move(run));
  return {&sub, opt.get()};
}

/// The journal, to read or change entry `id` in; before the first write there is none, and
/// this throws UsageError "no entry #ID (the journal is empty)".
Journal existing_journal(const Context& ctx, Id id);

/// The built-in and user decks; each broken deck file is warned about ("skipping a broken deck").
DeckCatalog catalog_with_warnings(const Context& ctx);

/// The table of `list` and `search`, one row an entry (entry_cells), fitted to ctx.width(),
/// the entry numbers in colour when `color`.
PagedTable entry_table(const Context& ctx, bool color);
/// An entry's row: `#12`, `Mon 23 Nov 15:00`, `note`, `alice`, first line…, `(won)  [tags]`.
std::vector<std::string> entry_cells(const Entry& e, const Context& ctx);

/// One line for a commitment: `#3  alice  text  due Fri 4 Dec  overdue  #skill` (or `[done]`).
std::string commitment_line(const Commitment& c, bool overdue, const Context& ctx);
/// A commitment as one JSON object on one line (`commitments --json`, `commit --json`).
std::string commitment_json(const Commitment& c, bool overdue, const Context& ctx);

/// Adds every command below to `app`, in this order (the order `debrief --help` lists them).
void add_commands(CLI::App& app, Context& ctx);

// The commands, each with the file that holds it.
void setup_log(CLI::App& app, Context& ctx); ///< log: cmd_log.cpp
/// When a `log` command line that was refused before it ran (a bad option) would have read its
/// note from stdin: keeps that text in a draft and returns "your text is kept in PATH"; else
/// an empty string. Never throws.
std::string keep_refused_log_stdin(const Context& ctx, int argc, const char* const* argv);
void setup_list(CLI::App& app, Context& ctx);        ///< list: cmd_list.cpp
void setup_show(CLI::App& app, Context& ctx);        ///< show: cmd_show.cpp
void setup_delete(CLI::App& app, Context& ctx);      ///< delete, undelete: cmd_delete.cpp
void setup_edit(CLI::App& app, Context& ctx);        ///< edit: cmd_edit.cpp
void setup_search(CLI::App& app, Context& ctx);      ///< search: cmd_search.cpp
void setup_ask(CLI::App& app, Context& ctx);         ///< ask: cmd_ask.cpp (the session: interview.cpp)
void setup_reflect(CLI::App& app, Context& ctx);     ///< reflect: cmd_reflect.cpp (the session: interview.cpp)
void setup_report(CLI::App& app, Context& ctx);      ///< report: cmd_report.cpp
void setup_team(CLI::App& app, Context& ctx);        ///< team: cmd_team.cpp (inputs: team_inputs.cpp)
void setup_commitments(CLI::App& app, Context& ctx); ///< commitments, commitments edit: cmd_commitments.cpp
void setup_close(CLI::App& app, Context& ctx);       ///< done, drop, reopen: cmd_close.cpp
void setup_commit(CLI::App& app, Context& ctx);      ///< commit: cmd_commit.cpp
void setup_people(CLI::App& app, Context& ctx);      ///< people, people NAME, people rename: cmd_people.cpp
void setup_person(CLI::App& app, Context& ctx);      ///< person: cmd_person.cpp

/// What `person NAME` (and `people NAME`) take.
enum class PersonFormat { text, markdown, json, html };
struct PersonOptions {
  std::string name;
  PersonFormat format = PersonFormat::text;
  bool include_private = false;
  std::optional<std::string> output; ///< -o FILE
};
/// Declares --format, -o and --include-private of `person` on `sub` (`people` takes them too, for
/// `people NAME`), and --json with `json_flag` (`people --json` stays an unknown option).
void add_person_options(CLI::App& sub, PersonOptions& o, bool json_flag);
/// One rep at a glance: cmd_person.cpp.
int run_person(const PersonOptions& o, Context& ctx);
void setup_compare(CLI::App& app, Context& ctx); ///< compare: cmd_compare.cpp
void setup_export(CLI::App& app, Context& ctx);  ///< export: cmd_export.cpp
void setup_import(CLI::App& app, Context& ctx);  ///< import: cmd_import.cpp
void setup_decks(CLI::App& app, Context& ctx);   ///< decks, decks show/check/path: cmd_decks.cpp
void setup_config(CLI::App& app, Context& ctx);  ///< config: cmd_config.cpp

} // namespace debrief::cli
