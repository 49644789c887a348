// Prints, as a sqlite3 shell script, the statements debrief runs for one command, with the
// same parameters: bench/run times the shell on it as the command's floor. The SQL comes from
// storage/queries.hpp, the very strings the program prepares; the report's periods come from
// core::report_frame, as in `debrief report`.
// Usage: debrief_print_queries schema-version | list N | export | show ID | search QUERY N
//        | report (this|since:DATE) NOW | person NAME | people | people-names | commitments-all
//        (TZ=UTC, weeks from Monday; search QUERY 0: every match)
#include "core/period.hpp"
#include "core/report.hpp"
#include "core/search_query.hpp"
#include "storage/queries.hpp"
#include "storage/schema.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <limits>
#include <string>
#include <string_view>

using namespace debrief;

namespace {

/// A text as an SQL literal, as one argument of a shell dot-command: "'it''s \"so\"'".
std::string quoted(std::string_view s) {
  std::string out = "\"'";
  for (char c : s) {
    if (c == '\'')
      out += "''";
    else if (c == '"' || c == '\\')
      out += std::string("\\") + c;
    else
      out += c;
  }
  return out + "'\"";
}

void param(const std::string& name, const std::string& value) {
  std::printf(".parameter set %s %s\n", name.c_str(), value.c_str());
}

void statement(const std::string& sql) { std::printf("%s;\n", sql.c_str()); }

int usage() {
  std::fprintf(stderr, "usage: debrief_print_queries schema-version | list N | export | show ID | search QUERY N | "
                       "report (this|since:DATE) NOW | person NAME | people | people-names | commitments-all\n");
  return 2;
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const std::string_view op = argv[1];
  if (op == "schema-version") {
    std::printf("%d\n", k_schema_version);
  } else if (op == "list" && argc == 3) {
    // N entries (0: all of them) in one chunk: the program reads them 256 at a time.
    ListFilter f;
    f.limit = std::stol(argv[2]);
    param(":limit", f.limit > 0 ? argv[2] : "-1");
    param(":from", std::to_string(std::numeric_limits<std::int64_t>::min()));
    param(":before_at", std::to_string(std::numeric_limits<std::int64_t>::max()));
    param(":before_id", std::to_string(std::numeric_limits<std::int64_t>::max()));
    statement(sql::list(f));
  } else if (op == "export") {
    // The whole journal's entries, answers and commitments, each in one read: the program
    // reads them 256 entries at a time, each chunk's answers and commitments after it.
    ListFilter all;
    all.limit = 0;
    param(":chunk", "-1");
    param(":to", std::to_string(std::numeric_limits<std::int64_t>::max()));
    param(":after_at", std::to_string(std::numeric_limits<std::int64_t>::min()));
    param(":after_id", std::to_string(std::numeric_limits<std::int64_t>::min()));
    param(":last_at", std::to_string(std::numeric_limits<std::int64_t>::max()));
    param(":last_id", std::to_string(std::numeric_limits<std::int64_t>::max()));
    statement(sql::export_entries(all));
    statement(sql::export_answers(all));
    statement(sql::export_commitments(all));
  } else if (op == "show" && argc == 3) {
    param(":id", argv[2]);
    param("?1", argv[2]);
    statement(sql::entry_by_id());
    statement(sql::answers_of_entry);
    statement(sql::commitments_of_entry());
  } else if (op == "search" && argc == 4) {
    // FTS5's best N with their snippets: the least any search must do. The program runs
    // search_hits and, for its N hits alone, their entries and snippets. The query is
    // translated as the program translates it.
    const std::string match = fts_query(argv[2]);
    param("?1", quoted(match.c_str())); // a char*: ADL would pick std::quoted for a string
    param("?2", argv[3]);
    if (std::string_view(argv[3]) != "0") {
      statement(sql::search_top());
    } else {
      // Every match (search --limit 0): each entry once, at its best text, with that text's
      // snippet and the entry's listed columns, best first; one statement.
      std::string columns = sql::listed_entry_columns;
      columns.replace(0, 7,
                      "SELECT row_number() OVER (PARTITION BY e.id ORDER BY o.rank, o.r) AS best, o.rank AS "
                      "rank_, o.r AS r_, o.snip, ");
      statement(
          std::string("WITH owned AS (SELECT rowid AS r, snippet(search, 0, '") + k_match_start + "', '" + k_match_end +
          "', '…', 12) AS snip, bm25(search) AS rank, CASE rowid % 4 WHEN 1 THEN rowid / 4 WHEN 2 THEN (SELECT "
          "a.entry_id FROM answer a WHERE a.id = search.rowid / 4) ELSE (SELECT c.entry_id FROM commitment c "
          "WHERE c.id = search.rowid / 4) END AS owner FROM search WHERE search MATCH ?1) SELECT * FROM (" +
          columns + "JOIN owned o ON o.owner = e.id WHERE e.deleted_at IS NULL) WHERE best = 1 ORDER BY rank_, r_");
    }
  } else if (op == "report" && argc == 4) {
    const FixedZone utc(0);
    const Seconds now = parse_when(argv[3], 0, utc).at.utc;
    const std::string_view spec = argv[2];
    const Period period = spec.starts_with("since:")
                              ? parse_range(std::string(spec.substr(6)), std::nullopt, now, utc, 1)
                              : parse_week(spec, now, utc, 1);
    ReportInput in = report_frame(period, now, utc, 1);
    const auto bounds = report_boundaries(in);
    param(":from", std::to_string(bounds.front()));
    param(":to", std::to_string(bounds.back()));
    param(":start", std::to_string(in.period.start));
    param(":end", std::to_string(in.period.end));
    param(":as_of", std::to_string(report_as_of(in)));
    param(":due_before", std::to_string(report_due_horizon(in)));
    param(":limit", "1");
    // The lists in one read each, whole: the program reads them in chunks, twice (to count
    // them, then to write them); the floor is the least a report must read.
    param(":after_key", std::to_string(std::numeric_limits<std::int64_t>::min()));
    param(":after_id", "0");
    param(":chunk", "-1");
    // In the order Journal::fill_report runs them, then whether the journal is empty.
    statement(sql::people_ids);
    statement(sql::report_entry_rows);
    statement(sql::report_mark_rows);
    statement(sql::report_scale_rows);
    statement(sql::report_tag_rows);
    statement(sql::report_lessons);
    statement(sql::report_commitment_rows);
    statement(sql::report_open_commitments);
    param(":from", std::to_string(std::numeric_limits<std::int64_t>::min()));
    param(":before_at", std::to_string(std::numeric_limits<std::int64_t>::max()));
    param(":before_id", std::to_string(std::numeric_limits<std::int64_t>::max()));
    ListFilter any; // as debrief report, without --include-private
    any.include_private = false;
    any.limit = 1;
    statement(sql::list(any));
  } else if (op == "person" && argc == 3) {
    // `person NAME` (a plain name: alice): the statements Journal::person_input runs, in its
    // order, private entries left out. The person's id, the debrief whose answers are read and
    // the start of the reviews are looked up by the parameters themselves, as the program does.
    const std::string id = fmt::format("(SELECT id FROM person WHERE name = '{}')", argv[2]);
    param("?1", quoted(argv[2]));
    param("?2", quoted(argv[2]));
    statement(sql::person_id_by_name);
    param(":person", "\"" + id + "\"");
    param(":all", "0");
    param(":limit", "3");
    param(":since", fmt::format("\"(SELECT coalesce(min(created_at), 0) FROM commitment WHERE person_id = {} AND "
                                "status = 'open' AND private = 0)\"",
                                id));
    statement(sql::person_counts);
    statement(sql::person_last_entry);
    statement(sql::person_last_debriefs);
    // The answers of each debrief shown (three); here the latest one's, three times.
    param("?1", fmt::format("\"(SELECT id FROM entry WHERE person_id = {} AND kind = 'debrief' ORDER BY at_utc DESC "
                            "LIMIT 1)\"",
                            id));
    for (int i = 0; i < 3; ++i) statement(sql::answers_of_entry);
    statement(sql::person_open_commitments);
    statement(sql::person_closed_commitments);
    statement(sql::person_reviews);
    statement(sql::person_marks);
    statement(sql::person_scales);
    param(":limit", "5");
    statement(sql::person_lessons);
  } else if (op == "people") {
    statement(sql::people);
  } else if (op == "commitments-all") {
    // Every commitment in due order, in one statement: the program reads them a chunk at a time.
    statement(sql::commitments("WHERE c.hidden = 0 ORDER BY c.due_utc IS NULL, c.due_utc, c.id"));
  } else if (op == "people-names") {
    statement(sql::people_names);
  } else {
    return usage();
  }
  return 0;
}
