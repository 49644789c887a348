// Report renderers: see render.hpp. All four read the same Report and write as they go.
#include "core/render.hpp"

#include "core/render_detail.hpp"

#include "core/columns.hpp"
#include "core/csv.hpp"
#include "core/json.hpp"
#include "core/line_edit.hpp"
#include "core/sanitize.hpp"
#include "core/wrap.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <ostream>
#include <utility>

namespace debrief {

namespace render_detail {

std::string person_name(const std::optional<std::string>& p) { return p ? sanitize_line(*p) : "(no one)"; }

std::string day(Seconds t, const RenderStyle& s) { return format_day(at_zone(t, *s.zone), s.now); }

/// `Mon 16 Nov – Sun 22 Nov 2026`: the last day shown is the one before the end; the year once.
std::string period_label(const Period& p, const RenderStyle& s) {
  auto last = at_zone(p.end - 1, *s.zone);
  std::string end = format_day(last, s.now);
  if (end.size() <= 10) end += fmt::format(" {}", to_civil(last).year); // always show the year once
  return fmt::format("{} – {}", format_day(at_zone(p.start, *s.zone), s.now), end);
}

std::string pct(std::optional<double> r) { return format_ratio(r); }

std::string change_text(std::optional<double> c) {
  if (!c) return "—";
  long pp = std::lround(*c * 100);
  return pp == 0 ? "±0 pp" : fmt::format("{:+} pp", pp);
}

/// Rounded to 4 decimals, shortest form: 0.8, not 0.80000000000000004.
std::string json_number(std::optional<double> v) {
  if (!v) return "null";
  return fmt::format("{}", std::round(*v * 10000) / 10000);
}

/// The fewest columns a table's last column (a remark) wraps in beside its row.
constexpr int k_min_remark = 12;

std::string table(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& right, int width) {
  std::vector<Column> cols;
  for (bool r : right) cols.push_back({.right = r});
  auto lines = lay_out(rows, cols, std::numeric_limits<int>::max(), "  ");
  const bool too_wide =
      std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return line_edit::text_width(l) > width; });
  std::string out;
  if (!too_wide || cols.size() < 2) {
    for (const auto& l : lines) out += l + "\n";
    return out;
  }
  // Too wide: the last column (a remark) wraps within the room left of the width, or when that
  // is too narrow goes under its row.
  std::vector<std::vector<std::string>> shorter;
  for (const auto& r : rows)
    shorter.emplace_back(r.begin(), r.begin() + static_cast<std::ptrdiff_t>(std::min(r.size(), cols.size() - 1)));
  cols.pop_back();
  lines = lay_out(shorter, cols, std::numeric_limits<int>::max(), "  ");
  int start = 0;
  for (const auto& l : lines) start = std::max(start, line_edit::text_width(l) + 2);
  const int room = width - start;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string remark = rows[i].size() == right.size() ? rows[i].back() : std::string();
    if (remark.empty()) {
      out += lines[i] + "\n";
    } else if (room >= k_min_remark) {
      const auto parts = wrap(remark, room, room);
      out += lines[i] + std::string(static_cast<std::size_t>(start - line_edit::text_width(lines[i])), ' ') + parts[0] +
             "\n";
      for (std::size_t k = 1; k < parts.size(); ++k)
        out += std::string(static_cast<std::size_t>(start), ' ') + parts[k] + "\n";
    } else {
      out += lines[i] + "\n" + wrap_with("      ", remark, width, "      ");
    }
  }
  return out;
}

std::string title(std::string_view t, const RenderStyle& s) {
  std::string lines = wrap_with("", t, s.width, "");
  lines.pop_back(); // the final newline, after the colour ends
  return s.color ? fmt::format("\x1b[1m{}\x1b[0m\n", lines) : lines + "\n";
}

std::vector<std::optional<double>> scaled(const ScaleRow& row) {
  std::vector<std::optional<double>> out;
  for (const auto& v : row.trend)
    out.push_back(v ? std::optional<double>((*v - row.min) / std::max(1, row.max - row.min)) : std::nullopt);
  return out;
}

/// `      noticed within minutes · cost: time` on a line of its own, when the lesson says.
std::string how_fast(const LessonRow& l, int width) {
  std::vector<std::string> parts;
  if (l.noticed) parts.push_back("noticed within " + sanitize_line(*l.noticed));
  if (l.cost) parts.push_back("cost: " + sanitize_line(*l.cost));
  return parts.empty() ? std::string()
                       : wrap_with("      ", fmt::format("{}", fmt::join(parts, " · ")), width, "      ");
}

