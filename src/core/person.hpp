// One rep at a glance (`debrief person NAME`): what a manager reads in the minute before a call,
// as values built from what the journal gives, and as text and Markdown that fit 80 columns.
// No I/O here: storage fills a PersonInput, build_person turns it into a PersonView.
#pragma once

#include "core/entry.hpp"
#include "core/interview.hpp"
#include "core/model.hpp"
#include "core/recap.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace debrief {

/// How many of the latest debriefs, lessons, closed commitments and months the view shows.
inline constexpr std::size_t k_person_debriefs = 3;
inline constexpr std::size_t k_person_lessons = 5;
inline constexpr std::size_t k_person_closed = 3;
inline constexpr std::size_t k_person_months = 6;

/// A review of a commitment in a later entry (answers `review/<uuid>` and `review/<uuid>/decision`).
struct PersonReview {
  Id entry = 0;
  Instant at;
  std::string how;                     ///< how it went (empty: skipped)
  std::optional<std::string> decision; ///< done, keep, drop as answered
};

/// A debrief with its answers (the view keeps its "what would have been better" line).
struct PersonDebrief {
  Entry entry;
  std::vector<StoredAnswer> answers;
};

/// Discovery marks of the person's debriefs in one month of their local time.
struct PersonMonth {
  std::string month; ///< `2026-11`
  DiscoveryTally tally;
};

/// Scale answers to one deck question: their sum and count, and the text as last asked.
struct PersonScale {
  std::string deck, question_id, question_text;
  double sum = 0;
  int count = 0;
};

struct PersonLesson {
  Id id = 0;
  Instant at;
  std::string text; ///< its `lesson` answer, else its body
};

/// What the journal gives about one person (private entries left out unless included).
struct PersonInput {
  std::string name;
  int notes = 0, debriefs = 0, reflections = 0;
  std::optional<Entry> last_contact; ///< the latest entry about them, of any kind
  std::map<Outcome, int> outcomes;
  int lesson_count = 0;
  std::vector<PersonLesson> lessons;                        ///< the latest k_person_lessons, latest first
  std::vector<Commitment> open;                             ///< open commitments, oldest first
  std::map<std::string, std::vector<PersonReview>> reviews; ///< by commitment uuid, oldest first
  std::vector<Commitment> closed;                           ///< the latest closed ones, latest first
  std::vector<PersonDebrief> last_debriefs;                 ///< the latest complete ones, latest first
  std::vector<PersonMonth> months;                          ///< months with marks, oldest first
  std::vector<PersonScale> scales;                          ///< in deck and question order
  double target = k_default_discovery_target;
  bool include_private = false;
};

struct PersonOpenCommitment {
  Commitment commitment;
  int age_days = 0; ///< since it was made
  bool overdue = false;
  std::vector<PersonReview> reviews; ///< oldest first
};

struct PersonBetter {
  Id entry = 0;
  Instant at;
  std::optional<std::string> deck;
  std::optional<std::string> line; ///< better_line of its answers; nullopt: nothing answered
};

struct PersonMonthRatio {
  std::string month;
  DiscoveryTally tally;
  bool below = false; ///< under the target
};

struct PersonView {
  std::string name;
  int notes = 0, debriefs = 0, reflections = 0;
  std::optional<Entry> last_contact;
  int days_since_contact = 0;
  std::vector<PersonOpenCommitment> open;
  std::vector<Commitment> closed;
  std::vector<PersonBetter> better;
  std::vector<PersonMonthRatio> months; ///< the latest k_person_months with marks, oldest first
  DiscoveryTally overall;               ///< over every month
  double target = k_default_discovery_target;
  std::map<Outcome, int> outcomes;
  int lesson_count = 0;
  std::vector<PersonLesson> lessons;
  std::vector<PersonScale> scales;
  bool include_private = false;
};

/// The view of `in` at `now` (ages in whole days).
PersonView build_person(const PersonInput& in, Seconds now);

/// The view as text: sections for what there is, each line ending in '\n' and none wider than
/// style.width; stored text made one line and stripped of control sequences.
std::string person_text(const PersonView& v, const RecapStyle& style);
/// The same as Markdown to share, user text escaped, no line wider than style.width.
std::string person_markdown(const PersonView& v, const RecapStyle& style);
/// The same as one self-contained HTML page (inline CSS, the discovery chart as SVG, no script),
/// every stored string escaped.
std::string person_html(const PersonView& v, const RecapStyle& style);
/// The same as one JSON object (`"schema": "debrief.person/1"`), times in ISO 8601.
std::string person_json(const PersonView& v);

} // namespace debrief
