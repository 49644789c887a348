// Full-text search: ranked texts in growing batches, their entries and snippets a chunk at a time.
#include "storage/journal_rows.hpp"

#include "storage/chunked.hpp"
#include "storage/queries.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace debrief {

using chunked::IdSet;
using chunked::ReadTransaction;

namespace {

constexpr std::int64_t k_most = std::int64_t{1} << 40; // more texts than a journal can hold

/// How many texts the first batch of a search reads; -1: no LIMIT (every match is wanted anyway).
std::int64_t first_batch(const ListFilter& filter) {
  // With filters, most texts may belong to entries left out: a larger first batch saves a pass.
  const bool filtered = filter.person || filter.tag || filter.kind || filter.since || filter.until || filter.outcome ||
                        filter.lessons_only;
  return filter.limit > 0
             ? std::clamp<std::int64_t>(std::min<std::int64_t>(filter.limit, k_most) * 4, filtered ? 512 : 64, k_most)
             : -1;
}

/// The next batch after `batch` texts, `offset` in all so far, gave `taken` entries: twice the
/// texts the entries still wanted take at the rate seen so far, and at least eight times this
/// one; when filters left out every entry so far, all the remaining texts in one sort (-1), as a
/// single pass would have.
std::int64_t next_batch(const ListFilter& filter, std::int64_t batch, std::int64_t offset, std::int64_t taken) {
  if (taken == 0) return -1;
  return std::min(std::max(batch * 8, (filter.limit - taken) * offset / taken * 2), k_most);
}

/// The hits of one search, taken text by text in rank order: each text's entry once, if not
/// deleted and the filters select it, with the text's snippet; passed on a chunk at a time.
class Hits {
 public:
  Hits(SQLite::Database& db, const std::string& match, const ListFilter& filter,
       std::function<void(SQLite::Statement&)> bind_filter)
      : match_(match), limit_(filter.limit), bind_filter_(std::move(bind_filter)), answer_owner_(db, sql::answer_owner),
        commitment_owner_(db, sql::commitment_owner), entry_(db, sql::search_entry(filter)),
        snippet_(db, sql::search_snippet()) {}

  /// The limit is reached.
  bool enough() const { return limit_ > 0 && found_ + chunk_.size() >= static_cast<std::size_t>(limit_); }
  std::size_t found() const { return found_; }

  /// Takes the text `rowid` (its snippet made here unless given): its entry, unless taken already.
  void take(std::int64_t rowid, const std::optional<std::string>& snippet) {
    std::optional<Id> owner;
    if (rowid % 4 == 1)
      owner = rowid / 4;
    else {
      auto& q = rowid % 4 == 2 ? answer_owner_ : commitment_owner_;
      q.bind(1, rowid / 4);
      if (q.executeStep() && !q.getColumn(0).isNull()) owner = q.getColumn(0).getInt64();
      q.reset();
    }
    if (!owner || seen_.contains(*owner)) return;
    entry_.bind(":id", *owner);
    bind_filter_(entry_);
    if (entry_.executeStep()) {
      seen_.insert(*owner); // taken entries only: one the filters leave out is left out again
      std::string snip;
      if (snippet) {
        snip = *snippet;
      } else {
        snippet_.bind(1, match_);
        snippet_.bind(2, rowid);
        if (snippet_.executeStep()) snip = snippet_.getColumn(0).getString();
        snippet_.reset();
      }
      chunk_.push_back(SearchHit{read_entry(entry_), std::move(snip)});
    }
    entry_.reset();
  }

  /// Passes on the hits taken since the last call.
  void pass_on(const std::function<void(const SearchHit&)>& each) {
    for (const auto& h : chunk_) each(h);
    found_ += chunk_.size();
    chunk_.clear();
  }

