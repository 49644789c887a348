// Scanning note text for tags and people, and the rules for tag and name syntax.
#include "core/note.hpp"

#include "core/error.hpp"
#include "core/sanitize.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace debrief {

namespace {

bool is_ascii_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
/// Letters of other scripts arrive as UTF-8 bytes >= 0x80: they count as letters here.
bool is_letter(unsigned char c) { return is_ascii_alpha(c) || c >= 0x80; }
bool is_word_char(unsigned char c) { return is_letter(c) || is_digit(c) || c == '-' || c == '_' || c == '/' || c == '.'; }

/// Trailing punctuation is prose, not part of the mark: `#demo.` or `@alice,`.
std::string_view trim_trailing_punct(std::string_view s) {
  while (!s.empty() && (s.back() == '.' || s.back() == '-' || s.back() == '/')) s.remove_suffix(1);
  return s;
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
  for (std::size_t i = 0; i < text.size(); ++i) {
    char sigil = text[i];
    if (sigil != '#' && sigil != '+' && sigil != '@') continue;
    if (i > 0) {
      auto prev = static_cast<unsigned char>(text[i - 1]);
      if (is_word_char(prev) || prev == '#' || prev == '+' || prev == '@') continue;
    }
    if (i + 1 >= text.size() || !is_letter(static_cast<unsigned char>(text[i + 1]))) continue;
    // A name ends at '/', which names may not contain: `@alice/bob` names alice.
    std::size_t end = i + 1;
    while (end < text.size() && is_word_char(static_cast<unsigned char>(text[end])) && !(sigil == '@' && text[end] == '/'))
      ++end;
    auto word = trim_trailing_punct(text.substr(i + 1, end - i - 1));
    i = end - 1;
    if (word.empty()) continue;
    if (sigil == '@') {
      auto key = ascii_lower(word);
      bool seen = std::any_of(marks.people.begin(), marks.people.end(),
                              [&](const std::string& p) { return ascii_lower(p) == key; });
      if (!seen) marks.people.emplace_back(word);
    } else {
      auto tag = ascii_lower(word);
      if (std::find(marks.tags.begin(), marks.tags.end(), tag) == marks.tags.end()) marks.tags.push_back(tag);
    }
  }
  return marks;
}

std::string normalize_tag(std::string_view tag) {
  std::string_view t = tag;
  if (!t.empty() && (t.front() == '#' || t.front() == '+')) t.remove_prefix(1);
  bool ok = !t.empty() && t.size() <= k_max_tag_bytes && is_letter(static_cast<unsigned char>(t.front())) &&
            std::all_of(t.begin(), t.end(), [](char c) { return is_word_char(static_cast<unsigned char>(c)); }) &&
            is_valid_utf8(t);
  if (!ok)
    throw UsageError(fmt::format("invalid tag '{}' (accepted: a letter, then letters, digits, '-', '_', '/' or '.'; "
                                 "at most 64 bytes)",
                                 sanitize_line(tag)));
  return ascii_lower(t);
}

std::string normalize_person(std::string_view name) {
  std::string_view n = name;
  if (!n.empty() && n.front() == '@') n.remove_prefix(1);
  while (!n.empty() && n.front() == ' ') n.remove_prefix(1);
  while (!n.empty() && n.back() == ' ') n.remove_suffix(1);
  bool ok = !n.empty() && n.size() <= k_max_name_bytes && is_letter(static_cast<unsigned char>(n.front())) &&
            std::all_of(n.begin(), n.end(),
                        [](char c) {
                          auto u = static_cast<unsigned char>(c);
                          return is_letter(u) || is_digit(u) || u == ' ' || u == '-' || u == '_' || u == '.' ||
                                 u == '\'';
                        }) &&
            is_valid_utf8(n);
  if (!ok)
    throw UsageError(fmt::format("invalid name '{}' (accepted: a letter, then letters, digits, spaces, '-', '_', "
                                 "'.' or an apostrophe; at most 64 bytes)",
                                 sanitize_line(name)));
  return std::string(n);
}

void check_note_text(std::string_view body, TextBytes bytes) {
  if (std::all_of(body.begin(), body.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }))
    throw UsageError("empty note; nothing logged (give the text as arguments, on stdin, or in the editor)");
  if (body.size() > k_max_note_bytes)
    throw UsageError(fmt::format("note is too long ({} bytes; at most {} bytes)", body.size(), k_max_note_bytes));
  if (auto problem = text_problem(body, "note", bytes); !problem.empty()) throw UsageError(problem);
}

std::string text_problem(std::string_view text, std::string_view what, TextBytes bytes) {
  if (text.size() > k_max_note_bytes)
    return fmt::format("{} is too long (at most {} bytes)", what, k_max_note_bytes);
  if (text.find('\0') != std::string_view::npos) return fmt::format("{} contains a NUL byte (accepted: text)", what);
  if (bytes == TextBytes::utf8 && !is_valid_utf8(text))
    return fmt::format("{} is not valid UTF-8 text (convert it to UTF-8 first)", what);
  return {};
}

} // namespace debrief
