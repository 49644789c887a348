// Schema v1 holds the whole data model of the product brief, including the parts later
// commands fill (answers, commitments, full-text search); v2 adds indexes; v3 name keys; v4
// entries' versions and privacy; v5 interviews' bodies without their deck's title; v6 outcomes
// from answers; v7 the commitment loop (reviews, skills, hidden with their
// entry); v8 indexes for people's counts and all commitments in due order.
#include "storage/schema.hpp"

#include "core/error.hpp"
#include "core/note.hpp"
#include "storage/deck_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <set>
#include <utility>

namespace debrief {

namespace {

// Times are Unix seconds (UTC); `at_offset` keeps the local UTC offset when it happened.
// The full-text index `search` is kept by triggers; its rowid encodes the owner:
// entry id*4+1 for a body, answer id*4+2, commitment id*4+3.
constexpr const char* k_schema_v1 = R"sql(
CREATE TABLE person (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at INTEGER NOT NULL
);
CREATE TABLE entry (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL CHECK (kind IN ('note', 'debrief', 'reflection')),
  person_id  INTEGER REFERENCES person(id),
  deck_id    TEXT,
  at_utc     INTEGER NOT NULL,
  at_offset  INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  body       TEXT NOT NULL DEFAULT '',
  outcome    TEXT CHECK (outcome IN ('won', 'lost', 'advanced', 'stalled')),
  lesson     INTEGER NOT NULL DEFAULT 0 CHECK (lesson IN (0, 1)),
  status     TEXT NOT NULL DEFAULT 'complete' CHECK (status IN ('complete', 'in-progress')),
  deleted_at INTEGER
);
CREATE INDEX entry_at ON entry (at_utc);
CREATE INDEX entry_person_at ON entry (person_id, at_utc);
CREATE TABLE answer (
  id            INTEGER PRIMARY KEY,
  entry_id      INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  question_id   TEXT NOT NULL,
  question_text TEXT NOT NULL,
  answer_text   TEXT,
  scale_value   INTEGER,
  discovery     TEXT CHECK (discovery IN ('self', 'nudged', 'told')),
  probes_used   INTEGER,
  answered_at   INTEGER NOT NULL,
  UNIQUE (entry_id, position)
);
CREATE TABLE tag (
  entry_id INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
  tag      TEXT NOT NULL,
  PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX tag_by_name ON tag (tag, entry_id);
CREATE TABLE commitment (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  person_id    INTEGER REFERENCES person(id),
  entry_id     INTEGER REFERENCES entry(id),
  text         TEXT NOT NULL,
  due_utc      INTEGER,
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  closing_note TEXT,
  closed_at    INTEGER,
  created_at   INTEGER NOT NULL
);
CREATE INDEX commitment_person_status ON commitment (person_id, status, due_utc);
CREATE INDEX commitment_entry ON commitment (entry_id);
CREATE VIRTUAL TABLE search USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE TRIGGER entry_search_update AFTER UPDATE OF body ON entry BEGIN
  UPDATE search SET text = new.body WHERE rowid = new.id * 4 + 1;
END;
CREATE TRIGGER entry_search_delete AFTER DELETE ON entry BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 1;
END;
CREATE TRIGGER answer_search_update AFTER UPDATE OF answer_text ON answer BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 2;
  INSERT INTO search (rowid, text) SELECT new.id * 4 + 2, new.answer_text WHERE new.answer_text IS NOT NULL;
END;
CREATE TRIGGER answer_search_delete AFTER DELETE ON answer BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 2;
END;
CREATE TRIGGER commitment_search_update AFTER UPDATE OF text ON commitment BEGIN
  UPDATE search SET text = new.text WHERE rowid = new.id * 4 + 3;
END;
CREATE TRIGGER commitment_search_delete AFTER DELETE ON commitment BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 3;
END;
)sql";

// Kept apart so a bulk import can suspend them (see Journal::import_entries).
constexpr const char* k_search_insert_triggers = R"sql(
CREATE TRIGGER entry_search_insert AFTER INSERT ON entry BEGIN
  INSERT INTO search (rowid, text) VALUES (new.id * 4 + 1, new.body);
END;
CREATE TRIGGER answer_search_insert AFTER INSERT ON answer WHEN new.answer_text IS NOT NULL BEGIN
  INSERT INTO search (rowid, text) VALUES (new.id * 4 + 2, new.answer_text);
END;
CREATE TRIGGER commitment_search_insert AFTER INSERT ON commitment BEGIN
  INSERT INTO search (rowid, text) VALUES (new.id * 4 + 3, new.text);
END;
)sql";

// v2: indexes for the report at a million entries (storage/queries.cpp; their use is checked
// by tests/test_storage_queryplan.cpp). The report reads entries, debriefs' marks and scale
// answers of a span of time from covering indexes, without visiting the table's rows; lessons
// by time; commitments by creation, closing and due date.
constexpr const char* k_schema_v2 = R"sql(
CREATE INDEX entry_report ON entry (at_utc, deleted_at, person_id, kind, outcome, deck_id);
CREATE INDEX entry_kind_at ON entry (kind, at_utc, deleted_at, person_id, deck_id);
CREATE INDEX entry_lesson_at ON entry (at_utc) WHERE lesson = 1;
CREATE INDEX answer_marks ON answer (entry_id, discovery) WHERE discovery IS NOT NULL;
CREATE INDEX answer_scales ON answer (entry_id, question_id, scale_value, question_text) WHERE scale_value IS NOT NULL;
CREATE INDEX commitment_created ON commitment (created_at);
CREATE INDEX commitment_closed ON commitment (closed_at);
CREATE INDEX commitment_status_due ON commitment (status, due_utc);
)sql";

