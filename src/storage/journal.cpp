// Opening, creating and checking journals, and the queries behind the commands.
#include "storage/journal.hpp"

#include "core/error.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "core/suggest.hpp"
#include "core/unicode.hpp"
#include "storage/deck_store.hpp"
#include "storage/chunked.hpp"
#include "storage/files.hpp"
#include "storage/journal_file.hpp"
#include "storage/paths.hpp"
#include "storage/queries.hpp"
#include "storage/schema.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <limits>
#include <map>
#include <sys/stat.h>
#include <unordered_map>

namespace debrief {

namespace {

using chunked::IdSet;
using chunked::read_chunks;
using chunked::ReadTransaction;
using chunked::RowReader;

/// The WAL-reset bug with concurrent writers is fixed from SQLite 3.51.3 on.
constexpr int k_first_safe_wal_version = 3051003;

int g_busy_timeout_ms = Journal::k_busy_timeout_ms;

std::string reason(const SQLite::Exception& e) { return journal_failure(e); }

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
      throw RuntimeError(fmt::format("{} is a symbolic link; refusing to use the journal through it (remove the link)",
                                     side));
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
    throw RuntimeError(fmt::format("cannot read the journal {}: {}", path, reason(e)));
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
    auto db = std::make_unique<SQLite::Database>(real, SQLite::OPEN_READWRITE | SQLite::OPEN_NOFOLLOW | SQLite::OPEN_NOMUTEX,
                                                 g_busy_timeout_ms);
    db->exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON"); // connection settings: no file writes
    check_and_upgrade(*db, path, decks_dir);
    if (sqlite3_libversion_number() < k_first_safe_wal_version) {
      // A journal switched to WAL elsewhere goes back to the rollback journal here.
      if (db->execAndGet("PRAGMA journal_mode").getString() == "wal") db->exec("PRAGMA journal_mode = DELETE");
    }
    return db;
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_NOTADB)
      throw RuntimeError(fmt::format("{} is not a debrief journal (not an SQLite database); left untouched", path));
    throw RuntimeError(fmt::format("cannot open the journal {}: {}", path, reason(e)));
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
  e.deleted = q.getColumn(14).getInt() != 0;
  e.version = q.getColumn(15).getInt64();
  e.is_private = q.getColumn(16).getInt() != 0;
  std::string tags = q.getColumn(13).getString();
  for (std::size_t start = 0; start < tags.size();) {
    auto end = tags.find(',', start);
    if (end == std::string::npos) end = tags.size();
    e.tags.push_back(tags.substr(start, end - start));
    start = end + 1;
  }
  return e;
}

/// Small numbers for the few distinct texts of a column (decks, tags, question ids).
class Interner {
public:
  std::int64_t of(std::string_view text) {
    if (auto it = ids_.find(text); it != ids_.end()) return it->second;
    texts_.emplace_back(text);
    return ids_[texts_.back()] = static_cast<std::int64_t>(texts_.size() - 1);
  }
  const std::string& text(std::int64_t id) const { return texts_[static_cast<std::size_t>(id)]; }

private:
  std::deque<std::string> texts_; // stable addresses: ids_ keys view them
  std::map<std::string_view, std::int64_t, std::less<>> ids_;
};

/// The filter without its period, which the chunked reads take as the keys they start and end
/// at (storage/queries.hpp).
ListFilter untimed(ListFilter filter) {
  filter.since.reset();
  filter.until.reset();
  return filter;
}

using PersonNames = std::map<std::int64_t, std::string>;

/// The name of the person whose id is in column `i`; nullopt for none.
std::optional<std::string> name_in(const PersonNames& names, const RowReader& q, int i) {
  if (q.null(i)) return std::nullopt;
  auto it = names.find(q.int64(i));
  return it == names.end() ? std::nullopt : std::optional<std::string>(it->second);
}

using CountKey = std::array<std::int64_t, 5>;
struct CountKeyHash {
  std::size_t operator()(const CountKey& k) const {
    std::uint64_t h = 1469598103934665603u;
    for (auto v : k) h = (h ^ static_cast<std::uint64_t>(v)) * 1099511628211u;
    return static_cast<std::size_t>(h);
  }
};

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

Journal::Journal(std::string path, std::string real_path, std::unique_ptr<SQLite::Database> db,
                 std::vector<std::string> notices)
    : path_(std::move(path)), real_path_(std::move(real_path)), db_(std::move(db)), notices_(std::move(notices)) {}

std::optional<EntryLock> Journal::lock_entry(long long id) { return EntryLock::try_lock(real_path_, id); }
Journal::Journal(Journal&&) noexcept = default;
Journal& Journal::operator=(Journal&&) noexcept = default;
Journal::~Journal() = default;

Journal Journal::open_for_write(const std::string& path, const std::string& private_dir,
                                const std::string& decks_dir) {
  if (inspect(path) == Presence::missing) {
    make_private_dirs(parent_dir(path));
    std::vector<std::string> notices;
    secure_directory(path, private_dir, notices); // nothing is created in a directory that is refused
    create_private_file(path); // false: another process created it first, which is fine
    return open_file(path, private_dir, decks_dir, std::move(notices));
  }
  return open_file(path, private_dir, decks_dir);
}

std::optional<Journal> Journal::open_existing(const std::string& path, const std::string& private_dir,
                                              const std::string& decks_dir) {
  if (inspect(path) == Presence::missing) return std::nullopt;
  return open_file(path, private_dir, decks_dir);
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
      e.person = note.person;
      person_id = this->person_id(*e.person, now, result.close_match);
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
    throw RuntimeError(fmt::format("cannot save to the journal {}: {}", path_, reason(ex)));
  }
  return result;
}

UsageError Journal::unknown_person(const std::string& name) {
  auto near = closest_person(name);
  const auto shown = escape_unprintable(name); // a name as stored before schema 3 may hold anything
  return UsageError(near ? fmt::format("no one called '{}' in the journal; did you mean '{}'?", shown,
                                       escape_unprintable(*near))
                         : fmt::format("no one called '{}' in the journal", shown));
}

