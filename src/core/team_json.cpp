// The team report for scripts: JSON (debrief.team/1, man/team.schema.json) and CSV.
#include "core/csv.hpp"
#include "core/json.hpp"
#include "core/render_detail.hpp"
#include "core/team.hpp"
#include "core/time.hpp"

#include <fmt/format.h>

#include <ostream>
#include <utility>

namespace debrief {

using namespace render_detail;

namespace {

std::string scale_json(const TeamScale& q) {
  return JsonObject()
      .string("deck", q.deck)
      .string("question", q.question)
      .string("text", q.text)
      .number("people", q.people)
      .number("answers", q.answers)
      .raw("average", json_number(q.average))
      .boolean("withheld", !q.average)
      .str();
}

std::string outcomes_json(const TeamManager& m) {
  return JsonObject()
      .number("won", m.won)
      .number("lost", m.lost)
      .number("advanced", m.advanced)
      .number("stalled", m.stalled)
      .str();
}

std::string manager_json(const TeamManager& m, const RenderStyle& s) {
  std::vector<std::string> reps, scales;
  for (const auto& p : m.report.people) reps.push_back(person_json(p));
  for (const auto& q : m.scales) scales.push_back(scale_json(q));
  return JsonObject()
      .string("name", m.name)
      .raw("sources", json_string_array(m.sources))
      .raw("totals", JsonObject()
                         .number("notes", m.report.notes)
                         .number("debriefs", m.report.debriefs)
                         .number("reflections", m.report.reflections)
                         .str())
      .raw("reps", json_array(reps))
      .raw("coaching", coaching_json(m.report, s))
      .raw("assignments_helped",
           JsonObject().number("yes", m.helped_yes).number("partly", m.helped_partly).number("no", m.helped_no).str())
      .number("useful_mistakes", m.report.lesson_count)
      .raw("outcomes", outcomes_json(m))
      .raw("scales", json_array(scales))
      .str();
}

std::string source_json(const TeamSource& src) {
  return JsonObject()
      .string("file", src.name)
      .string("kind", src.kind)
      .string_or_null("error", src.error)
      .number("entries", src.entries)
      .number("counted", src.counted)
      .number("private_skipped", src.private_skipped)
      .number("repeated", src.repeated)
      .number("bad_lines", src.bad_lines)
      .string_or_null("first_bad_line", src.first_bad)
      .str();
}

std::string moves_json(const TeamReport& t) {
  std::vector<std::string> moves;
  for (const auto& mv : t.moves) {
    std::vector<std::string> stints;
    for (const auto& st : mv.stints)
      stints.push_back(JsonObject()
                           .string("manager", st.manager)
                           .number("debriefs", st.debriefs)
                           .number("marked", st.tally.marked())
                           .raw("ratio", json_number(st.tally.ratio()))
                           .str());
    moves.push_back(JsonObject().string("rep", mv.rep).raw("managers", json_array(stints)).str());
  }
  return json_array(moves);
}

} // namespace

void render_team_json(const TeamReport& t, const RenderStyle& s, std::ostream& os) {
  auto iso = [&](Seconds at) { return format_iso(at_zone(at, *s.zone)); };
  auto span = [&](const Period& p) {
    return JsonObject().string("start", iso(p.start)).string("end", iso(p.end)).str();
  };
  std::vector<std::string> weeks, sources, conflicts;
  for (const auto& w : t.weeks) weeks.push_back(span(w));
  for (const auto& src : t.sources) sources.push_back(source_json(src));
  for (const auto& c : t.conflicts)
    conflicts.push_back(JsonObject()
                            .string("uuid", c.uuid)
                            .string("kept", c.kept)
                            .string("kept_updated", iso(c.kept_updated))
                            .string("dropped", c.dropped)
                            .string("dropped_updated", iso(c.dropped_updated))
                            .str());
  JsonObject head;
  head.string("schema", k_team_schema)
      .raw("period", span(t.period))
      .raw("previous_period", span(t.previous))
      .raw("weeks", json_array(weeks))
      .raw("discovery_target", json_number(t.target))
      .number("min_people", t.min_people);
  // The managers, who grow with the team, are written one at a time inside the open object.
  os << head.unclosed() << R"(,"managers":[)";
  const char* comma = "";
  for (const auto& m : t.managers) os << std::exchange(comma, ",") << manager_json(m, s);
  JsonObject tail;
  tail.raw("moved", moves_json(t))
      .raw("inputs", json_array(sources))
      .raw("left_out", JsonObject()
                           .number("private_entries", t.private_skipped())
                           .number("repeated_copies", t.repeated())
                           .number("conflicts", t.conflict_count)
                           .raw("conflicts_shown", json_array(conflicts))
                           .str());
  os << "]," << tail.str().substr(1) << '\n';
}

void render_team_csv(const TeamReport& t, const RenderStyle&, std::ostream& os) {
  os << "manager,rep,notes,debriefs,reflections,won,lost,advanced,stalled,self,nudged,told,discovery_ratio,"
        "previous_ratio,probes,debriefs_below_target,reviewed_with_evidence,closed_without_evidence,helped_yes,"
        "helped_partly,helped_no\r\n";
  auto number = [](std::optional<double> v) { return v ? fmt::format("{:.4f}", *v) : std::string(); };
  for (const auto& m : t.managers)
    for (const auto& p : m.report.people) {
      int yes = 0, partly = 0, no = 0;
      for (const auto& k : p.skills) yes += k.yes, partly += k.partly, no += k.no;
      const auto& c = p.coaching;
      os << fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n", csv_field(m.name),
                        csv_field(p.name.value_or("")), p.notes, p.debriefs, p.reflections, p.won, p.lost, p.advanced,
                        p.stalled, p.tally.self, p.tally.nudged, p.tally.told, number(p.tally.ratio()),
                        number(p.previous.ratio()), c.probes, c.below_target, c.reviewed_with_evidence,
                        c.closed_without_evidence, yes, partly, no);
    }
}

} // namespace debrief