// v3: people are told apart by a key (core/note.hpp name_key: NFC and Unicode case folding),
// where v1's `COLLATE NOCASE` folds ASCII letters only (`MÜLLER` and `müller` were two people).
// The key is computed in C++ when a person is added or renamed, and by fill_name_keys here; the
// schema itself calls no function of ours, so the sqlite3 shell reads and writes a v3 journal
// (a person it adds without a key is still found by name, as lookups try the name first).
constexpr const char* k_schema_v3 = R"sql(
ALTER TABLE person ADD COLUMN name_key TEXT;
CREATE UNIQUE INDEX person_name_key ON person (name_key);
)sql";

/// Gives every person their key. Two people the key would join (`Müller` and `MÜLLER`, apart
/// under NOCASE) stay two, with their entries: the later one's key ends in a tab and its id,
/// which no name's key holds, until `people rename --merge` joins them.
void fill_name_keys(SQLite::Database& db, const MigrationFacts&) {
  std::vector<std::pair<std::int64_t, std::string>> people;
  SQLite::Statement all(db, "SELECT id, name FROM person ORDER BY id");
  while (all.executeStep()) people.emplace_back(all.getColumn(0).getInt64(), all.getColumn(1).getString());
  SQLite::Statement set(db, "UPDATE person SET name_key = ? WHERE id = ?");
  std::set<std::string> taken;
  for (const auto& [id, name] : people) {
    std::string key = name_key(name);
    if (!taken.insert(key).second) {
      key += "\t" + std::to_string(id);
      while (!taken.insert(key).second) key += "\t"; // only a name typed into the sqlite3 shell holds a tab
    }
    set.bind(1, key);
    set.bind(2, id);
    set.exec();
    set.reset();
  }
}

