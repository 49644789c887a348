// The report as one self-contained HTML page (render.hpp): the same sections as Markdown, with
// charts drawn as inline SVG (svg.hpp), each beside a table or the numbers it shows. No script,
// nothing fetched; every stored string escaped (html::escape).
#include "core/html.hpp"
#include "core/render.hpp"
#include "core/render_detail.hpp"
#include "core/svg.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <ostream>
#include <utility>

namespace debrief {

namespace {

using namespace render_detail;
using html::escape;

std::string num(int n) { return std::to_string(n); }

/// `16 Nov`, the first day of each trend week.
std::vector<std::string> week_labels(const Report& r, const RenderStyle& s) {
  std::vector<std::string> out;
  for (const auto& w : r.weeks) {
    auto c = to_civil(at_zone(w.start, *s.zone));
    out.push_back(html::short_day(c.day, c.month));
  }
  return out;
}

std::string people_table(const Report& r) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& p : r.people)
    rows.push_back({escape(person_name(p.name)), num(p.notes), num(p.debriefs), num(p.reflections), num(p.won),
                    num(p.lost), num(p.advanced), num(p.stalled), pct(p.tally.ratio()), change_text(p.change()),
                    fmt::format("{}/{}/{}", p.opened, p.done, p.overdue)});
  return html::table({"Person", "Notes", "Debriefs", "Reflections", "Won", "Lost", "Advanced", "Stalled", "Discovery",
                      "Change", "Commitments opened / done / overdue"},
                     rows, {false, true, true, true, true, true, true, true, true, true, true});
}

/// The discovery ratio of each rep by week against the target: a line per rep with marks, and
/// the same numbers in a table.
std::string discovery_chart(const Report& r, const RenderStyle& s) {
  auto labels = week_labels(r, s);
  std::vector<svg::Series> series;
  std::vector<std::vector<std::string>> rows;
  for (const auto& p : r.people) {
    bool any = std::any_of(p.trend.begin(), p.trend.end(), [](const auto& v) { return v.has_value(); });
    if (!any) continue;
    series.push_back({person_name(p.name), p.trend});
    std::vector<std::string> row{escape(person_name(p.name))};
    for (std::size_t i = 0; i < labels.size(); ++i) row.push_back(i < p.trend.size() ? pct(p.trend[i]) : "—");
    rows.push_back(std::move(row));
  }
  std::string out = html::section_start(fmt::format("Discovery ratio by week (target {})", pct(r.target)));
  auto title = fmt::format("Discovery ratio per rep over the last {} weeks, against the target of {}", labels.size(),
                           pct(r.target));
  out += "<figure>\n" + svg::line_chart(title, labels, series, r.target);
  out += fmt::format("<figcaption>{}: the share of insights the rep found (self or nudged) among those marked; the "
                     "dashed line is the target.</figcaption>\n</figure>\n",
                     escape(title));
  if (!rows.empty()) {
    std::vector<std::string> head{"Person"};
    head.insert(head.end(), labels.begin(), labels.end());
    std::vector<bool> numeric(head.size(), true);
    numeric[0] = false;
    out += html::table(head, rows, numeric);
  }
  return out + html::section_end();
}

std::string commitment_row(const CommitmentRow& c, const RenderStyle& s, std::string_view state) {
  return fmt::format("<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td><td>{}</td><td{}>{}</td></tr>\n", c.id,
                     escape(person_name(c.person)), escape(c.text), escape(day(c.due, s)),
                     state == "overdue" ? " class=\"below\"" : "", state);
}

void commitments(const Report& r, const RenderStyle& s, std::ostream& os) {
  if (r.overdue_count == 0 && r.due_soon.empty()) return;
  os << html::section_start("Commitments overdue or due within 7 days")
     << "<table>\n<thead><tr><th scope=\"col\" class=\"n\">#</th><th scope=\"col\">Person</th><th "
        "scope=\"col\">Commitment</th><th scope=\"col\">Due</th><th scope=\"col\">State</th></tr></thead>\n<tbody>\n";
  r.each_overdue([&](const CommitmentRow& c) { os << commitment_row(c, s, "overdue"); });
  for (const auto& c : r.due_soon) os << commitment_row(c, s, "due soon");
  os << "</tbody>\n</table>\n" << html::section_end();
}

