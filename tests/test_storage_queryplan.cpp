// Every hot statement (storage/queries.hpp, the very strings Journal prepares) uses the index it
// was written for: a lost or unusable index fails here, not at a user's millionth entry.
// Plans come from EXPLAIN QUERY PLAN on a journal with the real schema and no statistics, as
// a user's journal has.
#include "storage/journal.hpp"
#include "storage/queries.hpp"
#include "storage/schema.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

using namespace debrief;

namespace {

/// The plan's lines, e.g. "SEARCH e USING INDEX entry_at (at_utc>?)".
std::vector<std::string> plan_of(SQLite::Database& db, const std::string& sql) {
  std::vector<std::string> lines;
  SQLite::Statement q(db, "EXPLAIN QUERY PLAN " + sql);
  while (q.executeStep()) lines.push_back(q.getColumn(3).getString());
  return lines;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += "\n  " + l;
  return out;
}

/// What each statement's plan must contain: the index it was written for.
const std::map<std::string, std::vector<std::string>>& expected() {
  static const std::map<std::string, std::vector<std::string>> e{
      {"entry_by_id", {"SEARCH e USING INTEGER PRIMARY KEY (rowid=?)", "SEARCH tag USING PRIMARY KEY (entry_id=?)"}},
      {"answers_of_entry", {"SEARCH answer USING INDEX sqlite_autoindex_answer_1 (entry_id=?)"}},
      {"commitments_of_entry", {"SEARCH c USING INDEX commitment_entry (entry_id=?)"}},
      {"open_commitments_of_entry_person",
       {"SEARCH c USING INDEX commitment_person_status (person_id=? AND status=?)",
        "SEARCH entry USING INTEGER PRIMARY KEY (rowid=?)"}},
      // Recaps: the commitments an entry reviewed, by UUID; the last debrief with a rep and the
      // latest review of its commitments, among that rep's entries, newest first.
      {"commitments_reviewed_in",
       {"SEARCH c USING INDEX sqlite_autoindex_commitment_1 (uuid=?)",
        "SEARCH a USING INDEX sqlite_autoindex_answer_1 (entry_id=?)"}},
      // Since schema 8 a person's entries of one kind come from entry_person_kind.
      {"last_debrief_of_entry_person",
       {"SEARCH e USING INDEX entry_person_kind (person_id=? AND kind=? AND private=? AND deleted_at=?)"}},
      {"latest_review",
       {"SEARCH e USING INDEX entry_person_at (person_id=?)",
        "SEARCH a USING INDEX sqlite_autoindex_answer_1 (entry_id=?)"}},
      // The name as spelled (NOCASE), then the key of schema 3 (storage/queries.cpp).
      {"person_id_by_name",
       {"SEARCH person USING COVERING INDEX sqlite_autoindex_person_1 (name=?)",
        "SEARCH person USING INDEX person_name_key (name_key=?)"}},
      {"people_names", {"SCAN person USING COVERING INDEX sqlite_autoindex_person_1"}},
      // `people`: each count a range of entry_person_kind, no entry row read (schema v8).
      {"people",
       {"SCAN p USING COVERING INDEX sqlite_autoindex_person_1",
        "SEARCH e USING COVERING INDEX entry_person_kind (person_id=? AND kind=? AND private=? AND deleted_at=?)",
        "SEARCH c USING INDEX commitment_person_status (person_id=? AND status=?)"}},
      // `commitments --all`: a chunk in due order from where the last ended, without a sort.
      {"commitments_due/all", {"SEARCH c USING INDEX commitment_due (due_utc>?)"}},
      {"commitments_due/all undated", {"SEARCH c USING INDEX commitment_due (due_utc=? AND rowid>?)"}},
      {"commitments_due/open", {"SEARCH c USING INDEX commitment_status_due (status=? AND due_utc>?)"}},
      // `person NAME`: that person's rows alone, by entry_person_at or commitment_person_status;
      // marks and scales from their answers' covering indexes, reviews from the commitments' time.
      {"person_counts", {"SEARCH e USING INDEX entry_person_kind (person_id=?)"}},
      {"person_last_entry", {"SEARCH e USING INDEX entry_person_at (person_id=?)"}},
      {"person_last_debriefs", {"SEARCH e USING INDEX entry_person_at (person_id=?)"}},
      {"person_marks",
       {"SEARCH e USING INDEX entry_person_kind (person_id=? AND kind=?)",
        "SEARCH a USING COVERING INDEX answer_marks (entry_id=?"}},
      {"person_scales",
       {"SEARCH e USING INDEX entry_person_kind (person_id=? AND kind=?)", "answer_scales (entry_id=?)"}},
      {"person_lessons", {"SEARCH e USING INDEX entry_person_at (person_id=?)"}},
      {"person_reviews",
       {"SEARCH e USING INDEX entry_person_at (person_id=? AND at_utc>?)",
        "SEARCH a USING INDEX sqlite_autoindex_answer_1 (entry_id=?)"}},
      {"person_open_commitments", {"SEARCH c USING INDEX commitment_person_status (person_id=? AND status=?)"}},
      {"person_closed_commitments", {"SEARCH c USING INDEX commitment_person_status (person_id=? AND status=?)"}},
      {"search_hits", {"SCAN search VIRTUAL TABLE INDEX"}},
      {"search_top", {"SCAN search VIRTUAL TABLE INDEX"}},
      {"search_snippet", {"SCAN search VIRTUAL TABLE INDEX"}},
      {"answer_owner", {"SEARCH answer USING INTEGER PRIMARY KEY (rowid=?)"}},
      {"commitment_owner", {"SEARCH commitment USING INTEGER PRIMARY KEY (rowid=?)"}},
      {"report_entry_rows", {"SEARCH e USING COVERING INDEX entry_report (at_utc>? AND at_utc<?)"}},
      {"report_mark_rows",
       {"SEARCH e USING COVERING INDEX entry_kind_at (kind=? AND at_utc>? AND at_utc<?)",
        "SEARCH a USING COVERING INDEX answer_marks (entry_id=?"}},
      {"report_scale_rows",
       {"SEARCH e USING COVERING INDEX entry_report (at_utc>? AND at_utc<?)",
        "SEARCH a USING COVERING INDEX answer_scales (entry_id=?)"}},
      {"report_tag_rows",
       {"SEARCH e USING COVERING INDEX entry_report (at_utc>? AND at_utc<?)",
        "SEARCH t USING PRIMARY KEY (entry_id=?)"}},
      {"report_lessons", {"SEARCH e USING INDEX entry_lesson_at (at_utc>? AND at_utc<?)"}},
      {"report_commitment_rows",
       {"SEARCH commitment USING INDEX commitment_created (created_at>? AND created_at<?)",
        "SEARCH commitment USING INDEX commitment_closed (closed_at>? AND closed_at<?)"}},
      // The report's reviews: those reviewed in its span, then those closed in it without.
      {"report_reviews",
       {"SEARCH commitment USING INDEX commitment_reviewed (reviewed_at>? AND reviewed_at<?)",
        "SEARCH commitment USING INDEX commitment_closed (closed_at>? AND closed_at<?)"}},
      {"report_open_commitments",
       {"MERGE (UNION ALL)", // open ones already in due order: only those closed since are sorted
        "SEARCH commitment USING INDEX commitment_status_due (status=? AND due_utc>? AND due_utc<?)",
        "SEARCH commitment USING INDEX commitment_closed (closed_at>?)"}},
      // list: newest first from an index in that order, a chunk at a time: each seeks where
      // the last ended (the key, at_utc<?) and stops at the period's start (at_utc>?).
      {"list/recent", {"SEARCH e USING INDEX entry_at (at_utc>? AND at_utc<?)"}},
      {"list/person", {"SEARCH e USING INDEX entry_person_at (person_id=? AND at_utc>? AND at_utc<?)"}},
      {"list/tag",
       {"SEARCH e USING INDEX entry_at (at_utc>? AND at_utc<?)", "SEARCH t USING PRIMARY KEY (entry_id=? AND tag=?)"}},
      {"list/kind", {"SEARCH e USING INDEX entry_kind_at (kind=? AND at_utc>? AND at_utc<?)"}},
      {"list/since", {"SEARCH e USING INDEX entry_at (at_utc>? AND at_utc<?)"}},
      {"list/since+until", {"SEARCH e USING INDEX entry_at (at_utc>? AND at_utc<?)"}},
      {"list/lesson", {"SEARCH e USING INDEX entry_lesson_at (at_utc>? AND at_utc<?)"}},
      {"list/outcome", {"SEARCH e USING INDEX entry_at (at_utc>? AND at_utc<?)"}},
      {"list/person+since", {"SEARCH e USING INDEX entry_person_at (person_id=? AND at_utc>? AND at_utc<?)"}},
      // export --no-private, and whether a report without private entries has anything to show.
      {"list/public", {"SEARCH e USING INDEX entry_at (at_utc>? AND at_utc<?)"}},
  };
  return e;
}

} // namespace