/// `bob 2 · (no one) 1`.
std::string lesson_counts(const Report& r, std::string_view sep) {
  std::vector<std::string> parts;
  for (const auto& c : r.lessons_by_person) parts.push_back(fmt::format("{} {}", person_name(c.person), c.count));
  return fmt::format("{}", fmt::join(parts, sep));
}

std::string commitments_text(const PersonRow& p) { return fmt::format("{}/{}/{}", p.opened, p.done, p.overdue); }

std::string md_escape(std::string s) {
  std::string out;
  for (char c : sanitize_line(s)) {
    if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`') out += '\\';
    out += c;
  }
  return out;
}

/// The report's own punctuation in ASCII, for terminals that are not UTF-8.
std::string to_ascii(std::string s) {
  static const std::pair<std::string_view, std::string_view> swaps[] = {
      {"·", "-"}, {"–", "-"}, {"—", "-"}, {"±", "+-"}, {"…", "..."}};
  for (const auto& [from, to] : swaps)
    for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
      s.replace(pos, from.size(), to);
  return s;
}

} // namespace render_detail

using namespace render_detail;

std::string sparkline(const std::vector<std::optional<double>>& values, bool utf8) {
  static const char* const blocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  static const char ascii[] = "_.:-=+*#";
  std::string out;
  for (const auto& v : values) {
    if (!v) {
      out += utf8 ? "·" : " ";
      continue;
    }
    auto level = static_cast<std::size_t>(std::clamp(std::floor(*v * 8), 0.0, 7.0));
    if (utf8)
      out += blocks[level];
    else
      out += ascii[level];
  }
  return out;
}

namespace {

/// The People section: one table when it fits the width, else two narrower ones (coaching;
/// outcomes and commitments), else a block of lines per person.
void people_text(const Report& r, const RenderStyle& s, std::string& out) {
  if (r.people.empty()) return;
  out += "\n" + title("People", s);
  const std::string weeks = fmt::format("last {} weeks", r.weeks.size());
  std::vector<std::vector<std::string>> coaching{
      {"person", "notes", "debriefs", "reflections", "discovery", "change", weeks}};
  std::vector<std::vector<std::string>> results{
      {"person", "won", "lost", "advanced", "stalled", "opened/done/overdue"}};
  for (const auto& p : r.people) {
    coaching.push_back({person_name(p.name), std::to_string(p.notes), std::to_string(p.debriefs),
                        std::to_string(p.reflections), pct(p.tally.ratio()), change_text(p.change()),
                        sparkline(p.trend, s.utf8)});
    results.push_back({person_name(p.name), std::to_string(p.won), std::to_string(p.lost), std::to_string(p.advanced),
                       std::to_string(p.stalled), commitments_text(p)});
  }
  const std::vector<bool> coaching_right{false, true, true, true, true, true, false};
  const std::vector<bool> results_right{false, true, true, true, true, true};
  auto fits = [&](const std::string& t) {
    for (std::size_t at = 0, end; at < t.size(); at = end + 1) {
      end = t.find('\n', at);
      if (line_edit::text_width(std::string_view(t).substr(at, end - at)) > s.width) return false;
    }
    return true;
  };
  // One table, as before the split: counts, outcomes, discovery and trend, commitments.
  std::vector<std::vector<std::string>> all;
  for (std::size_t i = 0; i < coaching.size(); ++i) {
    const auto &c = coaching[i], &o = results[i];
    all.push_back({c[0], c[1], c[2], c[3], o[1], o[2], o[3], o[4], c[4], c[5], c[6], o[5]});
  }
  if (auto one = table(all, {false, true, true, true, true, true, true, true, true, true, false, true}); fits(one)) {
    out += one;
    return;
  }
  auto first = table(coaching, coaching_right), second = table(results, results_right);
  if (fits(first) && fits(second)) {
    out += first + "\n" + title("Outcomes and commitments", s) + second;
    return;
  }
  for (const auto& p : r.people) {
    out += "  " + fit_columns(person_name(p.name), s.width - 2) + "\n";
    auto line = [&](const std::string& text) { out += wrap_with("    ", text, s.width, "    "); };
    line(fmt::format("notes {} · debriefs {} · reflections {}", p.notes, p.debriefs, p.reflections));
    line(fmt::format("discovery {} · change {} · {} {}", pct(p.tally.ratio()), change_text(p.change()), weeks,
                     sparkline(p.trend, s.utf8)));
    line(fmt::format("won {} · lost {} · advanced {} · stalled {}", p.won, p.lost, p.advanced, p.stalled));
    line(fmt::format("commitments opened {} · done {} · overdue {}", p.opened, p.done, p.overdue));
  }
}

} // namespace

void render_text(const Report& r, const RenderStyle& s, std::ostream& os) {
  // Written a few lines at a time: the lists may be long. ASCII swaps never span lines.
  auto put = [&](std::string out) { os << (s.utf8 ? out : to_ascii(std::move(out))); };
  std::string out = title(fmt::format("Coaching report · {}", period_label(r.period, s)), s);
  out +=
      wrap_with("", fmt::format("compared with {} · discovery target {}", period_label(r.previous, s), pct(r.target)),
                s.width, "");
  if (r.entries() == 0) out += "\nNo coaching recorded in this period.\n";

  people_text(r, s, out);
  if (r.overdue_count > 0 || !r.due_soon.empty()) {
    out += "\n" + title("Commitments", s);
    put(std::exchange(out, {}));
    auto line = [&](std::string_view state, const CommitmentRow& c) {
      return wrap_with(
          fmt::format("  {:<7}  ", state),
          fmt::format("#{} {}: {} (due {})", c.id, person_name(c.person), sanitize_line(c.text), day(c.due, s)),
          s.width, std::string(11, ' '));
    };
    r.each_overdue([&](const CommitmentRow& c) { put(line("overdue", c)); });
    for (const auto& c : r.due_soon) out += line("due", c);
  }
  skills_text(r, s, out);
  if (r.lesson_count > 0) {
    out += "\n" + title("Useful mistakes", s);
    put(std::exchange(out, {}));
    r.each_lesson([&](const LessonRow& l) {
      put(wrap_with(
              "  ",
              fmt::format("#{} {} {}: {}", l.id, format_day(l.at, s.now), person_name(l.person), sanitize_line(l.text)),
              s.width, "      ") +
          how_fast(l, s.width));
    });
    out += wrap_with("  per person: ", lesson_counts(r, s.utf8 ? " · " : ", "), s.width, "    ");
  }
  if (!r.outcomes.empty()) {
    out += "\n" + title("Outcomes against coaching", s);
    std::vector<std::vector<std::string>> rows{{"outcome", "calls", "discovery", "commitments kept"}};
    for (const auto& o : r.outcomes)
      rows.push_back({std::string(to_string(o.outcome)), std::to_string(o.calls), pct(o.tally.ratio()),
                      o.commitments_closed ? fmt::format("{}/{}", o.commitments_done, o.commitments_closed) : "—"});
    out += table(rows, {false, true, true, true}, s.width);
  }
  coaching_text(r, s, out);
  if (!r.tags.empty()) {
    out += "\n" + title("Top tags", s);
    std::vector<std::string> parts;
    for (const auto& t : r.tags) parts.push_back(fmt::format("{} {}", sanitize_line(t.tag), t.count));
    out += wrap_with("  ", fmt::format("{}", fmt::join(parts, s.utf8 ? " · " : ", ")), s.width, "  ");
  }
  if (!r.scales.empty()) {
    out += "\n" + title("Scales", s);
    std::vector<std::vector<std::string>> rows{
        {"question", "average", "answers", fmt::format("last {} weeks", r.weeks.size())}};
    for (const auto& q : r.scales)
      rows.push_back({fmt::format("{}/{}", q.deck, q.question), fmt::format("{:.1f} of {}", q.average, q.max),
                      std::to_string(q.count), sparkline(scaled(q), s.utf8)});
    out += table(rows, {false, true, true, false}, s.width);
  }
  if (!r.include_private)
    out += "\n" + wrap_with("", "Entries from private decks are left out (--include-private shows them).", s.width, "");
  put(std::move(out));
}

void render_markdown(const Report& r, const RenderStyle& s, std::ostream& os) {
  std::string out = fmt::format("# Coaching report: {}\n\nCompared with {}; discovery target {}.\n",
                                period_label(r.period, s), period_label(r.previous, s), pct(r.target));
  if (r.entries() == 0) out += "\nNo coaching recorded in this period.\n";
  if (!r.people.empty()) {
    out += "\n## People\n\n| Person | Notes | Debriefs | Reflections | Won | Lost | Advanced | Stalled | Discovery | "
           "Change | Opened | Done | Overdue |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n";
    for (const auto& p : r.people)
      out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
                         md_escape(person_name(p.name)), p.notes, p.debriefs, p.reflections, p.won, p.lost, p.advanced,
                         p.stalled, pct(p.tally.ratio()), change_text(p.change()), p.opened, p.done, p.overdue);
  }
  if (r.overdue_count > 0 || !r.due_soon.empty()) {
    out += "\n## Commitments\n\n| # | Person | Commitment | Due | State |\n|--:|---|---|---|---|\n";
    os << std::exchange(out, {});
    r.each_overdue([&](const CommitmentRow& c) {
      os << fmt::format("| {} | {} | {} | {} | overdue |\n", c.id, md_escape(person_name(c.person)), md_escape(c.text),
                        day(c.due, s));
    });
    for (const auto& c : r.due_soon)
      out += fmt::format("| {} | {} | {} | {} | due soon |\n", c.id, md_escape(person_name(c.person)),
                         md_escape(c.text), day(c.due, s));
  }
  skills_markdown(r, out);
  if (r.lesson_count > 0) {
    out +=
        "\n## Useful mistakes\n\n| # | When | Person | Lesson | Noticed within | Cost |\n|--:|---|---|---|---|---|\n";
    os << std::exchange(out, {});
    r.each_lesson([&](const LessonRow& l) {
      os << fmt::format("| {} | {} | {} | {} | {} | {} |\n", l.id, format_day(l.at, s.now),
                        md_escape(person_name(l.person)), md_escape(l.text), md_escape(l.noticed.value_or("—")),
                        md_escape(l.cost.value_or("—")));
    });
    out += "\n| Person | Useful mistakes |\n|---|--:|\n";
    for (const auto& c : r.lessons_by_person)
      out += fmt::format("| {} | {} |\n", md_escape(person_name(c.person)), c.count);
  }
  if (!r.outcomes.empty()) {
    out += "\n## Outcomes against coaching\n\n| Outcome | Calls | Discovery | Commitments kept |\n|---|--:|--:|--:|\n";
    for (const auto& o : r.outcomes)
      out += fmt::format("| {} | {} | {} | {} |\n", to_string(o.outcome), o.calls, pct(o.tally.ratio()),
                         o.commitments_closed ? fmt::format("{}/{}", o.commitments_done, o.commitments_closed) : "—");
  }
  coaching_markdown(r, s, out);
  if (!r.tags.empty()) {
    out += "\n## Top tags\n\n| Tag | Entries |\n|---|--:|\n";
    for (const auto& t : r.tags) out += fmt::format("| {} | {} |\n", md_escape(t.tag), t.count);
  }
  if (!r.scales.empty()) {
    out += "\n## Scales\n\n| Question | Average | Answers |\n|---|--:|--:|\n";
    for (const auto& q : r.scales)
      out += fmt::format("| {} ({}/{}) | {:.1f} of {} | {} |\n", md_escape(q.text), q.deck, q.question, q.average,
                         q.max, q.count);
  }
  os << out;
}

namespace render_detail {

std::string json_trend(const std::vector<std::optional<double>>& v) {
  std::vector<std::string> parts;
  for (const auto& x : v) parts.push_back(json_number(x));
  return json_array(parts);
}

std::string person_json(const PersonRow& p) {
  return JsonObject()
      .string_or_null("name", p.name)
      .number("notes", p.notes)
      .number("debriefs", p.debriefs)
      .number("reflections", p.reflections)
      .raw("outcomes", JsonObject()
                           .number("won", p.won)
                           .number("lost", p.lost)
                           .number("advanced", p.advanced)
                           .number("stalled", p.stalled)
                           .str())
      .raw("discovery", JsonObject()
                            .number("self", p.tally.self)
                            .number("nudged", p.tally.nudged)
                            .number("told", p.tally.told)
                            .number("marked", p.tally.marked())
                            .raw("ratio", json_number(p.tally.ratio()))
                            .raw("previous_ratio", json_number(p.previous.ratio()))
                            .raw("change", json_number(p.change()))
                            .raw("trend", json_trend(p.trend))
                            .str())
      .raw("commitments",
           JsonObject().number("opened", p.opened).number("done", p.done).number("overdue", p.overdue).str())
      .raw("skills", skills_json(p))
      .str();
}

} // namespace render_detail

namespace {

std::string outcome_json(const OutcomeRow& o) {
  return JsonObject()
      .string("outcome", to_string(o.outcome))
      .number("calls", o.calls)
      .raw("discovery_ratio", json_number(o.tally.ratio()))
      .number("commitments_done", o.commitments_done)
      .number("commitments_closed", o.commitments_closed)
      .str();
}

std::string scale_json(const ScaleRow& q) {
  return JsonObject()
      .string("deck", q.deck)
      .string("question", q.question)
      .string("text", q.text)
      .number("min", q.min)
      .number("max", q.max)
      .raw("average", json_number(q.average))
      .number("count", q.count)
      .raw("trend", json_trend(q.trend))
      .str();
}

} // namespace

void render_json(const Report& r, const RenderStyle& s, std::ostream& os) {
  auto iso = [&](Seconds t) { return format_iso(at_zone(t, *s.zone)); };
  auto span = [&](Seconds start, Seconds end) {
    return JsonObject().string("start", iso(start)).string("end", iso(end)).str();
  };
  std::vector<std::string> people, due_soon, outcomes, tags, scales, weeks;
  for (const auto& w : r.weeks) weeks.push_back(span(w.start, w.end));
  for (const auto& p : r.people) people.push_back(person_json(p));
  auto commitment = [&](const CommitmentRow& c) {
    return JsonObject()
        .number("id", c.id)
        .string_or_null("person", c.person)
        .string("text", c.text)
        .string("due", iso(c.due))
        .str();
  };
  for (const auto& c : r.due_soon) due_soon.push_back(commitment(c));
  for (const auto& o : r.outcomes) outcomes.push_back(outcome_json(o));
  for (const auto& q : r.scales) scales.push_back(scale_json(q));
  for (const auto& t : r.tags) tags.push_back(JsonObject().string("tag", t.tag).number("count", t.count).str());
  JsonObject head;
  head.string("schema", k_report_schema)
      .raw("period", span(r.period.start, r.period.end))
      .raw("previous_period", span(r.previous.start, r.previous.end))
      .string("as_of", iso(r.as_of))
      .raw("discovery_target", json_number(r.target))
      .boolean("include_private", r.include_private)
      .raw("totals", JsonObject()
                         .number("entries", r.entries())
                         .number("notes", r.notes)
                         .number("debriefs", r.debriefs)
                         .number("reflections", r.reflections)
                         .str())
      .raw("weeks", json_array(weeks))
      .raw("people", json_array(people));
  // The two lists that may be long are written as they are read, inside the open object.
  os << head.unclosed() << R"(,"commitments":{"overdue":[)";
  const char* comma = "";
  r.each_overdue([&](const CommitmentRow& c) { os << std::exchange(comma, ",") << commitment(c); });
  os << R"(],"due_soon":)" << json_array(due_soon) << R"(},"lessons":[)";
  comma = "";
  r.each_lesson([&](const LessonRow& l) {
    os << std::exchange(comma, ",")
       << JsonObject()
              .number("id", l.id)
              .string("at", format_iso(l.at))
              .string_or_null("person", l.person)
              .string("text", l.text)
              .string_or_null("noticed", l.noticed)
              .string_or_null("cost", l.cost)
              .str();
  });
  std::vector<std::string> by_person;
  for (const auto& c : r.lessons_by_person)
    by_person.push_back(JsonObject().string_or_null("person", c.person).number("count", c.count).str());
  os << R"(],"lessons_by_person":)" << json_array(by_person) << R"(,"outcomes":)" << json_array(outcomes)
     << R"(,"tags":)" << json_array(tags) << R"(,"scales":)" << json_array(scales) << R"(,"coaching":)"
     << coaching_json(r, s) << "}\n";
}

namespace {

int lessons_of(const Report& r, const PersonRow& p) {
  for (const auto& c : r.lessons_by_person)
    if (c.person == p.name) return c.count;
  return 0;
}

} // namespace

void render_csv(const Report& r, const RenderStyle&, std::ostream& os) {
  std::string out = "person,notes,debriefs,reflections,won,lost,advanced,stalled,self,nudged,told,marked,"
                    "discovery_ratio,previous_ratio,change,commitments_opened,commitments_done,commitments_overdue," +
                    coaching_csv_header() + ",lessons," + review_csv_header() + "\r\n";
  auto num = [](std::optional<double> v) {
    return v ? fmt::format("{}", std::round(*v * 10000) / 10000) : std::string();
  };
  for (const auto& p : r.people)
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n",
                       csv_field(p.name ? *p.name : ""), p.notes, p.debriefs, p.reflections, p.won, p.lost, p.advanced,
                       p.stalled, p.tally.self, p.tally.nudged, p.tally.told, p.tally.marked(), num(p.tally.ratio()),
                       num(p.previous.ratio()), num(p.change()), p.opened, p.done, p.overdue, coaching_csv(p, r.target),
                       lessons_of(r, p), review_csv(p));
  os << out;
}

} // namespace debrief
