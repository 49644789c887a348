// Scanning note text for tags and people, and the rules for tag and name syntax.
#include "core/note.hpp"

#include "core/error.hpp"
#include "core/sanitize.hpp"
#include "core/unicode.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace debrief {

namespace {

bool is_ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

/// Whether `cp` continues a mark (see scan_marks): letters, marks and digits of any script,
/// `-`, `_`, `/`, `.`, and the characters the name rule refuses but cannot see when a mark is
/// cut before them: invisible format, private-use and unassigned ones.
bool in_mark(char32_t cp) {
  if (cp < 0x80) return is_ascii_alpha(cp) || is_digit(cp) || cp == '-' || cp == '_' || cp == '/' || cp == '.';
  switch (unicode::kind_of(cp)) {
  case unicode::Kind::letter:
  case unicode::Kind::mark:
  case unicode::Kind::number:
  case unicode::Kind::format:
  case unicode::Kind::private_use:
  case unicode::Kind::unassigned: return true;
  default: return false;
  }
}

/// The code point at `s[i]` and its length; a byte that is not UTF-8 is one character that
/// continues a mark (the note is refused as invalid UTF-8 anyway).
std::size_t char_at(std::string_view s, std::size_t i, char32_t& cp, bool& marks) {
  std::size_t n = decode_utf8(s, i, cp);
  marks = n == 0 || in_mark(cp);
  return n == 0 ? 1 : n;
}

/// Whether the character before `s[i]` continues a word: then a sigil at `i` is inside it.
bool after_word(std::string_view s, std::size_t i) {
  if (i == 0) return false;
  std::size_t j = i - 1;
  while (j > 0 && i - j < 4 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  char32_t cp = 0;
  if (decode_utf8(s, j, cp) != i - j) return true;
  return in_mark(cp) || cp == '#' || cp == '+' || cp == '@';
}

/// Trailing punctuation is prose, not part of the mark: `#demo.` or `@alice,`.
std::string_view trim_trailing_punct(std::string_view s) {
  while (!s.empty() && (s.back() == '.' || s.back() == '-' || s.back() == '/')) s.remove_suffix(1);
  return s;
}

constexpr const char* k_name_rule = "accepted: letters of any script, digits, punctuation, symbols and spaces inside; "
                                    "not starting with '#' or '@'; at most 64 bytes";
constexpr const char* k_tag_rule = "accepted: an optional '#' or '+', then letters of any script, digits, punctuation "
                                   "and symbols, without spaces or commas; at most 64 bytes";

/// What makes `s` (NFC, valid UTF-8) fail the name rule: a refused character, or with
/// `as_tag` a space or comma; empty when none does.
std::string refused_char(std::string_view s, bool as_tag) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t n = decode_utf8(s, i, cp);
    if (as_tag && cp == ' ') return "it contains a space";
    if (as_tag && cp == ',') return "it contains a comma";
    if (auto what = unicode::refused_kind(unicode::kind_of(cp)); !what.empty())
      return fmt::format("U+{:04X} is {}", static_cast<std::uint32_t>(cp), what);
    i += n;
  }
  return {};
}

/// The name (tag) rule for `s`, without its leading sigil and spaces: NFC (lower-cased for a
/// tag) or why it is refused.
std::string check_name(std::string_view s, bool as_tag, std::string& problem) {
  if (!is_valid_utf8(s)) {
    problem = "it is not valid UTF-8";
    return {};
  }
  std::string out = as_tag ? unicode::to_lower(s) : unicode::nfc(s);
  if (out.empty())
    problem = "it is empty";
  else if (out.size() > (as_tag ? k_max_tag_bytes : k_max_name_bytes))
    problem = fmt::format("it is {} bytes long", out.size());
  else if (out.front() == '#' || out.front() == '@' || (as_tag && out.front() == '+'))
    problem = fmt::format("it starts with '{}'", out.front());
  else
    problem = refused_char(out, as_tag);
  return out;
}

} // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return out;
}

