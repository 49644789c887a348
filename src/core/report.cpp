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
  auto la = ascii_lower(*a), lb = ascii_lower(*b);
  return la != lb ? la < lb : *a < *b;
}

std::string key_of(const std::optional<std::string>& person) { return person ? ascii_lower(*person) : std::string(); }

void add_marks(DiscoveryTally& t, const ReportEntry& e) {
  if (e.kind != Kind::debrief) return;
  for (const auto& a : e.answers)
    if (a.mark) t.add(*a.mark);
}

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

} // namespace

std::optional<double> PersonRow::change() const {
  auto now = tally.ratio(), before = previous.ratio();
  if (!now || !before) return std::nullopt;
  return *now - *before;
}

Report build_report(const ReportInput& in) {
  Report r;
  r.period = in.period;
  r.previous = in.previous;
  r.weeks = in.weeks;
  r.as_of = std::min(in.now, in.period.end);
  r.target = in.target;
  r.include_private = in.include_private;

  std::vector<const ReportEntry*> shown;
  for (const auto& e : in.entries)
    if (in.include_private || !e.deck || !in.private_decks.count(*e.deck)) shown.push_back(&e);

  std::map<std::string, PersonRow> people;
  auto row = [&](const std::optional<std::string>& person) -> PersonRow& {
    auto& p = people[key_of(person)];
    if (!p.name && person) p.name = person;
    if (p.trend.empty()) p.trend.assign(in.weeks.size(), std::nullopt);
    return p;
  };

  std::map<std::string, int> tag_counts;
  std::map<std::pair<std::string, std::string>, ScaleRow> scales;
  std::map<std::pair<std::string, std::string>, std::vector<std::pair<double, int>>> scale_weeks; // sum, n
  for (const ReportEntry* e : shown) {
    const bool current = within(in.period, e->at.utc);
    if (current) {
      auto& p = row(e->person);
      switch (e->kind) {
      case Kind::note: ++p.notes, ++r.notes; break;
      case Kind::debrief: ++p.debriefs, ++r.debriefs; break;
      case Kind::reflection: ++p.reflections, ++r.reflections; break;
      }
      if (e->outcome) {
        switch (*e->outcome) {
        case Outcome::won: ++p.won; break;
        case Outcome::lost: ++p.lost; break;
        case Outcome::advanced: ++p.advanced; break;
        case Outcome::stalled: ++p.stalled; break;
        }
      }
      add_marks(p.tally, *e);
      for (const auto& t : e->tags) ++tag_counts[t];
      if (e->lesson) {
        std::string text = first_line(e->body);
        for (const auto& a : e->answers)
          if (a.question_id == "lesson" && a.text && !a.text->empty()) text = first_line(*a.text);
        r.lessons.push_back(LessonRow{e->id, e->at, e->person, text});
      }
    }
    // Scale answers, for the period and the trend weeks.
    for (const auto& a : e->answers) {
      if (!a.scale || !e->deck) continue;
      auto key = std::make_pair(*e->deck, a.question_id);
      auto& weeks = scale_weeks[key];
      if (weeks.empty()) weeks.assign(in.weeks.size(), {0.0, 0});
      for (std::size_t w = 0; w < in.weeks.size(); ++w)
        if (within(in.weeks[w], e->at.utc)) weeks[w].first += *a.scale, ++weeks[w].second;
      if (!current) continue;
      auto& s = scales[key];
      s.deck = key.first;
      s.question = key.second;
      s.text = a.question_text;
      s.average += *a.scale;
      ++s.count;
    }
  }
  // Second pass, for the people of the period: their previous period and weekly trend.
  std::map<std::string, std::vector<DiscoveryTally>> weekly;
  for (const ReportEntry* e : shown) {
    auto it = people.find(key_of(e->person));
    if (e->kind != Kind::debrief || it == people.end()) continue;
    if (within(in.previous, e->at.utc)) add_marks(it->second.previous, *e);
    auto& w = weekly[it->first];
    if (w.empty()) w.resize(in.weeks.size());
    for (std::size_t i = 0; i < in.weeks.size(); ++i)
      if (within(in.weeks[i], e->at.utc)) add_marks(w[i], *e);
  }
  for (auto& [key, tallies] : weekly)
    for (std::size_t i = 0; i < tallies.size(); ++i) people[key].trend[i] = tallies[i].ratio();

  // Commitments: activity in the period per person, and the open ones now due or overdue.
  const Seconds today = from_civil([&] {
    auto c = to_civil(at_zone(r.as_of, *in.zone));
    c.hour = c.minute = c.second = 0;
    return c;
  }(), *in.zone).utc;
  const Seconds week_ahead = today + 7 * 86400;
  for (const auto& c : in.commitments) {
    const bool open_then = c.created < r.as_of && (c.status == "open" || (c.closed && *c.closed >= r.as_of));
    const bool overdue = open_then && c.due && *c.due < today;
    if (within(in.period, c.created)) ++row(c.person).opened;
    if (c.status == "done" && c.closed && within(in.period, *c.closed)) ++row(c.person).done;
    if (overdue) {
      ++row(c.person).overdue;
      r.overdue.push_back(CommitmentRow{c.id, c.person, c.text, *c.due});
    } else if (open_then && c.due && *c.due < week_ahead) {
      r.due_soon.push_back(CommitmentRow{c.id, c.person, c.text, *c.due});
    }
  }
  auto by_due = [](const CommitmentRow& a, const CommitmentRow& b) {
    return a.due != b.due ? a.due < b.due : a.id < b.id;
  };
  std::sort(r.overdue.begin(), r.overdue.end(), by_due);
  std::sort(r.due_soon.begin(), r.due_soon.end(), by_due);

  // Outcomes against coaching: the reps on calls with each outcome, side by side.
  for (Outcome o : {Outcome::won, Outcome::lost, Outcome::advanced, Outcome::stalled}) {
    OutcomeRow orow;
    orow.outcome = o;
    std::set<std::string> reps;
    for (const ReportEntry* e : shown)
      if (within(in.period, e->at.utc) && e->outcome == o) {
        ++orow.calls;
        if (e->person) reps.insert(key_of(e->person));
      }
    if (orow.calls == 0) continue;
    for (const auto& rep : reps) {
      const auto& p = people[rep];
      orow.tally.self += p.tally.self;
      orow.tally.nudged += p.tally.nudged;
      orow.tally.told += p.tally.told;
    }
    for (const auto& c : in.commitments)
      if (c.person && reps.count(key_of(c.person)) && c.closed && within(in.period, *c.closed) && c.status != "open") {
        ++orow.commitments_closed;
        if (c.status == "done") ++orow.commitments_done;
      }
    r.outcomes.push_back(orow);
  }

  for (auto& [key, p] : people) r.people.push_back(std::move(p));
  std::sort(r.people.begin(), r.people.end(), [](const PersonRow& a, const PersonRow& b) { return person_less(a.name, b.name); });
  std::sort(r.lessons.begin(), r.lessons.end(), [](const LessonRow& a, const LessonRow& b) {
    return a.at.utc != b.at.utc ? a.at.utc < b.at.utc : a.id < b.id;
  });

  for (const auto& [tag, count] : tag_counts) r.tags.push_back(TagRow{tag, count});
  std::stable_sort(r.tags.begin(), r.tags.end(), [](const TagRow& a, const TagRow& b) { return a.count > b.count; });
  if (r.tags.size() > k_top_tags) r.tags.resize(k_top_tags);

  for (auto& [key, s] : scales) {
    s.average /= s.count;
    for (const auto& b : in.scale_bounds)
      if (b.deck == s.deck && b.question == s.question) s.min = b.min, s.max = b.max;
    for (const auto& [sum, n] : scale_weeks[key]) s.trend.push_back(n ? std::optional<double>(sum / n) : std::nullopt);
    r.scales.push_back(std::move(s));
  }
  return r;
}

} // namespace debrief
