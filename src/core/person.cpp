// One rep at a glance: the view, and its text. Markdown and JSON are in person_render.cpp.
#include "core/person.hpp"

#include "core/person_detail.hpp"
#include "core/recap_detail.hpp"
#include "core/sanitize.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace debrief {

PersonView build_person(const PersonInput& in, Seconds now) {
  PersonView v;
  v.name = in.name;
  v.notes = in.notes;
  v.debriefs = in.debriefs;
  v.reflections = in.reflections;
  v.last_contact = in.last_contact;
  if (in.last_contact) v.days_since_contact = person_detail::days_between(in.last_contact->at.utc, now);
  for (const auto& c : in.open) {
    PersonOpenCommitment o;
    o.commitment = c;
    o.age_days = person_detail::days_between(c.created, now);
    o.overdue = c.due && *c.due < now;
    if (auto it = in.reviews.find(c.uuid); it != in.reviews.end()) o.reviews = it->second;
    v.open.push_back(std::move(o));
  }
  v.closed = in.closed;
  if (v.closed.size() > k_person_closed) v.closed.resize(k_person_closed);
  for (const auto& d : in.last_debriefs) {
    if (v.better.size() == k_person_debriefs) break;
    v.better.push_back({d.entry.id, d.entry.at, d.entry.deck, recap_detail::better_line(d.answers)});
  }
  for (const auto& m : in.months) {
    v.overall.self += m.tally.self;
    v.overall.nudged += m.tally.nudged;
    v.overall.told += m.tally.told;
  }
  const std::size_t skip = in.months.size() > k_person_months ? in.months.size() - k_person_months : 0;
  for (std::size_t i = skip; i < in.months.size(); ++i) {
    const auto& m = in.months[i];
    const auto r = m.tally.ratio();
    v.months.push_back({m.month, m.tally, r && *r < in.target});
  }
  v.target = in.target;
  v.outcomes = in.outcomes;
  v.lesson_count = in.lesson_count;
  v.lessons = in.lessons;
  if (v.lessons.size() > k_person_lessons) v.lessons.resize(k_person_lessons);
  v.scales = in.scales;
  v.include_private = in.include_private;
  return v;
}

namespace person_detail {

int days_between(Seconds from, Seconds to) { return to <= from ? 0 : static_cast<int>((to - from) / 86400); }

std::string age(int days) {
  if (days == 0) return "today";
  if (days == 1) return "1 day";
  return fmt::format("{} days", days);
}

std::string counts(const PersonView& v) {
  auto n = [](int count, const char* one, const char* many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
  };
  return fmt::format("{} · {} · {}", n(v.notes, "note", "notes"), n(v.debriefs, "debrief", "debriefs"),
                     n(v.reflections, "reflection", "reflections"));
}

std::string last_contact(const PersonView& v, Seconds now) {
  if (!v.last_contact) return "no entries yet";
  const Entry& e = *v.last_contact;
  return fmt::format("last contact {} ({} #{}), {}", format_day(e.at, now), to_string(e.kind), e.id,
                     v.days_since_contact == 0 ? "today" : age(v.days_since_contact) + " ago");
}

std::string commitment_head(const PersonOpenCommitment& o, const RecapStyle& s) {
  const auto due = recap_detail::due_text(o.commitment, s);
  std::string when = fmt::format("made {} ago", age(o.age_days));
  if (o.age_days == 0) when = "made today";
  if (!due.empty()) when += fmt::format(", {} {}", o.overdue ? "was due" : "due", due);
  return when;
}

std::string review_words(const PersonReview& r, Seconds now) {
  std::string s = format_day(r.at, now) + ": ";
  s += r.how.empty() ? "(no answer)" : "\"" + r.how + "\"";
  if (r.decision) s += fmt::format(" ({})", *r.decision == "keep" ? "kept open" : *r.decision);
  return s;
}

std::string closed_words(const Commitment& c, const RecapStyle& style) {
  std::string s = fmt::format("#{} {}", c.id, to_string(c.status));
  if (c.closed) s += " " + format_day(style.zone ? at_zone(*c.closed, *style.zone) : Instant{*c.closed, 0}, style.now);
  s += ": " + c.text;
  if (c.closing_note && !c.closing_note->empty()) s += fmt::format(" — \"{}\"", *c.closing_note);
  return s;
}

std::string better_head(const PersonBetter& b, Seconds now) {
  return fmt::format("{} (#{}{})", format_day(b.at, now), b.entry, b.deck ? ", " + *b.deck : "");
}

std::string month_figures(const PersonMonthRatio& m) {
  return fmt::format("self {}, nudged {}, told {}", m.tally.self, m.tally.nudged, m.tally.told);
}

std::string outcomes(const PersonView& v) {
  std::vector<std::string> parts;
  for (auto o : {Outcome::won, Outcome::lost, Outcome::advanced, Outcome::stalled}) {
    auto it = v.outcomes.find(o);
    parts.push_back(fmt::format("{} {}", to_string(o), it == v.outcomes.end() ? 0 : it->second));
  }
  return fmt::format("{}", fmt::join(parts, " · "));
}

bool any_outcome(const PersonView& v) {
  return std::any_of(v.outcomes.begin(), v.outcomes.end(), [](const auto& p) { return p.second > 0; });
}

std::string average(const PersonScale& s) {
  return s.count ? fmt::format("{:.1f}", s.sum / s.count) : std::string("—");
}

} // namespace person_detail

