// Entries: notes, interviews and their answers, the filtered list, edits and deletion.
#include "storage/journal_rows.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/chunked.hpp"
#include "storage/queries.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace debrief {

using chunked::IdSet;

Entry read_entry(SQLite::Statement& q) {
  Entry e;
  e.id = q.getColumn(0).getInt64();
  e.uuid = q.getColumn(1).getString();
  e.kind = stored("entry", e.id, [&] { return parse_kind(q.getColumn(2).getString()); });
  if (!q.getColumn(3).isNull()) e.person = q.getColumn(3).getString();
  if (!q.getColumn(4).isNull()) e.deck = q.getColumn(4).getString();
  e.at = Instant{q.getColumn(5).getInt64(), q.getColumn(6).getInt()};
  e.created = q.getColumn(7).getInt64();
  e.updated = q.getColumn(8).getInt64();
  e.body = q.getColumn(9).getString();
  if (!q.getColumn(10).isNull())
    e.outcome = stored("entry", e.id, [&] { return parse_outcome(q.getColumn(10).getString()); });
  e.lesson = q.getColumn(11).getInt() != 0;
  e.status = stored("entry", e.id, [&] { return parse_status(q.getColumn(12).getString()); });
  if (!q.getColumn(14).isNull()) { // deleted_at: a time, or k_not_begun
    e.begun = q.getColumn(14).getInt64() != k_not_begun;
    e.deleted = e.begun;
  }
  e.version = q.getColumn(15).getInt64();
  e.is_private = q.getColumn(16).getInt() != 0;
  if (!q.getColumn(17).isNull()) e.first_answer = q.getColumn(17).getString();
  std::string tags = q.getColumn(13).getString();
  for (std::size_t start = 0; start < tags.size();) {
    auto end = tags.find(',', start);
    if (end == std::string::npos) end = tags.size();
    e.tags.push_back(tags.substr(start, end - start));
    start = end + 1;
  }
  return e;
}

void Journal::insert_note(const NewNote& note, Seconds now, AddedNote& result) {
  Entry& e = result.entry;
  e.kind = Kind::note;
  e.at = note.at;
  e.created = e.updated = now;
  e.body = note.body;
  e.outcome = note.outcome;
  e.lesson = note.lesson;
  e.tags = note.tags;
  std::sort(e.tags.begin(), e.tags.end());
  e.tags.erase(std::unique(e.tags.begin(), e.tags.end()), e.tags.end());
  std::optional<Id> person_id;
  if (note.person) {
    e.person = note.person;
    person_id = this->person_id(*e.person, now, result.close_match);
  }
  SQLite::Statement ins(*db_, "INSERT INTO entry (uuid, kind, person_id, at_utc, at_offset, created_at, "
                              "updated_at, body, outcome, lesson) VALUES (?, 'note', ?, ?, ?, ?, ?, ?, ?, ?)");
  ins.bind(1, e.uuid);
  if (person_id) ins.bind(2, *person_id);
  ins.bind(3, static_cast<std::int64_t>(e.at.utc));
  ins.bind(4, e.at.offset);
  ins.bind(5, static_cast<std::int64_t>(now));
  ins.bind(6, static_cast<std::int64_t>(now));
  ins.bind(7, e.body);
  if (e.outcome) ins.bind(8, std::string(to_string(*e.outcome)));
  ins.bind(9, e.lesson ? 1 : 0);
  ins.exec();
  e.id = db_->getLastInsertRowid();
  insert_tags(e.id, e.tags);
}

void Journal::insert_tags(Id entry_id, const std::vector<std::string>& tags) {
  if (tags.empty()) return;
  SQLite::Statement tag(*db_, "INSERT INTO tag (entry_id, tag) VALUES (?, ?)");
  for (const auto& t : tags) {
    tag.bind(1, entry_id);
    tag.bind(2, t);
    tag.exec();
    tag.reset();
  }
}

AddedNote Journal::add_note(const NewNote& note, Seconds now, const std::string& uuid) {
  AddedNote result;
  result.entry.uuid = uuid;
  try {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    insert_note(note, now, result);
    txn.commit();
  } catch (const SQLite::Exception& ex) {
    throw journal_error("save to", path_, ex);
  }
  return result;
}

