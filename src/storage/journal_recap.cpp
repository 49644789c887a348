// What recaps read: an entry with the commitments it made and reviewed, and the last debrief
// with a rep before a new one (core/recap.hpp).
#include "storage/journal_rows.hpp"

#include "storage/queries.hpp"

namespace debrief {

std::optional<RecapInput> Journal::recap_input(Id entry_id) {
  return guarded("read", path_, [&]() -> std::optional<RecapInput> {
    SQLite::Transaction txn(*db_); // one read: the answers, commitments and entry as they are together
    auto e = read_entry_by_id(entry_id);
    if (!e) return std::nullopt;
    RecapInput in;
    in.entry = std::move(*e);
    in.answers = read_answers(entry_id);
    auto bind = [&](SQLite::Statement& q) { q.bind(1, entry_id); };
    in.made = query_commitments(sql::commitments_of_entry(), bind);
    in.reviewed = query_commitments(sql::commitments_reviewed_in(), bind);
    txn.commit();
    return in;
  });
}

std::optional<CallContext> Journal::call_context(Id entry_id) {
  return guarded("read", path_, [&]() -> std::optional<CallContext> {
    SQLite::Transaction txn(*db_);
    SQLite::Statement last(*db_, sql::last_debrief_of_entry_person());
    last.bind(":id", entry_id);
    if (!last.executeStep()) return std::nullopt;
    CallContext c;
    c.last = read_entry(last);
    c.answers = read_answers(c.last.id);
    c.made = query_commitments(sql::commitments_of_entry(), [&](SQLite::Statement& q) { q.bind(1, c.last.id); });
    SQLite::Statement review(*db_, sql::latest_review);
    for (const auto& m : c.made) {
      review.reset();
      review.bind(":id", entry_id);
      review.bind(":question", "review/" + m.uuid);
      if (!review.executeStep()) continue;
      c.reviews.push_back({m.uuid, Instant{review.getColumn(1).getInt64(), review.getColumn(2).getInt()},
                           review.getColumn(0).getString()});
    }
    txn.commit();
    return c;
  });
}

} // namespace debrief
