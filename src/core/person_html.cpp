// One rep at a glance as one self-contained HTML page (person.hpp): the sections of the text
// view, the discovery ratio by month drawn against the target (svg.hpp) beside its table.
#include "core/html.hpp"
#include "core/person.hpp"
#include "core/person_detail.hpp"
#include "core/svg.hpp"

#include <fmt/format.h>

namespace debrief {

namespace {

using namespace person_detail;
using html::escape;

std::string commitments_html(const PersonView& v, const RecapStyle& s) {
  std::string out;
  if (!v.open.empty()) {
    out += html::section_start(fmt::format("Open commitments ({})", v.open.size())) + "<ul>\n";
    for (const auto& o : v.open) {
      out += fmt::format("<li><strong>#{}</strong> {} — <span{}>{}</span>", o.commitment.id, escape(o.commitment.text),
                         o.overdue ? " class=\"below\"" : "", escape(commitment_head(o, s)));
      if (!o.reviews.empty()) {
        out += "\n<ul>\n";
        for (const auto& r : o.reviews) out += fmt::format("<li>{}</li>\n", escape(review_words(r, s.now)));
        out += "</ul>\n";
      }
      out += "</li>\n";
    }
    out += "</ul>\n" + html::section_end();
  }
  if (!v.closed.empty()) {
    out += html::section_start("Recently closed") + "<ul>\n";
    for (const auto& c : v.closed) out += fmt::format("<li>{}</li>\n", escape(closed_words(c, s)));
    out += "</ul>\n" + html::section_end();
  }
  return out;
}

std::string discovery_html(const PersonView& v) {
  if (v.months.empty()) return {};
  std::vector<std::string> labels;
  svg::Series series{v.name, {}};
  std::vector<std::vector<std::string>> rows;
  for (const auto& m : v.months) {
    labels.push_back(m.month);
    series.values.push_back(m.tally.ratio());
    rows.push_back({escape(m.month), format_ratio(m.tally.ratio()), std::to_string(m.tally.self),
                    std::to_string(m.tally.nudged), std::to_string(m.tally.told),
                    m.below ? "<span class=\"below\">below target</span>" : ""});
  }
  rows.push_back({"overall", format_ratio(v.overall.ratio()), std::to_string(v.overall.self),
                  std::to_string(v.overall.nudged), std::to_string(v.overall.told), ""});
  auto title = fmt::format("Discovery ratio of {} by month, against the target of {}", v.name, format_ratio(v.target));
  std::string out = html::section_start(fmt::format("Discovery by month (target {})", format_ratio(v.target)));
  out += "<figure>\n" + svg::line_chart(title, labels, {series}, v.target) +
         fmt::format("<figcaption>{}; the dashed line is the target.</figcaption>\n</figure>\n", escape(title));
  out += html::table({"Month", "Ratio", "Self", "Nudged", "Told", ""}, rows, {false, true, true, true, true, false});
  return out + html::section_end();
}

std::string outcomes_html(const PersonView& v) {
  if (!any_outcome(v)) return {};
  std::vector<svg::BarRow> bars;
  int most = 1;
  std::size_t colour = 0;
  for (auto o : {Outcome::won, Outcome::lost, Outcome::advanced, Outcome::stalled}) {
    auto it = v.outcomes.find(o);
    int n = it == v.outcomes.end() ? 0 : it->second;
    most = std::max(most, n);
    std::string name(to_string(o));
    bars.push_back({name, {{static_cast<double>(n), svg::k_palette[colour++], name}}, std::to_string(n)});
  }
  return html::section_start("Outcomes") + "<figure>\n" +
         svg::bar_chart("Calls by outcome: " + outcomes(v), bars, most) +
         fmt::format("<figcaption>{}</figcaption>\n</figure>\n", escape(outcomes(v))) + html::section_end();
}

std::string rest_html(const PersonView& v, const RecapStyle& s) {
  std::string out;
  if (v.lesson_count > 0) {
    out += html::section_start(fmt::format("Lessons ({})", v.lesson_count)) + "<ul>\n";
    for (const auto& l : v.lessons)
      out +=
          fmt::format("<li><strong>{} #{}</strong> {}</li>\n", escape(format_day(l.at, s.now)), l.id, escape(l.text));
    out += "</ul>\n" + html::section_end();
  }
  if (!v.scales.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& sc : v.scales) rows.push_back({escape(sc.question_text), average(sc), std::to_string(sc.count)});
    out += html::section_start("Reflection scales") +
           html::table({"Question", "Average", "Answers"}, rows, {false, true, true}) + html::section_end();
  }
  return out;
}

} // namespace

std::string person_html(const PersonView& v, const RecapStyle& s) {
  std::string out = html::page_start(v.name + " · debrief");
  out += fmt::format("<header>\n<h1>{}</h1>\n<p>{}</p>\n<p class=\"muted\">{}{}</p>\n</header>\n", escape(v.name),
                     escape(last_contact(v, s.now)), escape(counts(v)),
                     v.include_private ? " · private entries included" : "");
  out += commitments_html(v, s);
  if (!v.better.empty()) {
    out += html::section_start("Last debriefs: what would have been better") + "<ul>\n";
    for (const auto& b : v.better)
      out += fmt::format("<li><strong>{}</strong> {}</li>\n", escape(better_head(b, s.now)),
                         escape(b.line.value_or("(nothing answered)")));
    out += "</ul>\n" + html::section_end();
  }
  out += discovery_html(v) + outcomes_html(v) + rest_html(v, s);
  return out + html::page_end();
}

} // namespace debrief
