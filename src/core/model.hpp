// What commands give the journal and get back from it, as plain values: new notes and
// interviews, answers, commitments, filters, search hits and people's counts.
#pragma once

#include "core/entry.hpp"
#include "core/interview.hpp"
#include "core/time.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

/// What `log` stores.
struct NewNote {
  std::string body;
  std::optional<std::string> person;
  std::vector<std::string> tags;
  Instant at;
  std::optional<Outcome> outcome;
  bool lesson = false;
};

struct AddedNote {
  Entry entry;
  /// Set when the person is new and their name is close to a known one's.
  std::optional<std::string> close_match;
};

/// An answer as stored: keyed by question id within its entry; `position` is the order asked.
struct StoredAnswer {
  int position = 0;
  std::string question_id;
  std::string question_text;       ///< as asked: decks change, history must not
  std::optional<std::string> text; ///< nullopt: skipped
  std::optional<int> scale;
  std::optional<Discovery> mark;
  int probes = 0;
  /// Its question sets the entry's outcome (`sets = "outcome"`): saving it sets the outcome to
  /// the answer, or clears it when the answer is skipped or not an outcome.
  bool sets_outcome = false;
};

enum class CommitmentStatus { open, done, dropped };
std::string_view to_string(CommitmentStatus s);
/// Parses "open", "done" or "dropped"; UsageError naming the accepted values otherwise.
CommitmentStatus parse_commitment_status(std::string_view s);

/// Whether a commitment helped, as its review judged: `yes`, `partly` or `no`.
enum class Helped { yes, partly, no };
std::string_view to_string(Helped h);
/// Parses "yes", "partly" or "no"; UsageError naming the accepted values otherwise.
Helped parse_helped(std::string_view s);

/// A commitment's latest review (at the start of a debrief, or with done/drop).
struct LatestReview {
  std::string note;             ///< how it went ("" when not said)
  std::optional<Helped> helped; ///< nullopt: not judged
  std::optional<std::string> evidence;
  Seconds at = 0;
};

struct Commitment {
  Id id = 0;
  std::string uuid;
  std::optional<std::string> person;
  std::optional<Id> entry;
  std::string text;
  std::optional<Seconds> due;
  CommitmentStatus status = CommitmentStatus::open;
  Seconds created = 0;
  std::optional<std::string> closing_note;
  std::optional<Seconds> closed;
  std::optional<std::string> skill; ///< the skill it builds, a tag (lower-case)
  std::optional<LatestReview> review;
  bool hidden = false; ///< the entry it was made in is deleted
};

/// An entry with its answers, as read together.
struct EntryState {
  Entry entry;
  std::vector<StoredAnswer> answers;
};

/// A new interview entry (`ask`, `reflect`).
struct NewInterview {
  Kind kind = Kind::debrief;
  std::optional<std::string> person;
  std::string deck;
  std::string about; ///< the account or call (--about), stored as the body; empty for none
  std::vector<std::string> tags;
  bool lesson = false;
  bool is_private = false; ///< the deck's `private`, kept with the entry
  Instant at;
};

/// Which entries `list`, `search` and `export` show; all conditions must hold.
struct ListFilter {
  std::optional<std::string> person;
  std::optional<std::string> tag;
  std::optional<Kind> kind;
  std::optional<Seconds> since; ///< at or after
  std::optional<Seconds> until; ///< before
  std::optional<Outcome> outcome;
  bool lessons_only = false;
  bool include_private = true; ///< false: private entries are left out
  long limit = 20;             ///< 0: no limit
};

/// Which commitments `commitments` shows; all conditions must hold.
struct CommitmentFilter {
  bool all = false;                  ///< false: open ones only
  std::optional<std::string> person; ///< only this person's (UsageError for an unknown one)
  std::optional<Seconds> due_before; ///< only those due before this instant
};

/// A search result: the entry and the best-matching text around the match, with the matched
/// words between k_match_start and k_match_end.
struct SearchHit {
  Entry entry;
  std::string snippet;
};
inline constexpr const char* k_match_start = "\xEE\x80\x80"; // U+E000, private use: never in stored text's meaning
inline constexpr const char* k_match_end = "\xEE\x80\x81";   // U+E001

/// One person with what `people` shows.
struct PersonSummary {
  std::string name;
  int notes = 0, debriefs = 0, reflections = 0;
  std::optional<Instant> last_coached; ///< the last debrief
  int open_commitments = 0;
};

} // namespace debrief
