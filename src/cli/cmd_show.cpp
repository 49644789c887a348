// `debrief show`: one entry in full, or its recap as a Markdown note (--format markdown).
#include "cli/choices.hpp"
#include "cli/commands.hpp"

#include "core/messages.hpp"
#include "core/recap.hpp"
#include "core/sanitize.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

enum class Format { text, markdown };

struct ShowOptions {
  std::string id; ///< as typed: parse_number checks it
  Format format = Format::text;
};

/// The entry's recap as a Markdown note (core/recap.hpp).
int show_markdown(Journal& journal, Id id, Context& ctx) {
  auto in = journal.recap_input(id);
  if (!in) throw UsageError(no_entry(id));
  in->target = ctx.config().discovery_target;
  ctx.io.out << recap_markdown(build_recap(*in), RecapStyle{&ctx.zone, ctx.now, k_recap_width});
  return 0;
}

int run_show(const ShowOptions& o, Context& ctx) {
  const auto id = parse_number(o.id, Numbered::entry);
  auto journal = existing_journal(ctx, id);
  auto e = journal.entry(id);
  if (!e || !e->begun || e->deleted) { // an interview not begun is no entry yet
    if (e && e->begun) throw UsageError(entry_is_deleted(id));
    throw UsageError(no_entry(id));
  }
  if (o.format == Format::markdown) return show_markdown(journal, id, ctx);
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
  auto [show, show_opt] = add_command<ShowOptions>(
      app, ctx, "show", "Show an entry in full: text, answers, marks, tags, commitments", run_show);
  show->add_option("id", show_opt->id, "The entry's number (see 'debrief list')")->required();
  show->add_option("-f,--format", show_opt->format,
                   "text (default), or markdown: the recap as a note to send the rep (a note's text for a note)")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, Format>{{"text", Format::text}, {"markdown", Format::markdown}}, CLI::ignore_case))
      ->transform(one_of({"text", "markdown"}))
      ->option_text("text|markdown");
  show->footer("Examples:\n  debrief show 12\n  debrief show 12 --format markdown > recap.md\n"
               "  debrief show \"$(debrief log -q 'a note')\"");
}

} // namespace debrief::cli