std::optional<Journal::FoundPerson> Journal::find_person(const std::string& name) {
  SQLite::Statement find(*db_, sql::person_id_by_name);
  find.bind(1, name);
  find.bind(2, name_key(name));
  if (!find.executeStep()) return std::nullopt;
  return FoundPerson{find.getColumn(0).getInt64(), find.getColumn(1).getString()};
}

std::optional<std::string> Journal::person_named(const std::string& name) {
  auto found = find_person(name);
  return found ? std::optional<std::string>(found->name) : std::nullopt;
}

bool Journal::has_person_spelled(const std::string& name) {
  SQLite::Statement q(*db_, "SELECT 1 FROM person WHERE name = ?");
  q.bind(1, name);
  return q.executeStep();
}

std::optional<std::string> Journal::closest_person(const std::string& name) {
  auto names = people_names();
  // Compared without accents too: `Jose` for `José` is the likeliest slip of all.
  std::vector<std::string> keys;
  keys.reserve(names.size());
  for (const auto& n : names) keys.push_back(unicode::loose_key(n));
  auto near = did_you_mean(unicode::loose_key(name), keys);
  if (!near) return std::nullopt;
  return names[static_cast<std::size_t>(std::find(keys.begin(), keys.end(), *near) - keys.begin())];
}

long long Journal::person_id(std::string& name, Seconds now, std::optional<std::string>& close_match) {
  if (auto found = find_person(name)) {
    name = found->name;
    return found->id;
  }
  close_match = closest_person(name);
  SQLite::Statement add(*db_, "INSERT INTO person (name, name_key, created_at) VALUES (?, ?, ?)");
  add.bind(1, name);
  add.bind(2, name_key(name));
  add.bind(3, static_cast<std::int64_t>(now));
  add.exec();
  return db_->getLastInsertRowid();
}

AddedNote Journal::start_interview(const NewInterview& in, Seconds now, const std::string& uuid) {
  AddedNote result;
  Entry& e = result.entry;
  e.uuid = uuid;
  e.kind = in.kind;
  e.deck = in.deck;
  e.at = in.at;
  e.created = e.updated = now;
  e.body = in.title;
  e.lesson = in.lesson;
  e.is_private = in.is_private;
  e.status = Status::in_progress;
  try {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    std::optional<long long> pid;
    if (in.person) {
      e.person = in.person;
      pid = person_id(*e.person, now, result.close_match);
    }
    SQLite::Statement ins(*db_, "INSERT INTO entry (uuid, kind, person_id, deck_id, at_utc, at_offset, created_at, "
                                "updated_at, body, lesson, private, status) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'in-progress')");
    ins.bind(1, e.uuid);
    ins.bind(2, std::string(to_string(e.kind)));
    if (pid) ins.bind(3, static_cast<std::int64_t>(*pid));
    ins.bind(4, in.deck);
    ins.bind(5, static_cast<std::int64_t>(e.at.utc));
    ins.bind(6, e.at.offset);
    ins.bind(7, static_cast<std::int64_t>(now));
    ins.bind(8, static_cast<std::int64_t>(now));
    ins.bind(9, e.body);
    ins.bind(10, e.lesson ? 1 : 0);
    ins.bind(11, e.is_private ? 1 : 0);
    ins.exec();
    e.id = db_->getLastInsertRowid();
    txn.commit();
  } catch (const SQLite::Exception& ex) {
    throw RuntimeError(fmt::format("cannot save to the journal {}: {}", path_, reason(ex)));
  }
  return result;
}

void Journal::require_live(long long entry_id) {
  SQLite::Statement q(*db_, "SELECT deleted_at IS NOT NULL FROM entry WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(entry_id));
  if (!q.executeStep()) throw UsageError(fmt::format("no entry #{}", entry_id));
  if (q.getColumn(0).getInt() != 0)
    throw RuntimeError(fmt::format("entry #{} was deleted meanwhile (restore it with: debrief undelete {})", entry_id,
                                   entry_id));
}

void Journal::save_answer(long long entry_id, const StoredAnswer& a, Seconds now) {
  try {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    require_live(entry_id);
    SQLite::Statement find(*db_, "SELECT id FROM answer WHERE entry_id = ? AND question_id = ?");
    find.bind(1, static_cast<std::int64_t>(entry_id));
    find.bind(2, a.question_id);
    std::optional<std::int64_t> existing;
    if (find.executeStep()) existing = find.getColumn(0).getInt64();
    SQLite::Statement q(*db_, existing ? "UPDATE answer SET question_text = :qt, answer_text = :text, scale_value = "
                                         ":scale, discovery = :mark, probes_used = :probes, answered_at = :now "
                                         "WHERE id = :id"
                                       : "INSERT INTO answer (entry_id, position, question_id, question_text, "
                                         "answer_text, scale_value, discovery, probes_used, answered_at) VALUES "
                                         "(:entry, (SELECT coalesce(max(position), 0) + 1 FROM answer WHERE entry_id "
                                         "= :entry), :qid, :qt, :text, :scale, :mark, :probes, :now)");
    if (existing) q.bind(":id", *existing);
    else {
      q.bind(":entry", static_cast<std::int64_t>(entry_id));
      q.bind(":qid", a.question_id);
    }
    q.bind(":qt", a.question_text);
    if (a.text) q.bind(":text", *a.text);
    if (a.scale) q.bind(":scale", *a.scale);
    if (a.mark) q.bind(":mark", std::string(to_string(*a.mark)));
    if (a.mark) q.bind(":probes", a.probes);
    q.bind(":now", static_cast<std::int64_t>(now));
    q.exec();
    SQLite::Statement touch(*db_, "UPDATE entry SET updated_at = ?, version = version + 1 WHERE id = ?");
    touch.bind(1, static_cast<std::int64_t>(now));
    touch.bind(2, static_cast<std::int64_t>(entry_id));
    touch.exec();
    txn.commit();
  } catch (const SQLite::Exception& ex) {
    throw RuntimeError(fmt::format("cannot save the answer to the journal {}: {}", path_, reason(ex)));
  }
}

std::vector<StoredAnswer> Journal::answers(long long entry_id) {
  std::vector<StoredAnswer> out;
  SQLite::Statement q(*db_, sql::answers_of_entry);
  q.bind(1, static_cast<std::int64_t>(entry_id));
  while (q.executeStep()) {
    StoredAnswer a;
    a.position = q.getColumn(0).getInt();
    a.question_id = q.getColumn(1).getString();
    a.question_text = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull()) a.text = q.getColumn(3).getString();
    if (!q.getColumn(4).isNull()) a.scale = q.getColumn(4).getInt();
    if (!q.getColumn(5).isNull()) a.mark = parse_discovery(q.getColumn(5).getString());
    a.probes = q.getColumn(6).getInt();
    out.push_back(std::move(a));
  }
  return out;
}

