// The report's "Your coaching" section in the four formats: how often the manager told, probes
// per insight found, debriefs below the discovery target; this period, the previous one and by
// month. A value below the target is marked by words, never by a number alone.
#include "core/csv.hpp"
#include "core/html.hpp"
#include "core/json.hpp"
#include "core/render_detail.hpp"
#include "core/sanitize.hpp"
#include "core/svg.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace debrief::render_detail {

namespace {

constexpr const char* k_below = "below target";

/// `4/10 40%`, or `—` when nothing was marked.
std::string told_text(const CoachingFigures& f) {
  if (f.empty()) return "—";
  return fmt::format("{}/{} {}", f.tally.told, f.tally.marked(), pct(f.told_share()));
}

std::string decimal(std::optional<double> v) { return v ? fmt::format("{:.1f}", *v) : "—"; }

std::string below_text(const CoachingFigures& f) {
  return f.debriefs ? fmt::format("{} of {}", f.below_target, f.debriefs) : "—";
}

std::string decimal_change(std::optional<double> now, std::optional<double> before) {
  if (!now || !before) return "—";
  double d = std::round((*now - *before) * 10) / 10;
  return d == 0 ? "±0.0" : fmt::format("{:+.1f}", d);
}

std::string count_change(const CoachingFigures& now, const CoachingFigures& before) {
  if (!now.debriefs || !before.debriefs) return "—";
  int d = now.below_target - before.below_target;
  return d == 0 ? "±0" : fmt::format("{:+}", d);
}

std::optional<double> told_change(const CoachingFigures& now, const CoachingFigures& before) {
  auto a = now.told_share(), b = before.told_share();
  if (!a || !b) return std::nullopt;
  return *a - *b;
}

/// Each month's value of `of`, for a sparkline in [0, 1]: divided by the largest (at least `floor`).
template <class Of> std::vector<std::optional<double>> monthly(const CoachingSection& c, double floor, Of&& of) {
  std::vector<std::optional<double>> v;
  double top = floor;
  for (const auto& m : c.months) {
    v.push_back(of(m));
    if (v.back()) top = std::max(top, *v.back());
  }
  for (auto& x : v)
    if (x) *x /= top;
  return v;
}

/// The assignments reviewed in a span: with evidence, and closed without.
int reviews_of(const CoachingFigures& f) { return f.reviewed_with_evidence + f.closed_without_evidence; }

/// `3 of 4`: reviewed with evidence of those reviewed with it or closed without; `—` for none.
std::string evidence_text(const CoachingFigures& f) {
  return reviews_of(f) ? fmt::format("{} of {}", f.reviewed_with_evidence, reviews_of(f)) : "—";
}

std::optional<double> evidence_share(const CoachingFigures& f) {
  return reviews_of(f) ? std::optional<double>(static_cast<double>(f.reviewed_with_evidence) / reviews_of(f))
                       : std::nullopt;
}

std::string without_text(const CoachingFigures& f) {
  return f.closed_without_evidence ? fmt::format("{} closed without evidence", f.closed_without_evidence) : "";
}

std::optional<double> difference(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return std::nullopt;
  return *a - *b;
}

std::optional<double> below_share(const CoachingFigures& f) {
  return f.debriefs ? std::optional<double>(static_cast<double>(f.below_target) / f.debriefs) : std::nullopt;
}

std::string month_label(const Period& m, const RenderStyle& s) {
  auto c = to_civil(at_zone(m.start, *s.zone));
  static const char* const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return fmt::format("{} {}", names[c.month - 1], c.year);
}

/// The fields of one set of figures, in JSON and in the order the schema lists them.
JsonObject& figures_json(JsonObject& o, const CoachingFigures& f, double target) {
  return o.number("told", f.tally.told)
      .number("marked", f.tally.marked())
      .raw("told_share", json_number(f.told_share()))
      .boolean("below_target", below_target(f.tally, target))
      .number("probes", f.probes)
      .number("insights_found", f.tally.self + f.tally.nudged)
      .raw("probes_per_insight", json_number(f.probes_per_insight()))
      .number("debriefs", f.debriefs)
      .number("debriefs_below_target", f.below_target)
      .number("reviewed_with_evidence", f.reviewed_with_evidence)
      .number("closed_without_evidence", f.closed_without_evidence);
}

} // namespace