// v4: an entry carries a version, raised by every change to it, so a write that read it earlier
// (an edit whose editor was open meanwhile) can tell whether it is still as it was; and whether
// it is private, decided when it is made (from its deck then), so that no later change of decks
// decides what a report or an export shows. A commitment carries the flag of the entry it was
// made in, copied when it is made (an entry's flag never changes afterwards), so that the report
// reads it with the commitment's row rather than looking up each commitment's entry (+25% on
// `report --week` at a million entries). The report's covering indexes carry the flag (its
// marks no longer need the deck). mark_private_entries marks what was made before.
constexpr const char* k_schema_v4 = R"sql(
ALTER TABLE entry ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entry ADD COLUMN private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1));
ALTER TABLE commitment ADD COLUMN private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1));
DROP INDEX entry_report;
CREATE INDEX entry_report ON entry (at_utc, deleted_at, person_id, kind, outcome, deck_id, private);
DROP INDEX entry_kind_at;
CREATE INDEX entry_kind_at ON entry (kind, at_utc, deleted_at, person_id, private);
)sql";

/// Marks private the entries made before schema 4 with a deck that is private now: a built-in
/// private deck (trust-check), known here whatever the user's decks, or one of the user's decks
/// marked private (`facts`); and the commitments made in them. One pass over the entries,
/// whatever the number of decks.
void mark_private_entries(SQLite::Database& db, const MigrationFacts& facts) {
  auto ids = builtin_private_deck_ids();
  if (facts.private_decks) ids.merge(facts.private_decks());
  if (ids.empty()) return;
  std::string marks;
  for (std::size_t i = 0; i < ids.size(); ++i) marks += i ? ", ?" : "?";
  SQLite::Statement mark(db, "UPDATE entry SET private = 1 WHERE deck_id IN (" + marks + ")");
  int n = 0;
  for (const auto& id : ids) mark.bind(++n, id);
  mark.exec();
  db.exec("UPDATE commitment SET private = 1 WHERE entry_id IN (SELECT id FROM entry WHERE private = 1)");
}

// v5: an interview's body is what it is about (`ask --about`), empty when nothing was said;
// before, it held its deck's title, which list showed on every debrief's line. No table
// changes: clear_deck_titles empties the bodies that are still their deck's title.
constexpr const char* k_schema_v5 = "";

/// Empties the body of each interview made before schema 5 whose body is its deck's title (a
/// built-in deck's, or one of the user's decks' with that id, `facts`): a body changed since
/// with `edit` is the user's text and stays. One pass over the entries per title.
void clear_deck_titles(SQLite::Database& db, const MigrationFacts& facts) {
  const auto titles = facts.deck_titles ? facts.deck_titles() : deck_titles({});
  SQLite::Statement clear(db, "UPDATE entry SET body = '' WHERE kind <> 'note' AND deck_id = ? AND body = ?");
  for (const auto& [id, title] : titles) {
    clear.bind(1, id);
    clear.bind(2, title);
    clear.exec();
    clear.reset();
  }
}

// v6: an entry's outcome can come from an answer (a deck's `sets = "outcome"` question, such as
// post-call's `result`); fill_outcomes gives the entries made before their outcome. The report
// counts each debrief's marks, probes and outcome together (storage/queries.cpp
// report_mark_rows): the indexes that cover it carry the outcome and the probes used.
constexpr const char* k_schema_v6 = R"sql(
DROP INDEX entry_kind_at;
CREATE INDEX entry_kind_at ON entry (kind, at_utc, deleted_at, person_id, private, outcome);
DROP INDEX answer_marks;
CREATE INDEX answer_marks ON answer (entry_id, discovery, probes_used) WHERE discovery IS NOT NULL;
)sql";

/// Sets the outcome of the entries without one whose deck has an outcome question (a built-in
/// deck's, known here whatever the user's decks, or one of the user's, `facts`) from its answer,
/// when that answer is an outcome. Nothing else of an entry changes, not even its version.
void fill_outcomes(SQLite::Database& db, const MigrationFacts& facts) {
  auto pairs = builtin_outcome_questions();
  if (facts.outcome_questions) pairs.merge(facts.outcome_questions());
  SQLite::Statement fill(db, "UPDATE entry SET outcome = (SELECT a.answer_text FROM answer a WHERE a.entry_id = "
                             "entry.id AND a.question_id = :question AND a.answer_text IN ('won', 'lost', 'advanced', "
                             "'stalled')) WHERE deck_id = :deck AND outcome IS NULL AND EXISTS (SELECT 1 FROM answer "
                             "a WHERE a.entry_id = entry.id AND a.question_id = :question AND a.answer_text IN "
                             "('won', 'lost', 'advanced', 'stalled'))");
  for (const auto& [deck, question] : pairs) {
    fill.bind(":deck", deck);
    fill.bind(":question", question);
    fill.exec();
    fill.reset();
  }
}

