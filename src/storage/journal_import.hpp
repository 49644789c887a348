// `debrief import` into the journal: one transaction, filled an entry at a time as the file is
// read, so that memory holds one entry whatever the file's size.
#pragma once

#include "core/exchange.hpp"
#include "storage/journal.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace debrief {

/// One import, in one IMMEDIATE transaction: add() each entry of the file in order, then
/// commit(). Each entry is checked against the journal and against the file's earlier entries,
/// whose UUIDs, lines and digests go to temporary tables (SQLite's own file: memory stays flat).
/// Destroyed without commit(), or after a problem, nothing was imported.
class Journal::Import {
 public:
  explicit Import(Journal& journal);
  ~Import();
  Import(const Import&) = delete;
  Import& operator=(const Import&) = delete;

  enum class Outcome {
    added,    ///< new to the journal
    skipped,  ///< the journal holds its UUID already
    repeated, ///< the same line came earlier in the file
    refused,  ///< it cannot be added as it is: see the problems
  };
  /// Adds `x`, read on line `line` of the file, whose line_digest() as read is `digest`, unless
  /// the journal or the file's earlier lines hold it. The problems (an entry's UUID earlier with
  /// other content, a commitment's UUID earlier in the file or already in the journal) are
  /// appended to `problems`, without the line number; after one, nothing more is written.
  Outcome add(const ExchangeEntry& x, std::uint64_t digest, std::size_t line, std::vector<std::string>& problems);
  /// Indexes the new texts for search and commits. Only when add() found no problem.
  void commit();

 private:
  struct Statements;
  Outcome check_in_file(const ExchangeEntry& x, std::uint64_t digest, std::size_t line,
                        std::vector<std::string>& problems);
  bool check_commitments(const ExchangeEntry& x, std::vector<std::string>& problems);
  Id person(const std::string& name);

  Journal& journal_;
  std::unique_ptr<SQLite::Transaction> txn_;
  std::unique_ptr<Statements> s_;
  std::map<std::string, Id> people_; ///< name as spelled in the file → id, as person_id finds it
  std::int64_t first_entry_ = 0, first_answer_ = 0, first_commitment_ = 0;
  bool failed_ = false;
};

} // namespace debrief
