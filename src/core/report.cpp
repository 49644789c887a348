// Building the report: see report.hpp. Every list is sorted so output is deterministic.
#include "core/report.hpp"

#include "core/note.hpp"

#include <algorithm>
#include <map>

namespace debrief {

namespace {

bool within(const Period& p, Seconds t) { return t >= p.start && t < p.end; }

/// People sort by name, case-insensitively; entries about no one come last.
bool person_less(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (!a || !b) return a.has_value() && !b.has_value();
  auto la = name_key(*a), lb = name_key(*b);
  return la != lb ? la < lb : *a < *b;
}

/// Rows about one person are counted together: by the key names are compared by.
std::string key_of(const std::optional<std::string>& person) { return person ? name_key(*person) : std::string(); }

void add(DiscoveryTally& to, const DiscoveryTally& t) {
  to.self += t.self;
  to.nudged += t.nudged;
  to.told += t.told;
}

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

/// Whether a row about `person` belongs in the report: one of the chosen people (if any were
/// chosen), and not from a private entry unless those are included. Every row of every section
/// passes here, counts included: without include_private, nothing tells a private entry was made.
bool kept(const ReportLists& l, const std::optional<std::string>& person, bool is_private) {
  if (!l.reps.empty() && (!person || !l.reps.count(name_key(*person)))) return false;
  return l.include_private || !is_private;
}

enum class Due { neither, overdue, soon };

/// Whether a commitment, open at as_of, was overdue then or due within 7 days: by the end of
/// the seventh day after today, so that one made now with the default "in 7 days" is listed.
Due due_state(const ReportLists& l, const ReportCommitment& c) {
  const bool open_then = c.created < l.seen_until && (c.status == "open" || (c.closed && *c.closed >= l.seen_until));
  if (!open_then || !c.due) return Due::neither;
  if (*c.due < l.today) return Due::overdue;
  return *c.due < l.today + 8 * 86400 ? Due::soon : Due::neither;
}

} // namespace

std::optional<double> PersonRow::change() const {
  auto now = tally.ratio(), before = previous.ratio();
  if (!now || !before) return std::nullopt;
  return *now - *before;
}

void CoachingFigures::add(const CoachingFigures& o) {
  debrief::add(tally, o.tally);
  probes += o.probes;
  debriefs += o.debriefs;
  below_target += o.below_target;
  reviewed_with_evidence += o.reviewed_with_evidence;
  closed_without_evidence += o.closed_without_evidence;
}

std::optional<double> CoachingFigures::told_share() const {
  if (tally.marked() == 0) return std::nullopt;
  return static_cast<double>(tally.told) / tally.marked();
}

std::optional<double> CoachingFigures::probes_per_insight() const {
  const int found = tally.self + tally.nudged;
  if (found == 0) return std::nullopt;
  return static_cast<double>(probes) / found;
}

bool below_target(const DiscoveryTally& t, double target) {
  auto r = t.ratio();
  return r && *r < target - 1e-9;
}

namespace {

/// The month containing `t` in `zone`, moved by `months`.
Period month_of(Seconds t, int months, const Zone& zone) {
  auto c = to_civil(at_zone(t, zone));
  int index = c.year * 12 + static_cast<int>(c.month) - 1 + months;
  auto start = CivilTime{index / 12, static_cast<unsigned>(index % 12 + 1), 1, 0, 0, 0};
  auto end = CivilTime{(index + 1) / 12, static_cast<unsigned>((index + 1) % 12 + 1), 1, 0, 0, 0};
  return Period{from_civil(start, zone).utc, from_civil(end, zone).utc, false};
}

} // namespace

ReportInput report_frame(const Period& period, Seconds now, const Zone& zone, int week_start) {
  ReportInput in;
  in.period = period;
  in.previous = previous_period(period, zone);
  const Period last_week = week_containing(period.end - 1, zone, week_start);
  for (int w = k_trend_weeks - 1; w >= 0; --w) in.weeks.push_back(shift_weeks(last_week, -w, zone));
  for (int m = k_trend_months - 1; m >= 0; --m) in.months.push_back(month_of(period.end - 1, -m, zone));
  in.now = now;
  in.zone = &zone;
  return in;
}

std::vector<Seconds> report_boundaries(const ReportInput& in) {
  // Nothing after the period counts, even in the last trend week.
  std::vector<Seconds> b{in.period.start, in.period.end, in.previous.start, in.previous.end};
  for (const auto& w : in.weeks) b.push_back(w.start), b.push_back(w.end);
  for (const auto& m : in.months) b.push_back(m.start), b.push_back(m.end);
  for (auto& t : b) t = std::min(t, in.period.end);
  std::sort(b.begin(), b.end());
  b.erase(std::unique(b.begin(), b.end()), b.end());
  return b;
}

Seconds report_as_of(const ReportInput& in) { return std::min(in.now, in.period.end); }

Seconds report_seen_until(const ReportInput& in) { return std::min(in.now + 1, in.period.end); }

Seconds report_reviews_from(const ReportInput& in) {
  return in.months.empty() ? in.previous.start : std::min(in.previous.start, in.months.front().start);
}

Seconds report_due_horizon(const ReportInput& in) { return report_as_of(in) + 8 * 86400; }

void Report::each_overdue(const std::function<void(const CommitmentRow&)>& each) const {
  if (!lists.open_commitments) return;
  lists.open_commitments([&](const ReportCommitment& c) {
    if (kept(lists, c.person, c.is_private) && due_state(lists, c) == Due::overdue)
      each(CommitmentRow{c.id, c.person, c.text, *c.due});
  });
}

int noticed_rank(const std::optional<std::string>& noticed) {
  static const char* const speeds[] = {"minutes", "hours", "days", "weeks"};
  for (int i = 0; i < 4; ++i)
    if (noticed && *noticed == speeds[i]) return i;
  return 4;
}

void Report::each_lesson(const std::function<void(const LessonRow&)>& each) const {
  if (!lists.lessons) return;
  // One pass over the period's lessons per speed: lessons are few, and none is kept.
  for (int rank = 0; rank < k_noticed_ranks; ++rank)
    lists.lessons([&](const ReportLesson& l) {
      if (noticed_rank(l.noticed) == rank && kept(lists, l.person, l.is_private))
        each(LessonRow{l.id, l.at, l.person, first_line(l.text), l.noticed, l.cost});
    });
}

namespace {

/// build_report's work, one step per section of the report, in the order they depend on each
/// other: the groups make the period's people, whose marks, commitments and outcomes follow.
class ReportBuilder {
 public:
  explicit ReportBuilder(const ReportInput& in) : in_(in) {
    r_.period = in.period;
    r_.previous = in.previous;
    r_.weeks = in.weeks;
    r_.months = in.months;
    r_.coaching.months.resize(in.months.size());
    r_.as_of = report_as_of(in);
    r_.target = in.target;
    r_.include_private = in.include_private;
    r_.lists = ReportLists{in.lessons,
                           in.open_commitments,
                           in.reps,
                           in.include_private,
                           report_seen_until(in),
                           from_civil(
                               [&] {
                                 auto c = to_civil(at_zone(r_.as_of, *in.zone));
                                 c.hour = c.minute = c.second = 0;
                                 return c;
                               }(),
                               *in.zone)
                               .utc};
  }