void coaching_text(const Report& r, const RenderStyle& s, std::string& out) {
  const auto& c = r.coaching;
  if (c.empty()) return;
  out += "\n" + title("Your coaching", s);
  auto mark = [&](bool below) { return below ? std::string(k_below) : std::string(); };
  std::vector<std::vector<std::string>> rows{
      {"measure", "period", "previous", "change", fmt::format("{} months", r.months.size()), ""}};
  rows.push_back({"you told", told_text(c.now), told_text(c.previous), change_text(told_change(c.now, c.previous)),
                  sparkline(monthly(c, 1.0, [](const CoachingFigures& f) { return f.told_share(); }), s.utf8),
                  mark(below_target(c.now.tally, r.target))});
  rows.push_back({"probes per insight", decimal(c.now.probes_per_insight()), decimal(c.previous.probes_per_insight()),
                  decimal_change(c.now.probes_per_insight(), c.previous.probes_per_insight()),
                  sparkline(monthly(c, 2.0, [](const CoachingFigures& f) { return f.probes_per_insight(); }), s.utf8),
                  ""});
  rows.push_back({"debriefs below target", below_text(c.now), below_text(c.previous), count_change(c.now, c.previous),
                  sparkline(monthly(c, 1.0, below_share), s.utf8), mark(c.now.below_target > 0)});
  rows.push_back({"reviewed with evidence", evidence_text(c.now), evidence_text(c.previous),
                  change_text(difference(evidence_share(c.now), evidence_share(c.previous))),
                  sparkline(monthly(c, 1.0, evidence_share), s.utf8), without_text(c.now)});
  out += table(rows, {false, true, true, true, false, false}, s.width);
}

void coaching_markdown(const Report& r, const RenderStyle& s, std::string& out) {
  const auto& c = r.coaching;
  if (c.empty()) return;
  auto marked = [](std::string v, bool below) { return below ? v + " **" + k_below + "**" : v; };
  out += "\n## Your coaching\n\n| Measure | Period | Previous | Change |\n|---|--:|--:|--:|\n";
  out += fmt::format("| You told | {} | {} | {} |\n", marked(told_text(c.now), below_target(c.now.tally, r.target)),
                     marked(told_text(c.previous), below_target(c.previous.tally, r.target)),
                     change_text(told_change(c.now, c.previous)));
  out += fmt::format("| Probes per insight | {} | {} | {} |\n", decimal(c.now.probes_per_insight()),
                     decimal(c.previous.probes_per_insight()),
                     decimal_change(c.now.probes_per_insight(), c.previous.probes_per_insight()));
  out += fmt::format("| Debriefs below target | {} | {} | {} |\n", marked(below_text(c.now), c.now.below_target > 0),
                     marked(below_text(c.previous), c.previous.below_target > 0), count_change(c.now, c.previous));
  auto without = [](const CoachingFigures& f) {
    return f.closed_without_evidence ? evidence_text(f) + " **" + without_text(f) + "**" : evidence_text(f);
  };
  out += fmt::format("| Reviewed with evidence | {} | {} | {} |\n", without(c.now), without(c.previous),
                     change_text(difference(evidence_share(c.now), evidence_share(c.previous))));
  out += "\n| Month | You told | Probes per insight | Debriefs below target | Reviewed with evidence |\n"
         "|---|--:|--:|--:|--:|\n";
  for (std::size_t i = 0; i < c.months.size() && i < r.months.size(); ++i) {
    const auto& m = c.months[i];
    out += fmt::format("| {} | {} | {} | {} | {} |\n", month_label(r.months[i], s),
                       marked(told_text(m), below_target(m.tally, r.target)), decimal(m.probes_per_insight()),
                       marked(below_text(m), m.below_target > 0), without(m));
  }
}