Entry Journal::start_interview(const NewInterview& in, Seconds now, const std::string& uuid) {
  Entry e;
  e.uuid = uuid;
  e.kind = in.kind;
  e.deck = in.deck;
  e.at = in.at;
  e.created = e.updated = now;
  e.body = in.about;
  e.lesson = in.lesson;
  e.is_private = in.is_private;
  e.status = Status::in_progress;
  e.begun = false;
  e.tags = in.tags;
  std::sort(e.tags.begin(), e.tags.end());
  e.tags.erase(std::unique(e.tags.begin(), e.tags.end()), e.tags.end());
  std::optional<FoundPerson> found;
  try {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    if (in.person) {
      found = find_person(*in.person);
      e.person = found ? found->name : *in.person;
    }
    SQLite::Statement ins(*db_, "INSERT INTO entry (uuid, kind, person_id, deck_id, at_utc, at_offset, created_at, "
                                "updated_at, body, lesson, private, status, deleted_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'in-progress', ?)");
    ins.bind(1, e.uuid);
    ins.bind(2, std::string(to_string(e.kind)));
    if (found) ins.bind(3, found->id);
    ins.bind(4, in.deck);
    ins.bind(5, static_cast<std::int64_t>(e.at.utc));
    ins.bind(6, e.at.offset);
    ins.bind(7, static_cast<std::int64_t>(now));
    ins.bind(8, static_cast<std::int64_t>(now));
    ins.bind(9, e.body);
    ins.bind(10, e.lesson ? 1 : 0);
    ins.bind(11, e.is_private ? 1 : 0);
    ins.bind(12, k_not_begun);
    ins.exec();
    e.id = db_->getLastInsertRowid();
    insert_tags(e.id, e.tags);
    txn.commit();
  } catch (const SQLite::Exception& ex) {
    throw journal_error("save to", path_, ex);
  }
  if (e.person && !found) unbegun_people_[e.id] = *e.person;
  return e;
}

void Journal::require_live(Id entry_id) {
  SQLite::Statement q(*db_, "SELECT deleted_at FROM entry WHERE id = ?");
  q.bind(1, entry_id);
  if (!q.executeStep()) throw UsageError(no_entry(entry_id));
  if (!q.getColumn(0).isNull() && q.getColumn(0).getInt64() != k_not_begun)
    throw RuntimeError(
        fmt::format("entry #{} was deleted meanwhile (restore it with: debrief undelete {})", entry_id, entry_id));
}

void Journal::begin_entry(Id entry_id, Seconds now) {
  SQLite::Statement begin(*db_, "UPDATE entry SET deleted_at = NULL WHERE id = ? AND deleted_at = ?");
  begin.bind(1, entry_id);
  begin.bind(2, k_not_begun);
  if (begin.exec() == 0) return;
  if (auto pending = unbegun_people_.find(entry_id); pending != unbegun_people_.end()) {
    std::string name = pending->second; // kept until the transaction commits: a rollback begins again
    std::optional<std::string> ignored;
    SQLite::Statement person(*db_, "UPDATE entry SET person_id = ? WHERE id = ?");
    person.bind(1, person_id(name, now, ignored));
    person.bind(2, entry_id);
    person.exec();
  }
  if (on_begun_) on_begun_(entry_id);
}

bool Journal::discard_unbegun(Id entry_id) {
  return guarded("save to", path_, [&] {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement drop(*db_, "DELETE FROM entry WHERE id = ?1 AND deleted_at = ?2 "
                                 "AND NOT EXISTS (SELECT 1 FROM answer WHERE entry_id = ?1) "
                                 "AND NOT EXISTS (SELECT 1 FROM commitment WHERE entry_id = ?1)");
    drop.bind(1, entry_id);
    drop.bind(2, k_not_begun);
    const bool dropped = drop.exec() > 0;
    txn.commit();
    if (dropped) unbegun_people_.erase(entry_id);
    return dropped;
  });
}

void Journal::set_outcome_from(Id entry_id, const std::optional<std::string>& answer) {
  SQLite::Statement set(*db_, "UPDATE entry SET outcome = ? WHERE id = ?");
  if (auto o = outcome_of_answer(answer)) set.bind(1, std::string(to_string(*o)));
  set.bind(2, entry_id);
  set.exec();
}

void Journal::save_answer(Id entry_id, const StoredAnswer& a, Seconds now, const std::vector<std::string>& withdrawn) {
  try {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    write_answer(entry_id, a, now, withdrawn);
    txn.commit();
  } catch (const SQLite::Exception& ex) {
    throw journal_error("save the answer to", path_, ex);
  }
}

