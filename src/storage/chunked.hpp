// Reading the journal without holding it while the output waits: rows come a chunk at a time,
// each chunk read under one short read lock that ends before its rows are passed on.
// Internal to storage (Journal's read paths).
#pragma once

#include "core/error.hpp"
#include "storage/journal_rows.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace debrief::chunked {

/// Rows per chunk: a few hundred keeps the read lock short (a writer waits at most that long)
/// and the chunk's memory small, while a statement per chunk costs little.
inline constexpr std::int64_t k_chunk = 256;

/// A key that sorts before (first) or after (second) every (instant, id) key of the journal.
inline constexpr std::pair<std::int64_t, std::int64_t> k_before_all{std::numeric_limits<std::int64_t>::min(),
                                                                    std::numeric_limits<std::int64_t>::min()};
inline constexpr std::pair<std::int64_t, std::int64_t> k_after_all{std::numeric_limits<std::int64_t>::max(),
                                                                   std::numeric_limits<std::int64_t>::max()};

/// A statement stepped through SQLite's own API, for loops that run once per row of the
/// journal (SQLiteCpp's Column costs a shared_ptr copy per value).
class RowReader {
 public:
  RowReader(SQLite::Database& db, const char* sql) : db_(db.getHandle()) {
    if (int rc = sqlite3_prepare_v2(db_, sql, -1, &stmt_, nullptr); rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  ~RowReader() { sqlite3_finalize(stmt_); }
  RowReader(const RowReader&) = delete;
  RowReader& operator=(const RowReader&) = delete;
  void bind(const char* name, std::int64_t value) {
    sqlite3_bind_int64(stmt_, sqlite3_bind_parameter_index(stmt_, name), value);
  }
  bool step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SQLite::Exception(db_, rc);
  }
  /// Ends the statement's read (and its lock) and keeps its bindings for the next.
  void reset() { sqlite3_reset(stmt_); }
  std::int64_t int64(int i) const { return sqlite3_column_int64(stmt_, i); }
  bool null(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }
  std::string_view text(int i) const {
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
    return t ? std::string_view(t, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, i))) : std::string_view();
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

/// One read of several statements (a chunk's entries with their answers and commitments): they
/// see one committed state of the journal, under one read lock taken by the first of them and
/// released by end(), or when it is destroyed. Inside a transaction already, it adds nothing.
class ReadTransaction {
 public:
  explicit ReadTransaction(SQLite::Database& db) : db_(db.getHandle()), open_(sqlite3_get_autocommit(db_) != 0) {
    if (open_) run("BEGIN");
  }
  ~ReadTransaction() {
    if (open_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); // nothing written: nothing to lose
  }
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;
  void end() {
    if (!open_) return;
    open_ = false;
    run("COMMIT");
  }

 private:
  void run(const char* sql) {
    if (int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr); rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  sqlite3* db_;
  bool open_;
};

/// The ids of rows already passed on, so that none is passed twice when it moves between
/// chunks (an entry whose time is edited meanwhile comes again under its new key). One bit per
/// id up to the largest seen (125 KB for a million entries); a set for ids past 2^26.
class IdSet {
 public:
  /// Adds `id`; false when it was there already.
  bool insert(std::int64_t id) {
    if (id < 0 || id >= k_bitmap_ids) return others_.insert(id).second;
    const auto i = static_cast<std::size_t>(id);
    if (i / 64 >= bits_.size()) bits_.resize(i / 64 + 1);
    const std::uint64_t bit = std::uint64_t{1} << (i % 64);
    if (bits_[i / 64] & bit) return false;
    bits_[i / 64] |= bit;
    return true;
  }

  bool contains(std::int64_t id) const {
    if (id < 0 || id >= k_bitmap_ids) return others_.count(id) != 0;
    const auto i = static_cast<std::size_t>(id);
    return i / 64 < bits_.size() && (bits_[i / 64] >> (i % 64) & 1) != 0;
  }

 private:
  static constexpr std::int64_t k_bitmap_ids = std::int64_t{1} << 26; // 8 MB of bits at most
  std::vector<std::uint64_t> bits_;
  std::unordered_set<std::int64_t> others_;
};

/// Runs `read`, turning an SQLite failure into the journal's read error.
template <class F> void reading(const std::string& path, F&& read) {
  try {
    read();
  } catch (const SQLite::Exception& ex) {
    throw journal_error("read", path, ex);
  }
}

/// Reads the rows of `sql` (ordered by a key and an id, with parameters :after_key, :after_id
/// and :chunk) a chunk at a time and passes each to `each` only once its chunk's statement is
/// reset: no lock on the journal is held while `each` runs, which may wait on a slow reader of
/// the output. A row whose key changed since its chunk is not passed again. `bind` binds the
/// other parameters, `row` makes a row, `key` gives a row's (key, id).
template <class Row, class Bind, class Make, class Key>
void read_chunks(const std::string& path, SQLite::Database& db, const char* sql, Bind&& bind, Make&& row, Key&& key,
                 const std::function<void(const Row&)>& each) {
  std::unique_ptr<RowReader> q;
  reading(path, [&] {
    q = std::make_unique<RowReader>(db, sql);
    bind(*q);
    q->bind(":chunk", k_chunk);
  });
  IdSet passed;
  std::vector<Row> chunk;
  std::pair<std::int64_t, std::int64_t> after = k_before_all;
  std::int64_t rows = 0;
  do {
    chunk.clear();
    rows = 0;
    reading(path, [&] {
      q->bind(":after_key", after.first);
      q->bind(":after_id", after.second);
      while (q->step()) {
        ++rows;
        chunk.push_back(row(*q));
        after = key(chunk.back());
        if (!passed.insert(after.second)) chunk.pop_back();
      }
      q->reset();
    });
    for (const auto& r : chunk) each(r);
  } while (rows == k_chunk);
}

} // namespace debrief::chunked
