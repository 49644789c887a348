// The weekly coaching report as numbers: build_report turns journal rows into a Report, which
// the renderers (render.hpp) turn into text, Markdown, JSON or CSV. No I/O here.
#pragma once

#include "core/entry.hpp"
#include "core/interview.hpp"
#include "core/model.hpp"
#include "core/period.hpp"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace debrief {

// `is_private` in the rows below: from private entries (Entry::is_private), which the report
// leaves out unless include_private; for commitments, made in a private entry.

/// Entries that count alike in the report, counted together: same slice of time (between two
/// neighbouring report_boundaries()), person, kind, outcome and privacy. Every period of the
/// report holds all of a slice or none of it, so `at`, the slice's start, stands for all.
struct ReportGroup {
  Seconds at = 0;
  std::optional<std::string> person;
  Kind kind = Kind::note;
  std::optional<Outcome> outcome;
  bool is_private = false;
  int count = 0;
};

/// What the manager's questions gave, over some debriefs: the marks, the probes used on marked
/// answers, and how many debriefs had marks and how many of those fell below the discovery
/// target (their own ratio).
struct CoachingFigures {
  DiscoveryTally tally;
  int probes = 0;
  int debriefs = 0, below_target = 0;
  int reviewed_with_evidence = 0;  ///< assignments reviewed with the evidence seen
  int closed_without_evidence = 0; ///< assignments closed with none
  void add(const CoachingFigures& o);
  /// told / marked; nullopt when nothing was marked.
  std::optional<double> told_share() const;
  /// probes / insights found (self + nudged); nullopt when none was found.
  std::optional<double> probes_per_insight() const;
  bool empty() const { return tally.marked() == 0 && reviewed_with_evidence == 0 && closed_without_evidence == 0; }
};

/// Whether a debrief's own marks fall below the target share found by the rep.
bool below_target(const DiscoveryTally& t, double target);

/// Discovery marks of debriefs' answers, by slice, person, privacy and the debriefs' outcome,
/// with the probes used on them and the debriefs they come from (CoachingFigures).
struct ReportMarks {
  Seconds at = 0;
  std::optional<std::string> person;
  bool is_private = false;
  DiscoveryTally tally;
  std::optional<Outcome> outcome = std::nullopt;
  int probes = 0;
  int debriefs = 0, below_target = 0;
  CoachingFigures figures() const { return CoachingFigures{tally, probes, debriefs, below_target}; }
};

/// Scale answers to one deck question, by slice, person and privacy: their sum and count, and
/// the question's text as last asked (at `latest`).
struct ReportScale {
  Seconds at = 0;
  std::optional<std::string> person;
  std::string deck, question_id, question_text;
  bool is_private = false;
  double sum = 0;
  int count = 0;
  Seconds latest = 0;
};

/// How many of the period's entries about `person` (private or not) have `tag`.
struct ReportTag {
  std::string tag;
  std::optional<std::string> person;
  bool is_private = false;
  int count = 0;
};

/// The rows of a list that may grow with the journal (lessons, open commitments). The report
/// does not keep such a list: calling the source passes each row, in the list's order, to
/// `each`; the report counts the rows once and reads them again while it is rendered, so its
/// memory stays the same at a million entries. An empty source has no rows.
template <class Row> using RowSource = std::function<void(const std::function<void(const Row&)>& each)>;

/// A lesson of the period; `text` is its `lesson` answer if any, else its body; `noticed` and
/// `cost` its answers to those questions (fast-failure's), if any.
struct ReportLesson {
  Id id = 0;
  Instant at;
  std::optional<std::string> person;
  bool is_private = false;
  std::string text;
  std::optional<std::string> noticed = std::nullopt, cost = std::nullopt;
};

/// How soon a mistake was noticed, fastest first: fast-failure's `noticed` choices (minutes,
/// hours, days, weeks), then anything else or no answer.
int noticed_rank(const std::optional<std::string>& noticed);
inline constexpr int k_noticed_ranks = 5;

/// A person's commitments opened, done, and closed (done or dropped) in the period, those made
/// in private entries apart.
struct ReportCommitmentCounts {
  std::optional<std::string> person;
  bool is_private = false;
  int opened = 0, done = 0, closed = 0;
};

struct ReportCommitment {
  Id id = 0;
  std::optional<std::string> person;
  std::string text;
  std::optional<Seconds> due;
  std::string status; ///< open, done, dropped
  Seconds created = 0;
  std::optional<Seconds> closed;
  bool is_private = false;
};

/// A scale question's bounds, from its deck, for charts.
/// A commitment (an assignment) reviewed or closed from the start of the report's span (the
/// previous period or the first coaching month) to the period's end, as its latest review left
/// it: its skill, whether it helped, whether evidence was given.
struct ReportReview {
  std::optional<std::string> person;
  bool is_private = false;
  std::optional<std::string> skill;
  std::optional<Helped> helped;
  bool evidence = false;
  std::optional<Seconds> reviewed, closed;
  int count = 1; ///< as many commitments as alike (the team report counts them together)
};

struct ScaleBounds {
  std::string deck, question;
  int min = 1, max = 5;
};