TEST_CASE("storage::sql hot statements use their indexes") {
  std::filesystem::create_directories("queryplan");
  auto journal = Journal::open_for_write("queryplan/journal.db");
  auto& db = journal.db();
  // A whole table read row by row: "SCAN entry", "SCAN e" (no index at all).
  const std::regex full_scan(R"(^SCAN (entry|answer|commitment|tag|e|a|c|t)( |$))");
  for (const auto& [name, sql] : sql::hot_queries()) {
    const auto plan = plan_of(db, sql);
    CAPTURE(name);
    INFO("plan:", joined(plan));
    for (const auto& line : plan)
      CHECK_MESSAGE(!(std::regex_search(line, full_scan) && line.find(" USING ") == std::string::npos),
                    "full table scan: ", line);
    if (name.starts_with("search_entry/")) {
      // A hit's entry, by its id, whatever the filter.
      CHECK_MESSAGE(joined(plan).find("SEARCH e USING INTEGER PRIMARY KEY (rowid=?)") != std::string::npos, sql);
      continue;
    }
    if (name.starts_with("export_")) {
      // A chunk of entries from the key the last one ended at, whatever the filter (the index
      // is list's): never a read of the entries before it. Then their answers or commitments.
      CHECK_MESSAGE(joined(plan).find("at_utc>? AND at_utc<?)") != std::string::npos, sql);
      if (name.starts_with("export_answers/"))
        CHECK_MESSAGE(
            joined(plan).find("SEARCH a USING INDEX sqlite_autoindex_answer_1 (entry_id") != std::string::npos, sql);
      if (name.starts_with("export_commitments/"))
        CHECK_MESSAGE(joined(plan).find("SEARCH c USING INDEX commitment_entry (entry_id") != std::string::npos, sql);
      continue;
    }
    auto it = expected().find(name);
    REQUIRE_MESSAGE(it != expected().end(), "no expected plan for ", name, ": add one");
    for (const auto& want : it->second)
      CHECK_MESSAGE(joined(plan).find(want) != std::string::npos, "expected '", want, "' in the plan of ", sql);
  }
}

