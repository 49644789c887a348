// `debrief person NAME` (also `debrief people NAME`): one rep at a glance, what a manager reads
// in the minute before a call (core/person.hpp), as text, Markdown or JSON.
#include "cli/choices.hpp"
#include "cli/commands.hpp"
#include "cli/output_file.hpp"

#include "core/messages.hpp"
#include "core/note.hpp"
#include "core/person.hpp"
#include "core/sanitize.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>

#include <map>
#include <memory>
#include <ostream>

namespace debrief::cli {

void add_person_options(CLI::App& sub, PersonOptions& o, bool json_flag) {
  sub.add_option("-f,--format", o.format, "text (default), markdown (to share), json or html (a page to print)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, PersonFormat>{{"text", PersonFormat::text},
                                                                              {"markdown", PersonFormat::markdown},
                                                                              {"json", PersonFormat::json},
                                                                              {"html", PersonFormat::html}},
                                          CLI::ignore_case))
      ->transform(one_of({"text", "markdown", "json", "html"}))
      ->option_text("text|markdown|json|html");
  add_output_option(sub, o.output);
  if (json_flag)
    sub.add_flag_callback(
        "--json", [&o] { o.format = PersonFormat::json; }, "The same as --format json");
  sub.add_flag("--include-private", o.include_private, "Count entries from private decks too");
}

int run_person(const PersonOptions& o, Context& ctx) {
  std::string_view typed = o.name;
  if (!typed.empty() && typed.front() == '@') typed.remove_prefix(1);
  const std::string name = normalize_person(std::string(typed));
  auto journal = ctx.open_journal();
  if (!journal) throw UsageError(no_one_called(escape_unprintable(name)));
  auto in = journal->person_input(name, o.include_private);
  in.target = ctx.config().discovery_target;
  const auto view = build_person(in, ctx.now);
  // Text fits the terminal (a file: --width, else 80); Markdown and HTML are at the recap's width.
  const RecapStyle style{&ctx.zone, ctx.now,
                         o.format != PersonFormat::text ? k_recap_width
                         : o.output                     ? ctx.width_flag.value_or(k_recap_width)
                                                        : ctx.width()};
  write_output(ctx, o.output, [&](std::ostream& os) {
    switch (o.format) {
    case PersonFormat::text: os << person_text(view, style); break;
    case PersonFormat::markdown: os << person_markdown(view, style); break;
    case PersonFormat::json: os << person_json(view); break;
    case PersonFormat::html: os << person_html(view, style); break;
    }
  });
  return 0;
}

void setup_person(CLI::App& app, Context& ctx) {
  auto [sub, opt] = add_command<PersonOptions>(
      app, ctx, "person", "One rep at a glance: what to read in the minute before a call", run_person);
  sub->add_option("name", opt->name, "The person's name (as 'debrief people' lists it)")->required();
  add_person_options(*sub, *opt, true);
  sub->footer(
      "Shows: last contact, open commitments with their age and reviews, what would\n"
      "have been better in the last three debriefs, the discovery ratio by month\n"
      "against the target, outcomes, lessons and reflection scales. Private entries\n"
      "stay out unless --include-private.\n\n"
      "Examples:\n  debrief person alice\n  debrief people alice          # the same\n"
      "  debrief person \"José\" --format html -o jose.html\n  debrief person bob --json | jq .open_commitments");
}

} // namespace debrief::cli
