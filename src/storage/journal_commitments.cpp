// Commitments: reading them, adding one, deciding one once (done, keep, drop), reopening
// and changing one.
#include "storage/journal_rows.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/chunked.hpp"
#include "storage/queries.hpp"

#include <fmt/format.h>

namespace debrief {

namespace {

/// A row of SQLiteCpp's Statement read as chunked::RowReader reads one.
struct StatementRow {
  SQLite::Statement& q;
  std::int64_t int64(int i) const { return q.getColumn(i).getInt64(); }
  bool null(int i) const { return q.getColumn(i).isNull(); }
  std::string_view text(int i) const {
    const auto c = q.getColumn(i);
    return {c.getText(), static_cast<std::size_t>(c.getBytes())};
  }
};

/// The commitment in a row of sql::commitments (a StatementRow or a chunked::RowReader).
template <class Row> Commitment commitment_row(const Row& q) {
  auto text = [&](int i) { return std::string(q.text(i)); };
  auto maybe = [&](int i) { return q.null(i) ? std::nullopt : std::optional<std::string>(text(i)); };
  Commitment c;
  c.id = q.int64(0);
  c.uuid = text(1);
  c.person = maybe(2);
  if (!q.null(3)) c.entry = q.int64(3);
  c.text = text(4);
  if (!q.null(5)) c.due = q.int64(5);
  c.status = stored("commitment", c.id, [&] { return parse_commitment_status(text(6)); });
  c.created = q.int64(7);
  c.closing_note = maybe(8);
  if (!q.null(9)) c.closed = q.int64(9);
  c.skill = maybe(10);
  if (!q.null(14)) {
    LatestReview r;
    if (auto note = maybe(11)) r.note = *note;
    if (!q.null(12)) r.helped = stored("commitment", c.id, [&] { return parse_helped(text(12)); });
    r.evidence = maybe(13);
    r.at = q.int64(14);
    c.review = std::move(r);
  }
  c.hidden = q.int64(15) != 0;
  return c;
}

} // namespace

std::vector<Commitment> Journal::query_commitments(const std::string& statement,
                                                   const std::function<void(SQLite::Statement&)>& bind) {
  std::vector<Commitment> out;
  SQLite::Statement q(*db_, statement);
  bind(q);
  while (q.executeStep()) out.push_back(commitment_row(StatementRow{q}));
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

void Journal::commitments(const CommitmentFilter& filter, const std::function<void(const Commitment&)>& each) {
  std::string where = "WHERE c.hidden = 0"; // made in a deleted entry: hidden with it
  if (!filter.all) where += " AND c.status = 'open'";
  std::optional<FoundPerson> found;
  if (filter.person) {
    found = guarded("read", path_, [&] {
      auto person = find_person(*filter.person);
      if (!person) throw unknown_person(*filter.person);
      return person;
    });
    where += " AND c.person_id = :person";
  }
  if (filter.due_before) where += " AND c.due_utc < :before";
  // Due order, a chunk at a time (chunked::read_chunks): those with a due day by (due, id) from
  // commitment_due or commitment_status_due, then those without one by id.
  const std::string dated = sql::commitments_due(where, true), undated = sql::commitments_due(where, false);
  auto bind = [&](chunked::RowReader& q) {
    if (found) q.bind(":person", found->id);
    if (filter.due_before) q.bind(":before", static_cast<std::int64_t>(*filter.due_before));
  };
  auto key = [](const Commitment& c) { return std::pair<std::int64_t, std::int64_t>{c.due.value_or(0), c.id}; };
  for (const auto* statement : {&dated, &undated})
    chunked::read_chunks<Commitment>(
        path_, *db_, statement->c_str(), bind, [](const chunked::RowReader& q) { return commitment_row(q); }, key,
        each);
}

std::vector<Commitment> Journal::commitments(const CommitmentFilter& filter) {
  std::vector<Commitment> out;
  commitments(filter, [&](const Commitment& c) { out.push_back(c); });
  return out;
}

std::optional<Commitment> Journal::commitment(Id id) {
  return guarded("read", path_, [&]() -> std::optional<Commitment> {
    auto found = query_commitments(sql::commitments("WHERE c.id = ?"), [&](SQLite::Statement& q) { q.bind(1, id); });
    if (found.empty()) return std::nullopt;
    return found.front();
  });
}

Commitment Journal::insert_commitment(Id entry_id, const std::string& text, std::optional<Seconds> due, Seconds now,
                                      const std::string& uuid, const std::optional<std::string>& skill) {
  Commitment c;
  c.uuid = uuid;
  c.entry = entry_id;
  c.text = text;
  c.due = due;
  c.status = CommitmentStatus::open;
  c.created = now;
  c.skill = skill;
  // Private when made in a private entry: the entry's flag, copied (schema.cpp, v4). The entry's
  // person as they are now: a rename or merge since the debrief began changed
  // their name, and a merge their id.
  SQLite::Statement who(*db_, "SELECT e.person_id, p.name FROM entry e LEFT JOIN person p ON p.id = e.person_id "
                              "WHERE e.id = ?");
  who.bind(1, entry_id);
  if (!who.executeStep()) throw UsageError(no_entry(entry_id));
  SQLite::Statement q(*db_,
                      "INSERT INTO commitment (uuid, person_id, entry_id, text, due_utc, created_at, private, skill) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce((SELECT private FROM entry WHERE id = ?3), 0), ?7)");
  q.bind(1, uuid);
  if (!who.getColumn(0).isNull()) {
    q.bind(2, who.getColumn(0).getInt64());
    c.person = who.getColumn(1).getString();
  }
  q.bind(3, entry_id);
  q.bind(4, text);
  if (due) q.bind(5, static_cast<std::int64_t>(*due));
  q.bind(6, static_cast<std::int64_t>(now));
  if (skill) q.bind(7, *skill);
  q.exec();
  c.id = db_->getLastInsertRowid();
  return c;
}

Commitment Journal::add_commitment(Id entry_id, const std::string& text, std::optional<Seconds> due, Seconds now,
                                   const std::string& uuid, const std::optional<std::string>& skill) {
  return guarded("save to", path_, [&]() -> Commitment {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    require_live(entry_id);
    begin_entry(entry_id, now);
    auto c = insert_commitment(entry_id, text, due, now, uuid, skill);
    txn.commit();
    return c;
  });
}

Journal::AgreedCommitment Journal::add_agreed_commitment(const NewNote& note, const std::string& text,
                                                         std::optional<Seconds> due,
                                                         const std::optional<std::string>& skill, Seconds now,
                                                         const std::string& note_uuid, const std::string& uuid) {
  return guarded("save to", path_, [&]() -> AgreedCommitment {
    AgreedCommitment out;
    out.note.entry.uuid = note_uuid;
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    insert_note(note, now, out.note);
    out.commitment = insert_commitment(out.note.entry.id, text, due, now, uuid, skill);
    txn.commit();
    return out;
  });
}

Commitment Journal::read_commitment(Id id) {
  auto found = query_commitments(sql::commitments("WHERE c.id = ?"), [&](SQLite::Statement& s) { s.bind(1, id); });
  if (found.empty()) throw UsageError(no_commitment(id));
  return std::move(found.front());
}

Journal::Closing Journal::close_commitment(Id id, CommitmentStatus status, const std::string& note, Seconds now) {
  Decision d;
  d.status = status;
  if (!note.empty()) d.review = LatestReview{note, std::nullopt, std::nullopt, now};
  Closing out = decide_commitment(id, d, now);
  return out;
}

Journal::Closing Journal::decide_commitment(Id id, const Decision& d, Seconds now) {
  return guarded("save to", path_, [&]() -> Closing {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    Closing result = write_decision(id, d, now);
    txn.commit();
    return result;
  });
}

Journal::Closing Journal::write_decision(Id id, const Decision& d, Seconds now) {
  // Only an open one: of two closings that both read it open, the second changes nothing.
  std::string set = d.status == CommitmentStatus::open ? "due_utc = coalesce(:due, due_utc)"
                                                       : "status = :status, closing_note = :note, closed_at = :now";
  if (d.review) set += ", review_note = :note, helped = :helped, evidence = :evidence, reviewed_at = :now";
  SQLite::Statement q(*db_, "UPDATE commitment SET " + set + " WHERE id = :id AND status = 'open' AND hidden = 0");
  const std::string note = d.review ? d.review->note : std::string();
  if (d.status == CommitmentStatus::open) {
    if (d.due) q.bind(":due", static_cast<std::int64_t>(*d.due));
  } else {
    q.bind(":status", std::string(to_string(d.status)));
  }
  if (d.status != CommitmentStatus::open || d.review) {
    q.bind(":note", note);
    q.bind(":now", static_cast<std::int64_t>(now));
  }
  if (d.review) {
    if (d.review->helped) q.bind(":helped", std::string(to_string(*d.review->helped)));
    if (d.review->evidence) q.bind(":evidence", *d.review->evidence);
  }
  q.bind(":id", id);
  Closing result;
  result.closed = q.exec() > 0;
  result.commitment = read_commitment(id);
  return result;
}

std::optional<Commitment> Journal::commitment_by_uuid(const std::string& uuid) {
  return guarded("read", path_, [&]() -> std::optional<Commitment> {
    auto found =
        query_commitments(sql::commitments("WHERE c.uuid = ?"), [&](SQLite::Statement& q) { q.bind(1, uuid); });
    if (found.empty()) return std::nullopt;
    return found.front();
  });
}

Journal::Closing Journal::reopen_commitment(Id id) {
  return guarded("save to", path_, [&]() -> Closing {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement q(*db_, "UPDATE commitment SET status = 'open', closing_note = NULL, closed_at = NULL "
                              "WHERE id = ? AND status <> 'open' AND hidden = 0");
    q.bind(1, id);
    Closing result;
    result.closed = q.exec() > 0;
    result.commitment = read_commitment(id);
    txn.commit();
    return result;
  });
}

Journal::Closing Journal::change_commitment(Id id, const CommitmentChange& change) {
  return guarded("save to", path_, [&]() -> Closing {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    std::string set = "id = id";
    if (change.text) set += ", text = :text";
    if (change.due) set += ", due_utc = :due";
    if (change.skill) set += ", skill = :skill";
    SQLite::Statement q(*db_, "UPDATE commitment SET " + set + " WHERE id = :id AND hidden = 0");
    if (change.text) q.bind(":text", *change.text);
    if (change.due && *change.due) q.bind(":due", static_cast<std::int64_t>(**change.due));
    if (change.skill && *change.skill) q.bind(":skill", **change.skill);
    q.bind(":id", id);
    Closing result;
    result.closed = q.exec() > 0;
    result.commitment = read_commitment(id);
    txn.commit();
    return result;
  });
}

} // namespace debrief