void lessons(const Report& r, const RenderStyle& s, std::ostream& os) {
  if (r.lesson_count == 0) return;
  os << html::section_start("Useful mistakes") << "<ol>\n";
  r.each_lesson([&](const LessonRow& l) {
    std::vector<std::string> how;
    if (l.noticed) how.push_back("noticed within " + escape(*l.noticed));
    if (l.cost) how.push_back("cost: " + escape(*l.cost));
    os << fmt::format("<li><strong>{}</strong> · {} · #{}: {}{}</li>\n", escape(person_name(l.person)),
                      escape(format_day(l.at, s.now)), l.id, escape(l.text),
                      how.empty() ? std::string()
                                  : fmt::format(" <span class=\"muted\">({})</span>", fmt::join(how, "; ")));
  });
  std::vector<std::string> counts;
  for (const auto& c : r.lessons_by_person)
    counts.push_back(fmt::format("{} {}", escape(person_name(c.person)), c.count));
  os << "</ol>\n<p>Per person: " << fmt::format("{}", fmt::join(counts, " · ")) << "</p>\n" << html::section_end();
}

std::string kept_text(const OutcomeRow& o) {
  return o.commitments_closed ? fmt::format("{}/{}", o.commitments_done, o.commitments_closed) : "—";
}

/// For each outcome, the discovery ratio of those calls (against the target) and the share of
/// commitments kept by the reps on them, as bars, then the table.
std::string outcomes(const Report& r) {
  if (r.outcomes.empty()) return {};
  std::vector<svg::BarRow> bars;
  std::vector<std::vector<std::string>> rows;
  for (const auto& o : r.outcomes) {
    std::string name(to_string(o.outcome));
    auto ratio = o.tally.ratio();
    bars.push_back({name + " · discovery",
                    {{ratio.value_or(0), svg::k_palette[0], "discovery " + pct(ratio)}},
                    fmt::format("{} · {} call{}", pct(ratio), o.calls, o.calls == 1 ? "" : "s")});
    double kept = o.commitments_closed ? static_cast<double>(o.commitments_done) / o.commitments_closed : 0;
    bars.push_back({name + " · kept",
                    {{kept, svg::k_yes, "commitments kept " + kept_text(o)}},
                    o.commitments_closed ? kept_text(o) + " commitments kept" : "no commitment closed"});
    rows.push_back({escape(name), num(o.calls), pct(ratio), kept_text(o)});
  }
  std::string out = html::section_start("Outcomes against coaching");
  out += "<figure>\n" +
         svg::bar_chart("For each outcome, the discovery ratio of its calls (dashed: the target) and the share of "
                        "the reps' commitments kept",
                        bars, 1.0, r.target);
  out += "<figcaption>Discovery ratio of the calls with each outcome, dashed line at the target; commitments kept by "
         "the reps on those calls.</figcaption>\n</figure>\n";
  out += html::table({"Outcome", "Calls", "Discovery", "Commitments kept"}, rows, {false, true, true, true});
  return out + html::section_end();
}

std::string tags_and_scales(const Report& r) {
  std::string out;
  if (!r.tags.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& t : r.tags) rows.push_back({escape(t.tag), num(t.count)});
    out += html::section_start("Top tags") + html::table({"Tag", "Entries"}, rows, {false, true}) + html::section_end();
  }
  if (!r.scales.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& q : r.scales)
      rows.push_back(
          {fmt::format("{} <span class=\"muted\">({}/{})</span>", escape(q.text), escape(q.deck), escape(q.question)),
           fmt::format("{:.1f} of {}", q.average, q.max), num(q.count)});
    out += html::section_start("Scales") + html::table({"Question", "Average", "Answers"}, rows, {false, true, true}) +
           html::section_end();
  }
  return out;
}

} // namespace

void render_html(const Report& r, const RenderStyle& s, std::ostream& os) {
  const auto period = period_label(r.period, s);
  std::string out = html::page_start("Coaching report · " + period);
  out += fmt::format("<header>\n<h1>Coaching report</h1>\n<p><strong>{}</strong></p>\n<p class=\"muted\">Compared "
                     "with {} · discovery target {}</p>\n</header>\n",
                     escape(period), escape(period_label(r.previous, s)), pct(r.target));
  if (r.entries() == 0) out += "<p>No coaching recorded in this period.</p>\n";
  if (!r.people.empty()) {
    out += html::section_start("People") + people_table(r) + html::section_end();
    out += discovery_chart(r, s);
  }
  os << std::exchange(out, {});
  commitments(r, s, os);
  skills_html(r, out);
  os << std::exchange(out, {});
  lessons(r, s, os);
  out += outcomes(r);
  coaching_html(r, s, out);
  out += tags_and_scales(r);
  if (!r.include_private)
    out += "<p class=\"muted\">Entries from private decks are left out (--include-private shows them).</p>\n";
  os << out << html::page_end();
}

} // namespace debrief
