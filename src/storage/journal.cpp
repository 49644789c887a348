// Opening, creating, checking and upgrading journals: permissions, side files, the connection.
#include "storage/journal_rows.hpp"

#include "core/error.hpp"
#include "storage/deck_store.hpp"
#include "storage/files.hpp"
#include "storage/journal_file.hpp"
#include "storage/paths.hpp"
#include "storage/schema.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

namespace debrief {

namespace {

/// The WAL-reset bug with concurrent writers is fixed from SQLite 3.51.3 on.
constexpr int k_first_safe_wal_version = 3051003;

int g_busy_timeout_ms = Journal::k_busy_timeout_ms;

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
  const uid_t owner = st.st_uid;
  // SQLite would open its rollback journal or WAL files through a link (or refuse with a vague
  // "unable to open database file"), block on a FIFO, and use one someone else made: say what
  // is wrong instead.
  for (const char* suffix : {"-journal", "-wal", "-shm"}) {
    std::string side = path + suffix;
    if (::lstat(side.c_str(), &st) != 0) continue;
    if (S_ISLNK(st.st_mode))
      throw RuntimeError(
          fmt::format("{} is a symbolic link; refusing to use the journal through it (remove the link)", side));
    if (!S_ISREG(st.st_mode))
      throw RuntimeError(fmt::format("{} is not a regular file; refusing to use the journal through it", side));
    if (st.st_uid != owner && st.st_uid != ::geteuid())
      throw RuntimeError(fmt::format("{} belongs to another user; refusing to use the journal through it", side));
  }
  return Presence::file;
}

/// Makes debrief's own directory of the default location private (make_private) and refuses a
/// journal whose directory others may write to: SQLite creates the -journal and -wal next to
/// the journal and uses any it finds, so whoever may write there could read or replace the
/// journal through them.
void secure_directory(const std::string& path, const std::string& private_dir, std::vector<std::string>& notices) {
  if (!private_dir.empty())
    if (auto notice = make_private(private_dir, true, "the journal's directory")) notices.push_back(*notice);
  const auto dir = parent_dir(path);
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0)
    throw RuntimeError(fmt::format("cannot access the journal's directory {}: {}", dir, std::strerror(errno)));
  if ((st.st_mode & 022) != 0)
    throw RuntimeError(fmt::format("the journal's directory {} may be written by others (mode {:o}), who could read or "
                                   "replace the journal through its -journal or -wal file; keep the journal in a "
                                   "private directory (as the default one is), or run: chmod go-w {}",
                                   dir, st.st_mode & 07777, dir));
  struct stat file {};
  const bool owned_by_file_owner = ::stat(path.c_str(), &file) == 0 && file.st_uid == st.st_uid;
  if (st.st_uid != ::geteuid() && st.st_uid != 0 && !owned_by_file_owner) // the journal's owner may replace it anyway
    throw RuntimeError(fmt::format("the journal's directory {} belongs to another user, who could read or replace the "
                                   "journal through its -journal or -wal file; keep the journal in a directory of "
                                   "your own",
                                   dir));
}

/// Checks that the file is a debrief journal this build can read, creating or upgrading its
/// schema when it is new or older (reading the user's private decks in `decks_dir` for the
/// upgrade to schema 4). Never writes to a file it does not recognise.
void check_and_upgrade(SQLite::Database& db, const std::string& path, const std::string& decks_dir) {
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
    throw journal_error("read", path, e);
  }
  bool fresh = app_id == 0 && version == 0 && tables == 0;
  if (!fresh && app_id != k_application_id)
    throw RuntimeError(fmt::format("{} is not a debrief journal (SQLite application_id {:#x}); left untouched", path,
                                   static_cast<unsigned>(app_id)));
  if (version > k_schema_version)
    throw RuntimeError(fmt::format("{} was written by a newer debrief (schema version {}; this one reads up to {}); "
                                   "left untouched, upgrade debrief to use it",
                                   path, version, k_schema_version));
  if (version < k_schema_version) {
    MigrationFacts facts;
    facts.private_decks = [&] { return private_deck_ids(decks_dir); };
    facts.outcome_questions = [&] { return outcome_questions(decks_dir); };
    facts.deck_titles = [&] { return deck_titles(decks_dir); };
    migrate(db, migrations(), k_schema_version, facts);
  }
  // WAL only once the header names the file a journal: a -wal never holds a file's first
  // schema, so a journal is recognised from its main file (journal_file.hpp).
  if (fresh && sqlite3_libversion_number() >= k_first_safe_wal_version) db.exec("PRAGMA journal_mode = WAL");
}

