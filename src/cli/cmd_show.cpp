// `debrief show`, `delete` and `undelete`: one entry in full, and soft deletion.
#include "cli/commands.hpp"

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

Journal existing_journal(const Context& ctx, Id id) {
  auto journal = ctx.open_journal();
  if (!journal) throw UsageError(fmt::format("no entry #{} (the journal is empty)", id));
  return std::move(*journal);
}

int run_show(const IdOptions& o, Context& ctx) {
  const auto id = parse_number(o.id, Numbered::entry);
  auto journal = existing_journal(ctx, id);
  auto e = journal.entry(id);
  if (!e || e->deleted) {
    if (e) throw UsageError(fmt::format("entry #{} is deleted (restore it with: debrief undelete {})", id, id));
    throw UsageError(fmt::format("no entry #{}", id));
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

int run_set_deleted(const IdOptions& o, bool deleted, Context& ctx) {
  const auto id = parse_number(o.id, Numbered::entry);
  auto journal = existing_journal(ctx, id);
  journal.set_deleted(id, deleted, ctx.now);
  ctx.confirm(fmt::format("{} #{}", deleted ? "deleted" : "restored", id));
  if (deleted) ctx.io.err << fmt::format("debrief: undo with: debrief undelete {}\n", id);
  return 0;
}

} // namespace

void setup_show(CLI::App& app, Context& ctx) {
  auto show_opt = std::make_shared<IdOptions>();
  auto* show = app.add_subcommand("show", "Show an entry in full: text, answers with marks, tags, commitments");
  show->add_option("id", show_opt->id, "The entry's number (see 'debrief list')")->required();
  show->footer("Examples:\n  debrief show 12\n  debrief show \"$(debrief log -q 'a note')\"");
  show->callback([show_opt, &ctx] { ctx.action = [show_opt, &ctx] { return run_show(*show_opt, ctx); }; });

  auto del_opt = std::make_shared<IdOptions>();
  auto* del = app.add_subcommand("delete", "Hide an entry from list, search and report (undelete restores it)");
  del->add_option("id", del_opt->id, "The entry's number")->required();
  del->footer("Nothing is erased: the entry is kept, hidden, until undeleted.\n\nExamples:\n  debrief delete 5\n"
              "  debrief undelete 5");
  del->callback([del_opt, &ctx] { ctx.action = [del_opt, &ctx] { return run_set_deleted(*del_opt, true, ctx); }; });

  auto undel_opt = std::make_shared<IdOptions>();
  auto* undel = app.add_subcommand("undelete", "Restore a deleted entry");
  undel->add_option("id", undel_opt->id, "The entry's number")->required();
  undel->footer("Examples:\n  debrief undelete 5\n  debrief delete 5 && debrief undelete 5");
  undel->callback(
      [undel_opt, &ctx] { ctx.action = [undel_opt, &ctx] { return run_set_deleted(*undel_opt, false, ctx); }; });
}

} // namespace debrief::cli