void Journal::finish_entry(long long entry_id, Seconds now) {
  SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  require_live(entry_id);
  SQLite::Statement q(*db_, "UPDATE entry SET status = 'complete', updated_at = ?, version = version + 1 WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(now));
  q.bind(2, static_cast<std::int64_t>(entry_id));
  q.exec();
  txn.commit();
}

std::optional<Entry> Journal::last_in_progress(Kind kind) {
  SQLite::Statement q(*db_, std::string(sql::entry_columns) +
                                "WHERE e.kind = ? AND e.status = 'in-progress' AND e.deleted_at IS NULL "
                                "ORDER BY e.updated_at DESC, e.id DESC LIMIT 1");
  q.bind(1, std::string(to_string(kind)));
  if (!q.executeStep()) return std::nullopt;
  return read_entry(q);
}

std::optional<Entry> Journal::entry(long long id) {
  SQLite::Statement q(*db_, sql::entry_by_id());
  q.bind(":id", static_cast<std::int64_t>(id));
  if (!q.executeStep()) return std::nullopt;
  return read_entry(q);
}

std::vector<Commitment> Journal::query_commitments(const std::string& statement,
                                                   const std::function<void(SQLite::Statement&)>& bind) {
  std::vector<Commitment> out;
  SQLite::Statement q(*db_, statement);
  bind(q);
  while (q.executeStep()) {
    Commitment c;
    c.id = q.getColumn(0).getInt64();
    c.uuid = q.getColumn(1).getString();
    if (!q.getColumn(2).isNull()) c.person = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull()) c.entry = q.getColumn(3).getInt64();
    c.text = q.getColumn(4).getString();
    if (!q.getColumn(5).isNull()) c.due = q.getColumn(5).getInt64();
    c.status = q.getColumn(6).getString();
    c.created = q.getColumn(7).getInt64();
    if (!q.getColumn(8).isNull()) c.closing_note = q.getColumn(8).getString();
    if (!q.getColumn(9).isNull()) c.closed = q.getColumn(9).getInt64();
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<Commitment> Journal::open_commitments_of_entry_person(long long entry_id) {
  return query_commitments(sql::open_commitments_of_entry_person(),
                           [&](SQLite::Statement& q) { q.bind(1, static_cast<std::int64_t>(entry_id)); });
}

std::vector<Commitment> Journal::commitments_of_entry(long long entry_id) {
  return query_commitments(sql::commitments_of_entry(),
                           [&](SQLite::Statement& q) { q.bind(1, static_cast<std::int64_t>(entry_id)); });
}

std::vector<Commitment> Journal::commitments(bool all, const std::optional<std::string>& person,
                                             std::optional<Seconds> due_before) {
  std::string where = "WHERE 1";
  if (!all) where += " AND c.status = 'open'";
  std::optional<FoundPerson> found;
  if (person) {
    found = find_person(*person);
    if (!found) throw unknown_person(*person);
    where += " AND c.person_id = :person";
  }
  if (due_before) where += " AND c.due_utc < :before";
  where += " ORDER BY c.due_utc IS NULL, c.due_utc, c.id";
  return query_commitments(sql::commitments(where), [&](SQLite::Statement& q) {
    if (found) q.bind(":person", found->id);
    if (due_before) q.bind(":before", static_cast<std::int64_t>(*due_before));
  });
}

std::optional<Commitment> Journal::commitment(long long id) {
  auto found = query_commitments(sql::commitments("WHERE c.id = ?"), [&](SQLite::Statement& q) { q.bind(1, static_cast<std::int64_t>(id)); });
  if (found.empty()) return std::nullopt;
  return found.front();
}

Commitment Journal::add_commitment(long long entry_id, const std::string& text, std::optional<Seconds> due,
                                   Seconds now, const std::string& uuid) {
  Commitment c;
  c.uuid = uuid;
  c.entry = entry_id;
  c.text = text;
  c.due = due;
  c.status = "open";
  c.created = now;
  SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  require_live(entry_id);
  // Private when made in a private entry: the entry's flag, copied (schema.cpp, v4). The entry's
  // person as they are now: a rename or merge since the debrief began changed
  // their name, and a merge their id.
  SQLite::Statement who(*db_, "SELECT e.person_id, p.name FROM entry e LEFT JOIN person p ON p.id = e.person_id "
                              "WHERE e.id = ?");
  who.bind(1, static_cast<std::int64_t>(entry_id));
  if (!who.executeStep()) throw UsageError(fmt::format("no entry #{}", entry_id));
  SQLite::Statement q(*db_, "INSERT INTO commitment (uuid, person_id, entry_id, text, due_utc, created_at, private) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce((SELECT private FROM entry WHERE id = ?3), 0))");
  q.bind(1, uuid);
  if (!who.getColumn(0).isNull()) {
    q.bind(2, who.getColumn(0).getInt64());
    c.person = who.getColumn(1).getString();
  }
  q.bind(3, static_cast<std::int64_t>(entry_id));
  q.bind(4, text);
  if (due) q.bind(5, static_cast<std::int64_t>(*due));
  q.bind(6, static_cast<std::int64_t>(now));
  q.exec();
  c.id = db_->getLastInsertRowid();
  txn.commit();
  return c;
}

Journal::Closing Journal::close_commitment(long long id, std::string_view status, const std::string& note,
                                           Seconds now) {
  SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  // Only an open one: of two closings that both read it open, the second changes nothing.
  SQLite::Statement q(*db_, "UPDATE commitment SET status = ?, closing_note = ?, closed_at = ? "
                            "WHERE id = ? AND status = 'open'");
  q.bind(1, std::string(status));
  q.bind(2, note);
  q.bind(3, static_cast<std::int64_t>(now));
  q.bind(4, static_cast<std::int64_t>(id));
  Closing result;
  result.closed = q.exec() > 0;
  auto after = query_commitments(sql::commitments("WHERE c.id = ?"),
                                 [&](SQLite::Statement& s) { s.bind(1, static_cast<std::int64_t>(id)); });
  if (after.empty()) throw UsageError(fmt::format("no commitment #{}", id));
  result.commitment = std::move(after.front());
  txn.commit();
  return result;
}

std::string Journal::filter_sql(const ListFilter& filter, std::optional<std::int64_t>& person_id) {
  if (filter.person) {
    auto found = find_person(*filter.person);
    if (!found) throw unknown_person(*filter.person);
    person_id = found->id;
  }
  return sql::filter_conditions(filter);
}

void Journal::bind_filter(SQLite::Statement& q, const ListFilter& filter, const std::optional<std::int64_t>& person_id) {
  if (person_id) q.bind(":person", *person_id);
  if (filter.tag) q.bind(":tag", *filter.tag);
  if (filter.kind) q.bind(":kind", std::string(to_string(*filter.kind)));
  if (filter.since) q.bind(":since", static_cast<std::int64_t>(*filter.since));
  if (filter.until) q.bind(":until", static_cast<std::int64_t>(*filter.until));
  if (filter.limit > 0) q.bind(":limit", static_cast<std::int64_t>(filter.limit));
}

std::vector<Entry> Journal::list(const ListFilter& filter) {
  std::vector<Entry> out;
  list(filter, [&](const Entry& e) { out.push_back(e); });
  return out;
}

void Journal::list(const ListFilter& filter, const std::function<void(const Entry&)>& each) {
  std::optional<SQLite::Statement> q;
  std::optional<std::int64_t> person_id;
  try {
    filter_sql(filter, person_id);
    q.emplace(*db_, sql::list(filter));
    bind_filter(*q, untimed(filter), person_id);
    q->bind(":from", filter.since.value_or(chunked::k_before_all.first));
  } catch (const SQLite::Exception& ex) {
    throw RuntimeError(fmt::format("cannot read the journal {}: {}", path_, reason(ex)));
  }
  IdSet listed;
  std::vector<Entry> chunk;
  auto before = filter.until ? std::pair{*filter.until, chunked::k_before_all.second}
                             : chunked::k_after_all;
  std::int64_t left = filter.limit > 0 ? filter.limit : -1; // -1: no limit
  for (;;) {
    const std::int64_t wanted = left < 0 ? chunked::k_chunk : std::min(left, chunked::k_chunk);
    std::int64_t rows = 0;
    chunk.clear();
    try {
      q->bind(":before_at", before.first);
      q->bind(":before_id", before.second);
      q->bind(":limit", wanted);
      while (q->executeStep()) {
        ++rows;
        Entry e = read_entry(*q);
        before = {e.at.utc, e.id};
        if (listed.insert(e.id)) chunk.push_back(std::move(e));
      }
      q->reset(); // the read, and its lock, end here: before the entries are passed on
    } catch (const SQLite::Exception& ex) {
      throw RuntimeError(fmt::format("cannot read the journal {}: {}", path_, reason(ex)));
    }
    for (const auto& e : chunk) each(e);
    if (left > 0) left -= static_cast<std::int64_t>(chunk.size());
    if (rows < wanted || left == 0) break;
  }
}

std::vector<SearchHit> Journal::search(const std::string& match, const ListFilter& filter) {
  std::vector<SearchHit> out;
  search(match, filter, [&](const SearchHit& h) { out.push_back(h); });
  return out;
}

void Journal::search(const std::string& match, const ListFilter& filter,
                     const std::function<void(const SearchHit&)>& each) {
  std::optional<std::int64_t> person_id;
  filter_sql(filter, person_id);
  ListFilter unlimited = filter;
  unlimited.limit = 0;
  try {
    // Matching texts in rank order. The rowid encodes the owner (see schema.cpp): id*4+1 an
    // entry's body, id*4+2 an answer, id*4+3 a commitment. Entries are taken in the order of
    // their best text until the limit; snippets are made for those alone. The texts come in
    // batches, each the next best ones by a sort that keeps only as many rows as it returns
    // (ORDER BY rank would sort every match: memory growing with the journal); a batch shorter
    // than asked for was the last. Batches grow eightfold, so a search whose filters skip most
    // matches still takes few passes. A batch's texts are read whole, then their entries and
    // snippets a chunk at a time, each chunk in one read that ends before its hits are passed
    // on: no lock is held while `each` runs.
    SQLite::Statement hits(*db_, sql::search_hits);
    SQLite::Statement answer_owner(*db_, sql::answer_owner);
    SQLite::Statement commitment_owner(*db_, sql::commitment_owner);
    SQLite::Statement entry_q(*db_, sql::search_entry(filter));
    SQLite::Statement snippet(*db_, sql::search_snippet());
    IdSet seen; // entries taken
    std::vector<std::int64_t> texts; // the batch's texts, best first
    std::vector<SearchHit> chunk;
    std::size_t found = 0; // hits passed on
    auto enough = [&] { return filter.limit > 0 && found + chunk.size() >= static_cast<std::size_t>(filter.limit); };
    auto take = [&](std::int64_t rowid) {
      std::optional<long long> owner;
      if (rowid % 4 == 1) owner = rowid / 4;
      else {
        auto& q = rowid % 4 == 2 ? answer_owner : commitment_owner;
        q.bind(1, rowid / 4);
        if (q.executeStep() && !q.getColumn(0).isNull()) owner = q.getColumn(0).getInt64();
        q.reset();
      }
      if (!owner || seen.contains(*owner)) return;
      entry_q.bind(":id", static_cast<std::int64_t>(*owner));
      bind_filter(entry_q, unlimited, person_id);
      if (entry_q.executeStep()) {
        seen.insert(*owner); // taken entries only: one the filters leave out is left out again
        snippet.bind(1, match);
        snippet.bind(2, rowid);
        std::string snip = snippet.executeStep() ? snippet.getColumn(0).getString() : std::string();
        snippet.reset();
        chunk.push_back(SearchHit{read_entry(entry_q), std::move(snip)});
      }
      entry_q.reset();
    };
    // -1: no LIMIT (every match is wanted anyway).
    constexpr std::int64_t k_most = std::int64_t{1} << 40; // more texts than a journal can hold
    // With filters, most texts may belong to entries left out: a larger first batch saves a pass.
    const bool filtered = filter.person || filter.tag || filter.kind || filter.since || filter.until || filter.lessons_only;
    std::int64_t batch = filter.limit > 0 ? std::clamp<std::int64_t>(std::min<std::int64_t>(filter.limit, k_most) * 4,
                                                                      filtered ? 512 : 64, k_most)
                                          : -1;
    for (std::int64_t offset = 0;;) {
      texts.clear();
      hits.bind(1, match);
      hits.bind(2, batch);
      hits.bind(3, offset);
      while (hits.executeStep()) texts.push_back(hits.getColumn(0).getInt64());
      hits.reset();
      for (std::size_t i = 0; i < texts.size() && !enough();) {
        ReadTransaction read(*db_);
        const auto end = std::min(texts.size(), i + static_cast<std::size_t>(chunked::k_chunk));
        while (i < end && !enough()) take(texts[i++]);
        read.end();
        for (const auto& h : chunk) each(h);
        found += chunk.size();
        chunk.clear();
      }
      const auto rows = static_cast<std::int64_t>(texts.size());
      if (enough() || batch < 0 || rows < batch) break;
      // The next batch: twice the texts the entries still wanted take at the rate seen so
      // far, and at least eight times this one; when filters left out every entry so far,
      // all the remaining texts in one sort, as a single pass would have.
      offset += batch;
      const auto taken = static_cast<std::int64_t>(found);
      if (taken == 0) batch = -1;
      else batch = std::min(std::max(batch * 8, (filter.limit - taken) * offset / taken * 2), k_most);
    }
  } catch (const SQLite::Exception& ex) {
    throw RuntimeError(fmt::format("cannot search the journal {}: {}", path_, reason(ex)));
  }
}

void Journal::set_deleted(long long entry_id, bool deleted, Seconds now) {
  SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement find(*db_, "SELECT deleted_at IS NOT NULL FROM entry WHERE id = ?");
  find.bind(1, static_cast<std::int64_t>(entry_id));
  if (!find.executeStep()) throw UsageError(fmt::format("no entry #{}", entry_id));
  bool is_deleted = find.getColumn(0).getInt() != 0;
  if (is_deleted == deleted)
    throw UsageError(fmt::format("entry #{} is {}", entry_id, deleted ? "already deleted" : "not deleted"));
  SQLite::Statement q(*db_, "UPDATE entry SET deleted_at = ?, version = version + 1 WHERE id = ?");
  if (deleted) q.bind(1, static_cast<std::int64_t>(now));
  q.bind(2, static_cast<std::int64_t>(entry_id));
  q.exec();
  txn.commit();
}

bool Journal::rename_person(const std::string& from, const std::string& to, bool merge) {
  SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  auto id_of = [&](const std::string& name) -> std::optional<std::int64_t> {
    auto found = find_person(name);
    return found ? std::optional<std::int64_t>(found->id) : std::nullopt;
  };
  auto old_id = id_of(from);
  if (!old_id) throw unknown_person(from);
  auto new_id = id_of(to);
  bool merging = new_id && *new_id != *old_id;
  if (merging && !merge)
    throw UsageError(fmt::format("'{}' is already in the journal; add --merge to move all of '{}''s entries and "
                                 "commitments to '{}'",
                                 to, escape_unprintable(from), to));
  // The text an edit saves names the person: an edit of one of their entries opened before
  // this rename or merge must not bring the old name back (see update_entry).
  SQLite::Statement touch(*db_, "UPDATE entry SET version = version + 1 WHERE person_id = ?");
  touch.bind(1, *old_id);
  touch.exec();
  if (merging) {
    for (const char* table : {"entry", "commitment"}) {
      SQLite::Statement move(*db_, fmt::format("UPDATE {} SET person_id = ? WHERE person_id = ?", table));
      move.bind(1, *new_id);
      move.bind(2, *old_id);
      move.exec();
    }
    SQLite::Statement drop(*db_, "DELETE FROM person WHERE id = ?");
    drop.bind(1, *old_id);
    drop.exec();
  } else {
    // A person whose key the migration to schema 3 kept apart from another's keeps it when
    // only the case of their name changes (`MÜLLER` to `MÜLLEr` beside `Müller`).
    SQLite::Statement rename(*db_, "UPDATE person SET name = ?1, name_key = CASE WHEN EXISTS (SELECT 1 FROM person "
                                   "WHERE name_key = ?2 AND id <> ?3) THEN name_key ELSE ?2 END WHERE id = ?3");
    rename.bind(1, to);
    rename.bind(2, name_key(to));
    rename.bind(3, *old_id);
    rename.exec();
  }
  txn.commit();
  return merging;
}

void Journal::export_entries(const ListFilter& filter, const std::function<void(const ExchangeEntry&)>& emit) {
  // A chunk at a time, each chunk's entries, answers and commitments in one read, written
  // after it ends; rather than one read of the whole journal, which in the rollback journal
  // would hold off every writer while the output waits on its reader (a copy taken first would
  // cost the journal's size in time and space). What an export says is thus what each chunk
  // read: an entry logged or changed meanwhile may be in it or not, and none comes twice.
  try {
    std::optional<std::int64_t> person_id;
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
    std::unordered_map<std::int64_t, std::size_t> at; // entry id → its place in the chunk
    auto after = all.since ? std::pair{*all.since, chunked::k_before_all.second}
                           : chunked::k_before_all;
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
          chunk[it->second].commitments.push_back(std::move(c));
        }
        commitments.reset();
      }
      read.end(); // the lock ends here, before the chunk is written
      for (const auto& x : chunk) emit(x);
      after = last;
      if (rows < chunked::k_chunk) break;
    }
  } catch (const SQLite::Exception& ex) {
    throw RuntimeError(fmt::format("cannot read the journal {}: {}", path_, reason(ex)));
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
          out.emplace_back(i, fmt::format("commitment {} is already in the journal{}", c.uuid,
                                          in_entry.isNull() ? "" : fmt::format(" (in entry #{})", in_entry.getInt64())));
        }
        commitment_in.reset();
      }
    }
  } catch (const SQLite::Exception& ex) {
    throw RuntimeError(fmt::format("cannot read the journal {}: {}", path_, reason(ex)));
  }
  return out;
}

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
    const std::int64_t first_entry = max_id("entry"), first_answer = max_id("answer"), first_commitment = max_id("commitment");
    db_->exec(drop_search_insert_triggers());
    SQLite::Statement exists(*db_, "SELECT 1 FROM entry WHERE uuid = ?");
    SQLite::Statement commitment_exists(*db_, "SELECT entry_id FROM commitment WHERE uuid = ?");
    SQLite::Statement ins(*db_, "INSERT INTO entry (uuid, kind, person_id, deck_id, at_utc, at_offset, created_at, "
                                "updated_at, body, outcome, lesson, status, private) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement tag(*db_, "INSERT OR IGNORE INTO tag (entry_id, tag) VALUES (?, ?)");
    SQLite::Statement ans(*db_, "INSERT INTO answer (entry_id, position, question_id, question_text, answer_text, "
                                "scale_value, discovery, probes_used, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement com(*db_, "INSERT INTO commitment (uuid, person_id, entry_id, text, due_utc, status, "
                                "closing_note, closed_at, created_at, private) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    std::map<std::string, long long> people; // name as spelled in the file → id, as person_id finds it
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
      exists.bind(1, e.uuid);
      bool seen = exists.executeStep();
      exists.reset();
      if (seen) {
        ++counts.skipped;
        continue;
      }
      ins.clearBindings();
      ins.bind(1, e.uuid);
      ins.bind(2, std::string(to_string(e.kind)));
      if (e.person) ins.bind(3, static_cast<std::int64_t>(person(*e.person)));
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
      const auto id = static_cast<std::int64_t>(db_->getLastInsertRowid());
      for (const auto& t : e.tags) {
        tag.bind(1, id);
        tag.bind(2, t);
        tag.exec();
        tag.reset();
      }
      for (const auto& a : x.answers) {
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
      for (const auto& c : x.commitments) {
        commitment_exists.bind(1, c.uuid);
        if (commitment_exists.executeStep()) {
          // A new entry with a commitment the journal has in another entry: which is right?
          const auto in_entry = commitment_exists.getColumn(0);
          counts.conflicts.emplace_back(
              done - 1, fmt::format("commitment {} is already in the journal{}", c.uuid,
                                    in_entry.isNull() ? "" : fmt::format(" (in entry #{})", in_entry.getInt64())));
          commitment_exists.reset();
          continue;
        }
        commitment_exists.reset();
        com.clearBindings();
        com.bind(1, c.uuid);
        if (c.person) com.bind(2, static_cast<std::int64_t>(person(*c.person)));
        com.bind(3, id);
        com.bind(4, c.text);
        if (c.due) com.bind(5, static_cast<std::int64_t>(*c.due));
        com.bind(6, c.status);
        if (c.note) com.bind(7, *c.note);
        if (c.closed) com.bind(8, static_cast<std::int64_t>(*c.closed));
        com.bind(9, static_cast<std::int64_t>(c.created));
        com.bind(10, e.is_private ? 1 : 0); // private with the entry it was made in
        com.exec();
        com.reset();
      }
      ++counts.added;
    }
    if (!counts.conflicts.empty()) {
      db_->exec("PRAGMA cache_size = -2000");
      return counts; // all or nothing: the transaction rolls back as it ends
    }
    SQLite::Statement index_bodies(*db_, "INSERT INTO search (rowid, text) SELECT id * 4 + 1, body FROM entry WHERE id > ?");
    index_bodies.bind(1, first_entry);
    index_bodies.exec();
    SQLite::Statement index_answers(*db_, "INSERT INTO search (rowid, text) SELECT id * 4 + 2, answer_text FROM answer "
                                          "WHERE id > ? AND answer_text IS NOT NULL");
    index_answers.bind(1, first_answer);
    index_answers.exec();
    SQLite::Statement index_commitments(*db_, "INSERT INTO search (rowid, text) SELECT id * 4 + 3, text FROM commitment WHERE id > ?");
    index_commitments.bind(1, first_commitment);
    index_commitments.exec();
    db_->exec(search_insert_triggers());
    txn.commit();
    db_->exec("PRAGMA cache_size = -2000");
  } catch (const SQLite::Exception& ex) {
    throw RuntimeError(fmt::format("cannot import into the journal {}: {}; nothing was imported", path_, reason(ex)));
  }
  return counts;
}

std::optional<EntryState> Journal::read_state(long long id) {
  auto e = entry(id);
  if (!e) return std::nullopt;
  return EntryState{std::move(*e), answers(id)};
}

std::optional<EntryState> Journal::entry_state(long long id) {
  try {
    SQLite::Transaction txn(*db_); // one read: the version goes with the answers read
    auto state = read_state(id);
    txn.commit();
    return state;
  } catch (const SQLite::Exception& ex) {
    throw RuntimeError(fmt::format("cannot read the journal {}: {}", path_, reason(ex)));
  }
}

std::optional<EntryState> Journal::update_entry(long long entry_id, const EditedEntry& ed, long long expected_version,
                                                Seconds now) {
  try {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    // Checked before anything is written, a person added included: an edit of an entry that
    // changed since it was read would undo that change.
    auto current = read_state(entry_id);
    if (!current) throw UsageError(fmt::format("no entry #{}", entry_id));
    if (current->entry.version != expected_version) return current; // rolled back: nothing written
    std::optional<std::int64_t> pid;
    if (ed.person) {
      std::string name = *ed.person;
      std::optional<std::string> ignored;
      pid = person_id(name, now, ignored);
    }
    SQLite::Statement up(*db_, "UPDATE entry SET at_utc = ?, at_offset = ?, person_id = ?, outcome = ?, lesson = ?, "
                               "body = ?, updated_at = ?, version = version + 1 WHERE id = ?");
    up.bind(1, static_cast<std::int64_t>(ed.at.utc));
    up.bind(2, ed.at.offset);
    if (pid) up.bind(3, *pid);
    if (ed.outcome) up.bind(4, std::string(to_string(*ed.outcome)));
    up.bind(5, ed.lesson ? 1 : 0);
    up.bind(6, ed.body);
    up.bind(7, static_cast<std::int64_t>(now));
    up.bind(8, static_cast<std::int64_t>(entry_id));
    up.exec();
    SQLite::Statement clear(*db_, "DELETE FROM tag WHERE entry_id = ?");
    clear.bind(1, static_cast<std::int64_t>(entry_id));
    clear.exec();
    SQLite::Statement tag(*db_, "INSERT INTO tag (entry_id, tag) VALUES (?, ?)");
    for (const auto& t : ed.tags) {
      tag.bind(1, static_cast<std::int64_t>(entry_id));
      tag.bind(2, t);
      tag.exec();
      tag.reset();
    }
    SQLite::Statement ans(*db_, "UPDATE answer SET answer_text = ?, scale_value = ?, discovery = ?, "
                                "probes_used = CASE WHEN ? IS NULL THEN NULL ELSE probes_used END "
                                "WHERE entry_id = ? AND question_id = ?");
    for (const auto& a : ed.answers) {
      ans.clearBindings();
      if (a.text) ans.bind(1, *a.text);
      if (a.scale && a.text) ans.bind(2, static_cast<std::int64_t>(std::stoll(*a.text)));
      if (a.mark) ans.bind(3, std::string(to_string(*a.mark)));
      if (a.mark) ans.bind(4, std::string(to_string(*a.mark)));
      ans.bind(5, static_cast<std::int64_t>(entry_id));
      ans.bind(6, a.question_id);
      ans.exec();
      ans.reset();
    }
    txn.commit();
  } catch (const SQLite::Exception& ex) {
    throw RuntimeError(fmt::format("cannot save to the journal {}: {}", path_, reason(ex)));
  }
  return std::nullopt;
}

std::vector<PersonSummary> Journal::people() {
  std::vector<PersonSummary> out;
  SQLite::Statement q(*db_,
                      "SELECT p.name, "
                      "(SELECT count(*) FROM entry e WHERE e.person_id = p.id AND e.kind = 'note' AND e.deleted_at IS NULL), "
                      "(SELECT count(*) FROM entry e WHERE e.person_id = p.id AND e.kind = 'debrief' AND e.deleted_at IS NULL), "
                      "(SELECT count(*) FROM entry e WHERE e.person_id = p.id AND e.kind = 'reflection' AND e.deleted_at IS NULL), "
                      "(SELECT e.at_utc FROM entry e WHERE e.person_id = p.id AND e.kind = 'debrief' AND e.deleted_at IS NULL "
                      " ORDER BY e.at_utc DESC LIMIT 1), "
                      "(SELECT e.at_offset FROM entry e WHERE e.person_id = p.id AND e.kind = 'debrief' AND e.deleted_at IS NULL "
                      " ORDER BY e.at_utc DESC LIMIT 1), "
                      "(SELECT count(*) FROM commitment c WHERE c.person_id = p.id AND c.status = 'open') "
                      "FROM person p ORDER BY p.name");
  while (q.executeStep()) {
    PersonSummary p;
    p.name = q.getColumn(0).getString();
    p.notes = q.getColumn(1).getInt();
    p.debriefs = q.getColumn(2).getInt();
    p.reflections = q.getColumn(3).getInt();
    if (!q.getColumn(4).isNull()) p.last_coached = Instant{q.getColumn(4).getInt64(), q.getColumn(5).getInt()};
    p.open_commitments = q.getColumn(6).getInt();
    out.push_back(std::move(p));
  }
  return out;
}

void Journal::fill_report(ReportInput& in) {
  try {
    auto shared_names = std::make_shared<PersonNames>();
    auto& names = *shared_names;
    SQLite::Statement people(*db_, sql::people_ids);
    while (people.executeStep()) names[people.getColumn(0).getInt64()] = people.getColumn(1).getString();
    // Rows are counted as they come, by the slice between report boundaries their instant
    // falls in, under integer keys: a million rows must cost little more than reading them.
    const auto bounds = report_boundaries(in);
    auto slice = [&](const RowReader& q, int i) {
      return static_cast<std::int64_t>(std::upper_bound(bounds.begin(), bounds.end(), q.int64(i)) - bounds.begin() - 1);
    };
    auto person_key = [](const RowReader& q, int i) { return q.null(i) ? std::int64_t{-1} : q.int64(i); };
    auto name_of = [&](std::int64_t pid) {
      auto it = names.find(pid);
      return it == names.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    Interner decks, labels; // labels: tags and question ids
    auto bind_span = [&](RowReader& q) {
      q.bind(":from", bounds.front());
      q.bind(":to", bounds.back());
    };
    auto bind_period = [&](RowReader& q) {
      q.bind(":start", in.period.start);
      q.bind(":end", in.period.end);
    };

    // slice, person, private, kind, outcome (-1: none)
    std::unordered_map<CountKey, int, CountKeyHash> counts;
    RowReader q_entries(*db_, sql::report_entry_rows);
    bind_span(q_entries);
    for (auto& q = q_entries; q.step();) {
      const auto outcome = q.text(3);
      ++counts[{slice(q, 0), person_key(q, 1), q.int64(4) != 0, static_cast<std::int64_t>(parse_kind(q.text(2))),
                outcome.empty() ? -1 : static_cast<std::int64_t>(parse_outcome(outcome))}];
    }
    for (const auto& [k, n] : counts) {
      ReportGroup g{bounds[static_cast<std::size_t>(k[0])], name_of(k[1]), static_cast<Kind>(k[3]), std::nullopt,
                    k[2] != 0, n};
      if (k[4] >= 0) g.outcome = static_cast<Outcome>(k[4]);
      in.groups.push_back(std::move(g));
    }

    // slice, person, private, mark
    counts.clear();
    RowReader q_marks(*db_, sql::report_mark_rows);
    bind_span(q_marks);
    for (auto& q = q_marks; q.step();)
      if (auto mark = parse_discovery(q.text(3)))
        ++counts[{slice(q, 0), person_key(q, 1), q.int64(2) != 0, static_cast<std::int64_t>(*mark), 0}];
    for (const auto& [k, n] : counts) {
      ReportMarks m{bounds[static_cast<std::size_t>(k[0])], name_of(k[1]), k[2] != 0, {}};
      (k[3] == static_cast<std::int64_t>(Discovery::self)     ? m.tally.self
       : k[3] == static_cast<std::int64_t>(Discovery::nudged) ? m.tally.nudged
                                                               : m.tally.told) = n;
      in.marks.push_back(std::move(m));
    }

    // slice, person, deck, question, private
    std::unordered_map<CountKey, ReportScale, CountKeyHash> scales;
    RowReader q_scale_rows(*db_, sql::report_scale_rows);
    bind_span(q_scale_rows);
    for (auto& q = q_scale_rows; q.step();) {
      const Seconds at = q.int64(0);
      auto& a = scales[{slice(q, 0), person_key(q, 1), decks.of(q.text(2)), labels.of(q.text(3)), q.int64(6) != 0}];
      a.sum += static_cast<double>(q.int64(4));
      if (a.count++ == 0 || at >= a.latest) a.latest = at, a.question_text = std::string(q.text(5));
    }
    for (auto& [k, a] : scales) {
      a.at = bounds[static_cast<std::size_t>(k[0])];
      a.person = name_of(k[1]);
      a.deck = decks.text(k[2]);
      a.question_id = labels.text(k[3]);
      a.is_private = k[4] != 0;
      in.scales.push_back(std::move(a));
    }

    // tag, person, private
    counts.clear();
    RowReader q_tags(*db_, sql::report_tag_rows);
    bind_period(q_tags);
    for (auto& q = q_tags; q.step();)
      ++counts[{labels.of(q.text(0)), person_key(q, 1), q.int64(2) != 0, 0, 0}];
    for (const auto& [k, n] : counts) in.tags.push_back(ReportTag{labels.text(k[0]), name_of(k[1]), k[2] != 0, n});

    // Lessons and open commitments are not kept: the report reads them when it counts them
    // and again when it writes them (see RowSource), a chunk at a time (read_chunks).
    in.lessons = [this, shared_names, period = in.period](const std::function<void(const ReportLesson&)>& each) {
      read_chunks<ReportLesson>(
          path_, *db_, sql::report_lessons,
          [&](RowReader& q) {
            q.bind(":start", period.start);
            q.bind(":end", period.end);
          },
          [&](const RowReader& q) {
            std::string_view body = q.text(5);
            body = body.substr(0, body.find('\n')); // the report shows the first line alone
            return ReportLesson{q.int64(0), Instant{q.int64(1), static_cast<int>(q.int64(2))},
                                name_in(*shared_names, q, 3), q.int64(4) != 0, std::string(body)};
          },
          [](const ReportLesson& l) { return std::pair{l.at.utc, l.id}; }, each);
    };
    in.open_commitments = [this, shared_names, seen_until = report_seen_until(in),
                           due_before = report_due_horizon(in)](const std::function<void(const ReportCommitment&)>& each) {
      read_chunks<ReportCommitment>(
          path_, *db_, sql::report_open_commitments,
          [&](RowReader& q) {
            q.bind(":seen_until", seen_until);
            q.bind(":due_before", due_before);
          },
          [&](const RowReader& q) {
            ReportCommitment c;
            c.id = q.int64(0);
            c.person = name_in(*shared_names, q, 1);
            c.text = q.text(2);
            c.due = q.int64(3); // never null here: due_utc < :due_before
            c.status = q.text(4);
            c.created = q.int64(5);
            if (!q.null(6)) c.closed = q.int64(6);
            c.is_private = q.int64(7) != 0;
            return c;
          },
          [](const ReportCommitment& c) { return std::pair{*c.due, c.id}; }, each);
    };
    std::map<std::pair<std::int64_t, bool>, ReportCommitmentCounts> by_person; // person, private
    RowReader commitments(*db_, sql::report_commitment_rows);
    bind_period(commitments);
    while (commitments.step()) {
      auto& c = by_person[{person_key(commitments, 0), commitments.int64(1) != 0}];
      c.opened += commitments.int64(2) != 0;
      c.done += commitments.int64(3) != 0;
      c.closed += commitments.int64(4) != 0;
    }
    for (auto& [key, c] : by_person) {
      c.person = name_of(key.first);
      c.is_private = key.second;
      in.commitment_counts.push_back(std::move(c));
    }
  } catch (const SQLite::Exception& ex) {
    throw RuntimeError(fmt::format("cannot read the journal {}: {}", path_, reason(ex)));
  }
}

std::vector<std::string> Journal::people_names() {
  std::vector<std::string> names;
  SQLite::Statement q(*db_, sql::people_names);
  while (q.executeStep()) names.push_back(q.getColumn(0).getString());
  return names;
}

} // namespace debrief
