// What the journal_*.cpp files share: SQLiteCpp, the row readers and the filter helpers.
// Internal to storage: commands include journal.hpp alone.
#pragma once

#include "storage/chunked.hpp"
#include "storage/journal.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <string>

namespace debrief {

/// Why an SQLite call failed, in words for people (journal_failure).
inline std::string reason(const SQLite::Exception& e) { return journal_failure(e); }

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
