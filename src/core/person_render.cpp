// One rep at a glance as Markdown (to share) and JSON (for scripts): see person.hpp.
#include "core/json.hpp"
#include "core/person.hpp"
#include "core/person_detail.hpp"
#include "core/recap_detail.hpp"

#include <fmt/format.h>

namespace debrief {

namespace {

using namespace person_detail;
using recap_detail::md_block;

struct MdOut {
  const RecapStyle& s;
  std::string out;
  void item(std::string_view escaped, std::string_view first = "- ", std::string_view indent = "  ") {
    out += md_block(escaped, s.width, first, indent);
  }
  void heading(std::string_view title) { out.append("\n## ").append(title).append("\n\n"); }
};

std::string q(const std::string& text) { return markdown_escape(text); }

void md_commitments(const PersonView& v, MdOut& m) {
  if (!v.open.empty()) {
    m.heading(fmt::format("Open commitments ({})", v.open.size()));
    for (const auto& o : v.open) {
      m.item(fmt::format("**#{}** {} — {}", o.commitment.id, q(o.commitment.text), q(commitment_head(o, m.s))));
      for (const auto& r : o.reviews) m.item(q(review_words(r, m.s.now)), "  - ", "    ");
    }
  }
  if (!v.closed.empty()) {
    m.heading("Recently closed");
    for (const auto& c : v.closed) m.item(q(closed_words(c, m.s)));
  }
}

void md_discovery(const PersonView& v, MdOut& m) {
  if (v.months.empty()) return;
  m.heading(fmt::format("Discovery by month (target {})", format_ratio(v.target)));
  m.out += "| month | ratio | self | nudged | told | |\n|---|--:|--:|--:|--:|---|\n";
  for (const auto& r : v.months)
    m.out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", r.month, format_ratio(r.tally.ratio()), r.tally.self,
                         r.tally.nudged, r.tally.told, r.below ? "**below target**" : "");
  m.out += fmt::format("| overall | {} | {} | {} | {} | |\n", format_ratio(v.overall.ratio()), v.overall.self,
                       v.overall.nudged, v.overall.told);
}

} // namespace

std::string person_markdown(const PersonView& v, const RecapStyle& s) {
  MdOut m{s, recap_detail::md_title(markdown_escape(v.name), s.width) + "\n"};
  m.out += md_block(q(fmt::format("{} · {}{}", last_contact(v, s.now), counts(v),
                                  v.include_private ? " · private entries included" : "")),
                    s.width);
  md_commitments(v, m);
  if (!v.better.empty()) {
    m.heading("Last debriefs: what would have been better");
    for (const auto& b : v.better)
      m.item(fmt::format("**{}** {}", q(better_head(b, s.now)), q(b.line.value_or("(nothing answered)"))));
  }
  md_discovery(v, m);
  if (any_outcome(v)) {
    m.heading("Outcomes");
    m.out += md_block(q(outcomes(v)), s.width);
  }
  if (v.lesson_count > 0) {
    m.heading(fmt::format("Lessons ({})", v.lesson_count));
    for (const auto& l : v.lessons) m.item(fmt::format("**{} #{}** {}", format_day(l.at, s.now), l.id, q(l.text)));
  }
  if (!v.scales.empty()) {
    m.heading("Reflection scales (average)");
    for (const auto& sc : v.scales)
      m.item(
          fmt::format("{} **{}** ({} answer{})", q(sc.question_text), average(sc), sc.count, sc.count == 1 ? "" : "s"));
  }
  return m.out;
}

namespace {

std::string commitment_json(const Commitment& c) {
  JsonObject o;
  o.number("id", c.id).string("uuid", c.uuid).string("text", c.text).string("status", to_string(c.status));
  o.number_or_null("due", c.due ? std::optional<long long>(*c.due) : std::nullopt);
  o.number("created", c.created);
  o.number_or_null("closed", c.closed ? std::optional<long long>(*c.closed) : std::nullopt);
  o.string_or_null("closing_note", c.closing_note);
  return o.str();
}

std::string tally_json(const DiscoveryTally& t) {
  JsonObject o;
  o.number("self", t.self).number("nudged", t.nudged).number("told", t.told);
  const auto r = t.ratio();
  if (r)
    o.raw("ratio", fmt::format("{:.4f}", *r));
  else
    o.null("ratio");
  return o.str();
}

} // namespace

std::string person_json(const PersonView& v) {
  JsonObject o;
  o.string("schema", "debrief.person/1").string("name", v.name);
  o.number("notes", v.notes).number("debriefs", v.debriefs).number("reflections", v.reflections);
  if (v.last_contact)
    o.raw("last_contact", JsonObject()
                              .number("id", v.last_contact->id)
                              .string("kind", to_string(v.last_contact->kind))
                              .string("at", format_iso(v.last_contact->at))
                              .str());
  else
    o.null("last_contact");
  std::vector<std::string> open, closed, better, months, lessons, scales;
  for (const auto& c : v.open) {
    std::vector<std::string> reviews;
    for (const auto& r : c.reviews)
      reviews.push_back(JsonObject()
                            .number("entry", r.entry)
                            .string("at", format_iso(r.at))
                            .string("how", r.how)
                            .string_or_null("decision", r.decision)
                            .str());
    std::string head(commitment_json(c.commitment));
    head.pop_back();
    open.push_back(head + fmt::format(",\"age_days\":{},\"overdue\":{},\"reviews\":{}}}", c.age_days,
                                      c.overdue ? "true" : "false", json_array(reviews)));
  }
  for (const auto& c : v.closed) closed.push_back(commitment_json(c));
  for (const auto& b : v.better)
    better.push_back(JsonObject()
                         .number("entry", b.entry)
                         .string("at", format_iso(b.at))
                         .string_or_null("deck", b.deck)
                         .string_or_null("better", b.line)
                         .str());
  for (const auto& m : v.months)
    months.push_back(
        JsonObject().string("month", m.month).raw("marks", tally_json(m.tally)).boolean("below_target", m.below).str());
  for (const auto& l : v.lessons)
    lessons.push_back(JsonObject().number("id", l.id).string("at", format_iso(l.at)).string("text", l.text).str());
  for (const auto& s : v.scales)
    scales.push_back(JsonObject()
                         .string("deck", s.deck)
                         .string("question_id", s.question_id)
                         .string("question", s.question_text)
                         .raw("average", s.count ? fmt::format("{:.2f}", s.sum / s.count) : "null")
                         .number("count", s.count)
                         .str());
  JsonObject outcomes;
  for (auto oc : {Outcome::won, Outcome::lost, Outcome::advanced, Outcome::stalled}) {
    auto it = v.outcomes.find(oc);
    outcomes.number(to_string(oc), it == v.outcomes.end() ? 0 : it->second);
  }
  o.raw("open_commitments", json_array(open)).raw("recently_closed", json_array(closed));
  o.raw("last_debriefs", json_array(better));
  o.raw("target", fmt::format("{:.4f}", v.target)).raw("discovery_by_month", json_array(months));
  o.raw("discovery", tally_json(v.overall)).raw("outcomes", outcomes.str());
  o.number("lesson_count", v.lesson_count).raw("lessons", json_array(lessons)).raw("scales", json_array(scales));
  o.boolean("include_private", v.include_private);
  return o.str() + "\n";
}

} // namespace debrief
