// `debrief commit`: a commitment agreed outside a debrief (in a hallway, by mail), recorded with a
// note that says so; deleting that note hides the commitment, as with any entry.
#include "cli/commands.hpp"

#include "core/messages.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "storage/files.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

struct CommitOptions {
  std::string person;
  std::vector<std::string> words;
  std::optional<std::string> due;
  std::vector<std::string> skills;
  bool quiet = false, json = false;
};

/// The skill: -t, else a `#tag` in the text; one at most.
std::optional<std::string> skill_of(const CommitOptions& o, const std::string& text) {
  std::vector<std::string> skills;
  for (const auto& t : o.skills)
    if (std::find(skills.begin(), skills.end(), normalize_tag(t)) == skills.end()) skills.push_back(normalize_tag(t));
  for (const auto& t : skill_tags(text))
    if (std::find(skills.begin(), skills.end(), t) == skills.end()) skills.push_back(t);
  return one_skill(skills);
}

int run_commit(const CommitOptions& o, Context& ctx) {
  const std::string text = fmt::format("{}", fmt::join(o.words, " "));
  if (text.find_first_not_of(" \t") == std::string::npos)
    throw UsageError("the commitment is empty: say what the rep will try, e.g. debrief commit alice \"Ask two pain "
                     "questions\"");
  check_note_text(text);
  NewNote note;
  note.person = normalize_person(o.person);
  note.body = "Commitment: " + text;
  note.at = at_zone(ctx.now, ctx.zone);
  const auto skill = skill_of(o, text);
  std::optional<Seconds> due;
  if (o.due) try {
      due = parse_when(*o.due, ctx.now, ctx.zone, Direction::future, ctx.config().week_start).at.utc;
    } catch (const UsageError& e) {
      throw UsageError(fmt::format("--due: {}", e.what()));
    }
  auto journal = ctx.open_journal_for_write();
  auto added = journal.add_agreed_commitment(note, text, due, skill, ctx.now, new_uuid(ctx.now), new_uuid(ctx.now));
  const auto& e = added.note.entry;
  if (added.note.close_match)
    ctx.warn(new_person_close_to(sanitize_line(*e.person), sanitize_line(*added.note.close_match)));
  const Commitment& c = added.commitment;
  if (o.json)
    ctx.io.out << commitment_json(c, false, ctx) << '\n';
  else if (o.quiet)
    ctx.io.out << c.id << '\n';
  else
    ctx.confirm(fmt::format("committed {} (note #{})", commitment_line(c, false, ctx), e.id));
  return 0;
}

} // namespace

void setup_commit(CLI::App& app, Context& ctx) {
  auto [sub, opt] =
      add_command<CommitOptions>(app, ctx, "commit", "Add a commitment agreed outside a debrief", run_commit);
  sub->add_option("name", opt->person, "Who will try it (the rep)")->required();
  sub->add_option("text", opt->words, "What they will try; a #tag in it is the skill (quote it)")->required();
  sub->add_option("--due", opt->due, "When to review it, e.g. friday, \"in 2 weeks\", 2026-12-04");
  sub->add_option("-t,--skill", opt->skills, "The skill it builds, a tag (e.g. discovery)");
  auto* q = sub->add_flag("-q,--quiet", opt->quiet, "Print only the new commitment's number");
  sub->add_flag("--json", opt->json, "Print the commitment as JSON")->excludes(q);
  sub->footer(R"(The commitment is recorded with a note on the rep ("Commitment: ..."), dated now; it is
reviewed at the start of the next debrief with them, like one agreed in a debrief. Deleting
that note hides the commitment.

Examples:
  debrief commit alice "Ask two pain questions first" --due friday -t discovery
  debrief commit "José" "Send the recap the same day #follow-up"
  debrief commit bob "Pause after the price" -q)");
}

} // namespace debrief::cli