struct ReportInput {
  Period period;
  Period previous;
  std::vector<Period> weeks;  ///< the trend weeks, oldest first, the last one ending with the period
  std::vector<Period> months; ///< the coaching trend's months, oldest first, the last one containing the period's end
  Seconds now = 0;
  const Zone* zone = nullptr;
  double target = k_default_discovery_target;
  bool include_private = false; ///< false: nothing of private entries counts or shows
  std::set<std::string> reps;   ///< only these people (their name_key); empty: everyone
  // What the journal holds, aggregated by the storage layer over report_boundaries():
  std::vector<ReportGroup> groups;
  std::vector<ReportMarks> marks;
  std::vector<ReportScale> scales;
  std::vector<ReportTag> tags;     ///< of the period's entries
  RowSource<ReportLesson> lessons; ///< of the period, by time, then id
  std::vector<ReportCommitmentCounts> commitment_counts;
  /// Commitments open at report_seen_until() due before report_due_horizon(), by due time, then
  /// id; more do no harm.
  RowSource<ReportCommitment> open_commitments;
  std::vector<ReportReview> reviews;
  std::vector<ScaleBounds> scale_bounds;
};

/// Where the report's reviews start: the earlier of the previous period and the first month.
Seconds report_reviews_from(const ReportInput& in);

/// A report's input before the journal is read: the period, the previous one, the trend weeks
/// (the last one containing the period's end), the clock and the zone.
ReportInput report_frame(const Period& period, Seconds now, const Zone& zone, int week_start);

/// Where the periods of the report (period, previous, trend weeks) start and end, up to the
/// period's end, in order and without repeats: the report counts entries by the slices
/// between neighbours, from the first boundary to the last.
std::vector<Seconds> report_boundaries(const ReportInput& in);
/// The instant at which commitments are judged overdue or due soon: min(now, period end).
Seconds report_as_of(const ReportInput& in);
/// What happened before this instant is what the report knows of: to the end of the second
/// the command started in (clocks tick in seconds: what was saved in that very second was
/// saved before the command), or to the period's end.
Seconds report_seen_until(const ReportInput& in);
/// Open commitments due from here on are neither overdue nor due soon at report_as_of().
Seconds report_due_horizon(const ReportInput& in);

/// How the assignments of one skill (a commitment's skill tag, "" for none) went, as reviewed
/// in the period.
struct SkillRow {
  std::string skill;
  int yes = 0, partly = 0, no = 0;
};

struct PersonRow {
  std::optional<std::string> name; ///< nullopt: entries about no one (e.g. one's own reflections)
  int notes = 0, debriefs = 0, reflections = 0;
  int won = 0, lost = 0, advanced = 0, stalled = 0;
  DiscoveryTally tally, previous;
  std::vector<std::optional<double>> trend; ///< discovery ratio per trend week
  int opened = 0, done = 0, overdue = 0;
  CoachingFigures coaching, coaching_previous; ///< the debriefs with this person
  std::vector<SkillRow> skills;                ///< by skill; only those judged in the period
  std::optional<double> change() const;        ///< ratio minus previous ratio
};

struct CommitmentRow {
  Id id = 0;
  std::optional<std::string> person;
  std::string text;
  Seconds due = 0;
};

struct LessonRow {
  Id id = 0;
  Instant at;
  std::optional<std::string> person;
  std::string text;
  std::optional<std::string> noticed, cost;
};

struct PersonCount {
  std::optional<std::string> person;
  int count = 0;
};

struct OutcomeRow {
  Outcome outcome = Outcome::won;
  int calls = 0;
  DiscoveryTally tally;     ///< the marks of those calls' own answers
  int commitments_done = 0; ///< of the reps on those calls, closed in the period
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

/// What the report needs to read its unkept lists again: the sources and the filters.
struct ReportLists {
  RowSource<ReportLesson> lessons;
  RowSource<ReportCommitment> open_commitments;
  std::set<std::string> reps;
  bool include_private = false;
  Seconds seen_until = 0; ///< commitments created before it and not closed before it were open then
  Seconds today = 0;      ///< commitments due before it (the report's as_of's midnight) are overdue
};

/// "Your coaching": the manager's own habits, this period, the previous one and by month.
struct CoachingSection {
  CoachingFigures now, previous;
  std::vector<CoachingFigures> months; ///< one per Report::months
  bool empty() const { return now.empty() && previous.empty(); }
};

struct Report {
  Period period, previous;
  std::vector<Period> weeks;
  std::vector<Period> months;
  Seconds as_of = 0; ///< overdue and due-soon are judged at this instant: min(now, period end)
  double target = k_default_discovery_target;
  bool include_private = false;
  int notes = 0, debriefs = 0, reflections = 0;
  std::vector<PersonRow> people;
  int overdue_count = 0, lesson_count = 0;
  std::vector<PersonCount> lessons_by_person; ///< most lessons first, then by name
  std::vector<CommitmentRow> due_soon;
  std::vector<OutcomeRow> outcomes;
  std::vector<TagRow> tags;
  std::vector<ScaleRow> scales;
  CoachingSection coaching;
  int entries() const { return notes + debriefs + reflections; }
  /// Overdue commitments, by due time then id, read again from the journal (overdue_count of them).
  void each_overdue(const std::function<void(const CommitmentRow&)>& each) const;
  /// The period's lessons, fastest noticed first (noticed_rank), then by time and id, read again
  /// from the journal (lesson_count of them).
  void each_lesson(const std::function<void(const LessonRow&)>& each) const;
  ReportLists lists;
};

/// The number of trend weeks in charts.
inline constexpr int k_trend_weeks = 8;
/// The number of months in the coaching trend.
inline constexpr int k_trend_months = 6;
/// At most this many tags are listed.
inline constexpr std::size_t k_top_tags = 10;

Report build_report(const ReportInput& in);

} // namespace debrief
