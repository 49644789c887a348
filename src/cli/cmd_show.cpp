// `debrief show`: one entry in full.
#include "cli/commands.hpp"

#include "core/messages.hpp"
#include "core/sanitize.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

struct IdOptions {
  std::string id; ///< as typed: parse_number checks it
};

int run_show(const IdOptions& o, Context& ctx) {
  const auto id = parse_number(o.id, Numbered::entry);
  auto journal = existing_journal(ctx, id);
  auto e = journal.entry(id);
  if (!e || !e->begun || e->deleted) { // an interview not begun is no entry yet
    if (e && e->begun) throw UsageError(entry_is_deleted(id));
    throw UsageError(no_entry(id));
  }
  // Everything is read before anything is written: the journal is not held while the output
  // waits on its reader.
  const auto answers = journal.answers(e->id);
  const auto commitments = journal.commitments_of_entry(e->id);
  auto& out = ctx.io.out;
  out << fmt::format("#{} · {} · {}", e->id, to_string(e->kind), ctx.show_time(e->at));
  if (e->person) out << " · " << sanitize_line(*e->person);
  out << '\n';
  if (e->deck) out << fmt::format("deck: {}\n", sanitize_line(*e->deck));
  if (e->kind != Kind::note && !e->body.empty()) out << fmt::format("about: {}\n", sanitize_line(e->body));
  if (e->status != Status::complete) out << fmt::format("status: {}\n", to_string(e->status));
  if (e->outcome) out << fmt::format("outcome: {}\n", to_string(*e->outcome));
  if (e->lesson) out << "lesson: yes\n";
  if (!e->tags.empty()) out << fmt::format("tags: {}\n", sanitize_line(fmt::format("{}", fmt::join(e->tags, ", "))));
  out << fmt::format("uuid: {}\n", e->uuid);
  if (!e->body.empty() && e->kind == Kind::note) out << '\n' << sanitize_text(e->body) << '\n';
  for (const auto& a : answers) {
    out << fmt::format("\n{}\n", sanitize_line(a.question_text));
    std::string answer = a.text ? sanitize_text(*a.text) : "(skipped)";
    out << "  " << answer;
    if (a.mark)
      out << fmt::format("  [{}{}]", to_string(*a.mark), a.probes > 1 ? fmt::format(", {} probes", a.probes) : "");
    out << '\n';
  }
  for (const auto& c : commitments) {
    out << fmt::format("\ncommitment #{}: {}", c.id, sanitize_line(c.text));
    if (c.due) out << fmt::format(" (due {})", format_day(at_zone(*c.due, ctx.zone), ctx.now));
    out << fmt::format(" [{}]\n", to_string(c.status));
    if (c.closing_note && !c.closing_note->empty()) out << "  " << sanitize_line(*c.closing_note) << '\n';
  }
  return 0;
}

} // namespace

void setup_show(CLI::App& app, Context& ctx) {
  auto [show, show_opt] = add_command<IdOptions>(
      app, ctx, "show", "Show an entry in full: text, answers with marks, tags, commitments", run_show);
  show->add_option("id", show_opt->id, "The entry's number (see 'debrief list')")->required();
  show->footer("Examples:\n  debrief show 12\n  debrief show \"$(debrief log -q 'a note')\"");
}

} // namespace debrief::cli
