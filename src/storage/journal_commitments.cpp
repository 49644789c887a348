// Commitments: reading them, adding one in an entry, closing one once.
#include "storage/journal_rows.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/queries.hpp"

#include <fmt/format.h>

namespace debrief {

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
    c.status = stored("commitment", c.id, [&] { return parse_commitment_status(q.getColumn(6).getString()); });
    c.created = q.getColumn(7).getInt64();
    if (!q.getColumn(8).isNull()) c.closing_note = q.getColumn(8).getString();
    if (!q.getColumn(9).isNull()) c.closed = q.getColumn(9).getInt64();
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<Commitment> Journal::open_commitments_of_entry_person(Id entry_id) {
  return guarded("read", path_, [&]() -> std::vector<Commitment> {
    return query_commitments(sql::open_commitments_of_entry_person(),
                             [&](SQLite::Statement& q) { q.bind(1, entry_id); });
  });
}

std::vector<Commitment> Journal::commitments_of_entry(Id entry_id) {
  return guarded("read", path_, [&]() -> std::vector<Commitment> {
    return query_commitments(sql::commitments_of_entry(), [&](SQLite::Statement& q) { q.bind(1, entry_id); });
  });
}

std::vector<Commitment> Journal::commitments(const CommitmentFilter& filter) {
  return guarded("read", path_, [&]() -> std::vector<Commitment> {
    std::string where = "WHERE 1";
    const auto& person = filter.person;
    const auto& due_before = filter.due_before;
    if (!filter.all) where += " AND c.status = 'open'";
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
  });
}

std::optional<Commitment> Journal::commitment(Id id) {
  return guarded("read", path_, [&]() -> std::optional<Commitment> {
    auto found = query_commitments(sql::commitments("WHERE c.id = ?"), [&](SQLite::Statement& q) { q.bind(1, id); });
    if (found.empty()) return std::nullopt;
    return found.front();
  });
}

Commitment Journal::add_commitment(Id entry_id, const std::string& text, std::optional<Seconds> due, Seconds now,
                                   const std::string& uuid) {
  return guarded("save to", path_, [&]() -> Commitment {
    Commitment c;
    c.uuid = uuid;
    c.entry = entry_id;
    c.text = text;
    c.due = due;
    c.status = CommitmentStatus::open;
    c.created = now;
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    require_live(entry_id);
    begin_entry(entry_id, now);
    // Private when made in a private entry: the entry's flag, copied (schema.cpp, v4). The entry's
    // person as they are now: a rename or merge since the debrief began changed
    // their name, and a merge their id.
    SQLite::Statement who(*db_, "SELECT e.person_id, p.name FROM entry e LEFT JOIN person p ON p.id = e.person_id "
                                "WHERE e.id = ?");
    who.bind(1, entry_id);
    if (!who.executeStep()) throw UsageError(no_entry(entry_id));
    SQLite::Statement q(*db_,
                        "INSERT INTO commitment (uuid, person_id, entry_id, text, due_utc, created_at, private) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce((SELECT private FROM entry WHERE id = ?3), 0))");
    q.bind(1, uuid);
    if (!who.getColumn(0).isNull()) {
      q.bind(2, who.getColumn(0).getInt64());
      c.person = who.getColumn(1).getString();
    }
    q.bind(3, entry_id);
    q.bind(4, text);
    if (due) q.bind(5, static_cast<std::int64_t>(*due));
    q.bind(6, static_cast<std::int64_t>(now));
    q.exec();
    c.id = db_->getLastInsertRowid();
    txn.commit();
    return c;
  });
}

Journal::Closing Journal::close_commitment(Id id, CommitmentStatus status, const std::string& note, Seconds now) {
  return guarded("save to", path_, [&]() -> Closing {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    // Only an open one: of two closings that both read it open, the second changes nothing.
    SQLite::Statement q(*db_, "UPDATE commitment SET status = ?, closing_note = ?, closed_at = ? "
                              "WHERE id = ? AND status = 'open'");
    q.bind(1, std::string(to_string(status)));
    q.bind(2, note);
    q.bind(3, static_cast<std::int64_t>(now));
    q.bind(4, id);
    Closing result;
    result.closed = q.exec() > 0;
    auto after = query_commitments(sql::commitments("WHERE c.id = ?"), [&](SQLite::Statement& s) { s.bind(1, id); });
    if (after.empty()) throw UsageError(no_commitment(id));
    result.commitment = std::move(after.front());
    txn.commit();
    return result;
  });
}

} // namespace debrief