namespace {

using namespace person_detail;

struct TextOut {
  const RecapStyle& s;
  std::string out;
  void rows(std::string_view text, std::string_view first, std::string_view indent) {
    for (const auto& row : wrap_hanging(text, s.width, first, indent)) out.append(row).append("\n");
  }
  void heading(std::string_view title) {
    out += "\n";
    out.append(title).append("\n");
  }
};

void text_commitments(const PersonView& v, TextOut& t) {
  if (!v.open.empty()) {
    t.heading(fmt::format("Open commitments ({})", v.open.size()));
    for (const auto& o : v.open) {
      t.rows(fmt::format("#{} {} — {}", o.commitment.id, o.commitment.text, commitment_head(o, t.s)), "  ", "    ");
      for (const auto& r : o.reviews) t.rows(review_words(r, t.s.now), "    ", "      ");
    }
  }
  if (!v.closed.empty()) {
    t.heading("Recently closed");
    for (const auto& c : v.closed) t.rows(closed_words(c, t.s), "  ", "    ");
  }
}

void text_discovery(const PersonView& v, TextOut& t) {
  if (v.months.empty()) return;
  t.heading(fmt::format("Discovery by month (target {})", format_ratio(v.target)));
  // Short rows of figures, aligned: never wrapped (wrapping would join their spaces).
  for (const auto& m : v.months)
    t.out += fmt::format("  {}  {:>4}  {}{}\n", m.month, format_ratio(m.tally.ratio()), month_figures(m),
                         m.below ? "  below target" : "");
  t.out += fmt::format("  overall  {:>4}  self {}, nudged {}, told {}\n", format_ratio(v.overall.ratio()),
                       v.overall.self, v.overall.nudged, v.overall.told);
}

} // namespace

std::string person_text(const PersonView& v, const RecapStyle& s) {
  TextOut t{s, {}};
  t.rows(fmt::format("{} — {}", v.name, last_contact(v, s.now)), "", "  ");
  t.rows(counts(v) + (v.include_private ? " (private entries included)" : ""), "", "  ");
  text_commitments(v, t);
  if (!v.better.empty()) {
    t.heading("Last debriefs: what would have been better");
    for (const auto& b : v.better) {
      t.rows(better_head(b, s.now), "  ", "    ");
      t.rows(b.line.value_or("(nothing answered)"), "    ", "      ");
    }
  }
  text_discovery(v, t);
  if (any_outcome(v)) {
    t.heading("Outcomes");
    t.rows(outcomes(v), "  ", "    ");
  }
  if (v.lesson_count > 0) {
    t.heading(fmt::format("Lessons ({})", v.lesson_count));
    for (const auto& l : v.lessons)
      t.rows(fmt::format("{} #{}: {}", format_day(l.at, s.now), l.id, l.text), "  ", "    ");
  }
  if (!v.scales.empty()) {
    t.heading("Reflection scales (average)");
    for (const auto& sc : v.scales)
      t.rows(fmt::format("{} {} ({} answer{})", sc.question_text, average(sc), sc.count, sc.count == 1 ? "" : "s"),
             "  ", "    ");
  }
  return t.out;
}

} // namespace debrief