NoteMarks scan_marks(std::string_view text) {
  NoteMarks marks;
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char sigil = text[i];
    if (sigil != '#' && sigil != '+' && sigil != '@') continue;
    if (after_word(text, i)) continue;
    char32_t first = 0;
    if (i + 1 >= text.size() || decode_utf8(text, i + 1, first) == 0 ||
        unicode::kind_of(first) != unicode::Kind::letter)
      continue;
    // A name ends at '/', which is prose there: `@alice/bob` names alice.
    std::size_t end = i + 1;
    for (;;) {
      char32_t cp = 0;
      bool more = false;
      std::size_t n = end < text.size() ? char_at(text, end, cp, more) : 0;
      if (n == 0 || !more || (sigil == '@' && cp == '/')) break;
      end += n;
    }
    auto word = trim_trailing_punct(text.substr(i + 1, end - i - 1));
    i = end - 1;
    if (word.empty()) continue;
    if (sigil == '@') {
      auto key = name_key(word);
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        keys.push_back(key);
        marks.people.emplace_back(word);
      }
    } else {
      auto tag = unicode::to_lower(word);
      if (std::find(marks.tags.begin(), marks.tags.end(), tag) == marks.tags.end()) marks.tags.push_back(tag);
    }
  }
  return marks;
}

std::string normalize_tag(std::string_view tag) {
  std::string_view t = tag;
  if (!t.empty() && (t.front() == '#' || t.front() == '+')) t.remove_prefix(1);
  std::string problem;
  std::string out = check_name(t, true, problem);
  if (!problem.empty())
    throw UsageError(fmt::format("invalid tag '{}': {} ({})", escape_unprintable(tag), problem, k_tag_rule));
  return out;
}

std::string normalize_person(std::string_view name) {
  std::string_view n = name;
  if (!n.empty() && n.front() == '@') n.remove_prefix(1);
  while (!n.empty() && n.front() == ' ') n.remove_prefix(1);
  while (!n.empty() && n.back() == ' ') n.remove_suffix(1);
  std::string problem;
  std::string out = check_name(n, false, problem);
  if (!problem.empty())
    throw UsageError(fmt::format("invalid name '{}': {} ({})", escape_unprintable(name), problem, k_name_rule));
  return out;
}

std::string name_key(std::string_view name) {
  // Upper-casing before folding puts `ı`, `I` and `i` under one key, so that a name and its
  // upper-case spelling always share one (folding alone keeps the dotless `ı` apart).
  return unicode::casefold(unicode::to_upper(name));
}

std::vector<std::string> skill_tags(std::string_view text) {
  std::vector<std::string> skills;
  for (const auto& t : scan_marks(text).tags)
    if (auto tag = normalize_tag(t); std::find(skills.begin(), skills.end(), tag) == skills.end())
      skills.push_back(tag);
  return skills;
}

std::optional<std::string> one_skill(const std::vector<std::string>& skills) {
  if (skills.size() > 1)
    throw UsageError(
        fmt::format("a commitment builds one skill; got {} (choose one with -t SKILL)", fmt::join(skills, ", ")));
  if (skills.empty()) return std::nullopt;
  return skills.front();
}

void check_note_text(std::string_view body, TextBytes bytes) {
  if (std::all_of(body.begin(), body.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }))
    throw UsageError("empty note; nothing logged (give the text as arguments, on stdin, or in the editor)");
  if (body.size() > k_max_note_bytes)
    throw UsageError(fmt::format("note is too long ({} bytes; at most {} bytes)", body.size(), k_max_note_bytes));
  if (auto problem = text_problem(body, "note", bytes); !problem.empty()) throw UsageError(problem);
}

std::string text_problem(std::string_view text, std::string_view what, TextBytes bytes) {
  if (text.size() > k_max_note_bytes) return fmt::format("{} is too long (at most {} bytes)", what, k_max_note_bytes);
  // Restored text (import) comes back as the journal held it, NUL bytes included.
  if (bytes == TextBytes::utf8 && text.find('\0') != std::string_view::npos)
    return fmt::format("{} contains a NUL byte (accepted: text)", what);
  if (bytes == TextBytes::utf8 && !is_valid_utf8(text))
    return fmt::format("{} is not valid UTF-8 text (convert it to UTF-8 first)", what);
  return {};
}

} // namespace debrief
