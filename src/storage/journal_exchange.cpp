// Export: entries with their answers and commitments, a chunk at a time (import: journal_import.cpp).
#include "storage/journal_rows.hpp"

#include "storage/chunked.hpp"
#include "storage/queries.hpp"

#include <fmt/format.h>

#include <unordered_map>

namespace debrief {

using chunked::IdSet;
using chunked::ReadTransaction;

namespace {

/// Entry id → its place in an export's chunk.
using ChunkIndex = std::unordered_map<std::int64_t, std::size_t>;

/// Adds the answers `answers` reads (sql::export_answers) to their entries in the chunk.
void read_chunk_answers(SQLite::Statement& answers, std::vector<ExchangeEntry>& chunk, const ChunkIndex& at) {
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
}

/// Adds the commitments `commitments` reads (sql::export_commitments) to their entries in the chunk.
void read_chunk_commitments(SQLite::Statement& commitments, std::vector<ExchangeEntry>& chunk, const ChunkIndex& at) {
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
    for (auto [col, slot] :
         {std::pair{9, &c.skill}, std::pair{10, &c.review}, std::pair{11, &c.helped}, std::pair{12, &c.evidence}})
      if (!commitments.getColumn(col).isNull()) *slot = commitments.getColumn(col).getString();
    if (!commitments.getColumn(13).isNull()) c.reviewed = commitments.getColumn(13).getInt64();
    chunk[it->second].commitments.push_back(std::move(c));
  }
  commitments.reset();
}

} // namespace

void Journal::export_entries(const ListFilter& filter, const std::function<void(const ExchangeEntry&)>& emit) {
  // A chunk at a time, each chunk's entries, answers and commitments in one read, written
  // after it ends; rather than one read of the whole journal, which in the rollback journal
  // would hold off every writer while the output waits on its reader (a copy taken first would
  // cost the journal's size in time and space). What an export says is thus what each chunk
  // read: an entry logged or changed meanwhile may be in it or not, and none comes twice.
  try {
    std::optional<Id> person_id;
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
    ChunkIndex at;
    auto after = all.since ? std::pair{*all.since, chunked::k_before_all.second} : chunked::k_before_all;
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
        read_chunk_answers(answers, chunk, at);
        read_chunk_commitments(commitments, chunk, at);
      }
      read.end(); // the lock ends here, before the chunk is written
      for (const auto& x : chunk) emit(x);
      after = last;
      if (rows < chunked::k_chunk) break;
    }
  } catch (const SQLite::Exception& ex) {
    throw journal_error("read", path_, ex);
  }
}

} // namespace debrief