  Report build() {
    count_groups();
    count_marks();
    for (const auto& t : in_.tags)
      if (shown(t.person, t.is_private)) tag_counts_[t.tag] += t.count;
    count_lessons();
    count_scales();
    count_commitments();
    count_reviews();
    compare_outcomes();
    finish();
    return std::move(r_);
  }

 private:
  using ScaleKey = std::pair<std::string, std::string>; // deck, question id

  bool shown(const std::optional<std::string>& person, bool is_private) const {
    return kept(r_.lists, person, is_private);
  }
  PersonRow& row(const std::optional<std::string>& person) {
    auto& p = people_[key_of(person)];
    if (!p.name && person) p.name = person;
    if (p.trend.empty()) p.trend.assign(in_.weeks.size(), std::nullopt);
    return p;
  }

  /// Entries of the period by kind and outcome, per person and in all.
  void count_groups() {
    for (const auto& g : in_.groups) {
      if (!shown(g.person, g.is_private) || !within(in_.period, g.at)) continue;
      auto& p = row(g.person);
      switch (g.kind) {
      case Kind::note: p.notes += g.count, r_.notes += g.count; break;
      case Kind::debrief: p.debriefs += g.count, r_.debriefs += g.count; break;
      case Kind::reflection: p.reflections += g.count, r_.reflections += g.count; break;
      }
      if (g.outcome) {
        switch (*g.outcome) {
        case Outcome::won: p.won += g.count; break;
        case Outcome::lost: p.lost += g.count; break;
        case Outcome::advanced: p.advanced += g.count; break;
        case Outcome::stalled: p.stalled += g.count; break;
        }
        auto& c = calls_[*g.outcome];
        c.first += g.count;
        if (g.person) c.second.insert(key_of(g.person));
      }
    }
  }

