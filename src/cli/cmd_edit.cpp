// `debrief edit`: change an entry in $VISUAL/$EDITOR, validated before saving; a bad edit, a
// failed save or an entry changed while the editor was open keeps the edited text in a private
// draft.
#include "cli/commands.hpp"
#include "cli/editor.hpp"

#include "core/edit.hpp"
#include "core/messages.hpp"
#include "core/sanitize.hpp"
#include "core/text.hpp"
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
# Header: at (a date and time), person (empty: none), tags (separated by spaces or commas), outcome
# (won, lost, advanced, stalled or empty) and lesson (yes or no); then an empty line and the
# text. Each answer follows its "=== question-id (mark: self|nudged|told|none) ===" line;
# leave an answer empty to mark it skipped. Answers cannot be added or removed.
)";

std::vector<EditAnswer> edit_answers(const std::vector<StoredAnswer>& stored) {
  std::vector<EditAnswer> out;
  for (const auto& a : stored)
    out.push_back(EditAnswer{a.question_id, a.text, a.mark, a.scale.has_value(), std::nullopt});
  return out;
}

/// Why an edit of `then` was not saved, now that the entry is `now`; `draft` holds the edit.
RuntimeError changed_meanwhile(const EntryState& then, const EntryState& now, const std::string& draft) {
  const auto id = then.entry.id;
  if (now.entry.deleted)
    return RuntimeError(fmt::format("entry #{} was deleted while you were editing it; nothing saved, your edit is kept "
                                    "in {} (restore the entry with: debrief undelete {})",
                                    id, draft, id));
  auto what = changed_parts(then.entry, edit_answers(then.answers), now.entry, edit_answers(now.answers));
  return RuntimeError(fmt::format("entry #{} changed while you were editing it{}; nothing saved, your edit is kept "
                                  "in {}",
                                  id, what.empty() ? " (saved again by another command, as it was)" : " (" + what + ")",
                                  draft));
}

int run_edit(const EditOptions& o, Context& ctx) {
  const auto id = parse_number(o.id, Numbered::entry);
  auto journal = ctx.open_journal();
  auto state = journal ? journal->entry_state(id) : std::nullopt;
  if (!state || !state->entry.begun) throw UsageError(no_entry(id)); // not begun: no entry yet
  const Entry& entry = state->entry;
  if (entry.deleted) throw UsageError(entry_is_deleted(id));
  const auto answers = edit_answers(state->answers);

  const std::string before = render_edit(entry, answers);
  // Every field may grow to its limit: the text and each answer.
  auto edited = edit_text(ctx, before + k_edit_help, (answers.size() + 1) * k_max_edited_bytes);
  if (trim(edited.text) == trim(before)) {
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
  // Saved only if no other command wrote to the entry while the editor was open: the edit
  // would silently undo what it wrote (an edit, a rename, a delete).
  std::optional<EntryState> changed;
  try {
    changed = journal->update_entry(id, result, entry.version, ctx.now);
  } catch (const std::exception& e) {
    throw RuntimeError(fmt::format("{}; nothing saved, your edit is kept in {}", e.what(), edited.draft_path));
  }
  if (changed) throw changed_meanwhile(*state, *changed, edited.draft_path);
  discard_draft(edited.draft_path);
  ctx.confirm(fmt::format("saved #{}", id));
  return 0;
}

} // namespace

void setup_edit(CLI::App& app, Context& ctx) {
  auto [sub, opt] = add_command<EditOptions>(
      app, ctx, "edit", "Change an entry in $VISUAL/$EDITOR: fields, text, tags, answers", run_edit);
  sub->add_option("id", opt->id, "The entry's number (see 'debrief list')")->required();
  sub->footer(R"help(The entry opens as header fields (at, person, tags, outcome, lesson), an empty line, the
text, then one section per answer. It is checked before anything is saved; if the edit
has an error or cannot be saved, it is kept in a private draft and its path printed. It is
saved only if no other command changed the entry while the editor was open.

Examples:
  debrief edit 12
  EDITOR=nano debrief edit "$(debrief list -n 1 --json | jq .id)")help");
}

} // namespace debrief::cli
