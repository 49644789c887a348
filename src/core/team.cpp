// The team report's numbers: see team.hpp. The fold counts what Journal::fill_report reads with
// SQL (storage/queries.cpp, report_*), from exchanged entries instead of the journal's tables.
#include "core/team.hpp"

#include "core/note.hpp"

#include <algorithm>
#include <functional>
#include <string_view>
#include <tuple>

namespace debrief {

namespace {

bool within(const Period& p, Seconds t) { return t >= p.start && t < p.end; }

} // namespace

/// The rows counted so far, by slice index (between neighbouring report boundaries) and the
/// person's name_key; each person's name as first seen.
struct ReportFold::Counts {
  std::map<std::string, std::string> names;
  // slice, person, kind, outcome (-1: none)
  std::map<std::tuple<std::size_t, std::string, int, int>, int> groups;
  // slice, person, outcome (-1: none)
  std::map<std::tuple<std::size_t, std::string, int>, CoachingFigures> marks;
  // slice, person, deck, question
  std::map<std::tuple<std::size_t, std::string, std::string, std::string>, ReportScale> scales;
  std::map<std::string, ReportCommitmentCounts> commitment_counts;
  // person, skill, helped (-1: not judged), evidence, reviewed and closed (each the start of its
  // slice, -1: none): commitments alike for the report, counted together
  std::map<std::tuple<std::string, std::string, int, bool, Seconds, Seconds>, int> reviews;
  std::map<std::string, int> lessons; ///< of the period, by person: the team report counts them
  std::vector<ReportCommitment> open; ///< open then and due before the horizon, without their text

