// `debrief delete` and `undelete`: soft deletion of an entry, and its undoing.
#include "cli/commands.hpp"

#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

struct IdOptions {
  std::string id; ///< as typed: parse_number checks it
};

int run_set_deleted(const IdOptions& o, bool deleted, Context& ctx) {
  const auto id = parse_number(o.id, Numbered::entry);
  auto journal = existing_journal(ctx, id);
  journal.set_deleted(id, deleted, ctx.now);
  ctx.confirm(fmt::format("{} #{}", deleted ? "deleted" : "restored", id));
  if (deleted) ctx.io.err << fmt::format("debrief: undo with: debrief undelete {}\n", id);
  return 0;
}

} // namespace

void setup_delete(CLI::App& app, Context& ctx) {
  auto [del, del_opt] =
      add_command<IdOptions>(app, ctx, "delete", "Hide an entry from list, search and report (undelete restores it)",
                             [](const IdOptions& o, Context& c) { return run_set_deleted(o, true, c); });
  del->add_option("id", del_opt->id, "The entry's number")->required();
  del->footer("Nothing is erased: the entry is kept, hidden, until undeleted.\n\nExamples:\n  debrief delete 5\n"
              "  debrief undelete 5");

  auto [undel, undel_opt] =
      add_command<IdOptions>(app, ctx, "undelete", "Restore a deleted entry",
                             [](const IdOptions& o, Context& c) { return run_set_deleted(o, false, c); });
  undel->add_option("id", undel_opt->id, "The entry's number")->required();
  undel->footer("Examples:\n  debrief undelete 5\n  debrief delete 5 && debrief undelete 5");
}

} // namespace debrief::cli
