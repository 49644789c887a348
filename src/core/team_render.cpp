// The team report's renderers: see team.hpp. Text keeps to 80 columns with names of ordinary
// length; every name and text from an input passes sanitize_line before a terminal sees it.
#include "core/csv.hpp"
#include "core/json.hpp"
#include "core/note.hpp"
#include "core/render_detail.hpp"
#include "core/sanitize.hpp"
#include "core/team.hpp"
#include "core/time.hpp"
#include "core/wrap.hpp"

#include <fmt/format.h>

#include <cmath>
#include <ostream>

namespace debrief {

using namespace render_detail;

namespace {

/// The text report's width: what an 80-column terminal shows without wrapping.
constexpr int k_width = 80;

std::string plural(long n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string told_text(const CoachingFigures& f) {
  if (f.tally.marked() == 0) return "no marked answer";
  return fmt::format("{} of {} insights told ({})", f.tally.told, f.tally.marked(), pct(f.told_share()));
}

std::string probes_text(const CoachingFigures& f) {
  auto p = f.probes_per_insight();
  return p ? fmt::format("{:.1f} probes per insight", *p) : "no insight found";
}

std::string outcomes_text(const TeamManager& m) {
  return fmt::format("won {}, lost {}, advanced {}, stalled {}", m.won, m.lost, m.advanced, m.stalled);
}

std::string helped_text(const TeamManager& m) {
  return fmt::format("helped {}, partly {}, no {}", m.helped_yes, m.helped_partly, m.helped_no);
}

std::string evidence_text(const CoachingFigures& f) {
  return fmt::format("{} reviewed with evidence, {} closed without", f.reviewed_with_evidence,
                     f.closed_without_evidence);
}

/// `4.2 over 3 people`, or `withheld (2 people; at least 3)`.
std::string scale_text(const TeamScale& q, int min_people) {
  if (!q.average) return fmt::format("withheld ({}; at least {})", plural(q.people, "person", "people"), min_people);
  return fmt::format("{:.1f} over {}", *q.average, plural(q.people, "person", "people"));
}

std::string rep_name(const PersonRow& p) { return sanitize_line(person_name(p.name)); }

/// What was read and what was left out, one line each.
std::vector<std::string> left_out_lines(const TeamReport& t, const RenderStyle& s) {
  std::vector<std::string> lines;
  if (long n = t.private_skipped()) {
    std::vector<std::string> where;
    for (const auto& src : t.sources)
      if (src.private_skipped) where.push_back(fmt::format("{} in {}", src.private_skipped, sanitize_line(src.name)));
    lines.push_back(fmt::format("{} skipped ({}): private entries never enter a team report",
                                plural(n, "private entry", "private entries"), fmt::join(where, ", ")));
  }
  if (long n = t.repeated()) {
    std::vector<std::string> where;
    for (const auto& src : t.sources)
      if (src.repeated) where.push_back(fmt::format("{} in {}", src.repeated, sanitize_line(src.name)));
    lines.push_back(fmt::format("{} of entries read before counted once ({})", plural(n, "copy", "copies"),
                                fmt::join(where, ", ")));
  }
  if (t.conflict_count) {
    lines.push_back(fmt::format("{} with different content; the newest kept:",
                                plural(t.conflict_count, "conflicting copy", "conflicting copies")));
    for (const auto& c : t.conflicts)
      lines.push_back(fmt::format("  {}: kept {} (changed {}), not {} (changed {})", c.uuid, sanitize_line(c.kept),
                                  format_short(at_zone(c.kept_updated, *s.zone), s.now), sanitize_line(c.dropped),
                                  format_short(at_zone(c.dropped_updated, *s.zone), s.now)));
    if (t.conflict_count > static_cast<long>(t.conflicts.size()))
      lines.push_back(fmt::format("  … and {} more", t.conflict_count - static_cast<long>(t.conflicts.size())));
  }
  for (const auto& src : t.sources) {
    if (src.error) lines.push_back(fmt::format("not read: {}", sanitize_line(*src.error)));
    if (src.bad_lines)
      lines.push_back(fmt::format("{}: {} left out (the first, {})", sanitize_line(src.name),
                                  plural(src.bad_lines, "line that is not an entry", "lines that are not entries"),
                                  sanitize_line(src.first_bad.value_or(""))));
  }
  for (const auto& m : t.managers)
    for (const auto& q : m.scales)
      if (!q.average)
        lines.push_back(fmt::format("{}: {} {} {}", sanitize_line(m.name), sanitize_line(q.deck),
                                    sanitize_line(q.question), scale_text(q, t.min_people)));
  return lines;
}

int rep_count(const TeamReport& t) {
  std::set<std::string> reps;
  for (const auto& m : t.managers)
    for (const auto& p : m.report.people)
      if (p.name) reps.insert(name_key(*p.name));
  return static_cast<int>(reps.size());
}

long counted(const TeamReport& t) {
  long n = 0;
  for (const auto& s : t.sources) n += s.counted;
  return n;
}

std::string headline(const TeamReport& t) {
  return fmt::format("{}, {}; {} read from {} · discovery target {}",
                     plural(static_cast<long>(t.managers.size()), "manager", "managers"),
                     plural(rep_count(t), "rep", "reps"), plural(counted(t), "entry", "entries"),
                     plural(static_cast<long>(t.sources.size()), "input", "inputs"), pct(t.target));
}

void manager_text(const TeamReport& t, const TeamManager& m, const RenderStyle& s, std::string& out) {
  const auto& r = m.report;
  auto line = [&](std::string_view label, const std::string& text) { out += wrap_with(label, text, k_width, "    "); };
  out += "\n" + title(sanitize_line(m.name), s);
  line("  from ", sanitize_line(fmt::format("{}", fmt::join(m.sources, ", "))));
  std::vector<std::vector<std::string>> rows{
      {"rep", "debriefs", "discovery", "change", fmt::format("last {} weeks", t.weeks.size())}};
  for (const auto& p : r.people)
    rows.push_back({rep_name(p), std::to_string(p.debriefs), pct(p.tally.ratio()), change_text(p.change()),
                    sparkline(p.trend, s.utf8)});
  if (rows.size() > 1) out += table(rows, {false, true, true, true, false});
  const auto& c = r.coaching.now;
  line("  coaching: ", fmt::format("{}; {}; {} of {} below target", told_text(c), probes_text(c), c.below_target,
                                   plural(c.debriefs, "debrief", "debriefs")));
  line("  assignments: ", fmt::format("{}; {}", evidence_text(c), helped_text(m)));
  line("  useful mistakes: ", fmt::format("{} · outcomes: {}", r.lesson_count, outcomes_text(m)));
  for (const auto& q : m.scales)
    line("  ", fmt::format("{} {}: {}", sanitize_line(q.deck), sanitize_line(q.question), scale_text(q, t.min_people)));
}

} // namespace

void render_team_text(const TeamReport& t, const RenderStyle& s, std::ostream& os) {
  std::string out = title(fmt::format("Team report · {}", period_label(t.period, s)), s);
  out += wrap_with("", headline(t), k_width, "");
  if (t.managers.empty()) out += "\nNothing to report: no entry counted.\n";
  for (const auto& m : t.managers) manager_text(t, m, s, out);
  if (!t.moves.empty()) {
    out += "\n" + title("Reps with more than one manager", s);
    for (const auto& mv : t.moves) {
      std::vector<std::string> parts;
      for (const auto& st : mv.stints)
        parts.push_back(fmt::format("{} ({}, {})", sanitize_line(st.manager),
                                    plural(st.debriefs, "debrief", "debriefs"), pct(st.tally.ratio())));
      out += wrap_with("  ", fmt::format("{}: {}", sanitize_line(mv.rep), fmt::join(parts, "; ")), k_width, "    ");
    }
  }
  if (auto lines = left_out_lines(t, s); !lines.empty()) {
    out += "\n" + title("Left out", s);
    for (const auto& l : lines) out += wrap_with("  ", l, k_width, l.starts_with("  ") ? "      " : "    ");
  }
  os << (s.utf8 ? out : to_ascii(out));
}

void render_team_markdown(const TeamReport& t, const RenderStyle& s, std::ostream& os) {
  std::string out = fmt::format("# Team report: {}\n\n{}\n", period_label(t.period, s), headline(t));
  for (const auto& m : t.managers) {
    const auto& r = m.report;
    out += fmt::format("\n## {}\n\nFrom {}.\n\n", md_escape(m.name),
                       md_escape(fmt::format("{}", fmt::join(m.sources, ", "))));
    if (!r.people.empty()) {
      out += "| Rep | Debriefs | Discovery | Change |\n|---|--:|--:|--:|\n";
      for (const auto& p : r.people)
        out += fmt::format("| {} | {} | {} | {} |\n", md_escape(person_name(p.name)), p.debriefs, pct(p.tally.ratio()),
                           change_text(p.change()));
      out += "\n";
    }
    const auto& c = r.coaching.now;
    out += fmt::format("- Coaching: {}; {}; {} of {} below target\n", told_text(c), probes_text(c), c.below_target,
                       plural(c.debriefs, "debrief", "debriefs"));
    out += fmt::format("- Assignments: {}; {}\n", evidence_text(c), helped_text(m));
    out += fmt::format("- Useful mistakes: {}\n- Outcomes: {}\n", r.lesson_count, outcomes_text(m));
    for (const auto& q : m.scales)
      out += fmt::format("- {} {}: {}\n", md_escape(q.deck), md_escape(q.question), scale_text(q, t.min_people));
  }
  if (!t.moves.empty()) {
    out += "\n## Reps with more than one manager\n\n| Rep | Manager | Debriefs | Discovery |\n|---|---|--:|--:|\n";
    for (const auto& mv : t.moves)
      for (const auto& st : mv.stints)
        out += fmt::format("| {} | {} | {} | {} |\n", md_escape(mv.rep), md_escape(st.manager), st.debriefs,
                           pct(st.tally.ratio()));
  }
  if (auto lines = left_out_lines(t, s); !lines.empty()) {
    out += "\n## Left out\n\n";
    for (const auto& l : lines)
      out += (l.starts_with("  ") ? "  - " + md_escape(l.substr(2)) : "- " + md_escape(l)) + "\n";
  }
  os << out;
}

} // namespace debrief
