// What the journal_*.cpp files share: SQLiteCpp, the row readers and the filter helpers.
// Internal to storage: commands include journal.hpp alone.
#pragma once

#include "storage/journal.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <string>
#include <string_view>

namespace debrief {

/// Why an SQLite call on the journal failed, in words for people (a lock held too long by
/// another process names the wait).
std::string journal_failure(const SQLite::Exception& e);

/// `parse()` of a value read from the journal (a kind, an outcome, a status). debrief never
/// stores one that parse refuses, so a refusal means the file is damaged (or written by another
/// tool): it is reported as damage to row `id` of `what` ("entry"), not as the user's mistake.
template <class Parse> auto stored(const char* what, Id id, Parse&& parse) -> decltype(parse()) {
  try {
    return parse();
  } catch (const UsageError& bad) {
    throw SQLite::Exception(std::string(what) + " #" + std::to_string(id) + ": " + bad.what(), SQLITE_CORRUPT);
  }
}
/// The same for a row read without its id (the report's counts): "an entry: invalid kind 'x' …".
template <class Parse> auto stored(const char* what, Parse&& parse) -> decltype(parse()) {
  try {
    return parse();
  } catch (const UsageError& bad) {
    throw SQLite::Exception(std::string(what) + ": " + bad.what(), SQLITE_CORRUPT);
  }
}

/// The error for an SQLite failure while doing `action` ("save to", "read", …) on the journal
/// at `path`: "cannot <action> the journal <path>: <why><suffix>", its cause from SQLite's code.
JournalError journal_error(std::string_view action, const std::string& path, const SQLite::Exception& e,
                           std::string_view suffix = {});

/// Runs `work`, turning an SQLite failure into the journal_error for `action`. Nothing else is
/// caught: what a caller's callback throws (a closed pipe, say) passes as it is.
template <class F> auto guarded(std::string_view action, const std::string& path, F&& work) -> decltype(work()) {
  try {
    return work();
  } catch (const SQLite::Exception& e) {
    throw journal_error(action, path, e);
  }
}

/// `deleted_at` of an interview not begun (Entry::begun): hidden by every read that leaves out
/// deleted entries, which all do. No deletion time is negative.
inline constexpr std::int64_t k_not_begun = -1;

/// The entry in the current row of a statement that selects sql::entry_columns.
Entry read_entry(SQLite::Statement& q);

/// The filter without its period, which the chunked reads take as the keys they start and end
/// at (storage/queries.hpp).
inline ListFilter untimed(ListFilter filter) {
  filter.since.reset();
  filter.until.reset();
  return filter;
}

} // namespace debrief
