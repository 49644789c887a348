// People: finding them by name (typos included), adding, renaming and merging, and their counts.
#include "storage/journal_rows.hpp"

#include "core/messages.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "core/suggest.hpp"
#include "core/unicode.hpp"
#include "storage/queries.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace debrief {

UsageError Journal::unknown_person(const std::string& name) {
  auto near = read_closest_person(name);
  const auto shown = escape_unprintable(name); // a name as stored before schema 3 may hold anything
  if (!near) return UsageError(no_one_called(shown));
  return UsageError(no_one_called(shown, escape_unprintable(*near)));
}

std::optional<Journal::FoundPerson> Journal::find_person(const std::string& name) {
  SQLite::Statement find(*db_, sql::person_id_by_name);
  find.bind(1, name);
  find.bind(2, name_key(name));
  if (!find.executeStep()) return std::nullopt;
  return FoundPerson{find.getColumn(0).getInt64(), find.getColumn(1).getString()};
}

std::optional<std::string> Journal::person_named(const std::string& name) {
  return guarded("read", path_, [&]() -> std::optional<std::string> {
    auto found = find_person(name);
    return found ? std::optional<std::string>(found->name) : std::nullopt;
  });
}

bool Journal::has_person_spelled(const std::string& name) {
  return guarded("read", path_, [&]() -> bool {
    SQLite::Statement q(*db_, "SELECT 1 FROM person WHERE name = ?");
    q.bind(1, name);
    return q.executeStep();
  });
}

std::optional<std::string> Journal::closest_person(const std::string& name) {
  return guarded("read", path_, [&] { return read_closest_person(name); });
}

std::optional<std::string> Journal::read_closest_person(const std::string& name) {
  auto names = read_people_names();
  // Compared without accents too: `Jose` for `José` is the likeliest slip of all.
  std::vector<std::string> keys;
  keys.reserve(names.size());
  for (const auto& n : names) keys.push_back(unicode::loose_key(n));
  auto near = did_you_mean(unicode::loose_key(name), keys);
  if (!near) return std::nullopt;
  return names[static_cast<std::size_t>(std::find(keys.begin(), keys.end(), *near) - keys.begin())];
}

Id Journal::person_id(std::string& name, Seconds now, std::optional<std::string>& close_match) {
  if (auto found = find_person(name)) {
    name = found->name;
    return found->id;
  }
  close_match = read_closest_person(name);
  SQLite::Statement add(*db_, "INSERT INTO person (name, name_key, created_at) VALUES (?, ?, ?)");
  add.bind(1, name);
  add.bind(2, name_key(name));
  add.bind(3, static_cast<std::int64_t>(now));
  add.exec();
  return db_->getLastInsertRowid();
}

bool Journal::rename_person(const std::string& from, const std::string& to, bool merge) {
  return guarded("save to", path_, [&]() -> bool {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    auto id_of = [&](const std::string& name) -> std::optional<std::int64_t> {
      auto found = find_person(name);
      return found ? std::optional<std::int64_t>(found->id) : std::nullopt;
    };
    auto old_id = id_of(from);
    if (!old_id) throw unknown_person(from);
    auto new_id = id_of(to);
    bool merging = new_id && *new_id != *old_id;
    if (merging && !merge)
      throw UsageError(fmt::format("{} is already in the journal; add --merge to move the entries and commitments "
                                   "of {} to {}",
                                   quoted_name(to), quoted_name(escape_unprintable(from)), quoted_name(to)));
    // The text an edit saves names the person: an edit of one of their entries opened before
    // this rename or merge must not bring the old name back (see update_entry).
    SQLite::Statement touch(*db_, "UPDATE entry SET version = version + 1 WHERE person_id = ?");
    touch.bind(1, *old_id);
    touch.exec();
    if (merging) {
      for (const char* table : {"entry", "commitment"}) {
        SQLite::Statement move(*db_, fmt::format("UPDATE {} SET person_id = ? WHERE person_id = ?", table));
        move.bind(1, *new_id);
        move.bind(2, *old_id);
        move.exec();
      }
      SQLite::Statement drop(*db_, "DELETE FROM person WHERE id = ?");
      drop.bind(1, *old_id);
      drop.exec();
    } else {
      // A person whose key the migration to schema 3 kept apart from another's keeps it when
      // only the case of their name changes (`MÜLLER` to `MÜLLEr` beside `Müller`).
      SQLite::Statement rename(*db_, "UPDATE person SET name = ?1, name_key = CASE WHEN EXISTS (SELECT 1 FROM person "
                                     "WHERE name_key = ?2 AND id <> ?3) THEN name_key ELSE ?2 END WHERE id = ?3");
      rename.bind(1, to);
      rename.bind(2, name_key(to));
      rename.bind(3, *old_id);
      rename.exec();
    }
    txn.commit();
    return merging;
  });
}

std::vector<PersonSummary> Journal::people() {
  return guarded("read", path_, [&]() -> std::vector<PersonSummary> {
    std::vector<PersonSummary> out; // one per person: their counts, never their entries
    SQLite::Statement q(*db_, sql::people);
    while (q.executeStep()) {
      PersonSummary p;
      p.name = q.getColumn(0).getString();
      p.notes = q.getColumn(1).getInt();
      p.debriefs = q.getColumn(2).getInt();
      p.reflections = q.getColumn(3).getInt();
      if (!q.getColumn(4).isNull()) p.last_coached = Instant{q.getColumn(4).getInt64(), q.getColumn(5).getInt()};
      p.open_commitments = q.getColumn(6).getInt();
      // Entries of private decks are not counted (as in the report); someone seen only in them
      // is not listed.
      const bool only_private = q.getColumn(7).getInt() != 0 && p.notes + p.debriefs + p.reflections == 0;
      if (!only_private) out.push_back(std::move(p));
    }
    return out;
  });
}

std::vector<std::string> Journal::people_names() {
  return guarded("read", path_, [&] { return read_people_names(); });
}

std::vector<std::string> Journal::read_people_names() {
  std::vector<std::string> names;
  SQLite::Statement q(*db_, sql::people_names);
  while (q.executeStep()) names.push_back(q.getColumn(0).getString());
  return names;
}

} // namespace debrief