// v7: the commitment loop. `hidden` is 1 while the entry a commitment was made in is deleted
// (set with the entry's deleted_at, in the same transaction), so that lists, reviews, counts and
// the report leave it out reading the commitment's row alone, as they read `private` (v4),
// without looking up each commitment's entry; the hot queries already read those rows, and their
// indexes stay as they are. commitment_reviewed finds the report's reviews. A commitment's latest review: how it went,
// whether it helped and the evidence seen, and when; `skill`, the skill it builds (a tag, lower-case). The commitments
// of entries deleted before are hidden.
constexpr const char* k_schema_v7 = R"sql(
ALTER TABLE commitment ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
ALTER TABLE commitment ADD COLUMN skill TEXT;
ALTER TABLE commitment ADD COLUMN review_note TEXT;
ALTER TABLE commitment ADD COLUMN helped TEXT CHECK (helped IN ('yes', 'partly', 'no'));
ALTER TABLE commitment ADD COLUMN evidence TEXT;
ALTER TABLE commitment ADD COLUMN reviewed_at INTEGER;
CREATE INDEX commitment_reviewed ON commitment (reviewed_at);
UPDATE commitment SET hidden = 1 WHERE entry_id IN (SELECT id FROM entry WHERE deleted_at IS NOT NULL);
)sql";

// v8: indexes for the reads of the whole journal. `people` counts each person's entries by kind
// from entry_person_kind alone (a range per person and kind, no row read) and finds their last
// debrief at its end; `commitments --all` reads every commitment in due order a chunk at a time
// by commitment_due (the commitments without a due day are its NULLs, first in it).
constexpr const char* k_schema_v8 = R"sql(
CREATE INDEX entry_person_kind ON entry (person_id, kind, private, deleted_at, at_utc);
CREATE INDEX commitment_due ON commitment (due_utc);
)sql";

} // namespace

const std::vector<Migration>& migrations() {
  static const std::string v1 = std::string(k_schema_v1) + k_search_insert_triggers;
  static const std::vector<Migration> steps{{1, v1.c_str()},
                                            {2, k_schema_v2},
                                            {3, k_schema_v3, &fill_name_keys},
                                            {4, k_schema_v4, &mark_private_entries},
                                            {5, k_schema_v5, &clear_deck_titles},
                                            {6, k_schema_v6, &fill_outcomes},
                                            {7, k_schema_v7},
                                            {8, k_schema_v8}};
  return steps;
}

const char* search_insert_triggers() { return k_search_insert_triggers; }

const char* drop_search_insert_triggers() {
  return "DROP TRIGGER entry_search_insert; DROP TRIGGER answer_search_insert; DROP TRIGGER commitment_search_insert;";
}

void migrate(SQLite::Database& db, const std::vector<Migration>& steps, int target, const MigrationFacts& facts) {
  try {
    SQLite::Transaction txn(db, SQLite::TransactionBehavior::IMMEDIATE);
    int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version >= target) return; // another process got there first
    for (const auto& step : steps) {
      if (step.to_version <= version || step.to_version > target) continue;
      db.exec(step.sql);
      if (step.after) step.after(db, facts);
    }
    db.exec(fmt::format("PRAGMA user_version = {}", target));
    db.exec(fmt::format("PRAGMA application_id = {}", k_application_id));
    txn.commit();
  } catch (const SQLite::Exception& e) {
    throw RuntimeError(
        fmt::format("cannot upgrade the journal {} to schema {}: {}", db.getFilename(), target, e.what()));
  }
}

} // namespace debrief
