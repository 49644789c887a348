// Opening, creating and checking journals, and the queries behind the commands.
#include "storage/journal.hpp"

#include "core/error.hpp"
#include "core/note.hpp"
#include "core/suggest.hpp"
#include "storage/files.hpp"
#include "storage/paths.hpp"
#include "storage/schema.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace debrief {

namespace {

/// The WAL-reset bug with concurrent writers is fixed from SQLite 3.51.3 on.
constexpr int k_first_safe_wal_version = 3051003;

enum class Presence { missing, file };

/// Refuses anything at `path` that is not a plain file: a symlink is never followed.
Presence inspect(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return Presence::missing;
    throw RuntimeError(fmt::format("cannot access the journal {}: {}", path, std::strerror(errno)));
  }
  if (S_ISLNK(st.st_mode))
    throw RuntimeError(fmt::format("the journal path {} is a symbolic link; refusing to follow it "
                                   "(give the real file with --db)",
                                   path));
  if (!S_ISREG(st.st_mode)) throw RuntimeError(fmt::format("the journal path {} is not a regular file", path));
  return Presence::file;
}

/// Checks that the file is a debrief journal this build can read, creating or upgrading its
/// schema when it is new or older. Never writes to a file it does not recognise.
void check_and_upgrade(SQLite::Database& db, const std::string& path) {
  int app_id = 0, version = 0, tables = 0;
  try {
    SQLite::Statement q(db, "SELECT (SELECT application_id FROM pragma_application_id), "
                            "(SELECT user_version FROM pragma_user_version), "
                            "(SELECT count(*) FROM sqlite_schema)");
    q.executeStep();
    app_id = q.getColumn(0).getInt();
    version = q.getColumn(1).getInt();
    tables = q.getColumn(2).getInt();
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_NOTADB) throw;
    throw RuntimeError(fmt::format("cannot read the journal {}: {}", path, e.what()));
  }
  bool fresh = app_id == 0 && version == 0 && tables == 0;
  if (!fresh && app_id != k_application_id)
    throw RuntimeError(fmt::format("{} is not a debrief journal (SQLite application_id {:#x}); left untouched", path,
                                   static_cast<unsigned>(app_id)));
  if (version > k_schema_version)
    throw RuntimeError(fmt::format("{} was written by a newer debrief (schema version {}; this one reads up to {}); "
                                   "left untouched, upgrade debrief to use it",
                                   path, version, k_schema_version));
  if (fresh && sqlite3_libversion_number() >= k_first_safe_wal_version) db.exec("PRAGMA journal_mode = WAL");
  if (version < k_schema_version) migrate(db, migrations(), k_schema_version);
}

std::unique_ptr<SQLite::Database> connect(const std::string& path) {
  try {
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_NOFOLLOW,
                                                 Journal::k_busy_timeout_ms);
    db->exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON"); // connection settings: no file writes
    check_and_upgrade(*db, path);
    if (sqlite3_libversion_number() < k_first_safe_wal_version) {
      // A journal switched to WAL elsewhere goes back to the rollback journal here.
      if (db->execAndGet("PRAGMA journal_mode").getString() == "wal") db->exec("PRAGMA journal_mode = DELETE");
    }
    return db;
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_NOTADB)
      throw RuntimeError(fmt::format("{} is not a debrief journal (not an SQLite database); left untouched", path));
    throw RuntimeError(fmt::format("cannot open the journal {}: {}", path, e.what()));
  }
}

Entry read_entry(SQLite::Statement& q) {
  Entry e;
  e.id = q.getColumn(0).getInt64();
  e.uuid = q.getColumn(1).getString();
  e.kind = parse_kind(q.getColumn(2).getString());
  if (!q.getColumn(3).isNull()) e.person = q.getColumn(3).getString();
  if (!q.getColumn(4).isNull()) e.deck = q.getColumn(4).getString();
  e.at = Instant{q.getColumn(5).getInt64(), q.getColumn(6).getInt()};
  e.created = q.getColumn(7).getInt64();
  e.updated = q.getColumn(8).getInt64();
  e.body = q.getColumn(9).getString();
  if (!q.getColumn(10).isNull()) e.outcome = parse_outcome(q.getColumn(10).getString());
  e.lesson = q.getColumn(11).getInt() != 0;
  e.status = parse_status(q.getColumn(12).getString());
  std::string tags = q.getColumn(13).getString();
  for (std::size_t start = 0; start < tags.size();) {
    auto end = tags.find(',', start);
    if (end == std::string::npos) end = tags.size();
    e.tags.push_back(tags.substr(start, end - start));
    start = end + 1;
  }
  return e;
}

} // namespace

Journal::Journal(std::string path, std::unique_ptr<SQLite::Database> db) : path_(std::move(path)), db_(std::move(db)) {}
Journal::Journal(Journal&&) noexcept = default;
Journal& Journal::operator=(Journal&&) noexcept = default;
Journal::~Journal() = default;

