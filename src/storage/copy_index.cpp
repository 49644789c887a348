// The copies of entries a team report has seen: see copy_index.hpp.
#include "storage/copy_index.hpp"

#include "core/error.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <array>

namespace debrief {

namespace {

/// A UUID's 16 bytes from its canonical text (anything else as it is): half the pages to keep.
std::string packed(std::string_view uuid) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  int high = -1;
  for (char c : uuid) {
    if (c == '-') continue;
    const int v = hex(c);
    if (v < 0) return std::string(uuid);
    if (high < 0) {
      high = v;
    } else {
      out += static_cast<char>(high << 4 | v);
      high = -1;
    }
  }
  return out.size() == 16 && high < 0 ? out : std::string(uuid);
}

/// The memory SQLite may use for the index's pages (KiB): the rest stays in the temporary file.
constexpr int k_cache_kib = 4096;

} // namespace

void CopyIndex::check(int rc, const char* what) const {
  if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW) return;
  throw RuntimeError(fmt::format("cannot {} the team report's temporary index: {}", what,
                                 db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc)));
}

CopyIndex::CopyIndex() {
  // An empty file name: a private temporary database, deleted when it is closed.
  check(sqlite3_open_v2("", &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr), "create");
  const auto setup = fmt::format("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -{}; "
                                 "PRAGMA temp_store = FILE; "
                                 "CREATE TABLE copy (uuid BLOB PRIMARY KEY, source INTEGER NOT NULL, "
                                 "updated INTEGER NOT NULL, digest INTEGER NOT NULL, taken INTEGER NOT NULL "
                                 "DEFAULT 0) WITHOUT ROWID; BEGIN",
                                 k_cache_kib);
  check(sqlite3_exec(db_, setup.c_str(), nullptr, nullptr, nullptr), "create");
  auto prepare = [&](const char* sql, sqlite3_stmt** stmt) {
    check(sqlite3_prepare_v2(db_, sql, -1, stmt, nullptr), "create");
  };
  prepare("INSERT INTO copy (uuid, source, updated, digest) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING", &insert_);
  prepare("SELECT source, updated, digest FROM copy WHERE uuid = ?1", &find_);
  prepare("UPDATE copy SET source = ?2, updated = ?3, digest = ?4 WHERE uuid = ?1", &replace_);
  prepare("UPDATE copy SET taken = 1 WHERE uuid = ?1 AND source = ?2 AND taken = 0", &take_);
}

CopyIndex::~CopyIndex() {
  for (auto* s : {insert_, find_, replace_, take_}) sqlite3_finalize(s);
  sqlite3_close(db_);
}

CopyIndex::Offer CopyIndex::offer(std::string_view uuid, int source, Seconds updated, std::uint64_t digest, int& other,
                                  Seconds& other_updated) {
  const auto key = packed(uuid);
  auto bind = [&](sqlite3_stmt* s) {
    sqlite3_reset(s);
    sqlite3_bind_blob(s, 1, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
  };
  bind(insert_);
  sqlite3_bind_int(insert_, 2, source);
  sqlite3_bind_int64(insert_, 3, updated);
  sqlite3_bind_int64(insert_, 4, static_cast<sqlite3_int64>(digest));
  check(sqlite3_step(insert_), "write");
  if (sqlite3_changes(db_) == 1) return Offer::first;
  bind(find_);
  check(sqlite3_step(find_), "read");
  other = sqlite3_column_int(find_, 0);
  other_updated = sqlite3_column_int64(find_, 1);
  const auto kept_digest = static_cast<std::uint64_t>(sqlite3_column_int64(find_, 2));
  sqlite3_reset(find_);
  if (kept_digest == digest) return Offer::repeated;
  if (updated <= other_updated) return Offer::older;
  bind(replace_);
  sqlite3_bind_int(replace_, 2, source);
  sqlite3_bind_int64(replace_, 3, updated);
  sqlite3_bind_int64(replace_, 4, static_cast<sqlite3_int64>(digest));
  check(sqlite3_step(replace_), "write");
  return Offer::newer;
}

bool CopyIndex::take(std::string_view uuid, int source) {
  const auto key = packed(uuid);
  sqlite3_reset(take_);
  sqlite3_bind_blob(take_, 1, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
  sqlite3_bind_int(take_, 2, source);
  check(sqlite3_step(take_), "write");
  return sqlite3_changes(db_) == 1;
}

} // namespace debrief
