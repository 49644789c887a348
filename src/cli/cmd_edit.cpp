// `debrief edit`: change an entry in $VISUAL/$EDITOR, validated before saving; a bad edit or
// a failed save keeps the edited text in a private draft.
#include "cli/commands.hpp"
#include "cli/editor.hpp"

#include "core/edit.hpp"
#include "core/sanitize.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

struct EditOptions {
  std::string id; ///< as typed: parse_number checks it
};

const char* const k_edit_help = R"(
# ------------------------ >8 ------------------------
# Edit the entry above this line; everything from the line above down is ignored.
# Header: at (a date and time), person (empty: none), tags (separated by spaces), outcome
# (won, lost, advanced, stalled or empty) and lesson (yes or no); then an empty line and the
# text. Each answer follows its "=== question-id (mark: self|nudged|told|none) ===" line;
# leave an answer empty to mark it skipped. Answers cannot be added or removed.
)";

int run_edit(const EditOptions& o, Context& ctx) {
  const auto id = parse_number(o.id, Numbered::entry);
  auto journal = ctx.open_journal();
  auto entry = journal ? journal->entry(id) : std::nullopt;
  if (!entry) throw UsageError(fmt::format("no entry #{}", id));
  if (entry->deleted) throw UsageError(fmt::format("entry #{} is deleted (restore it with: debrief undelete {})", id, id));
  std::vector<EditAnswer> answers;
  for (const auto& a : journal->answers(id)) answers.push_back(EditAnswer{a.question_id, a.text, a.mark, a.scale.has_value()});

  const std::string before = render_edit(*entry, answers);
  // Every field may grow to its limit: the text and each answer.
  auto edited = edit_text(ctx, before + k_edit_help, (answers.size() + 1) * k_max_edited_bytes);
  auto trimmed = [](const std::string& s) {
    auto b = s.find_first_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
  };
  if (trimmed(edited.text) == trimmed(before)) {
    discard_draft(edited.draft_path);
    ctx.io.err << fmt::format("debrief: no changes to #{}\n", id);
    return 0;
  }
  EditedEntry result;
  try {
    result = parse_edit(edited.text, answers, ctx.now, ctx.zone);
  } catch (const UsageError& e) {
    throw UsageError(fmt::format("edit: {}; nothing saved, your edit is kept in {}", e.what(), edited.draft_path));
  }
  try {
    journal->update_entry(id, result, ctx.now);
  } catch (const std::exception& e) {
    throw RuntimeError(fmt::format("{}; nothing saved, your edit is kept in {}", e.what(), edited.draft_path));
  }
  discard_draft(edited.draft_path);
  ctx.io.out << fmt::format("saved #{}\n", id);
  return 0;
}

} // namespace

void setup_edit(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<EditOptions>();
  auto* sub = app.add_subcommand("edit", "Change an entry in $VISUAL/$EDITOR: fields, text, tags and answers");
  sub->add_option("id", opt->id, "The entry's number (see 'debrief list')")->required();
  sub->footer(R"help(The entry opens as header fields (at, person, tags, outcome, lesson), an empty line, the
text, then one section per answer. It is checked before anything is saved; if the edit
has an error or cannot be saved, it is kept in a private draft and its path printed.

Examples:
  debrief edit 12
  EDITOR=nano debrief edit "$(debrief list -n 1 --json | jq .id)")help");
  sub->callback([opt, &ctx] { ctx.action = [opt, &ctx] { return run_edit(*opt, ctx); }; });
}

} // namespace debrief::cli