void Journal::write_answer(Id entry_id, const StoredAnswer& a, Seconds now, const std::vector<std::string>& withdrawn) {
  require_live(entry_id);
  begin_entry(entry_id, now);
  SQLite::Statement find(*db_, "SELECT id FROM answer WHERE entry_id = ? AND question_id = ?");
  find.bind(1, entry_id);
  find.bind(2, a.question_id);
  std::optional<std::int64_t> existing;
  if (find.executeStep()) existing = find.getColumn(0).getInt64();
  SQLite::Statement q(*db_, existing ? "UPDATE answer SET question_text = :qt, answer_text = :text, scale_value = "
                                       ":scale, discovery = :mark, probes_used = :probes, answered_at = :now "
                                       "WHERE id = :id"
                                     : "INSERT INTO answer (entry_id, position, question_id, question_text, "
                                       "answer_text, scale_value, discovery, probes_used, answered_at) VALUES "
                                       "(:entry, (SELECT coalesce(max(position), 0) + 1 FROM answer WHERE entry_id "
                                       "= :entry), :qid, :qt, :text, :scale, :mark, :probes, :now)");
  if (existing)
    q.bind(":id", *existing);
  else {
    q.bind(":entry", entry_id);
    q.bind(":qid", a.question_id);
  }
  q.bind(":qt", a.question_text);
  if (a.text) q.bind(":text", *a.text);
  if (a.scale) q.bind(":scale", *a.scale);
  if (a.mark) q.bind(":mark", std::string(to_string(*a.mark)));
  if (a.mark) q.bind(":probes", a.probes);
  q.bind(":now", static_cast<std::int64_t>(now));
  q.exec();
  if (a.sets_outcome) set_outcome_from(entry_id, a.text);
  SQLite::Statement withdraw(*db_, "DELETE FROM answer WHERE entry_id = ? AND question_id = ?");
  for (const auto& id : withdrawn) {
    withdraw.bind(1, entry_id);
    withdraw.bind(2, id);
    withdraw.exec();
    withdraw.reset();
  }
  SQLite::Statement touch(*db_, "UPDATE entry SET updated_at = ?, version = version + 1 WHERE id = ?");
  touch.bind(1, static_cast<std::int64_t>(now));
  touch.bind(2, entry_id);
  touch.exec();
}

std::vector<StoredAnswer> Journal::answers(Id entry_id) {
  return guarded("read", path_, [&] { return read_answers(entry_id); });
}

std::vector<StoredAnswer> Journal::read_answers(Id entry_id) {
  std::vector<StoredAnswer> out;
  SQLite::Statement q(*db_, sql::answers_of_entry);
  q.bind(1, entry_id);
  while (q.executeStep()) {
    StoredAnswer a;
    a.position = q.getColumn(0).getInt();
    a.question_id = q.getColumn(1).getString();
    a.question_text = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull()) a.text = q.getColumn(3).getString();
    if (!q.getColumn(4).isNull()) a.scale = q.getColumn(4).getInt();
    if (!q.getColumn(5).isNull()) a.mark = parse_discovery(q.getColumn(5).getString());
    a.probes = q.getColumn(6).getInt();
    out.push_back(std::move(a));
  }
  return out;
}

void Journal::finish_entry(Id entry_id, Seconds now) {
  guarded("save to", path_, [&] {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    write_finish(entry_id, now);
    txn.commit();
  });
}

