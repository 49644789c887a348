// Import: see journal_import.hpp.
#include "storage/journal_import.hpp"

#include "storage/journal_rows.hpp"
#include "storage/schema.hpp"

#include <fmt/format.h>

namespace debrief {

/// The statements an import runs for each entry, prepared once.
struct Journal::Import::Statements {
  explicit Statements(SQLite::Database& db)
      : exists(db, "SELECT 1 FROM entry WHERE uuid = ?"),
        commitment_exists(db, "SELECT entry_id FROM commitment WHERE uuid = ?"),
        ins(db, "INSERT INTO entry (uuid, kind, person_id, deck_id, at_utc, at_offset, created_at, "
                "updated_at, body, outcome, lesson, status, private) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        tag(db, "INSERT OR IGNORE INTO tag (entry_id, tag) VALUES (?, ?)"),
        ans(db, "INSERT INTO answer (entry_id, position, question_id, question_text, answer_text, "
                "scale_value, discovery, probes_used, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        com(db, "INSERT INTO commitment (uuid, person_id, entry_id, text, due_utc, status, "
                "closing_note, closed_at, created_at, private, skill, review_note, helped, evidence, reviewed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        entry_in_file(db, "SELECT line, digest FROM temp.import_entries WHERE uuid = ?"),
        add_entry_in_file(db, "INSERT INTO temp.import_entries (uuid, line, digest) VALUES (?, ?, ?)"),
        commitment_in_file(db, "SELECT line FROM temp.import_commitments WHERE uuid = ?"),
        add_commitment_in_file(db, "INSERT INTO temp.import_commitments (uuid, line) VALUES (?, ?)") {}
  SQLite::Statement exists, commitment_exists, ins, tag, ans, com;
  SQLite::Statement entry_in_file, add_entry_in_file, commitment_in_file, add_commitment_in_file;
};

namespace {

/// The file's entries and commitments so far: UUID → line (and the entry's digest).
constexpr const char* k_seen_tables =
    "CREATE TEMP TABLE import_entries (uuid TEXT PRIMARY KEY, line INTEGER NOT NULL, digest INTEGER NOT NULL) "
    "WITHOUT ROWID; CREATE TEMP TABLE import_commitments (uuid TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID";

/// Runs `step` once, resetting `q` after it whatever happens (without throwing: the failure
/// that ended `step` may be on its way out).
template <class F> auto once(SQLite::Statement& q, F&& step) {
  struct Reset {
    SQLite::Statement& q;
    ~Reset() {
      q.tryReset();
      try {
        q.clearBindings();
      } catch (const SQLite::Exception&) { // NOLINT(bugprone-empty-catch): never fails (sqlite3_clear_bindings)
      }
    }
  } reset{q};
  return step();
}

/// Inserts the entry row of `e`, new to the journal, and its tags; returns its id.
template <class S, class Person>
std::int64_t insert_entry(SQLite::Database& db, S& s, const Entry& e, Person&& person) {
  auto& ins = s.ins;
  ins.clearBindings();
  ins.bind(1, e.uuid);
  ins.bind(2, std::string(to_string(e.kind)));
  if (e.person) ins.bind(3, person(*e.person));
  if (e.deck) ins.bind(4, *e.deck);
  ins.bind(5, static_cast<std::int64_t>(e.at.utc));
  ins.bind(6, e.at.offset);
  ins.bind(7, static_cast<std::int64_t>(e.created));
  ins.bind(8, static_cast<std::int64_t>(e.updated));
  ins.bind(9, e.body);
  if (e.outcome) ins.bind(10, std::string(to_string(*e.outcome)));
  ins.bind(11, e.lesson ? 1 : 0);
  ins.bind(12, std::string(to_string(e.status)));
  ins.bind(13, e.is_private ? 1 : 0);
  ins.exec();
  ins.reset();
  const auto id = static_cast<std::int64_t>(db.getLastInsertRowid());
  for (const auto& t : e.tags) {
    s.tag.bind(1, id);
    s.tag.bind(2, t);
    s.tag.exec();
    s.tag.reset();
  }
  return id;
}

/// Inserts the answers of the entry `id`.
template <class S> void insert_answers(S& s, std::int64_t id, const std::vector<ExchangeAnswer>& answers) {
  auto& ans = s.ans;
  for (const auto& a : answers) {
    ans.clearBindings();
    ans.bind(1, id);
    ans.bind(2, a.position);
    ans.bind(3, a.question_id);
    ans.bind(4, a.question_text);
    if (a.text) ans.bind(5, *a.text);
    if (a.scale) ans.bind(6, *a.scale);
    if (a.mark) ans.bind(7, std::string(to_string(*a.mark)));
    if (a.mark) ans.bind(8, a.probes);
    ans.bind(9, static_cast<std::int64_t>(a.answered));
    ans.exec();
    ans.reset();
  }
}

/// Inserts the commitments of the entry `id` (private or not as `is_private`), new to the journal.
template <class S, class Person>
void insert_commitments(S& s, std::int64_t id, bool is_private, const std::vector<ExchangeCommitment>& commitments,
                        Person&& person) {
  auto& com = s.com;
  for (const auto& c : commitments) {
    com.clearBindings();
    com.bind(1, c.uuid);
    if (c.person) com.bind(2, person(*c.person));
    com.bind(3, id);
    com.bind(4, c.text);
    if (c.due) com.bind(5, static_cast<std::int64_t>(*c.due));
    com.bind(6, c.status);
    if (c.note) com.bind(7, *c.note);
    if (c.closed) com.bind(8, static_cast<std::int64_t>(*c.closed));
    com.bind(9, static_cast<std::int64_t>(c.created));
    com.bind(10, is_private ? 1 : 0); // private with the entry it was made in
    if (c.skill) com.bind(11, *c.skill);
    if (c.review) com.bind(12, *c.review);
    if (c.helped) com.bind(13, *c.helped);
    if (c.evidence) com.bind(14, *c.evidence);
    if (c.reviewed) com.bind(15, static_cast<std::int64_t>(*c.reviewed));
    com.exec();
    com.reset();
  }
}

/// Indexes for search the texts added after the ids given, in three bulk statements.
void index_imported(SQLite::Database& db, std::int64_t first_entry, std::int64_t first_answer,
                    std::int64_t first_commitment) {
  SQLite::Statement index_bodies(db,
                                 "INSERT INTO search (rowid, text) SELECT id * 4 + 1, body FROM entry WHERE id > ?");
  index_bodies.bind(1, first_entry);
  index_bodies.exec();
  SQLite::Statement index_answers(db, "INSERT INTO search (rowid, text) SELECT id * 4 + 2, answer_text FROM answer "
                                      "WHERE id > ? AND answer_text IS NOT NULL");
  index_answers.bind(1, first_answer);
  index_answers.exec();
  SQLite::Statement index_commitments(
      db, "INSERT INTO search (rowid, text) SELECT id * 4 + 3, text FROM commitment WHERE id > ?");
  index_commitments.bind(1, first_commitment);
  index_commitments.exec();
}

} // namespace

Journal::Import::Import(Journal& journal) : journal_(journal) {
  auto& db = *journal_.db_;
  try {
    txn_ = std::make_unique<SQLite::Transaction>(db, SQLite::TransactionBehavior::IMMEDIATE);
    // FTS5 flushes its pending index at every statement, so row-by-row indexing of a large
    // import makes thousands of tiny segments to merge. Instead the insert triggers are
    // suspended, the new texts indexed in three bulk statements at the end, and the triggers
    // restored, all inside this transaction: any failure rolls the whole of it back.
    auto max_id = [&](const char* table) {
      return db.execAndGet(fmt::format("SELECT coalesce(max(id), 0) FROM {}", table)).getInt64();
    };
    first_entry_ = max_id("entry");
    first_answer_ = max_id("answer");
    first_commitment_ = max_id("commitment");
    db.exec(drop_search_insert_triggers());
    db.exec(k_seen_tables);
    s_ = std::make_unique<Statements>(db);
  } catch (const SQLite::Exception& ex) {
    s_.reset();
    txn_.reset(); // rolled back
    throw journal_error("import into", journal_.path_, ex, "; nothing was imported");
  }
}

Journal::Import::~Import() {
  s_.reset();
  txn_.reset(); // rolled back unless committed
}

Journal::Import::Outcome Journal::Import::check_in_file(const ExchangeEntry& x, std::uint64_t digest, std::size_t line,
                                                        std::vector<std::string>& problems) {
  const auto& uuid = x.entry.uuid;
  const auto earlier = once(s_->entry_in_file, [&]() -> std::optional<std::pair<std::int64_t, std::uint64_t>> {
    s_->entry_in_file.bind(1, uuid);
    if (!s_->entry_in_file.executeStep()) return std::nullopt;
    return std::pair{s_->entry_in_file.getColumn(0).getInt64(),
                     static_cast<std::uint64_t>(s_->entry_in_file.getColumn(1).getInt64())};
  });
  if (earlier) {
    if (earlier->second == digest) return Outcome::repeated;
    problems.push_back(fmt::format("entry {} is also, with other content, on line {}", uuid, earlier->first));
    return Outcome::refused;
  }
  once(s_->add_entry_in_file, [&] {
    s_->add_entry_in_file.bind(1, uuid);
    s_->add_entry_in_file.bind(2, static_cast<std::int64_t>(line));
    s_->add_entry_in_file.bind(3, static_cast<std::int64_t>(digest));
    return s_->add_entry_in_file.exec();
  });
  bool clash = false;
  for (const auto& c : x.commitments) {
    const auto on = once(s_->commitment_in_file, [&]() -> std::optional<std::int64_t> {
      s_->commitment_in_file.bind(1, c.uuid);
      if (!s_->commitment_in_file.executeStep()) return std::nullopt;
      return s_->commitment_in_file.getColumn(0).getInt64();
    });
    if (on) {
      problems.push_back(fmt::format("commitment {} is also on line {}", c.uuid, *on));
      clash = true;
      continue;
    }
    once(s_->add_commitment_in_file, [&] {
      s_->add_commitment_in_file.bind(1, c.uuid);
      s_->add_commitment_in_file.bind(2, static_cast<std::int64_t>(line));
      return s_->add_commitment_in_file.exec();
    });
  }
  return clash ? Outcome::refused : Outcome::added;
}

bool Journal::Import::check_commitments(const ExchangeEntry& x, std::vector<std::string>& problems) {
  bool fine = true;
  for (const auto& c : x.commitments)
    once(s_->commitment_exists, [&] {
      s_->commitment_exists.bind(1, c.uuid);
      if (!s_->commitment_exists.executeStep()) return;
      // A new entry with a commitment the journal has in another entry: which is right?
      const auto in_entry = s_->commitment_exists.getColumn(0);
      problems.push_back(fmt::format("commitment {} is already in the journal{}", c.uuid,
                                     in_entry.isNull() ? "" : fmt::format(" (in entry #{})", in_entry.getInt64())));
      fine = false;
    });
  return fine;
}

Id Journal::Import::person(const std::string& name) {
  if (auto it = people_.find(name); it != people_.end()) return it->second;
  std::string stored = name;
  std::optional<std::string> ignored;
  return people_[name] = journal_.person_id(stored, 0, ignored);
}

Journal::Import::Outcome Journal::Import::add(const ExchangeEntry& x, std::uint64_t digest, std::size_t line,
                                              std::vector<std::string>& problems) {
  try {
    const auto in_file = check_in_file(x, digest, line, problems);
    if (in_file != Outcome::added) {
      failed_ = failed_ || in_file == Outcome::refused;
      return in_file;
    }
    const Entry& e = x.entry;
    const bool there = once(s_->exists, [&] {
      s_->exists.bind(1, e.uuid);
      return s_->exists.executeStep();
    });
    if (there) return Outcome::skipped; // commitments and all
    if (!check_commitments(x, problems)) {
      failed_ = true;
      return Outcome::refused;
    }
    if (failed_) return Outcome::added; // checked only: nothing will be imported
    auto named = [&](const std::string& name) { return person(name); };
    const auto id = insert_entry(*journal_.db_, *s_, e, named);
    insert_answers(*s_, id, x.answers);
    insert_commitments(*s_, id, e.is_private, x.commitments, named);
    return Outcome::added;
  } catch (const SQLite::Exception& ex) {
    throw journal_error("import into", journal_.path_, ex, "; nothing was imported");
  }
}

void Journal::Import::commit() {
  if (failed_) throw std::logic_error("Journal::Import::commit after a problem");
  try {
    auto& db = *journal_.db_;
    s_.reset();
    db.exec("DROP TABLE temp.import_entries; DROP TABLE temp.import_commitments");
    index_imported(db, first_entry_, first_answer_, first_commitment_);
    db.exec(search_insert_triggers());
    txn_->commit();
  } catch (const SQLite::Exception& ex) {
    throw journal_error("import into", journal_.path_, ex, "; nothing was imported");
  }
}

} // namespace debrief
