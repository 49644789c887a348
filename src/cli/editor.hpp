// Getting text from the user's editor without ever losing it.
#pragma once

#include "cli/io.hpp"

#include <cstdint>
#include <functional>
#include <string>

namespace debrief {
class DraftFile;
}

namespace debrief::cli {

/// What the editor may write for one text (a note, an answer): its limit and room for the
/// instructions below the scissors line.
inline constexpr std::uint64_t k_max_edited_bytes = (1u << 20) + 64 * 1024;

/// Lines from this marker on are instructions, removed from what the user wrote.
extern const char* const k_scissors;

struct EditorText {
  std::string text;       ///< what the user wrote, above the scissors line, trimmed
  std::string draft_path; ///< the private file holding it until it is saved
};

/// Writes `template_text` to a private draft, runs $VISUAL/$EDITOR (else vi) on it and reads it
/// back. When the editor fails, throws RuntimeError naming the kept draft; when it wrote more
/// than `max_bytes`, UsageError naming the kept draft, without reading it. When it returns at
/// once with the file unchanged, warns that it may not wait for the file to be closed. Killed
/// (SIGTERM, SIGHUP) while the editor runs, debrief names the draft before it goes.
/// With `reuse` (a command such as "debrief log --from-draft"), the messages naming the draft
/// end with "; reuse it with: <reuse> <path>".
EditorText edit_text(const Context& ctx, const std::string& template_text, std::uint64_t max_bytes,
                     const std::string& reuse = {});

/// "; reuse it with: <command> <path, quoted for the shell when it needs it>"
std::string reuse_hint(const std::string& command, const std::string& path);

/// `text` as the editor's round-trip reads it back: without the scissors line and everything
/// below it (the template's instructions), trimmed.
std::string strip_instructions(const std::string& text);

/// `s` as one word for a POSIX shell: as it is when it holds only safe characters
/// (`/home/bob/x.md`), else in single quotes (`'/tmp/my draft.md'`, `'it'\''s.md'`).
std::string shell_quote(std::string_view s);

/// Keeps `text` in a private draft file (in the drafts directory, else in $TMPDIR or /tmp when
/// that fails) and returns a message naming it ("your text is kept in PATH"); never throws.
/// `what` names the text ("text", "answer") and the draft file.
std::string keep_draft(const Context& ctx, const std::string& text, const std::string& what = "text");
/// The same for text written in pieces by `fill` (too long to hold at once). `fill` runs again
/// for the fallback draft when the first one fails, so it must be able to start over.
std::string keep_draft(const Context& ctx, const std::function<void(DraftFile&)>& fill,
                       const std::string& what = "text");

/// While alive, SIGINT, SIGTERM and SIGHUP print "debrief: <message>" and end debrief with
/// status 130: for a save that may wait on another process's lock while its text is in a draft
/// the message names.
class DraftGuard {
 public:
  explicit DraftGuard(const std::string& message);
  ~DraftGuard();
  DraftGuard(const DraftGuard&) = delete;
  DraftGuard& operator=(const DraftGuard&) = delete;
};

/// Removes the draft once its text is safely stored; failures are ignored.
void discard_draft(const std::string& path);

} // namespace debrief::cli