  /// Discovery marks: the period's for everyone in it; the previous period's and each trend
  /// week's for the people of the period; the coaching figures of everyone shown, by period and
  /// month; each outcome's calls' own.
  void count_marks() {
    std::map<std::string, std::vector<DiscoveryTally>> weekly;
    for (const auto& m : in_.marks) {
      if (!shown(m.person, m.is_private)) continue;
      const auto& t = m.tally;
      const auto figures = m.figures();
      if (m.outcome && within(in_.period, m.at)) add(outcome_marks_[*m.outcome], t);
      if (within(in_.period, m.at)) r_.coaching.now.add(figures);
      if (within(in_.previous, m.at)) r_.coaching.previous.add(figures);
      for (std::size_t i = 0; i < in_.months.size(); ++i)
        if (within(in_.months[i], m.at)) r_.coaching.months[i].add(figures);
      auto it = people_.find(key_of(m.person));
      if (it == people_.end()) continue;
      if (within(in_.period, m.at)) add(it->second.tally, t), it->second.coaching.add(figures);
      if (within(in_.previous, m.at)) add(it->second.previous, t), it->second.coaching_previous.add(figures);
      auto& w = weekly[it->first];
      if (w.empty()) w.resize(in_.weeks.size());
      for (std::size_t i = 0; i < in_.weeks.size(); ++i)
        if (within(in_.weeks[i], m.at)) add(w[i], t);
    }
    for (auto& [key, tallies] : weekly)
      for (std::size_t i = 0; i < tallies.size(); ++i) people_[key].trend[i] = tallies[i].ratio();
  }

  /// The period's lessons, in all and per person (one pass: the order does not matter here).
  void count_lessons() {
    if (!in_.lessons) return;
    std::map<std::string, PersonCount> by_person;
    in_.lessons([&](const ReportLesson& l) {
      if (!shown(l.person, l.is_private)) return;
      ++r_.lesson_count;
      auto& c = by_person[key_of(l.person)];
      if (!c.person) c.person = l.person;
      ++c.count;
    });
    for (auto& [key, c] : by_person) r_.lessons_by_person.push_back(std::move(c));
    std::stable_sort(r_.lessons_by_person.begin(), r_.lessons_by_person.end(),
                     [](const PersonCount& a, const PersonCount& b) {
                       return a.count != b.count ? a.count > b.count : person_less(a.person, b.person);
                     });
  }

  /// Scale answers, for the period and the trend weeks.
  void count_scales() {
    std::map<ScaleKey, Seconds> text_at;
    for (const auto& a : in_.scales) {
      if (!shown(a.person, a.is_private)) continue;
      auto key = std::make_pair(a.deck, a.question_id);
      auto& weeks = scale_weeks_[key];
      if (weeks.empty()) weeks.assign(in_.weeks.size(), {0.0, 0});
      for (std::size_t w = 0; w < in_.weeks.size(); ++w)
        if (within(in_.weeks[w], a.at)) weeks[w].first += a.sum, weeks[w].second += a.count;
      if (!within(in_.period, a.at)) continue;
      auto& s = scales_[key];
      s.deck = key.first;
      s.question = key.second;
      if (s.count == 0 || a.latest >= text_at[key]) s.text = a.question_text, text_at[key] = a.latest;
      s.average += a.sum;
      s.count += a.count;
    }
  }

  /// Commitments: activity in the period per person, and the open ones now due or overdue.
  void count_commitments() {
    for (const auto& c : in_.commitment_counts) {
      if (!shown(c.person, c.is_private)) continue;
      if (c.opened > 0) row(c.person).opened += c.opened;
      if (c.done > 0) row(c.person).done += c.done;
    }
    if (in_.open_commitments)
      in_.open_commitments([&](const ReportCommitment& c) {
        if (!shown(c.person, c.is_private)) return;
        switch (due_state(r_.lists, c)) {
        case Due::overdue: ++row(c.person).overdue, ++r_.overdue_count; break;
        case Due::soon: r_.due_soon.push_back(CommitmentRow{c.id, c.person, c.text, *c.due}); break;
        case Due::neither: break;
        }
      });
    std::sort(r_.due_soon.begin(), r_.due_soon.end(), [](const CommitmentRow& a, const CommitmentRow& b) {
      return a.due != b.due ? a.due < b.due : a.id < b.id;
    });
  }