void coaching_html(const Report& r, const RenderStyle& s, std::string& out) {
  const auto& c = r.coaching;
  if (c.empty()) return;
  auto marked = [](std::string v, bool below) {
    return below ? fmt::format("{} <span class=\"below\">{}</span>", v, k_below) : v;
  };
  auto without = [](const CoachingFigures& f) {
    return f.closed_without_evidence
               ? fmt::format("{} <span class=\"below\">{}</span>", evidence_text(f), without_text(f))
               : evidence_text(f);
  };
  std::vector<std::vector<std::string>> rows{
      {"You told", marked(told_text(c.now), below_target(c.now.tally, r.target)),
       marked(told_text(c.previous), below_target(c.previous.tally, r.target)),
       change_text(told_change(c.now, c.previous))},
      {"Probes per insight", decimal(c.now.probes_per_insight()), decimal(c.previous.probes_per_insight()),
       decimal_change(c.now.probes_per_insight(), c.previous.probes_per_insight())},
      {"Debriefs below target", marked(below_text(c.now), c.now.below_target > 0),
       marked(below_text(c.previous), c.previous.below_target > 0), count_change(c.now, c.previous)},
      {"Reviewed with evidence", without(c.now), without(c.previous),
       change_text(difference(evidence_share(c.now), evidence_share(c.previous)))}};
  out += html::section_start("Your coaching") +
         html::table({"Measure", "Period", "Previous", "Change"}, rows, {false, true, true, true});
  std::vector<std::vector<std::string>> months;
  for (std::size_t i = 0; i < c.months.size() && i < r.months.size(); ++i) {
    const auto& m = c.months[i];
    months.push_back({month_label(r.months[i], s), marked(told_text(m), below_target(m.tally, r.target)),
                      decimal(m.probes_per_insight()), marked(below_text(m), m.below_target > 0), without(m)});
  }
  out += html::table({"Month", "You told", "Probes per insight", "Debriefs below target", "Reviewed with evidence"},
                     months, {false, true, true, true, true}, "By month") +
         html::section_end();
}

std::string coaching_json(const Report& r, const RenderStyle& s) {
  const auto& c = r.coaching;
  auto iso = [&](Seconds t) { return format_iso(at_zone(t, *s.zone)); };
  std::vector<std::string> months;
  for (std::size_t i = 0; i < c.months.size() && i < r.months.size(); ++i) {
    JsonObject m;
    m.string("start", iso(r.months[i].start)).string("end", iso(r.months[i].end));
    months.push_back(figures_json(m, c.months[i], r.target).str());
  }
  JsonObject previous, o;
  figures_json(previous, c.previous, r.target);
  figures_json(o, c.now, r.target).raw("previous", previous.str()).raw("months", json_array(months));
  return o.str();
}

namespace {
bool any_skills(const Report& r) {
  return std::any_of(r.people.begin(), r.people.end(), [](const PersonRow& p) { return !p.skills.empty(); });
}
std::string skill_name(const SkillRow& k) { return k.skill.empty() ? "(no skill)" : "#" + k.skill; }
} // namespace

void skills_text(const Report& r, const RenderStyle& s, std::string& out) {
  if (!any_skills(r)) return;
  out += "\n" + title("Did the assignments help? (reviewed in the period, by skill)", s);
  std::vector<std::vector<std::string>> rows{{"person", "skill", "yes", "partly", "no"}};
  for (const auto& p : r.people)
    for (const auto& k : p.skills)
      rows.push_back({person_name(p.name), sanitize_line(skill_name(k)), std::to_string(k.yes),
                      std::to_string(k.partly), std::to_string(k.no)});
  out += table(rows, {false, false, true, true, true}, s.width);
}

