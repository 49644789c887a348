// Export and import: entries with their answers and commitments, in chunks out and one transaction in.
#include "storage/journal_rows.hpp"

#include "storage/chunked.hpp"
#include "storage/queries.hpp"
#include "storage/schema.hpp"

#include <fmt/format.h>

#include <map>
#include <unordered_map>

namespace debrief {

using chunked::IdSet;
using chunked::ReadTransaction;

namespace {

/// Entry id → its place in an export's chunk.
using ChunkIndex = std::unordered_map<std::int64_t, std::size_t>;

/// Adds the answers `answers` reads (sql::export_answers) to their entries in the chunk.
void read_chunk_answers(SQLite::Statement& answers, std::vector<ExchangeEntry>& chunk, const ChunkIndex& at) {
  while (answers.executeStep()) {
    auto it = at.find(answers.getColumn(0).getInt64());
    if (it == at.end()) continue;
    ExchangeAnswer a;
    a.position = answers.getColumn(1).getInt();
    a.question_id = answers.getColumn(2).getString();
    a.question_text = answers.getColumn(3).getString();
    if (!answers.getColumn(4).isNull()) a.text = answers.getColumn(4).getString();
    if (!answers.getColumn(5).isNull()) a.scale = answers.getColumn(5).getInt();
    if (!answers.getColumn(6).isNull()) a.mark = parse_discovery(answers.getColumn(6).getString());
    a.probes = answers.getColumn(7).getInt();
    a.answered = answers.getColumn(8).getInt64();
    chunk[it->second].answers.push_back(std::move(a));
  }
  answers.reset();
}

/// Adds the commitments `commitments` reads (sql::export_commitments) to their entries in the chunk.
void read_chunk_commitments(SQLite::Statement& commitments, std::vector<ExchangeEntry>& chunk, const ChunkIndex& at) {
  while (commitments.executeStep()) {
    auto it = at.find(commitments.getColumn(0).getInt64());
    if (it == at.end()) continue;
    ExchangeCommitment c;
    c.uuid = commitments.getColumn(1).getString();
    if (!commitments.getColumn(2).isNull()) c.person = commitments.getColumn(2).getString();
    c.text = commitments.getColumn(3).getString();
    if (!commitments.getColumn(4).isNull()) c.due = commitments.getColumn(4).getInt64();
    c.status = commitments.getColumn(5).getString();
    if (!commitments.getColumn(6).isNull()) c.note = commitments.getColumn(6).getString();
    c.created = commitments.getColumn(7).getInt64();
    if (!commitments.getColumn(8).isNull()) c.closed = commitments.getColumn(8).getInt64();
    for (auto [col, slot] :
         {std::pair{9, &c.skill}, std::pair{10, &c.review}, std::pair{11, &c.helped}, std::pair{12, &c.evidence}})
      if (!commitments.getColumn(col).isNull()) *slot = commitments.getColumn(col).getString();
    if (!commitments.getColumn(13).isNull()) c.reviewed = commitments.getColumn(13).getInt64();
    chunk[it->second].commitments.push_back(std::move(c));
  }
  commitments.reset();
}

} // namespace

void Journal::export_entries(const ListFilter& filter, const std::function<void(const ExchangeEntry&)>& emit) {
  // A chunk at a time, each chunk's entries, answers and commitments in one read, written
  // after it ends; rather than one read of the whole journal, which in the rollback journal
  // would hold off every writer while the output waits on its reader (a copy taken first would
  // cost the journal's size in time and space). What an export says is thus what each chunk
  // read: an entry logged or changed meanwhile may be in it or not, and none comes twice.
  try {
    std::optional<Id> person_id;
    ListFilter all = filter;
    all.limit = 0;
    filter_sql(all, person_id);
    SQLite::Statement entries(*db_, sql::export_entries(all));
    SQLite::Statement answers(*db_, sql::export_answers(all));
    SQLite::Statement commitments(*db_, sql::export_commitments(all));
    for (auto* q : {&entries, &answers, &commitments}) bind_filter(*q, untimed(all), person_id);
    entries.bind(":chunk", chunked::k_chunk);
    entries.bind(":to", all.until.value_or(chunked::k_after_all.first));
    IdSet exported;
    std::vector<ExchangeEntry> chunk;
    ChunkIndex at;
    auto after = all.since ? std::pair{*all.since, chunked::k_before_all.second} : chunked::k_before_all;
    for (;;) {
      chunk.clear();
      at.clear();
      auto last = after;
      std::int64_t rows = 0;
      ReadTransaction read(*db_);
      entries.bind(":after_at", after.first);
      entries.bind(":after_id", after.second);
      while (entries.executeStep()) {
        ++rows;
        ExchangeEntry x;
        x.entry = read_entry(entries);
        last = {x.entry.at.utc, x.entry.id};
        if (!exported.insert(x.entry.id)) continue;
        at[x.entry.id] = chunk.size();
        chunk.push_back(std::move(x));
      }
      entries.reset();
      if (!chunk.empty()) {
        for (auto* q : {&answers, &commitments}) {
          q->bind(":after_at", after.first);
          q->bind(":after_id", after.second);
          q->bind(":last_at", last.first);
          q->bind(":last_id", last.second);
        }
        read_chunk_answers(answers, chunk, at);
        read_chunk_commitments(commitments, chunk, at);
      }
      read.end(); // the lock ends here, before the chunk is written
      for (const auto& x : chunk) emit(x);
      after = last;
      if (rows < chunked::k_chunk) break;
    }
  } catch (const SQLite::Exception& ex) {
    throw journal_error("read", path_, ex);
  }
}

std::vector<std::pair<std::size_t, std::string>> Journal::import_conflicts(const std::vector<ExchangeEntry>& entries) {
  std::vector<std::pair<std::size_t, std::string>> out;
  try {
    SQLite::Statement entry_exists(*db_, "SELECT 1 FROM entry WHERE uuid = ?");
    SQLite::Statement commitment_in(*db_, "SELECT entry_id FROM commitment WHERE uuid = ?");
    for (std::size_t i = 0; i < entries.size(); ++i) {
      entry_exists.bind(1, entries[i].entry.uuid);
      const bool there = entry_exists.executeStep();
      entry_exists.reset();
      if (there) continue; // skipped, commitments and all
      for (const auto& c : entries[i].commitments) {
        commitment_in.bind(1, c.uuid);
        if (commitment_in.executeStep()) {
          const auto in_entry = commitment_in.getColumn(0);
          out.emplace_back(i,
                           fmt::format("commitment {} is already in the journal{}", c.uuid,
                                       in_entry.isNull() ? "" : fmt::format(" (in entry #{})", in_entry.getInt64())));
        }
        commitment_in.reset();
      }
    }
  } catch (const SQLite::Exception& ex) {
    throw journal_error("read", path_, ex);
  }
  return out;
}

namespace {

/// The statements an import runs for each entry, prepared once.
struct ImportStatements {
  explicit ImportStatements(SQLite::Database& db)
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
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") {}
  SQLite::Statement exists, commitment_exists, ins, tag, ans, com;
};

/// Inserts the entry row of `e`, new to the journal, and its tags; returns its id.
template <class Person>
std::int64_t insert_entry(SQLite::Database& db, ImportStatements& s, const Entry& e, Person&& person) {
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
void insert_answers(ImportStatements& s, std::int64_t id, const std::vector<ExchangeAnswer>& answers) {
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

/// Inserts the commitments of the entry `id` (the `index`th of the import, private or not as
/// `is_private`); one the journal holds already is a conflict, added to `conflicts`.
template <class Person>
void insert_commitments(ImportStatements& s, std::int64_t id, std::size_t index, bool is_private,
                        const std::vector<ExchangeCommitment>& commitments, Person&& person,
                        std::vector<std::pair<std::size_t, std::string>>& conflicts) {
  auto& commitment_exists = s.commitment_exists;
  auto& com = s.com;
  for (const auto& c : commitments) {
    commitment_exists.bind(1, c.uuid);
    if (commitment_exists.executeStep()) {
      // A new entry with a commitment the journal has in another entry: which is right?
      const auto in_entry = commitment_exists.getColumn(0);
      conflicts.emplace_back(index,
                             fmt::format("commitment {} is already in the journal{}", c.uuid,
                                         in_entry.isNull() ? "" : fmt::format(" (in entry #{})", in_entry.getInt64())));
      commitment_exists.reset();
      continue;
    }
    commitment_exists.reset();
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

Journal::ImportCounts Journal::import_entries(const std::vector<ExchangeEntry>& entries,
                                              const std::function<void(std::size_t)>& progress) {
  ImportCounts counts;
  try {
    // One transaction builds the whole import: a page cache that holds it avoids spilling
    // dirty pages to the file mid-transaction (64 MiB at most; reset afterwards).
    db_->exec("PRAGMA cache_size = -65536");
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    // FTS5 flushes its pending index at every statement, so row-by-row indexing of a large
    // import makes thousands of tiny segments to merge. Instead the insert triggers are
    // suspended, the new texts indexed in three bulk statements at the end, and the triggers
    // restored, all inside this transaction: any failure rolls the whole of it back.
    auto max_id = [&](const char* table) {
      return db_->execAndGet(fmt::format("SELECT coalesce(max(id), 0) FROM {}", table)).getInt64();
    };
    const std::int64_t first_entry = max_id("entry"), first_answer = max_id("answer"),
                       first_commitment = max_id("commitment");
    db_->exec(drop_search_insert_triggers());
    ImportStatements s(*db_);
    std::map<std::string, Id> people; // name as spelled in the file → id, as person_id finds it
    auto person = [&](const std::string& name) {
      if (auto it = people.find(name); it != people.end()) return it->second;
      std::string stored = name;
      std::optional<std::string> ignored;
      return people[name] = person_id(stored, 0, ignored);
    };
    std::size_t done = 0;
    for (const auto& x : entries) {
      if (++done % 4096 == 0) progress(done);
      const Entry& e = x.entry;
      s.exists.bind(1, e.uuid);
      bool seen = s.exists.executeStep();
      s.exists.reset();
      if (seen) {
        ++counts.skipped;
        continue;
      }
      const auto id = insert_entry(*db_, s, e, person);
      insert_answers(s, id, x.answers);
      insert_commitments(s, id, done - 1, e.is_private, x.commitments, person, counts.conflicts);
      ++counts.added;
    }
    if (!counts.conflicts.empty()) {
      db_->exec("PRAGMA cache_size = -2000");
      return counts; // all or nothing: the transaction rolls back as it ends
    }
    index_imported(*db_, first_entry, first_answer, first_commitment);
    db_->exec(search_insert_triggers());
    txn.commit();
    db_->exec("PRAGMA cache_size = -2000");
  } catch (const SQLite::Exception& ex) {
    throw journal_error("import into", path_, ex, "; nothing was imported");
  }
  return counts;
}

} // namespace debrief