Journal Journal::open_for_write(const std::string& path) {
  if (inspect(path) == Presence::missing) {
    make_private_dirs(parent_dir(path));
    create_private_file(path); // false: another process created it first, which is fine
  }
  return Journal(path, connect(path));
}

std::optional<Journal> Journal::open_existing(const std::string& path) {
  if (inspect(path) == Presence::missing) return std::nullopt;
  return Journal(path, connect(path));
}

AddedNote Journal::add_note(const NewNote& note, Seconds now, const std::string& uuid) {
  AddedNote result;
  Entry& e = result.entry;
  e.uuid = uuid;
  e.kind = Kind::note;
  e.at = note.at;
  e.created = e.updated = now;
  e.body = note.body;
  e.outcome = note.outcome;
  e.lesson = note.lesson;
  e.tags = note.tags;
  std::sort(e.tags.begin(), e.tags.end());
  e.tags.erase(std::unique(e.tags.begin(), e.tags.end()), e.tags.end());
  try {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    std::optional<long long> person_id;
    if (note.person) {
      SQLite::Statement find(*db_, "SELECT id, name FROM person WHERE name = ?");
      find.bind(1, *note.person);
      if (find.executeStep()) {
        person_id = find.getColumn(0).getInt64();
        e.person = find.getColumn(1).getString();
      } else {
        result.close_match = did_you_mean(*note.person, people_names());
        SQLite::Statement add(*db_, "INSERT INTO person (name, created_at) VALUES (?, ?)");
        add.bind(1, *note.person);
        add.bind(2, static_cast<std::int64_t>(now));
        add.exec();
        person_id = db_->getLastInsertRowid();
        e.person = note.person;
      }
    }
    SQLite::Statement ins(*db_, "INSERT INTO entry (uuid, kind, person_id, at_utc, at_offset, created_at, "
                                "updated_at, body, outcome, lesson) VALUES (?, 'note', ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, e.uuid);
    if (person_id) ins.bind(2, static_cast<std::int64_t>(*person_id));
    ins.bind(3, static_cast<std::int64_t>(e.at.utc));
    ins.bind(4, e.at.offset);
    ins.bind(5, static_cast<std::int64_t>(now));
    ins.bind(6, static_cast<std::int64_t>(now));
    ins.bind(7, e.body);
    if (e.outcome) ins.bind(8, std::string(to_string(*e.outcome)));
    ins.bind(9, e.lesson ? 1 : 0);
    ins.exec();
    e.id = db_->getLastInsertRowid();
    if (!e.tags.empty()) {
      SQLite::Statement tag(*db_, "INSERT INTO tag (entry_id, tag) VALUES (?, ?)");
      for (const auto& t : e.tags) {
        tag.bind(1, static_cast<std::int64_t>(e.id));
        tag.bind(2, t);
        tag.exec();
        tag.reset();
      }
    }
    txn.commit();
  } catch (const SQLite::Exception& ex) {
    throw RuntimeError(fmt::format("cannot save to the journal {}: {}", path_, ex.what()));
  }
  return result;
}

std::vector<Entry> Journal::list(const ListFilter& filter) {
  std::vector<Entry> out;
  try {
    std::optional<std::int64_t> person_id;
    if (filter.person) {
      SQLite::Statement find(*db_, "SELECT id FROM person WHERE name = ?");
      find.bind(1, *filter.person);
      if (!find.executeStep()) {
        auto near = did_you_mean(*filter.person, people_names());
        throw UsageError(near ? fmt::format("no one called '{}' in the journal; did you mean '{}'?", *filter.person, *near)
                              : fmt::format("no one called '{}' in the journal (see 'debrief list' for names)",
                                            *filter.person));
      }
      person_id = find.getColumn(0).getInt64();
    }
    std::string sql =
        "SELECT e.id, e.uuid, e.kind, p.name, e.deck_id, e.at_utc, e.at_offset, e.created_at, e.updated_at, "
        "e.body, e.outcome, e.lesson, e.status, "
        "coalesce((SELECT group_concat(tag, ',') FROM (SELECT tag FROM tag WHERE entry_id = e.id ORDER BY tag)), '') "
        "FROM entry e LEFT JOIN person p ON p.id = e.person_id WHERE e.deleted_at IS NULL";
    if (person_id) sql += " AND e.person_id = :person";
    sql += " ORDER BY e.at_utc DESC, e.id DESC";
    if (filter.limit > 0) sql += " LIMIT :limit";
    SQLite::Statement q(*db_, sql);
    if (person_id) q.bind(":person", *person_id);
    if (filter.limit > 0) q.bind(":limit", static_cast<std::int64_t>(filter.limit));
    while (q.executeStep()) out.push_back(read_entry(q));
  } catch (const SQLite::Exception& ex) {
    throw RuntimeError(fmt::format("cannot read the journal {}: {}", path_, ex.what()));
  }
  return out;
}

std::vector<std::string> Journal::people_names() {
  std::vector<std::string> names;
  SQLite::Statement q(*db_, "SELECT name FROM person ORDER BY name");
  while (q.executeStep()) names.push_back(q.getColumn(0).getString());
  return names;
}

} // namespace debrief