TEST_CASE("storage::sql hot statements cover every expectation") {
  // Expectations for statements that no longer exist would test nothing.
  std::map<std::string, bool> seen;
  for (const auto& q : sql::hot_queries()) seen[q.name] = true;
  for (const auto& [name, want] : expected()) CHECK_MESSAGE(seen.count(name), "stale expectation: ", name);
}

TEST_CASE("storage::sql a journal upgraded from schema 1 has the indexes of a new one") {
  std::filesystem::create_directories("queryplan");
  auto index_sql = [](SQLite::Database& db) {
    std::vector<std::string> out;
    SQLite::Statement q(
        db, "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema WHERE type = 'index' ORDER BY name");
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
  };
  {
    SQLite::Database v1("queryplan/v1.db", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    migrate(v1, migrations(), 1);
    v1.exec("INSERT INTO entry (uuid, kind, at_utc, at_offset, created_at, updated_at, body, lesson) "
            "VALUES ('u1', 'note', 1, 0, 1, 1, 'kept across the upgrade', 1)");
    REQUIRE(v1.execAndGet("PRAGMA user_version").getInt() == 1);
  }
  auto upgraded = Journal::open_existing("queryplan/v1.db");
  REQUIRE(upgraded);
  CHECK(upgraded->db().execAndGet("PRAGMA user_version").getInt() == k_schema_version);
  CHECK(upgraded->db().execAndGet("SELECT body FROM entry WHERE uuid = 'u1'").getString() == "kept across the upgrade");
  auto fresh = Journal::open_for_write("queryplan/fresh.db");
  CHECK(index_sql(upgraded->db()) == index_sql(fresh.db()));
  // And the upgraded journal's report reads its lessons through the new index.
  CHECK(joined(plan_of(upgraded->db(), sql::report_lessons)).find("entry_lesson_at") != std::string::npos);
}
