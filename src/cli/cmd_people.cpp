// `debrief people`: everyone coached, with counts; `--names` for completion.
#include "cli/commands.hpp"

#include "core/sanitize.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

struct PeopleOptions {
  bool names = false;
};

int run_people(const PeopleOptions& o, Context& ctx) {
  auto journal = Journal::open_existing(ctx.journal_path().path);
  if (o.names) {
    if (journal)
      for (const auto& n : journal->people_names()) ctx.io.out << sanitize_line(n) << '\n';
    return 0;
  }
  auto people = journal ? journal->people() : std::vector<PersonSummary>{};
  if (people.empty()) {
    ctx.io.err << "debrief: no people yet (name one with: debrief log -r NAME \"...\")\n";
    return 0;
  }
  ctx.io.out << fmt::format("{:<20} {:>5} {:>8} {:>11}  {:<18} {}\n", "NAME", "NOTES", "DEBRIEFS", "REFLECTIONS",
                            "LAST DEBRIEF", "OPEN COMMITMENTS");
  for (const auto& p : people)
    ctx.io.out << fmt::format("{:<20} {:>5} {:>8} {:>11}  {:<18} {}\n", sanitize_line(p.name), p.notes, p.debriefs,
                              p.reflections, p.last_coached ? ctx.show_time(*p.last_coached) : "—",
                              p.open_commitments);
  return 0;
}

} // namespace

void setup_people(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<PeopleOptions>();
  auto* sub = app.add_subcommand("people", "List the people in the journal with their counts");
  sub->add_flag("--names", opt->names, "Print only the names, one per line");
  sub->footer("Examples:\n  debrief people\n  debrief people --names | fzf");
  sub->callback([opt, &ctx] { ctx.action = [opt, &ctx] { return run_people(*opt, ctx); }; });
}

} // namespace debrief::cli
