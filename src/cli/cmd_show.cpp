// `debrief show`: one entry in full, or its recap as a Markdown note (--format markdown).
#include "cli/choices.hpp"
#include "cli/commands.hpp"

#include "core/messages.hpp"
#include "core/recap.hpp"
#include "core/sanitize.hpp"
#include "core/wrap.hpp"
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
  // Lines fit the width: a long one continues under its own start, indented like it.
  const int width = ctx.width();
  auto& out = ctx.io.out;
  auto field = [&](std::string_view name, const std::string& value) {
    const std::string prefix = fmt::format("{}: ", name);
    out << wrap_with(prefix, value, width, std::string(prefix.size(), ' '));
  };
  std::string head = fmt::format("#{} · {} · {}", e->id, to_string(e->kind), ctx.show_time(e->at));
  if (e->person) head += " · " + sanitize_line(*e->person);
  out << wrap_with("", head, width, "  ");
  if (e->deck) field("deck", sanitize_line(*e->deck));
  if (e->kind != Kind::note && !e->body.empty()) field("about", sanitize_line(e->body));
  if (e->status != Status::complete) field("status", std::string(to_string(e->status)));
  if (e->outcome) field("outcome", std::string(to_string(*e->outcome)));
  if (e->lesson) out << "lesson: yes\n";
  if (!e->tags.empty()) field("tags", sanitize_line(fmt::format("{}", fmt::join(e->tags, ", "))));
  field("uuid", e->uuid);
  if (!e->body.empty() && e->kind == Kind::note) out << '\n' << wrap_with("", sanitize_text(e->body), width, "");
  for (const auto& a : answers) {
    out << '\n' << wrap_with("", sanitize_line(a.question_text), width, "");
    std::string answer = a.text ? sanitize_text(*a.text) : "(skipped)";
    if (a.mark)
      answer += fmt::format("  [{}{}]", to_string(*a.mark), a.probes > 1 ? fmt::format(", {} probes", a.probes) : "");
    out << wrap_with("  ", answer, width, "  ");
  }
  for (const auto& c : commitments) {
    std::string line = fmt::format("commitment #{}: {}", c.id, sanitize_line(c.text));
    if (c.due) line += fmt::format(" (due {})", format_day(at_zone(*c.due, ctx.zone), ctx.now));
    line += fmt::format(" [{}]", to_string(c.status));
    out << '\n' << wrap_with("", line, width, "  ");
    if (c.closing_note && !c.closing_note->empty()) out << wrap_with("  ", sanitize_line(*c.closing_note), width, "  ");
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
