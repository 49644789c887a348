// What a note's text says about itself: `#tag`/`+tag` words and one `@person`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

struct NoteMarks {
  std::vector<std::string> tags;   ///< in NFC and lower case, in order of first appearance, no duplicates
  std::vector<std::string> people; ///< distinct `@names` (by name_key), as first written
};

/// Finds `#tag`, `+tag` and `@name` words. A mark starts a word (so `C#`, `a+b` and
/// `bob@acme.com` are not marks) and its first character is a letter of any script; `#42` is not
/// a tag. It runs over letters, combining marks and digits of any script, `-`, `_`, `.` and `/`
/// (a name stops at `/`); spaces, other punctuation and symbols end it, and a trailing `.`, `-`
/// or `/` is prose. Invisible format characters do not end it, so that `@b<U+200B>ob` is
/// refused by the name rule rather than read as `@b`.
NoteMarks scan_marks(std::string_view text);

/// A tag as given to `-t`: an optional leading `#` or `+`, then what a name may hold but spaces
/// and commas (a comma separates tags in `edit`). Returns it in NFC and lower case (`#Müller`
/// is `müller`); throws UsageError naming the tag and the accepted form.
std::string normalize_tag(std::string_view tag);

/// The skills a commitment's text names with `#tag`s: normalized (normalize_tag), each once, in
/// the order written. A commitment builds at most one; the caller decides what several mean.
std::vector<std::string> skill_tags(std::string_view text);
/// The one skill of `skills` (nullopt for none); throws UsageError naming them when there are
/// several.
std::optional<std::string> one_skill(const std::vector<std::string>& skills);

/// A person's name as given to `-r`, `@name` or any command that takes one. One leading `@`
/// and surrounding spaces are dropped; what is left is any printable text: letters of any
/// script, combining marks, digits, punctuation, symbols and spaces inside (`Smith, Jr.`,
/// `Anne (SDR)`, `José`, `日本語`), not starting with `#` or `@`, at most 64 bytes in NFC.
/// Refused: control, format (zero-width, bidi) and separator characters other than the space,
/// private-use and unassigned code points, invalid UTF-8. Returns the name in NFC; throws
/// UsageError naming it (escaped: nothing in it reaches the terminal raw) and what is accepted.
std::string normalize_person(std::string_view name);

/// What names are compared by: `ALICE`, `alice` and `Alice` share a key, as do the NFD and
/// NFC spellings of `José`, and `MÜLLER` and `müller`.
std::string name_key(std::string_view name);

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

/// Checks a note body: not blank, valid UTF-8 and no NUL (unless `bytes` is any), at most
/// k_max_note_bytes. Throws UsageError saying what is wrong.
void check_note_text(std::string_view body, TextBytes bytes = TextBytes::utf8);

/// The same checks but blankness for other stored text (`what`: "answer", "commitment", ...):
/// an empty string when it is fine, else what is wrong ("answer is not valid UTF-8 text ...").
std::string text_problem(std::string_view text, std::string_view what, TextBytes bytes = TextBytes::utf8);

/// Lower-cases ASCII letters.
std::string ascii_lower(std::string_view s);

} // namespace debrief