void Journal::write_finish(Id entry_id, Seconds now) {
  require_live(entry_id);
  begin_entry(entry_id, now);
  SQLite::Statement q(*db_, "UPDATE entry SET status = 'complete', updated_at = ?, version = version + 1 WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(now));
  q.bind(2, entry_id);
  q.exec();
}

Journal::Closing Journal::finish_review(Id entry_id, Id commitment_id, const Decision& decision,
                                        const std::vector<StoredAnswer>& record, Seconds now) {
  return guarded("save to", path_, [&]() -> Closing {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    Closing result = write_decision(commitment_id, decision, now);
    for (const auto& a : record) write_answer(entry_id, a, now);
    write_finish(entry_id, now);
    txn.commit();
    return result;
  });
}

std::optional<Entry> Journal::last_in_progress(Kind kind, const std::optional<std::string>& person,
                                               const std::optional<std::string>& deck) {
  return guarded("read", path_, [&]() -> std::optional<Entry> {
    std::optional<FoundPerson> found;
    if (person && !(found = find_person(*person))) return std::nullopt;
    SQLite::Statement q(*db_, std::string(sql::entry_columns) +
                                  "WHERE e.kind = :kind AND e.status = 'in-progress' AND e.deleted_at IS NULL" +
                                  (found ? " AND e.person_id = :person" : "") + (deck ? " AND e.deck_id = :deck" : "") +
                                  " ORDER BY e.updated_at DESC, e.id DESC LIMIT 1");
    q.bind(":kind", std::string(to_string(kind)));
    if (found) q.bind(":person", found->id);
    if (deck) q.bind(":deck", *deck);
    if (!q.executeStep()) return std::nullopt;
    return read_entry(q);
  });
}

std::optional<Entry> Journal::entry(Id id) {
  return guarded("read", path_, [&] { return read_entry_by_id(id); });
}

std::optional<Entry> Journal::read_entry_by_id(Id id) {
  SQLite::Statement q(*db_, sql::entry_by_id());
  q.bind(":id", id);
  if (!q.executeStep()) return std::nullopt;
  return read_entry(q);
}

std::string Journal::filter_sql(const ListFilter& filter, std::optional<Id>& person_id) {
  if (filter.person) {
    auto found = find_person(*filter.person);
    if (!found) throw unknown_person(*filter.person);
    person_id = found->id;
  }
  return sql::filter_conditions(filter);
}

void Journal::bind_filter(SQLite::Statement& q, const ListFilter& filter, const std::optional<Id>& person_id) {
  if (person_id) q.bind(":person", *person_id);
  if (filter.tag) q.bind(":tag", *filter.tag);
  if (filter.kind) q.bind(":kind", std::string(to_string(*filter.kind)));
  if (filter.outcome) q.bind(":outcome", std::string(to_string(*filter.outcome)));
  if (filter.since) q.bind(":since", static_cast<std::int64_t>(*filter.since));
  if (filter.until) q.bind(":until", static_cast<std::int64_t>(*filter.until));
  if (filter.limit > 0) q.bind(":limit", static_cast<std::int64_t>(filter.limit));
}

std::vector<Entry> Journal::list(const ListFilter& filter) {
  std::vector<Entry> out;
  list(filter, [&](const Entry& e) { out.push_back(e); });
  return out;
}

void Journal::list(const ListFilter& filter, const std::function<void(const Entry&)>& each) {
  std::optional<SQLite::Statement> q;
  std::optional<Id> person_id;
  try {
    filter_sql(filter, person_id);
    q.emplace(*db_, sql::list(filter));
    bind_filter(*q, untimed(filter), person_id);
    q->bind(":from", filter.since.value_or(chunked::k_before_all.first));
  } catch (const SQLite::Exception& ex) {
    throw journal_error("read", path_, ex);
  }
  IdSet listed;
  std::vector<Entry> chunk;
  auto before = filter.until ? std::pair{*filter.until, chunked::k_before_all.second} : chunked::k_after_all;
  std::int64_t left = filter.limit > 0 ? filter.limit : -1; // -1: no limit
  for (;;) {
    const std::int64_t wanted = left < 0 ? chunked::k_chunk : std::min(left, chunked::k_chunk);
    std::int64_t rows = 0;
    chunk.clear();
    try {
      q->bind(":before_at", before.first);
      q->bind(":before_id", before.second);
      q->bind(":limit", wanted);
      while (q->executeStep()) {
        ++rows;
        Entry e = read_entry(*q);
        before = {e.at.utc, e.id};
        if (listed.insert(e.id)) chunk.push_back(std::move(e));
      }
      q->reset(); // the read, and its lock, end here: before the entries are passed on
    } catch (const SQLite::Exception& ex) {
      throw journal_error("read", path_, ex);
    }
    for (const auto& e : chunk) each(e);
    if (left > 0) left -= static_cast<std::int64_t>(chunk.size());
    if (rows < wanted || left == 0) break;
  }
}

long long Journal::count(const ListFilter& filter, long long most) {
  return guarded("read", path_, [&] {
    std::optional<Id> person_id;
    filter_sql(filter, person_id);
    ListFilter all = filter;
    all.limit = 0;
    SQLite::Statement q(*db_, sql::count_entries(all));
    bind_filter(q, all, person_id);
    q.bind(":most", static_cast<std::int64_t>(most));
    q.executeStep();
    return static_cast<long long>(q.getColumn(0).getInt64());
  });
}

void Journal::set_deleted(Id entry_id, bool deleted, Seconds now) {
  guarded("save to", path_, [&] {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement find(*db_, "SELECT deleted_at FROM entry WHERE id = ?");
    find.bind(1, entry_id);
    if (!find.executeStep()) throw UsageError(no_entry(entry_id));
    if (!find.getColumn(0).isNull() && find.getColumn(0).getInt64() == k_not_begun)
      throw UsageError(no_entry(entry_id)); // an interview not begun is no entry yet
    bool is_deleted = !find.getColumn(0).isNull();
    if (is_deleted == deleted)
      throw UsageError(fmt::format("entry #{} is {}", entry_id, deleted ? "already deleted" : "not deleted"));
    SQLite::Statement q(*db_, "UPDATE entry SET deleted_at = ?, version = version + 1 WHERE id = ?");
    if (deleted) q.bind(1, static_cast<std::int64_t>(now));
    q.bind(2, entry_id);
    q.exec();
    // Its commitments are hidden and restored with it (schema.cpp, v5).
    SQLite::Statement hide(*db_, "UPDATE commitment SET hidden = ? WHERE entry_id = ?");
    hide.bind(1, deleted ? 1 : 0);
    hide.bind(2, entry_id);
    hide.exec();
    txn.commit();
  });
}

std::optional<EntryState> Journal::read_state(Id id) {
  auto e = read_entry_by_id(id);
  if (!e) return std::nullopt;
  return EntryState{std::move(*e), read_answers(id)};
}

std::optional<EntryState> Journal::entry_state(Id id) {
  try {
    SQLite::Transaction txn(*db_); // one read: the version goes with the answers read
    auto state = read_state(id);
    txn.commit();
    return state;
  } catch (const SQLite::Exception& ex) {
    throw journal_error("read", path_, ex);
  }
}

std::optional<EntryState> Journal::update_entry(Id entry_id, const EditedEntry& ed, long long expected_version,
                                                Seconds now) {
  try {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    // Checked before anything is written, a person added included: an edit of an entry that
    // changed since it was read would undo that change.
    auto current = read_state(entry_id);
    if (!current || !current->entry.begun) throw UsageError(no_entry(entry_id));
    if (current->entry.version != expected_version) return current; // rolled back: nothing written
    std::optional<Id> pid;
    if (ed.person) {
      std::string name = *ed.person;
      std::optional<std::string> ignored;
      pid = person_id(name, now, ignored);
    }
    // The commitments made in the entry were its person's: they go with the entry to its new one.
    SQLite::Statement move(*db_, "UPDATE commitment SET person_id = ?1 WHERE entry_id = ?2 "
                                 "AND person_id IS (SELECT person_id FROM entry WHERE id = ?2)");
    if (pid) move.bind(1, *pid);
    move.bind(2, entry_id);
    move.exec();
    SQLite::Statement up(*db_, "UPDATE entry SET at_utc = ?, at_offset = ?, person_id = ?, outcome = ?, lesson = ?, "
                               "body = ?, updated_at = ?, version = version + 1 WHERE id = ?");
    up.bind(1, static_cast<std::int64_t>(ed.at.utc));
    up.bind(2, ed.at.offset);
    if (pid) up.bind(3, *pid);
    if (ed.outcome) up.bind(4, std::string(to_string(*ed.outcome)));
    up.bind(5, ed.lesson ? 1 : 0);
    up.bind(6, ed.body);
    up.bind(7, static_cast<std::int64_t>(now));
    up.bind(8, entry_id);
    up.exec();
    SQLite::Statement clear(*db_, "DELETE FROM tag WHERE entry_id = ?");
    clear.bind(1, entry_id);
    clear.exec();
    insert_tags(entry_id, ed.tags);
    SQLite::Statement ans(*db_, "UPDATE answer SET answer_text = ?1, scale_value = ?2, discovery = ?3, "
                                "probes_used = CASE WHEN ?4 IS NULL THEN NULL ELSE coalesce(?7, probes_used) END "
                                "WHERE entry_id = ?5 AND question_id = ?6");
    for (const auto& a : ed.answers) {
      ans.clearBindings();
      if (a.text) ans.bind(1, *a.text);
      if (a.scale && a.text) ans.bind(2, static_cast<std::int64_t>(std::stoll(*a.text)));
      if (a.mark) ans.bind(3, std::string(to_string(*a.mark)));
      if (a.mark) ans.bind(4, std::string(to_string(*a.mark)));
      ans.bind(5, entry_id);
      ans.bind(6, a.question_id);
      if (a.mark && a.probes) ans.bind(7, *a.probes);
      ans.exec();
      ans.reset();
    }
    txn.commit();
  } catch (const SQLite::Exception& ex) {
    throw journal_error("save to", path_, ex);
  }
  return std::nullopt;
}

} // namespace debrief
