// Fuzzes the note text scanner (`#tag`, `+tag`, `@name`) and the tag and name rules behind
// `-t` and `-r`: what the scanner finds in a note that `log` accepts is already a valid,
// normalized tag or name, so a note never fails over a mark the scanner itself produced.
#include "fuzz.hpp"

#include "core/error.hpp"
#include "core/note.hpp"

#include <algorithm>
#include <string>

using namespace debrief;

namespace {

bool is_lower_ascii(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

/// `mark` occurs in `text` right after one of `sigils`.
bool occurs_after(std::string_view text, std::string_view sigils, std::string_view mark) {
  for (std::size_t pos = text.find(mark, 1); pos != std::string_view::npos; pos = text.find(mark, pos + 1))
    if (sigils.find(text[pos - 1]) != std::string_view::npos) return true;
  return false;
}

void check_normalizers(std::string_view text) {
  try {
    const std::string tag = normalize_tag(text);
    FUZZ_CHECK(!tag.empty() && tag.size() <= 64 && is_lower_ascii(tag));
    FUZZ_CHECK(normalize_tag(tag) == tag);
    FUZZ_CHECK(normalize_tag("#" + tag) == tag);
  } catch (const UsageError& e) {
    FUZZ_CHECK(std::string_view(e.what()).starts_with("invalid tag '"));
  }
  try {
    const std::string name = normalize_person(text);
    FUZZ_CHECK(!name.empty() && name.size() <= 64 && name.front() != ' ' && name.back() != ' ');
    FUZZ_CHECK(normalize_person(name) == name);
    FUZZ_CHECK(normalize_person("@" + name) == name);
  } catch (const UsageError& e) {
    FUZZ_CHECK(std::string_view(e.what()).starts_with("invalid name '"));
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = debrief::fuzz::as_text(data, size);
  const NoteMarks marks = scan_marks(text);
  const std::string lowered = ascii_lower(text);

  for (std::size_t i = 0; i < marks.tags.size(); ++i) {
    const std::string& tag = marks.tags[i];
    FUZZ_CHECK(!tag.empty() && is_lower_ascii(tag));
    FUZZ_CHECK(occurs_after(lowered, "#+", tag));
    FUZZ_CHECK(std::find(marks.tags.begin(), marks.tags.begin() + static_cast<std::ptrdiff_t>(i), tag) ==
               marks.tags.begin() + static_cast<std::ptrdiff_t>(i));
  }
  for (std::size_t i = 0; i < marks.people.size(); ++i) {
    const std::string& name = marks.people[i];
    FUZZ_CHECK(!name.empty() && occurs_after(text, "@", name));
    for (std::size_t j = 0; j < i; ++j) FUZZ_CHECK(ascii_lower(marks.people[j]) != ascii_lower(name));
  }

  bool loggable = true;
  try {
    check_note_text(text);
  } catch (const UsageError&) {
    loggable = false;
  }
  if (loggable) {
    // Marks longer than the 64-byte limit are the one documented way for a note to fail.
    for (const auto& tag : marks.tags)
      if (tag.size() <= 64) FUZZ_CHECK(normalize_tag(tag) == tag);
    for (const auto& name : marks.people)
      if (name.size() <= 64) FUZZ_CHECK(normalize_person(name) == name);
  }
  check_normalizers(text);
  return 0;
}
