// The journal: one SQLite file per user, and the typed reads and writes commands need.
#pragma once

#include "core/entry.hpp"

#include <SQLiteCpp/Database.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace debrief {

/// What `log` stores.
struct NewNote {
  std::string body;
  std::optional<std::string> person;
  std::vector<std::string> tags;
  Instant at;
  std::optional<Outcome> outcome;
  bool lesson = false;
};

struct AddedNote {
  Entry entry;
  /// Set when the person is new and their name is close to a known one's.
  std::optional<std::string> close_match;
};

struct ListFilter {
  std::optional<std::string> person;
  long limit = 20; ///< 0: no limit
};

class Journal {
public:
  /// Opens the journal at `path`, creating it (directory 0700, file 0600) when missing.
  static Journal open_for_write(const std::string& path);
  /// Opens an existing journal; nullopt when there is no file yet.
  static std::optional<Journal> open_existing(const std::string& path);

  Journal(Journal&&) noexcept;
  Journal& operator=(Journal&&) noexcept;
  ~Journal();

  const std::string& path() const { return path_; }

  /// Stores a note, its person and tags in one IMMEDIATE transaction.
  AddedNote add_note(const NewNote& note, Seconds now, const std::string& uuid);

  /// Entries, most recent first. Throws UsageError for an unknown person.
  std::vector<Entry> list(const ListFilter& filter);

  /// Every person's name, as first written, in name order.
  std::vector<std::string> people_names();

  /// The underlying connection, for tests and benchmarks.
  SQLite::Database& db() { return *db_; }

  /// Milliseconds a writer waits for another's lock before giving up.
  static constexpr int k_busy_timeout_ms = 10000;

private:
  Journal(std::string path, std::unique_ptr<SQLite::Database> db);
  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
};

} // namespace debrief