 private:
  const std::string& match_;
  std::int64_t limit_;
  std::function<void(SQLite::Statement&)> bind_filter_;
  SQLite::Statement answer_owner_, commitment_owner_, entry_, snippet_;
  IdSet seen_; // entries taken
  std::vector<SearchHit> chunk_;
  std::size_t found_ = 0; // hits passed on
};

/// Takes every match from the `offset`th best on (no limit, or filters that left out every entry
/// so far): ranked in one sort with their snippets (FTS5 makes one far more cheaply while it
/// reads the match than by finding the text again), into a temporary table, which SQLite keeps
/// in a file of its own that it deletes, so memory stays flat; then read a chunk at a time.
void take_the_rest(SQLite::Database& db, const std::string& match, std::int64_t offset, Hits& hits,
                   const std::function<void(const SearchHit&)>& each) {
  db.exec("CREATE TEMP TABLE IF NOT EXISTS search_spool (n INTEGER PRIMARY KEY, text INTEGER NOT NULL, snippet TEXT "
          "NOT NULL); DELETE FROM temp.search_spool");
  try {
    SQLite::Statement spool(db, sql::search_spool());
    spool.bind(1, match);
    spool.bind(2, offset);
    spool.exec();
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() != SQLITE_FULL) throw;
    throw RuntimeError("cannot search: no room in the temporary directory (TMPDIR, else /var/tmp) to rank every match");
  }
  SQLite::Statement spooled(db, sql::search_spooled);
  spooled.bind(2, chunked::k_chunk);
  for (std::int64_t after = 0, rows = chunked::k_chunk; rows == chunked::k_chunk && !hits.enough();) {
    rows = 0;
    ReadTransaction read(db);
    spooled.bind(1, after);
    while (spooled.executeStep()) {
      ++rows;
      after = spooled.getColumn(0).getInt64();
      if (!hits.enough()) hits.take(spooled.getColumn(1).getInt64(), spooled.getColumn(2).getString());
    }
    spooled.reset();
    read.end();
    hits.pass_on(each);
  }
  db.exec("DROP TABLE temp.search_spool");
}

} // namespace

std::vector<SearchHit> Journal::search(const std::string& match, const ListFilter& filter) {
  std::vector<SearchHit> out;
  search(match, filter, [&](const SearchHit& h) { out.push_back(h); });
  return out;
}

void Journal::search(const std::string& match, const ListFilter& filter,
                     const std::function<void(const SearchHit&)>& each) {
  try {
    std::optional<Id> person_id;
    filter_sql(filter, person_id);
    ListFilter unlimited = filter;
    unlimited.limit = 0;
    // Matching texts in rank order. The rowid encodes the owner (see schema.cpp): id*4+1 an
    // entry's body, id*4+2 an answer, id*4+3 a commitment. Entries are taken in the order of
    // their best text until the limit; snippets are made for those alone. The texts come in
    // batches, each the next best ones by a sort that keeps only as many rows as it returns
    // (ORDER BY rank would sort every match: memory growing with the journal); a batch shorter
    // than asked for was the last. Batches grow eightfold, so a search whose filters skip most
    // matches still takes few passes. A batch's texts are read whole, then their entries and
    // snippets a chunk at a time, each chunk in one read that ends before its hits are passed
    // on: no lock is held while `each` runs. When every match is wanted: take_the_rest.
    Hits hits(*db_, match, filter, [&](SQLite::Statement& q) { bind_filter(q, unlimited, person_id); });
    SQLite::Statement ranked(*db_, sql::search_hits);
    std::vector<std::int64_t> texts; // the batch's texts, best first
    std::int64_t batch = first_batch(filter);
    std::int64_t offset = 0;
    while (batch >= 0) {
      texts.clear();
      ranked.bind(1, match);
      ranked.bind(2, batch);
      ranked.bind(3, offset);
      while (ranked.executeStep()) texts.push_back(ranked.getColumn(0).getInt64());
      ranked.reset();
      for (std::size_t i = 0; i < texts.size() && !hits.enough();) {
        ReadTransaction read(*db_);
        const auto end = std::min(texts.size(), i + static_cast<std::size_t>(chunked::k_chunk));
        while (i < end && !hits.enough()) hits.take(texts[i++], std::nullopt);
        read.end();
        hits.pass_on(each);
      }
      if (hits.enough() || static_cast<std::int64_t>(texts.size()) < batch) return;
      offset += batch;
      batch = next_batch(filter, batch, offset, static_cast<std::int64_t>(hits.found()));
    }
    take_the_rest(*db_, match, offset, hits, each);
  } catch (const SQLite::Exception& ex) {
    throw journal_error("search", path_, ex);
  }
}

} // namespace debrief
