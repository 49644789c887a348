// `debrief people`: everyone coached, with counts; `--names` for completion.
#include "cli/commands.hpp"

#include "core/messages.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "storage/journal.hpp"

#include "core/line_edit.hpp"
#include "core/wrap.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

struct PeopleOptions {
  bool names = false;
  PersonOptions person; ///< `people NAME`: as `person NAME`
  std::string from, to;
  bool merge = false;
};

int run_people(const PeopleOptions& o, Context& ctx) {
  if (!o.person.name.empty()) return run_person(o.person, ctx);
  if (o.person.format != PersonFormat::text || o.person.include_private || o.person.output)
    throw UsageError("--format, -o and --include-private show one person: debrief people NAME --format markdown");
  auto journal = ctx.open_journal();
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
  // Names take what the width leaves (display columns: `日本語` is six), cut with an ellipsis.
  constexpr std::string_view k_rest = " NOTES DEBRIEFS REFLECTIONS  LAST DEBRIEF        OPEN";
  const int rest = line_edit::text_width(k_rest);
  int name_width = 4;
  for (const auto& p : people) name_width = std::max(name_width, line_edit::text_width(sanitize_line(p.name)));
  name_width = std::min(name_width, std::max(8, ctx.width() - rest));
  auto padded = [&](const std::string& name) {
    auto cut = fit_columns(name, name_width);
    return cut + std::string(static_cast<std::size_t>(name_width - line_edit::text_width(cut)), ' ');
  };
  ctx.io.out << padded("NAME") << k_rest << '\n';
  for (const auto& p : people)
    ctx.io.out << fmt::format("{} {:>5} {:>8} {:>11}  {:<18} {:>4}\n", padded(sanitize_line(p.name)), p.notes,
                              p.debriefs, p.reflections, p.last_coached ? ctx.show_time(*p.last_coached) : "—",
                              p.open_commitments);
  return 0;
}

/// OLD as typed (one leading `@` and surrounding spaces aside) when someone has that very name,
/// else normalized: a name stored before the name rule of schema 3 (one holding a zero-width
/// space, or the NFD spelling of a name also stored in NFC) can still be renamed or merged.
std::string old_name(const std::string& typed, Journal& journal) {
  std::string_view n = typed;
  if (!n.empty() && n.front() == '@') n.remove_prefix(1);
  while (!n.empty() && n.front() == ' ') n.remove_prefix(1);
  while (!n.empty() && n.back() == ' ') n.remove_suffix(1);
  if (!n.empty() && journal.has_person_spelled(std::string(n))) return std::string(n);
  return normalize_person(typed);
}

int run_rename(const PeopleOptions& o, Context& ctx) {
  auto journal = ctx.open_journal();
  if (!journal) throw UsageError(no_one_called(escape_unprintable(o.from)));
  auto to = normalize_person(o.to);
  auto from = old_name(o.from, *journal);
  from = journal->person_named(from).value_or(from); // as stored: `müller` renames `Müller`
  bool merged = journal->rename_person(from, to, o.merge);
  ctx.confirm(fmt::format("{} '{}' {} '{}'", merged ? "merged" : "renamed", escape_unprintable(from),
                          merged ? "into" : "to", to));
  return 0;
}

} // namespace

void setup_people(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<PeopleOptions>();
  auto* sub = app.add_subcommand("people", "List the people in the journal with their counts");
  sub->add_flag("--names", opt->names, "Print only the names, one per line");
  sub->add_option("name", opt->person.name, "One person at a glance, as 'debrief person NAME'");
  add_person_options(*sub, opt->person, false);
  sub->footer("Examples:\n  debrief people\n  debrief people alice          # as: debrief person alice\n"
              "  debrief people --names | fzf\n  debrief people rename alicia alice --merge");
  auto* rename = sub->add_subcommand("rename", "Rename a person, or merge them into another with --merge");
  rename->add_option("old", opt->from, "The current name")->required();
  rename->add_option("new", opt->to, "The new name")->required();
  rename->add_flag("--merge", opt->merge, "If the new name is someone else, move everything to them");
  rename->footer("Examples:\n  debrief people rename bob Robert\n  debrief people rename alicia alice --merge");
  on_run(*sub, ctx, opt, [rename](const PeopleOptions& o, Context& c) {
    return rename->parsed() ? run_rename(o, c) : run_people(o, c);
  });
}

} // namespace debrief::cli
