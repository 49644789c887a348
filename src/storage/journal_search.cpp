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
    // on: no lock is held while `each` runs.
    SQLite::Statement hits(*db_, sql::search_hits);
    SQLite::Statement answer_owner(*db_, sql::answer_owner);
    SQLite::Statement commitment_owner(*db_, sql::commitment_owner);
    SQLite::Statement entry_q(*db_, sql::search_entry(filter));
    SQLite::Statement snippet(*db_, sql::search_snippet());
    IdSet seen;                      // entries taken
    std::vector<std::int64_t> texts; // the batch's texts, best first
    std::vector<SearchHit> chunk;
    std::size_t found = 0; // hits passed on
    auto enough = [&] { return filter.limit > 0 && found + chunk.size() >= static_cast<std::size_t>(filter.limit); };
    auto take = [&](std::int64_t rowid) {
      std::optional<Id> owner;
      if (rowid % 4 == 1)
        owner = rowid / 4;
      else {
        auto& q = rowid % 4 == 2 ? answer_owner : commitment_owner;
        q.bind(1, rowid / 4);
        if (q.executeStep() && !q.getColumn(0).isNull()) owner = q.getColumn(0).getInt64();
        q.reset();
      }
      if (!owner || seen.contains(*owner)) return;
      entry_q.bind(":id", *owner);
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
    std::int64_t batch = first_batch(filter);
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
      offset += batch;
      batch = next_batch(filter, batch, offset, static_cast<std::int64_t>(found));
    }
  } catch (const SQLite::Exception& ex) {
    throw journal_error("search", path_, ex);
  }
}

} // namespace debrief