  /// Assignments reviewed with evidence and closed without, in the coaching figures of every
  /// span; per rep of the period, how each skill's assignments helped.
  void count_reviews() {
    std::map<std::string, std::map<std::string, SkillRow>> skills; // person key -> skill -> row
    for (const auto& v : in_.reviews) {
      if (!shown(v.person, v.is_private)) continue;
      auto count = [&](CoachingFigures& f, const Period& p) {
        if (v.evidence && v.reviewed && within(p, *v.reviewed)) f.reviewed_with_evidence += v.count;
        if (!v.evidence && v.closed && within(p, *v.closed)) f.closed_without_evidence += v.count;
      };
      count(r_.coaching.now, in_.period);
      count(r_.coaching.previous, in_.previous);
      for (std::size_t i = 0; i < in_.months.size(); ++i) count(r_.coaching.months[i], in_.months[i]);
      auto it = people_.find(key_of(v.person));
      if (it == people_.end()) continue;
      count(it->second.coaching, in_.period);
      count(it->second.coaching_previous, in_.previous);
      if (!v.helped || !v.reviewed || !within(in_.period, *v.reviewed)) continue;
      auto& row = skills[it->first][v.skill.value_or("")];
      row.skill = v.skill.value_or("");
      (*v.helped == Helped::yes ? row.yes : *v.helped == Helped::partly ? row.partly : row.no) += v.count;
    }
    for (auto& [key, rows] : skills)
      for (auto& [skill, row] : rows) people_[key].skills.push_back(std::move(row));
  }

  /// Outcomes against coaching: the reps on calls with each outcome, side by side.
  void compare_outcomes() {
    for (Outcome o : {Outcome::won, Outcome::lost, Outcome::advanced, Outcome::stalled}) {
      auto it = calls_.find(o);
      if (it == calls_.end() || it->second.first == 0) continue;
      OutcomeRow orow;
      orow.outcome = o;
      orow.calls = it->second.first;
      const auto& reps = it->second.second;
      orow.tally = outcome_marks_[o];
      for (const auto& c : in_.commitment_counts)
        if (c.person && reps.count(key_of(c.person)) && shown(c.person, c.is_private)) {
          orow.commitments_closed += c.closed;
          orow.commitments_done += c.done;
        }
      r_.outcomes.push_back(orow);
    }
  }

  /// People in name order, the top tags, the scales' averages and trends.
  void finish() {
    for (auto& [key, p] : people_) r_.people.push_back(std::move(p));
    std::sort(r_.people.begin(), r_.people.end(),
              [](const PersonRow& a, const PersonRow& b) { return person_less(a.name, b.name); });

    for (const auto& [tag, count] : tag_counts_) r_.tags.push_back(TagRow{tag, count});
    std::stable_sort(r_.tags.begin(), r_.tags.end(),
                     [](const TagRow& a, const TagRow& b) { return a.count > b.count; });
    if (r_.tags.size() > k_top_tags) r_.tags.resize(k_top_tags);

    for (auto& [key, s] : scales_) {
      s.average /= s.count;
      for (const auto& b : in_.scale_bounds)
        if (b.deck == s.deck && b.question == s.question) s.min = b.min, s.max = b.max;
      for (const auto& [sum, n] : scale_weeks_[key])
        s.trend.push_back(n ? std::optional<double>(sum / n) : std::nullopt);
      r_.scales.push_back(std::move(s));
    }
  }

  const ReportInput& in_;
  Report r_;
  std::map<std::string, PersonRow> people_;
  std::map<Outcome, std::pair<int, std::set<std::string>>> calls_; // calls and their reps, per outcome
  std::map<Outcome, DiscoveryTally> outcome_marks_;                // the marks of those calls
  std::map<std::string, int> tag_counts_;
  std::map<ScaleKey, ScaleRow> scales_;
  std::map<ScaleKey, std::vector<std::pair<double, int>>> scale_weeks_; // sum, n
};

} // namespace

Report build_report(const ReportInput& in) { return ReportBuilder(in).build(); }

} // namespace debrief
