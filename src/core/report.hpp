// The weekly coaching report as numbers: build_report turns journal rows into a Report, which
// the renderers (render.hpp) turn into text, Markdown, JSON or CSV. No I/O here.
#pragma once

#include "core/entry.hpp"
#include "core/interview.hpp"
#include "core/period.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace debrief {

/// One answer, as far as the report cares.
struct ReportAnswer {
  std::string question_id;
  std::string question_text;
  std::optional<std::string> text;
  std::optional<int> scale;
  std::optional<Discovery> mark;
};

/// An entry with what the report reads of it.
struct ReportEntry {
  long long id = 0;
  Kind kind = Kind::note;
  std::optional<std::string> person;
  std::optional<std::string> deck;
  Instant at;
  std::string body;
  std::optional<Outcome> outcome;
  bool lesson = false;
  std::vector<std::string> tags;
  std::vector<ReportAnswer> answers;
};

struct ReportCommitment {
  long long id = 0;
  std::optional<std::string> person;
  std::string text;
  std::optional<Seconds> due;
  std::string status; ///< open, done, dropped
  Seconds created = 0;
  std::optional<Seconds> closed;
};

/// A scale question's bounds, from its deck, for charts.
struct ScaleBounds {
  std::string deck, question;
  int min = 1, max = 5;
};

struct ReportInput {
  Period period;
  Period previous;
  std::vector<Period> weeks;            ///< the trend weeks, oldest first, the last one ending with the period
  Seconds now = 0;
  const Zone* zone = nullptr;
  double target = k_default_discovery_target;
  std::set<std::string> private_decks;  ///< decks whose entries stay out unless include_private
  bool include_private = false;
  std::vector<ReportEntry> entries;     ///< every entry from the first trend week or previous period to the end
  std::vector<ReportCommitment> commitments; ///< every commitment
  std::vector<ScaleBounds> scale_bounds;
};

struct PersonRow {
  std::optional<std::string> name; ///< nullopt: entries about no one (e.g. one's own reflections)
  int notes = 0, debriefs = 0, reflections = 0;
  int won = 0, lost = 0, advanced = 0, stalled = 0;
  DiscoveryTally tally, previous;
  std::vector<std::optional<double>> trend; ///< discovery ratio per trend week
  int opened = 0, done = 0, overdue = 0;
  std::optional<double> change() const; ///< ratio minus previous ratio
};

struct CommitmentRow {
  long long id = 0;
  std::optional<std::string> person;
  std::string text;
  Seconds due = 0;
};

struct LessonRow {
  long long id = 0;
  Instant at;
  std::optional<std::string> person;
  std::string text;
};

struct OutcomeRow {
  Outcome outcome = Outcome::won;
  int calls = 0;
  DiscoveryTally tally;      ///< of the reps on those calls, over the period
  int commitments_done = 0;  ///< of those reps, closed in the period
  int commitments_closed = 0;
};

struct TagRow {
  std::string tag;
  int count = 0;
};

struct ScaleRow {
  std::string deck, question, text;
  int min = 1, max = 5;
  double average = 0;
  int count = 0;
  std::vector<std::optional<double>> trend; ///< weekly averages
};

struct Report {
  Period period, previous;
  std::vector<Period> weeks;
  Seconds as_of = 0; ///< overdue and due-soon are judged at this instant: min(now, period end)
  double target = k_default_discovery_target;
  bool include_private = false;
  int notes = 0, debriefs = 0, reflections = 0;
  std::vector<PersonRow> people;
  std::vector<CommitmentRow> overdue, due_soon;
  std::vector<LessonRow> lessons;
  std::vector<OutcomeRow> outcomes;
  std::vector<TagRow> tags;
  std::vector<ScaleRow> scales;
  int entries() const { return notes + debriefs + reflections; }
};

/// The number of trend weeks in charts.
inline constexpr int k_trend_weeks = 8;
/// At most this many tags are listed.
inline constexpr std::size_t k_top_tags = 10;

Report build_report(const ReportInput& in);

} // namespace debrief