/// `path` with its directories resolved: SQLite's no-follow flag refuses a symbolic link in any
/// part of the path it is given, while only a link at the file itself is to be refused (inspect).
std::string resolved(const std::string& path) {
  const auto dir = parent_dir(path);
  const auto name = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  char real[PATH_MAX];
  if (!::realpath(dir.c_str(), real))
    throw RuntimeError(fmt::format("cannot access the journal's directory {}: {}", dir, std::strerror(errno)));
  std::string out = real;
  if (out.back() != '/') out += '/';
  return out + name;
}

/// Refuses, before SQLite opens it, a file that is not a journal this build may write.
void check_kind(const std::string& real, const std::string& path) {
  const auto header = probe_journal_file(real);
  switch (header.kind) {
  case FileKind::empty:
  case FileKind::journal: return;
  case FileKind::not_database:
    throw RuntimeError(fmt::format("{} is not a debrief journal (not an SQLite database); left untouched", path));
  case FileKind::other_database:
    throw RuntimeError(fmt::format("{} is not a debrief journal (SQLite application_id {:#x}); left untouched", path,
                                   header.application_id));
  case FileKind::newer_journal:
    throw RuntimeError(fmt::format("{} was written by a newer debrief (schema version {}; this one reads up to {}); "
                                   "left untouched, upgrade debrief to use it",
                                   path, header.user_version, k_schema_version));
  }
}

/// Connects to the journal at `real` (resolved), named `path` in messages; its kind was checked.
std::unique_ptr<SQLite::Database> connect(const std::string& real, const std::string& path,
                                          const std::string& decks_dir) {
  try {
    // One thread per connection: no mutex around every SQLite call. No-follow: a link planted
    // at the file (or in a directory) since it was inspected is refused.
    auto db = std::make_unique<SQLite::Database>(
        real, SQLite::OPEN_READWRITE | SQLite::OPEN_NOFOLLOW | SQLite::OPEN_NOMUTEX, g_busy_timeout_ms);
    // Connection settings, no file writes. A page cache of 1 MB rather than SQLite's 2: reads
    // of a million entries go through it once (the system caches the file), so a larger one
    // only grows with the journal up to its size, and was measured no faster.
    db->exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -1000");
    check_and_upgrade(*db, path, decks_dir);
    if (sqlite3_libversion_number() < k_first_safe_wal_version) {
      // A journal switched to WAL elsewhere goes back to the rollback journal here.
      if (db->execAndGet("PRAGMA journal_mode").getString() == "wal") db->exec("PRAGMA journal_mode = DELETE");
    }
    return db;
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_NOTADB)
      throw JournalError(JournalError::Cause::damaged,
                         fmt::format("{} is not a debrief journal (not an SQLite database); left untouched", path));
    throw journal_error("open", path, e);
  }
}

} // namespace

void Journal::set_busy_timeout_ms(int ms) { g_busy_timeout_ms = ms; }

std::string journal_failure(const SQLite::Exception& e) {
  const int code = e.getErrorCode() & 0xFF;
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
    return fmt::format("it is locked by another process (waited {} ms; try again when it is done)", g_busy_timeout_ms);
  if (code == SQLITE_CORRUPT)
    return fmt::format("it is damaged ({}); it is left as it is: restore it from a backup, or salvage it with "
                       "sqlite3's .recover",
                       e.what());
  return e.what();
}

