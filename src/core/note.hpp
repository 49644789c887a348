// What a note's text says about itself: `#tag`/`+tag` words and one `@person`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

struct NoteMarks {
  std::vector<std::string> tags;     ///< lower-case, in order of first appearance, no duplicates
  std::vector<std::string> people;   ///< distinct `@names` (case-insensitively), as first written
};

/// Finds `#tag`, `+tag` and `@name` words. A mark starts a word (so `C#`, `a+b` and
/// `bob@acme.com` are not marks) and its first character is a letter; `#42` is not a tag.
NoteMarks scan_marks(std::string_view text);

/// A tag as given to `-t`: an optional leading `#` or `+`, then letters, digits, `-`, `_`, `/`
/// or `.`. Returns it lower-cased; throws UsageError naming the tag and the accepted form.
std::string normalize_tag(std::string_view tag);

/// A person's name as given to `-r` or `@`: an optional `@`, then 1–64 letters, digits,
/// spaces, `-`, `_`, `.` or `'`. Returns it trimmed; throws UsageError otherwise.
std::string normalize_person(std::string_view name);

/// Upper bounds, documented in debrief(1) under LIMITS. A note, an answer, a commitment and a
/// closing note are each at most k_max_note_bytes; tags and names at most 64 bytes.
inline constexpr std::size_t k_max_note_bytes = 1 << 20;
inline constexpr std::size_t k_max_tags = 64;
inline constexpr std::size_t k_max_tag_bytes = 64;
inline constexpr std::size_t k_max_name_bytes = 64;

/// Which bytes stored text may hold. Text a user gives now (log, answers, edit) must be UTF-8;
/// text import restores keeps the bytes the exported journal held, UTF-8 or not (another tool,
/// an older version or a damaged page may have written them; export escapes them losslessly).
enum class TextBytes { utf8, any };

/// Checks a note body: not blank, valid UTF-8 (unless `bytes` is any), no NUL, at most
/// k_max_note_bytes. Throws UsageError saying what is wrong.
void check_note_text(std::string_view body, TextBytes bytes = TextBytes::utf8);

/// The same checks but blankness for other stored text (`what`: "answer", "commitment", ...):
/// an empty string when it is fine, else what is wrong ("answer is not valid UTF-8 text ...").
std::string text_problem(std::string_view text, std::string_view what, TextBytes bytes = TextBytes::utf8);

/// Lower-cases ASCII letters.
std::string ascii_lower(std::string_view s);

} // namespace debrief