  std::optional<std::string> name(const std::string& key) const {
    if (key.empty()) return std::nullopt;
    return names.at(key);
  }
  std::string person(const std::optional<std::string>& p) {
    if (!p) return {};
    auto key = name_key(*p);
    names.emplace(key, *p);
    return key;
  }
};

ReportFold::ReportFold(const ReportInput& frame)
    : counts_(std::make_shared<Counts>()), frame_(frame), bounds_(report_boundaries(frame)) {}

void ReportFold::add(const ExchangeEntry& x) {
  add_commitments(x); // commitments count by their own times, whenever their entry was
  const Seconds at = x.entry.at.utc;
  if (bounds_.size() < 2 || at < bounds_.front() || at >= bounds_.back()) return;
  const auto slice =
      static_cast<std::size_t>(std::upper_bound(bounds_.begin(), bounds_.end(), at) - bounds_.begin() - 1);
  const int outcome = x.entry.outcome ? static_cast<int>(*x.entry.outcome) : -1;
  auto& c = *counts_;
  ++c.groups[{slice, c.person(x.entry.person), static_cast<int>(x.entry.kind), outcome}];
  if (x.entry.kind == Kind::debrief) add_marks(x, slice);
  if (x.entry.deck) add_scales(x, slice);
  if (x.entry.lesson && within(frame_.period, at)) ++c.lessons[c.person(x.entry.person)];
}

void ReportFold::add_marks(const ExchangeEntry& x, std::size_t slice) {
  DiscoveryTally one;
  int probes = 0;
  for (const auto& a : x.answers) {
    if (!a.mark) continue;
    one.add(*a.mark);
    probes += a.probes;
  }
  if (one.marked() == 0) return;
  const int outcome = x.entry.outcome ? static_cast<int>(*x.entry.outcome) : -1;
  auto& f = counts_->marks[{slice, counts_->person(x.entry.person), outcome}];
  f.tally.self += one.self;
  f.tally.nudged += one.nudged;
  f.tally.told += one.told;
  f.probes += probes;
  ++f.debriefs;
  f.below_target += below_target(one, frame_.target);
}

void ReportFold::add_scales(const ExchangeEntry& x, std::size_t slice) {
  const Seconds at = x.entry.at.utc;
  for (const auto& a : x.answers) {
    if (!a.scale) continue;
    const auto person = counts_->person(x.entry.person);
    auto& s = counts_->scales[{slice, person, *x.entry.deck, a.question_id}];
    s.sum += *a.scale;
    if (s.count++ == 0 || at >= s.latest) s.latest = at, s.question_text = a.question_text;
    if (within(frame_.period, at)) {
      auto& mine = scale_people_[{*x.entry.deck, a.question_id}][person];
      mine.first += *a.scale;
      ++mine.second;
    }
  }
}

void ReportFold::add_commitments(const ExchangeEntry& x) {
  const Period& p = frame_.period;
  const Seconds reviews_from = report_reviews_from(frame_), seen_until = report_seen_until(frame_);
  for (const auto& k : x.commitments) {
    const auto& person = k.person ? k.person : x.entry.person;
    const bool closed = k.status != "open" && k.closed;
    if (k.due && *k.due < report_due_horizon(frame_) && k.created < seen_until && (!closed || *k.closed >= seen_until))
      counts_->open.push_back(ReportCommitment{0, person, {}, k.due, k.status, k.created, k.closed, false});
    const bool created_in = within(p, k.created), closed_in = closed && within(p, *k.closed);
    if (created_in || closed_in) {
      auto& n = counts_->commitment_counts[counts_->person(person)];
      n.opened += created_in;
      n.done += k.status == "done" && closed_in;
      n.closed += closed_in;
    }
    // As report_reviews: reviewed in the span, or closed in it without a review then.
    const Period span{reviews_from, p.end};
    const bool reviewed_in = k.reviewed && within(span, *k.reviewed);
    if (!reviewed_in && !(closed && within(span, *k.closed))) continue;
    // Every period of the report holds all of a slice or none: the slice's start stands for the time.
    auto slice_of = [&](std::optional<Seconds> t) -> Seconds {
      if (!t || bounds_.empty()) return -1;
      if (*t < bounds_.front()) return bounds_.front() - 1; // before every period
      return *(std::upper_bound(bounds_.begin(), bounds_.end(), *t) - 1);
    };
    const int helped = k.helped ? static_cast<int>(parse_helped(*k.helped)) : -1;
    const Seconds reviewed = reviewed_in ? slice_of(k.reviewed) : -1;
    const Seconds closed_at = closed && (reviewed_in || within(span, *k.closed)) ? slice_of(k.closed) : -1;
    ++counts_->reviews[{counts_->person(person), k.skill.value_or(""), helped, k.evidence && !k.evidence->empty(),
                        reviewed, closed_at}];
  }
}

ReportInput ReportFold::input() const {
  ReportInput in = frame_;
  const auto& c = *counts_;
  for (const auto& [k, n] : c.groups) {
    const auto& [slice, person, kind, outcome] = k;
    ReportGroup g{bounds_[slice], c.name(person), static_cast<Kind>(kind), std::nullopt, false, n};
    if (outcome >= 0) g.outcome = static_cast<Outcome>(outcome);
    in.groups.push_back(std::move(g));
  }
  for (const auto& [k, f] : c.marks) {
    const auto& [slice, person, outcome] = k;
    ReportMarks m{bounds_[slice], c.name(person), false, f.tally, std::nullopt, f.probes, f.debriefs, f.below_target};
    if (outcome >= 0) m.outcome = static_cast<Outcome>(outcome);
    in.marks.push_back(std::move(m));
  }
  for (const auto& [k, s] : c.scales) {
    ReportScale row = s;
    row.at = bounds_[std::get<0>(k)];
    row.person = c.name(std::get<1>(k));
    row.deck = std::get<2>(k);
    row.question_id = std::get<3>(k);
    in.scales.push_back(std::move(row));
  }
  for (const auto& [person, n] : c.commitment_counts) {
    ReportCommitmentCounts row = n;
    row.person = c.name(person);
    in.commitment_counts.push_back(std::move(row));
  }
  for (const auto& [k, n] : c.reviews) {
    const auto& [person, skill, helped, evidence, reviewed, closed] = k;
    ReportReview v;
    v.person = c.name(person);
    if (!skill.empty()) v.skill = skill;
    if (helped >= 0) v.helped = static_cast<Helped>(helped);
    v.evidence = evidence;
    if (reviewed >= 0) v.reviewed = reviewed;
    if (closed >= 0) v.closed = closed;
    v.count = n;
    in.reviews.push_back(std::move(v));
  }
  in.open_commitments = [counts = counts_](const std::function<void(const ReportCommitment&)>& each) {
    for (const auto& k : counts->open) each(k);
  };
  in.lessons = [counts = counts_,
                at = Instant{frame_.period.start, 0}](const std::function<void(const ReportLesson&)>& each) {
    for (const auto& [person, n] : counts->lessons) {
      const ReportLesson l{0, at, counts->name(person), false, {}, std::nullopt, std::nullopt};
      for (int i = 0; i < n; ++i) each(l); // counted, never shown: one row stands for each
    }
  };
  return in;
}

TeamManager team_manager(std::string name, const ReportFold& fold, int min_people) {
  TeamManager m;
  m.name = std::move(name);
  m.report = build_report(fold.input());
  // The team report lists no lesson or commitment: the fold's rows are not kept alive for them.
  m.report.lists.lessons = nullptr;
  m.report.lists.open_commitments = nullptr;
  for (const auto& s : m.report.scales) {
    TeamScale t{s.deck, s.question, s.text, 0, s.count, std::nullopt};
    double sum = 0;
    if (auto it = fold.scale_people().find({s.deck, s.question}); it != fold.scale_people().end()) {
      t.people = static_cast<int>(it->second.size());
      for (const auto& [person, answers] : it->second) sum += answers.first / answers.second;
    }
    if (t.people > 0 && t.people >= std::max(min_people, k_team_min_people)) t.average = sum / t.people;
    m.scales.push_back(std::move(t));
  }
  for (const auto& p : m.report.people) {
    for (const auto& s : p.skills) m.helped_yes += s.yes, m.helped_partly += s.partly, m.helped_no += s.no;
    m.won += p.won, m.lost += p.lost, m.advanced += p.advanced, m.stalled += p.stalled;
  }
  return m;
}

std::vector<TeamMove> team_moves(const std::vector<TeamManager>& managers) {
  std::map<std::string, TeamMove> by_rep;
  for (const auto& m : managers)
    for (const auto& p : m.report.people) {
      if (!p.name || (p.debriefs + p.notes + p.reflections == 0 && p.tally.marked() == 0)) continue;
      auto& move = by_rep[name_key(*p.name)];
      if (move.rep.empty()) move.rep = *p.name;
      move.stints.push_back(TeamMove::Stint{m.name, p.debriefs, p.tally});
    }
  std::vector<TeamMove> out;
  for (auto& [key, move] : by_rep)
    if (move.stints.size() > 1) out.push_back(std::move(move));
  return out;
}

long TeamReport::private_skipped() const {
  long n = 0;
  for (const auto& s : sources) n += s.private_skipped;
  return n;
}

long TeamReport::repeated() const {
  long n = 0;
  for (const auto& s : sources) n += s.repeated;
  return n;
}

std::uint64_t entry_digest(const ExchangeEntry& x) {
  ExchangeEntry copy = x;
  copy.owner.reset();
  return line_digest(copy);
}

} // namespace debrief
