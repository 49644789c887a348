// Fuzzes the note text scanner (`#tag`, `+tag`, `@name`) and the tag and name rules behind
// `-t` and `-r`: a name or tag the rules accept is printable (no control, format or separator
// character but the space), in NFC, trimmed, within 64 bytes, and normalizes to itself; names
// that differ only in case or normal form share a key; and what the scanner finds in a note
// that `log` accepts is a valid tag or name unless it holds a character the rule refuses.
#include "fuzz.hpp"

#include "core/error.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "core/unicode.hpp"

#include <algorithm>
#include <string>

using namespace debrief;

namespace {

/// Whether every character of `s` is one the name rule accepts (the space included).
bool printable(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t n = decode_utf8(s, i, cp);
    if (n == 0 || !unicode::refused_kind(unicode::kind_of(cp)).empty()) return false;
    i += n;
  }
  return true;
}

/// `mark` occurs in `text` right after one of `sigils`.
bool occurs_after(std::string_view text, std::string_view sigils, std::string_view mark) {
  for (std::size_t pos = text.find(mark, 1); pos != std::string_view::npos; pos = text.find(mark, pos + 1))
    if (sigils.find(text[pos - 1]) != std::string_view::npos) return true;
  return false;
}

void check_name(const std::string& name) {
  FUZZ_CHECK(!name.empty() && name.size() <= k_max_name_bytes && name.front() != ' ' && name.back() != ' ');
  FUZZ_CHECK(name.front() != '#' && name.front() != '@');
  FUZZ_CHECK(is_valid_utf8(name) && printable(name));
  FUZZ_CHECK(unicode::nfc(name) == name);
  FUZZ_CHECK(normalize_person(name) == name);
  FUZZ_CHECK(normalize_person("@" + name) == name);
  FUZZ_CHECK(normalize_person(" " + name + "  ") == name);
  const std::string key = name_key(name);
  FUZZ_CHECK(name_key(unicode::to_upper(name)) == key);
  FUZZ_CHECK(name_key(unicode::nfd(name)) == key);
  FUZZ_CHECK(name_key(key) == key);
  FUZZ_CHECK(escape_unprintable(name, k_max_name_bytes + 1) == name); // shown as it is in messages
}

void check_tag(const std::string& tag) {
  FUZZ_CHECK(!tag.empty() && tag.size() <= k_max_tag_bytes);
  FUZZ_CHECK(tag.front() != '#' && tag.front() != '+' && tag.front() != '@');
  FUZZ_CHECK(tag.find(' ') == std::string::npos && tag.find(',') == std::string::npos);
  FUZZ_CHECK(is_valid_utf8(tag) && printable(tag));
  FUZZ_CHECK(unicode::nfc(tag) == tag && unicode::to_lower(tag) == tag);
  FUZZ_CHECK(normalize_tag(tag) == tag);
  FUZZ_CHECK(normalize_tag("#" + tag) == tag);
  FUZZ_CHECK(normalize_tag("+" + tag) == tag);
}

void check_normalizers(std::string_view text) {
  try {
    check_tag(normalize_tag(text));
  } catch (const UsageError& e) {
    FUZZ_CHECK(std::string_view(e.what()).starts_with("invalid tag '"));
    FUZZ_CHECK(printable(e.what()));
  }
  try {
    const std::string name = normalize_person(text);
    check_name(name);
    FUZZ_CHECK(normalize_person(unicode::nfd(name)) == name);
  } catch (const UsageError& e) {
    const std::string_view message = e.what();
    FUZZ_CHECK(message.starts_with("invalid name '"));
    // The name is quoted escaped: nothing in the message is a control, format or separator.
    FUZZ_CHECK(printable(message));
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = debrief::fuzz::as_text(data, size);
  const NoteMarks marks = scan_marks(text);
  const bool valid = is_valid_utf8(text);
  const std::string lowered = unicode::to_lower(text);

  for (std::size_t i = 0; i < marks.tags.size(); ++i) {
    const std::string& tag = marks.tags[i];
    FUZZ_CHECK(!tag.empty() && tag.find(' ') == std::string::npos);
    if (valid) FUZZ_CHECK(unicode::to_lower(tag) == tag && occurs_after(lowered, "#+", tag));
    FUZZ_CHECK(std::find(marks.tags.begin(), marks.tags.begin() + static_cast<std::ptrdiff_t>(i), tag) ==
               marks.tags.begin() + static_cast<std::ptrdiff_t>(i));
  }
  for (std::size_t i = 0; i < marks.people.size(); ++i) {
    const std::string& name = marks.people[i];
    FUZZ_CHECK(!name.empty() && name.find(' ') == std::string::npos && occurs_after(text, "@", name));
    for (std::size_t j = 0; j < i; ++j) FUZZ_CHECK(name_key(marks.people[j]) != name_key(name));
  }

  bool loggable = true;
  try {
    check_note_text(text);
  } catch (const UsageError&) {
    loggable = false;
  }
  if (loggable) {
    // Marks longer than the 64-byte limit, or holding a character names refuse (an invisible
    // one, say), are the documented ways for a note to fail over its marks.
    for (const auto& tag : marks.tags)
      if (tag.size() <= k_max_tag_bytes && printable(tag)) FUZZ_CHECK(normalize_tag(tag) == tag);
    for (const auto& name : marks.people) {
      const std::string composed = unicode::nfc(name);
      if (composed.size() <= k_max_name_bytes && printable(composed)) FUZZ_CHECK(normalize_person(name) == composed);
    }
  }
  check_normalizers(text);
  return 0;
}
