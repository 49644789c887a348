// Commitments in the journal: schema 5 (the commitment loop) and commitments hidden with the
// entry they were made in.
#include "core/report.hpp"
#include "storage/files.hpp"
#include "storage/journal.hpp"
#include "storage/schema.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace debrief;
namespace fs = std::filesystem;

namespace {

std::string fresh_dir(const std::string& name) {
  fs::remove_all(name);
  fs::create_directories(name);
  return fs::absolute(name).string();
}

/// Every row of every table and index definition, columns as `columns` names them per table.
std::string dump(SQLite::Database& db, const std::map<std::string, std::string>& columns) {
  std::string out;
  SQLite::Statement schema(db, "SELECT type, name, coalesce(sql, '') FROM sqlite_schema "
                               "WHERE name NOT LIKE 'search_%' ORDER BY name");
  while (schema.executeStep()) {
    if (schema.getColumn(0).getString() == "table") continue; // new columns change a table's SQL
    out += schema.getColumn(1).getString() + ": " + schema.getColumn(2).getString() + "\n";
  }
  for (const auto& [table, cols] : columns) {
    SQLite::Statement q(db, "SELECT " + cols + " FROM " + table + " ORDER BY " + cols);
    while (q.executeStep()) {
      out += table + ":";
      for (int i = 0; i < q.getColumnCount(); ++i)
        out += " " + (q.getColumn(i).isNull() ? std::string("NULL") : q.getColumn(i).getString());
      out += "\n";
    }
  }
  return out;
}

/// Each table's columns, comma-separated, as the journal has them now.
std::map<std::string, std::string> columns_of(SQLite::Database& db) {
  std::map<std::string, std::string> out;
  for (const char* table : {"person", "entry", "answer", "tag", "commitment", "search"}) {
    SQLite::Statement q(db, std::string("SELECT name FROM pragma_table_info('") + table + "')");
    std::string cols;
    while (q.executeStep()) cols += (cols.empty() ? "" : ", ") + q.getColumn(0).getString();
    out[table] = cols;
  }
  return out;
}

} // namespace

TEST_CASE("storage::migrate to schema 7 hides the commitments of deleted entries, nothing else changed") {
  auto dir = fresh_dir("migrate-v7");
  const auto path = dir + "/v6.db";
  REQUIRE(create_private_file(path));
  std::map<std::string, std::string> v6_columns;
  std::string before;
  {
    SQLite::Database v6(path, SQLite::OPEN_READWRITE);
    migrate(v6, migrations(), 6);
    REQUIRE(v6.execAndGet("PRAGMA user_version").getInt() == 6);
    v6.exec("INSERT INTO person (name, created_at, name_key) VALUES ('Müller', 1, 'müller')");
    v6.exec("INSERT INTO entry (uuid, kind, person_id, at_utc, at_offset, created_at, updated_at, body) "
            "VALUES ('kept', 'debrief', 1, 1, 3600, 1, 1, 'a debrief'), "
            "('gone', 'debrief', 1, 2, 3600, 2, 2, 'a deleted one')");
    v6.exec("UPDATE entry SET deleted_at = 5 WHERE uuid = 'gone'");
    v6.exec("INSERT INTO answer (entry_id, position, question_id, question_text, answer_text, answered_at) "
            "VALUES (1, 0, 'pain', 'The pain?', 'O''Brien''s team', 1)");
    v6.exec("INSERT INTO tag VALUES (1, 'discovery')");
    v6.exec("INSERT INTO commitment (uuid, person_id, entry_id, text, due_utc, created_at) "
            "VALUES ('c1', 1, 1, 'ask two pain questions', 100, 1), ('c2', 1, 2, 'send the recap', NULL, 2)");
    v6.exec("INSERT INTO commitment (uuid, person_id, entry_id, text, status, closing_note, closed_at, created_at) "
            "VALUES ('c3', 1, 1, '日本語 first', 'done', 'it worked', 4, 1)");
    v6_columns = columns_of(v6);
    before = dump(v6, v6_columns);
  }
  auto j = Journal::open_existing(path);
  REQUIRE(j);
  CHECK(j->db().execAndGet("PRAGMA user_version").getInt() == k_schema_version);
  // Indexes added (v7 the report's reviews, v8 people's counts and commitments in due order),
  // nothing else changed.
  auto after = dump(j->db(), v6_columns);
  for (const std::string added : {"commitment_reviewed: CREATE INDEX commitment_reviewed ON commitment (reviewed_at)\n",
                                  "commitment_due: CREATE INDEX commitment_due ON commitment (due_utc)\n",
                                  "entry_person_kind: CREATE INDEX entry_person_kind ON entry (person_id, kind, "
                                  "private, deleted_at, at_utc)\n"}) {
    REQUIRE(after.find(added) != std::string::npos);
    after.erase(after.find(added), added.size());
  }
  CHECK(after == before);
  CHECK(j->db().execAndGet("SELECT group_concat(uuid || '=' || hidden, ' ') FROM commitment ORDER BY id").getString() ==
        "c1=0 c2=1 c3=0");
  CHECK(j->db()
            .execAndGet("SELECT count(*) FROM commitment WHERE skill IS NOT NULL OR review_note IS NOT NULL "
                        "OR helped IS NOT NULL OR evidence IS NOT NULL OR reviewed_at IS NOT NULL")
            .getInt() == 0);
  // What reads commitments leaves out the hidden one.
  auto open = j->commitments({});
  REQUIRE(open.size() == 1);
  CHECK(open[0].uuid == "c1");
  CHECK(j->people().at(0).open_commitments == 1);
  auto hidden = j->commitment(2);
  REQUIRE(hidden);
  CHECK(hidden->hidden);
}

