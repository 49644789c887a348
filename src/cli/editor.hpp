// Getting text from the user's editor without ever losing it.
#pragma once

#include "cli/io.hpp"

#include <string>

namespace debrief::cli {

/// Lines from this marker on are instructions, removed from what the user wrote.
extern const char* const k_scissors;

struct EditorText {
  std::string text;       ///< what the user wrote, above the scissors line, trimmed
  std::string draft_path; ///< the private file holding it until it is saved
};

/// Writes `template_text` to a private draft, runs $VISUAL/$EDITOR (else vi) on it and reads it
/// back. When the editor fails, throws RuntimeError naming the kept draft. When it returns at
/// once with the file unchanged, warns that it may not wait for the file to be closed.
EditorText edit_text(const Context& ctx, const std::string& drafts_dir, const std::string& template_text);

/// Keeps `text` in a private draft file (in `drafts_dir`, else in $TMPDIR or /tmp when that
/// fails) and returns a message naming it ("your text is kept in PATH"); never throws.
/// `what` names the text ("text", "answer") and the draft file.
std::string keep_draft(const std::string& drafts_dir, const std::string& text, const std::string& what = "text");

/// Removes the draft once its text is safely stored; failures are ignored.
void discard_draft(const std::string& path);

} // namespace debrief::cli
