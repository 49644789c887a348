// The text form of an entry for `debrief edit`: header fields, the text, one section per
// answer. Rendering and parsing are pure; the editor round-trip lives in cli.
#pragma once

#include "core/entry.hpp"
#include "core/interview.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

struct EditAnswer {
  std::string question_id;
  std::optional<std::string> text; ///< nullopt: skipped
  std::optional<Discovery> mark;
  bool scale = false; ///< a scale answer: the text must be a whole number
  /// Follow-up questions needed, set by a mark written as `ask` takes it (`n2`: 2, `n`: 1, `s`
  /// and `t`: 0); nullopt: as stored (a mark written as a word, or none).
  std::optional<int> probes;
  friend bool operator==(const EditAnswer&, const EditAnswer&) = default;
};

struct EditedEntry {
  Instant at;
  std::optional<std::string> person;
  std::vector<std::string> tags;
  std::optional<Outcome> outcome;
  bool lesson = false;
  std::string body;
  std::vector<EditAnswer> answers;
};

/// The entry as text to edit.
std::string render_edit(const Entry& e, const std::vector<EditAnswer>& answers);

/// Reads an edited text back. `original` lists the entry's answers: every one must be present,
/// none added. Throws UsageError naming the line and what is accepted.
EditedEntry parse_edit(std::string_view text, const std::vector<EditAnswer>& original, Seconds now, const Zone& zone);

/// What an edit shows of an entry that differs between `then` (as the editor opened) and `now`,
/// in words for a message: "its person", "its text and tags", "its tags, time and answers".
/// Empty when nothing it shows differs (the entry was, say, deleted and restored meanwhile).
std::string changed_parts(const Entry& then, const std::vector<EditAnswer>& then_answers, const Entry& now,
                          const std::vector<EditAnswer>& now_answers);

} // namespace debrief