void skills_markdown(const Report& r, std::string& out) {
  if (!any_skills(r)) return;
  out += "\n## Did the assignments help?\n\nReviewed in the period, by skill.\n\n| Person | Skill | Yes | Partly | No "
         "|\n|---|---|--:|--:|--:|\n";
  for (const auto& p : r.people)
    for (const auto& k : p.skills)
      out += fmt::format("| {} | {} | {} | {} | {} |\n", md_escape(person_name(p.name)), md_escape(skill_name(k)),
                         k.yes, k.partly, k.no);
}

void skills_html(const Report& r, std::string& out) {
  if (!any_skills(r)) return;
  std::map<std::string, SkillRow> by_skill; // every rep's, summed
  std::vector<std::vector<std::string>> rows;
  for (const auto& p : r.people)
    for (const auto& k : p.skills) {
      auto& sum = by_skill[k.skill];
      sum.skill = k.skill;
      sum.yes += k.yes, sum.partly += k.partly, sum.no += k.no;
      rows.push_back({html::escape(person_name(p.name)), html::escape(skill_name(k)), std::to_string(k.yes),
                      std::to_string(k.partly), std::to_string(k.no)});
    }
  std::vector<svg::BarRow> bars;
  int most = 1;
  for (const auto& [name, k] : by_skill) {
    most = std::max(most, k.yes + k.partly + k.no);
    bars.push_back({skill_name(k),
                    {{static_cast<double>(k.yes), svg::k_yes, fmt::format("helped: yes {}", k.yes)},
                     {static_cast<double>(k.partly), svg::k_partly, fmt::format("partly {}", k.partly)},
                     {static_cast<double>(k.no), svg::k_no, fmt::format("no {}", k.no)}},
                    fmt::format("yes {} · partly {} · no {}", k.yes, k.partly, k.no)});
  }
  out += html::section_start("Commitments kept by skill");
  out +=
      "<figure>\n" +
      svg::bar_chart("Assignments reviewed in the period, by skill: whether they helped (yes, partly, no)", bars, most);
  out += "<figcaption>Assignments reviewed in the period, by skill: helped (green), partly (orange), did not help "
         "(red).</figcaption>\n</figure>\n";
  out += html::table({"Person", "Skill", "Yes", "Partly", "No"}, rows, {false, false, true, true, true}) +
         html::section_end();
}

std::string skills_json(const PersonRow& p) {
  std::vector<std::string> rows;
  for (const auto& k : p.skills)
    rows.push_back(JsonObject()
                       .string_or_null("skill", k.skill.empty() ? std::nullopt : std::optional<std::string>(k.skill))
                       .number("yes", k.yes)
                       .number("partly", k.partly)
                       .number("no", k.no)
                       .str());
  return json_array(rows);
}

std::string coaching_csv_header() {
  return "told_share,below_target,probes,insights_found,probes_per_insight,debriefs_marked,debriefs_below_target,"
         "previous_told_share,previous_probes_per_insight,previous_debriefs_below_target";
}

std::string review_csv_header() { return "reviewed_with_evidence,closed_without_evidence,skills"; }

std::string review_csv(const PersonRow& p) {
  std::vector<std::string> skills;
  for (const auto& k : p.skills)
    skills.push_back(fmt::format("{}:{}/{}/{}", k.skill.empty() ? "-" : k.skill, k.yes, k.partly, k.no));
  return fmt::format("{},{},{}", p.coaching.reviewed_with_evidence, p.coaching.closed_without_evidence,
                     csv_field(fmt::format("{}", fmt::join(skills, " "))));
}

std::string coaching_csv(const PersonRow& p, double target) {
  auto num = [](std::optional<double> v) { return v ? json_number(v) : std::string(); };
  const auto& f = p.coaching;
  const auto& b = p.coaching_previous;
  return fmt::format("{},{},{},{},{},{},{},{},{},{}", num(f.told_share()), below_target(f.tally, target) ? "yes" : "",
                     f.probes, f.tally.self + f.tally.nudged, num(f.probes_per_insight()), f.debriefs, f.below_target,
                     num(b.told_share()), num(b.probes_per_insight()),
                     b.debriefs ? std::to_string(b.below_target) : "");
}

} // namespace debrief::render_detail
