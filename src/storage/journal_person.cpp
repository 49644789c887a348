// One person at a glance (`debrief person NAME`): what core/person.hpp builds its view from,
// aggregated in SQL over that person's rows alone (storage/queries_person.cpp).
#include "storage/journal_rows.hpp"

#include "storage/queries.hpp"

#include <algorithm>
#include <limits>

namespace debrief {

namespace {

void bind_person(SQLite::Statement& q, Id person, bool all) {
  q.bind(":person", person);
  q.bind(":all", all ? 1 : 0);
}

void read_counts(SQLite::Database& db, Id person, PersonInput& in) {
  SQLite::Statement q(db, sql::person_counts);
  bind_person(q, person, in.include_private);
  while (q.executeStep()) {
    const int n = q.getColumn(2).getInt();
    const auto kind = stored("entry", [&] { return parse_kind(q.getColumn(0).getString()); });
    (kind == Kind::note ? in.notes : kind == Kind::debrief ? in.debriefs : in.reflections) += n;
    if (!q.getColumn(1).isNull())
      in.outcomes[stored("entry", [&] { return parse_outcome(q.getColumn(1).getString()); })] += n;
    in.lesson_count += q.getColumn(3).getInt();
  }
}

void read_marks(SQLite::Database& db, Id person, PersonInput& in) {
  SQLite::Statement q(db, sql::person_marks);
  bind_person(q, person, in.include_private);
  while (q.executeStep()) {
    const std::string month = q.getColumn(0).getString();
    if (in.months.empty() || in.months.back().month != month) in.months.push_back({month, {}});
    auto mark = parse_discovery(q.getColumn(1).getString());
    if (!mark) continue; // the schema's CHECK allows no other value
    auto& t = in.months.back().tally;
    (*mark == Discovery::self ? t.self : *mark == Discovery::nudged ? t.nudged : t.told) += q.getColumn(2).getInt();
  }
}

void read_scales(SQLite::Database& db, Id person, PersonInput& in) {
  SQLite::Statement q(db, sql::person_scales);
  bind_person(q, person, in.include_private);
  while (q.executeStep())
    in.scales.push_back({q.getColumn(0).isNull() ? std::string() : q.getColumn(0).getString(),
                         q.getColumn(1).getString(), q.getColumn(4).getString(), q.getColumn(2).getDouble(),
                         q.getColumn(3).getInt()});
}

void read_lessons(SQLite::Database& db, Id person, PersonInput& in) {
  SQLite::Statement q(db, sql::person_lessons);
  bind_person(q, person, in.include_private);
  q.bind(":limit", static_cast<std::int64_t>(k_person_lessons));
  while (q.executeStep())
    in.lessons.push_back({q.getColumn(0).getInt64(), Instant{q.getColumn(1).getInt64(), q.getColumn(2).getInt()},
                          q.getColumn(3).getString()});
}

/// The reviews of the open commitments, in entries from the oldest one's making on (a review
/// is answered in an `ask` started after the commitment was made).
void read_reviews(SQLite::Database& db, Id person, PersonInput& in) {
  if (in.open.empty()) return;
  Seconds since = std::numeric_limits<Seconds>::max();
  for (const auto& c : in.open) since = std::min(since, c.created);
  SQLite::Statement q(db, sql::person_reviews);
  bind_person(q, person, in.include_private);
  q.bind(":since", static_cast<std::int64_t>(since));
  std::map<std::pair<Id, std::string>, std::size_t> at; // (entry, uuid) -> index in its reviews
  while (q.executeStep()) {
    auto id = parse_review_answer_id(q.getColumn(0).getString());
    if (!id || id->part == ReviewPart::subject) continue; // names what an `ask --commitment` reviews
    const bool open = std::any_of(in.open.begin(), in.open.end(), [&](const auto& c) { return c.uuid == id->uuid; });
    if (!open) continue;
    const Id entry = q.getColumn(2).getInt64();
    auto& list = in.reviews[id->uuid];
    auto [it, added] = at.try_emplace({entry, id->uuid}, list.size());
    if (added) list.push_back({entry, Instant{q.getColumn(3).getInt64(), q.getColumn(4).getInt()}, "", std::nullopt});
    auto& r = list[it->second];
    std::string text = q.getColumn(1).isNull() ? std::string() : q.getColumn(1).getString();
    if (id->part == ReviewPart::decision)
      r.decision = text;
    else if (id->part == ReviewPart::account)
      r.how = text;
  }
}

} // namespace

PersonInput Journal::person_input(const std::string& name, bool include_private) {
  return guarded("read", path_, [&]() -> PersonInput {
    SQLite::Transaction txn(*db_); // one read: every figure from the same journal
    auto found = find_person(name);
    if (!found) throw unknown_person(name);
    PersonInput in;
    in.name = found->name;
    in.include_private = include_private;
    read_counts(*db_, found->id, in);
    {
      SQLite::Statement q(*db_, sql::person_last_entry);
      bind_person(q, found->id, include_private);
      if (q.executeStep()) in.last_contact = read_entry(q);
    }
    SQLite::Statement last(*db_, sql::person_last_debriefs);
    bind_person(last, found->id, include_private);
    last.bind(":limit", static_cast<std::int64_t>(k_person_debriefs));
    while (last.executeStep()) in.last_debriefs.push_back({read_entry(last), {}});
    for (auto& d : in.last_debriefs) d.answers = read_answers(d.entry.id);
    auto bind = [&](SQLite::Statement& q) { bind_person(q, found->id, include_private); };
    in.open = query_commitments(sql::person_open_commitments, bind);
    in.closed = query_commitments(sql::person_closed_commitments, [&](SQLite::Statement& q) {
      bind(q);
      q.bind(":limit", static_cast<std::int64_t>(k_person_closed));
    });
    read_reviews(*db_, found->id, in);
    read_marks(*db_, found->id, in);
    read_scales(*db_, found->id, in);
    read_lessons(*db_, found->id, in);
    txn.commit();
    return in;
  });
}

} // namespace debrief