JournalError journal_error(std::string_view action, const std::string& path, const SQLite::Exception& e,
                           std::string_view suffix) {
  auto cause = JournalError::Cause::other;
  switch (e.getErrorCode() & 0xFF) {
  case SQLITE_BUSY:
  case SQLITE_LOCKED: cause = JournalError::Cause::busy; break;
  case SQLITE_FULL: cause = JournalError::Cause::full; break;
  case SQLITE_CORRUPT:
  case SQLITE_NOTADB: cause = JournalError::Cause::damaged; break;
  case SQLITE_READONLY:
  case SQLITE_PERM: cause = JournalError::Cause::read_only; break;
  default: break;
  }
  return JournalError(cause, fmt::format("cannot {} the journal {}: {}{}", action, path, journal_failure(e), suffix));
}

Journal::Journal(std::string path, std::string real_path, std::unique_ptr<SQLite::Database> db,
                 std::vector<std::string> notices)
    : path_(std::move(path)), real_path_(std::move(real_path)), db_(std::move(db)), notices_(std::move(notices)) {}

std::optional<EntryLock> Journal::lock_entry(Id id) { return EntryLock::try_lock(real_path_, id); }
Journal::Journal(Journal&&) noexcept = default;
Journal& Journal::operator=(Journal&&) noexcept = default;
Journal::~Journal() = default;

Journal Journal::open_for_write(const std::string& path, const std::string& private_dir, const std::string& decks_dir) {
  if (inspect(path) == Presence::missing) {
    make_private_dirs(parent_dir(path));
    std::vector<std::string> notices;
    secure_directory(path, private_dir, notices); // nothing is created in a directory that is refused
    create_private_file(path);                    // false: another process created it first, which is fine
    return open_file(path, private_dir, decks_dir, std::move(notices));
  }
  return open_file(path, private_dir, decks_dir);
}

std::optional<Journal> Journal::open_existing(const std::string& path, const std::string& private_dir,
                                              const std::string& decks_dir) {
  if (inspect(path) == Presence::missing) return std::nullopt;
  return open_file(path, private_dir, decks_dir);
}

Journal Journal::open_read_only(const std::string& path) {
  if (inspect(path) == Presence::missing)
    throw RuntimeError(fmt::format("cannot read {}: {}", path, std::strerror(ENOENT)));
  const auto real = resolved(path);
  check_kind(real, path);
  const auto header = probe_journal_file(real);
  if (header.kind == FileKind::empty) throw RuntimeError(fmt::format("{} is an empty journal", path));
  if (header.user_version < static_cast<std::uint32_t>(k_schema_version))
    throw RuntimeError(fmt::format("{} was written by an older debrief (schema version {}; this one reads {}); run "
                                   "any debrief command on it once to upgrade it, or give its export instead",
                                   path, header.user_version, k_schema_version));
  try {
    auto db = std::make_unique<SQLite::Database>(
        real, SQLite::OPEN_READONLY | SQLite::OPEN_NOFOLLOW | SQLite::OPEN_NOMUTEX, g_busy_timeout_ms);
    return Journal(path, real, std::move(db), {});
  } catch (const SQLite::Exception& e) {
    throw journal_error("read", path, e);
  }
}

Journal Journal::open_file(const std::string& path, const std::string& private_dir, const std::string& decks_dir,
                           std::vector<std::string> notices) {
  const auto real = resolved(path);
  check_kind(real, path); // before anything, permissions included, is changed
  secure_directory(path, private_dir, notices);
  if (auto notice = make_private(path, false, "the journal")) notices.push_back(*notice);
  auto db = connect(real, path, decks_dir);
  return Journal(path, real, std::move(db), std::move(notices));
}

} // namespace debrief