TEST_CASE("storage::Journal::set_deleted hides and restores the entry's commitments") {
  auto dir = fresh_dir("commitments-hidden");
  auto j = Journal::open_for_write(dir + "/journal.db");
  NewInterview ni;
  ni.person = "José";
  ni.deck = "post-call";
  ni.at = Instant{1000, 0};
  const Id first = j.start_interview(ni, 1000, "00000000-0000-4000-8000-000000000001").id;
  const Id second = j.start_interview(ni, 1100, "00000000-0000-4000-8000-000000000002").id;
  j.add_commitment(first, "ask about the budget", Seconds{5000}, 1000, "00000000-0000-4000-8000-000000000011");
  j.add_commitment(first, "recap in writing", std::nullopt, 1000, "00000000-0000-4000-8000-000000000012");
  j.add_commitment(second, "slow down", Seconds{6000}, 1100, "00000000-0000-4000-8000-000000000013");

  auto texts = [&](const CommitmentFilter& f) {
    std::string out;
    for (const auto& c : j.commitments(f)) out += c.text + ";";
    return out;
  };
  auto report_opened = [&] {
    const FixedZone utc(0);
    ReportInput in = report_frame(Period{0, 86400, false}, 86400, utc, 1);
    j.fill_report(in);
    const Report r = build_report(in);
    return r.people.empty() ? 0 : r.people[0].opened;
  };
  const Id third = j.start_interview(ni, 1200, "00000000-0000-4000-8000-000000000003").id;
  CHECK(j.open_commitments_of_entry_person(third).size() == 3);
  CHECK(report_opened() == 3);

  j.set_deleted(first, true, 2000);
  CHECK(texts({}) == "slow down;");
  CHECK(texts({true, std::nullopt, std::nullopt}) == "slow down;");
  CHECK(j.open_commitments_of_entry_person(third).size() == 1);
  CHECK(j.people().at(0).open_commitments == 1);
  CHECK(report_opened() == 1);
  // Closing a hidden one changes nothing.
  CHECK_FALSE(j.close_commitment(1, CommitmentStatus::done, "", 2100).closed);

  j.set_deleted(first, false, 2200);
  CHECK(texts({}) == "ask about the budget;slow down;recap in writing;");
  CHECK(j.open_commitments_of_entry_person(third).size() == 3);
  CHECK(j.people().at(0).open_commitments == 3);
  CHECK(report_opened() == 3);
}
