// The hot statements: see queries.hpp.
#include "storage/queries.hpp"

#include "storage/journal.hpp"

#include <fmt/format.h>

namespace debrief::sql {

// An interview's first written answer (Entry::first_answer) as a subquery on entry `e`: not a
// review's, a scale's or a skipped one. What list and the report show for an interview that
// has no --about text.
#define DEBRIEF_FIRST_WRITTEN_ANSWER                                                                                   \
  "(SELECT a.answer_text FROM answer a WHERE a.entry_id = e.id AND a.answer_text <> '' AND a.scale_value IS NULL "     \
  "AND a.question_id NOT LIKE 'review/%' ORDER BY a.position LIMIT 1)"

// The columns of read_entry(), the last one Entry::first_answer as `first_answer` gives it.
#define DEBRIEF_ENTRY_COLUMNS(first_answer)                                                                            \
  "SELECT e.id, e.uuid, e.kind, p.name, e.deck_id, e.at_utc, e.at_offset, e.created_at, e.updated_at, "                \
  "e.body, e.outcome, e.lesson, e.status, "                                                                            \
  "coalesce((SELECT group_concat(tag, ',') FROM (SELECT tag FROM tag WHERE entry_id = e.id ORDER BY tag)), ''), "      \
  "e.deleted_at, e.version, e.private, " first_answer " FROM entry e LEFT JOIN person p ON p.id = e.person_id "

const char* const entry_columns = DEBRIEF_ENTRY_COLUMNS("NULL");
const char* const listed_entry_columns =
    DEBRIEF_ENTRY_COLUMNS("CASE WHEN e.kind <> 'note' AND e.body = '' THEN " DEBRIEF_FIRST_WRITTEN_ANSWER " END");

std::string entry_by_id() { return std::string(entry_columns) + "WHERE e.id = :id"; }

std::string filter_conditions(const ListFilter& filter) {
  std::string sql;
  if (filter.person) sql += " AND e.person_id = :person";
  if (filter.tag) sql += " AND EXISTS (SELECT 1 FROM tag t WHERE t.entry_id = e.id AND t.tag = :tag)";
  if (filter.kind) sql += " AND e.kind = :kind";
  if (filter.since) sql += " AND e.at_utc >= :since";
  if (filter.until) sql += " AND e.at_utc < :until";
  if (filter.outcome) sql += " AND e.outcome = :outcome";
  if (filter.lessons_only) sql += " AND e.lesson = 1";
  if (!filter.include_private) sql += " AND e.private = 0";
  return sql;
}

// The whole-journal reads come in chunks by the key of their order, (at_utc, id), each chunk
// after the last one read: a row value, which SQLite seeks in the index on at_utc rather than
// skipping the rows already read. The filter's period is given by the caller as keys too: a
// second bound on at_utc on the key's side could be the one SQLite seeks by, and every chunk
// would then read again all that the chunks before it read.
namespace {

ListFilter untimed(ListFilter filter) {
  filter.since.reset();
  filter.until.reset();
  return filter;
}

/// The filter's entries `e` whose keys are after (:after_at, :after_id) and at most
/// (:last_at, :last_id): those of one chunk of export_entries(), read again for their rows.
std::string export_chunk(const ListFilter& filter) {
  return "WHERE e.deleted_at IS NULL" + filter_conditions(untimed(filter)) +
         " AND (e.at_utc, e.id) > (:after_at, :after_id) AND (e.at_utc, e.id) <= (:last_at, :last_id)";
}

} // namespace

std::string list(const ListFilter& filter) {
  return std::string(listed_entry_columns) + "WHERE e.deleted_at IS NULL" + filter_conditions(untimed(filter)) +
         " AND e.at_utc >= :from AND (e.at_utc, e.id) < (:before_at, :before_id) ORDER BY e.at_utc DESC, e.id DESC "
         "LIMIT :limit";
}

std::string count_entries(const ListFilter& filter) {
  return "SELECT count(*) FROM (SELECT 1 FROM entry e WHERE e.deleted_at IS NULL" + filter_conditions(filter) +
         " LIMIT :most)";
}

std::string export_entries(const ListFilter& filter) {
  return std::string(entry_columns) + "WHERE e.deleted_at IS NULL" + filter_conditions(untimed(filter)) +
         " AND (e.at_utc, e.id) > (:after_at, :after_id) AND e.at_utc < :to ORDER BY e.at_utc, e.id LIMIT :chunk";
}

std::string export_answers(const ListFilter& filter) {
  return "SELECT e.id, a.position, a.question_id, a.question_text, a.answer_text, a.scale_value, a.discovery, "
         "coalesce(a.probes_used, 0), a.answered_at FROM entry e JOIN answer a ON a.entry_id = e.id " +
         export_chunk(filter) + " ORDER BY e.at_utc, e.id, a.position";
}

std::string export_commitments(const ListFilter& filter) {
  return "SELECT e.id, c.uuid, p.name, c.text, c.due_utc, c.status, c.closing_note, c.created_at, c.closed_at, "
         "c.skill, c.review_note, c.helped, c.evidence, c.reviewed_at "
         "FROM entry e JOIN commitment c ON c.entry_id = e.id LEFT JOIN person p ON p.id = c.person_id " +
         export_chunk(filter) + " ORDER BY e.at_utc, e.id, c.id";
}

const char* const answers_of_entry =
    "SELECT position, question_id, question_text, answer_text, scale_value, discovery, "
    "coalesce(probes_used, 0) FROM answer WHERE entry_id = ? ORDER BY position";

std::string commitments(const std::string& where) {
  return "SELECT c.id, c.uuid, p.name, c.entry_id, c.text, c.due_utc, c.status, c.created_at, c.closing_note, "
         "c.closed_at, c.skill, c.review_note, c.helped, c.evidence, c.reviewed_at, c.hidden "
         "FROM commitment c LEFT JOIN person p ON p.id = c.person_id " +
         where;
}

std::string commitments_due(const std::string& where, bool dated) {
  return commitments(where + (dated ? " AND c.due_utc IS NOT NULL AND (c.due_utc, c.id) > (:after_key, :after_id) "
                                      "ORDER BY c.due_utc, c.id LIMIT :chunk"
                                    : " AND c.due_utc IS NULL AND c.id > :after_id ORDER BY c.id LIMIT :chunk"));
}

std::string commitments_of_entry() { return commitments("WHERE c.entry_id = ? ORDER BY c.id"); }

std::string open_commitments_of_entry_person() {
  // A private commitment only in a private session (a public debrief would keep its text in the
  // review's question), a public one only in a public session (what a private one said of it
  // would be kept on the commitment, which shared output shows).
  return commitments("WHERE c.status = 'open' AND c.person_id = (SELECT person_id FROM entry WHERE id = ?1) "
                     "AND c.hidden = 0 AND c.private = (SELECT private FROM entry WHERE id = ?1) "
                     "ORDER BY c.created_at, c.id");
}

std::string commitments_reviewed_in() {
  return commitments("WHERE c.uuid IN (SELECT substr(a.question_id, 8) FROM answer a WHERE a.entry_id = ?1 "
                     "AND a.question_id LIKE 'review/%') ORDER BY c.id");
}

std::string last_debrief_of_entry_person() {
  return std::string(entry_columns) +
         "WHERE e.person_id = (SELECT person_id FROM entry WHERE id = :id) AND e.id <> :id AND e.kind = 'debrief' "
         "AND e.status = 'complete' AND e.deleted_at IS NULL AND e.private = 0 ORDER BY e.at_utc DESC, e.id DESC "
         "LIMIT 1";
}

const char* const latest_review =
    "SELECT coalesce(a.answer_text, ''), e.at_utc, e.at_offset FROM entry e JOIN answer a ON a.entry_id = e.id "
    "WHERE e.person_id = (SELECT person_id FROM entry WHERE id = :id) AND e.id <> :id AND e.deleted_at IS NULL "
    "AND e.private = 0 AND a.question_id = :question ORDER BY e.at_utc DESC, e.id DESC, a.position DESC LIMIT 1";

// The name as spelled (ASCII case aside: the column is NOCASE) first, which tells apart people
// whose keys the migration to schema 3 kept apart; else by the key, for every other spelling.
const char* const person_id_by_name = "SELECT id, name FROM person WHERE name = ?1 "
                                      "UNION ALL SELECT id, name FROM person WHERE name_key = ?2 LIMIT 1";
const char* const people_names = "SELECT name FROM person ORDER BY name";
// Each count is a range of entry_person_kind (person, kind, not private, not deleted); the last
// debrief is the end of its range. The last column says whether the person has private
// debriefs or reflections: someone seen only in those is not listed.
const char* const people =
    "SELECT p.name, "
    "(SELECT count(*) FROM entry e WHERE e.person_id = p.id AND e.kind = 'note' AND e.private = 0 "
    "AND e.deleted_at IS NULL), "
    "(SELECT count(*) FROM entry e WHERE e.person_id = p.id AND e.kind = 'debrief' AND e.private = 0 "
    "AND e.deleted_at IS NULL), "
    "(SELECT count(*) FROM entry e WHERE e.person_id = p.id AND e.kind = 'reflection' AND e.private = 0 "
    "AND e.deleted_at IS NULL), "
    "l.at_utc, l.at_offset, "
    "(SELECT count(*) FROM commitment c WHERE c.person_id = p.id AND c.status = 'open' AND c.hidden = 0 "
    "AND c.private = 0), "
    "EXISTS (SELECT 1 FROM entry e WHERE e.person_id = p.id AND e.kind IN ('debrief', 'reflection') "
    "AND e.private = 1 AND e.deleted_at IS NULL) "
    "FROM person p LEFT JOIN entry l ON l.id = (SELECT e.id FROM entry e WHERE e.person_id = p.id "
    "AND e.kind = 'debrief' AND e.private = 0 AND e.deleted_at IS NULL ORDER BY e.at_utc DESC LIMIT 1) "
    "ORDER BY p.name";
const char* const people_ids = "SELECT id, name FROM person";

// bm25() is what rank means (the default), written out so that SQLite sorts with the LIMIT,
// keeping only the rows it returns, rather than FTS5 sorting every match; rowid breaks ties.
const char* const search_hits =
    "SELECT rowid FROM search WHERE search MATCH ?1 ORDER BY bm25(search), rowid LIMIT ?2 OFFSET ?3";
const char* const answer_owner = "SELECT entry_id FROM answer WHERE id = ?";
const char* const commitment_owner = "SELECT entry_id FROM commitment WHERE id = ?";

std::string search_entry(const ListFilter& filter) {
  return std::string(listed_entry_columns) + "WHERE e.id = :id AND e.deleted_at IS NULL" + filter_conditions(filter);
}

std::string search_snippet() {
  return std::string("SELECT snippet(search, 0, '") + k_match_start + "', '" + k_match_end +
         "', '…', 12) FROM search WHERE search MATCH ?1 AND rowid = ?2";
}

std::string search_spool() {
  return std::string("INSERT INTO temp.search_spool (text, snippet) SELECT rowid, snippet(search, 0, '") +
         k_match_start + "', '" + k_match_end +
         "', '…', 12) FROM search WHERE search MATCH ?1 ORDER BY bm25(search), rowid LIMIT -1 OFFSET ?2";
}

const char* const search_spooled = "SELECT n, text, snippet FROM temp.search_spool WHERE n > ?1 ORDER BY n LIMIT ?2";

std::string search_top() {
  return std::string("SELECT rowid, snippet(search, 0, '") + k_match_start + "', '" + k_match_end +
         "', '…', 12) FROM search WHERE search MATCH ?1 ORDER BY bm25(search), rowid LIMIT ?2";
}

// The report's rows come in the order of covering indexes and are counted as they come
// (Journal::fill_report): SQLite's GROUP BY would sort a million rows first, which takes
// longer than reading them. Memory stays that of the counts. Every row says whether it comes
// from a private entry (a commitment: made in one, as its copy of the entry's flag says), and
// build_report leaves those out unless asked: the flag stored with the entry, never the decks.
// A commitment whose entry is deleted is left out by its own `hidden` (schema.cpp, v5).
const char* const report_entry_rows = "SELECT e.at_utc, e.person_id, e.kind, e.outcome, e.private FROM entry e "
                                      "WHERE e.at_utc >= :from AND e.at_utc < :to AND e.deleted_at IS NULL";

const char* const report_mark_rows =
    "SELECT e.at_utc, e.person_id, e.private, a.discovery, e.outcome, e.id, a.probes_used FROM entry e "
    "JOIN answer a ON a.entry_id = e.id "
    "WHERE e.kind = 'debrief' AND e.at_utc >= :from AND e.at_utc < :to AND e.deleted_at IS NULL "
    "AND a.discovery IS NOT NULL";

const char* const report_scale_rows =
    "SELECT e.at_utc, e.person_id, e.deck_id, a.question_id, a.scale_value, a.question_text, e.private FROM entry e "
    "JOIN answer a ON a.entry_id = e.id "
    "WHERE e.at_utc >= :from AND e.at_utc < :to AND e.deleted_at IS NULL AND e.deck_id IS NOT NULL "
    "AND a.scale_value IS NOT NULL";

const char* const report_tag_rows = "SELECT t.tag, e.person_id, e.private FROM entry e JOIN tag t ON t.entry_id = e.id "
                                    "WHERE e.at_utc >= :start AND e.at_utc < :end AND e.deleted_at IS NULL";

// The two lists a report reads again as it writes them come in chunks (:chunk rows after the
// last one read, by the order's key): no statement, and so no lock, stays open while the
// report waits for its reader.
const char* const report_lessons =
    "SELECT e.id, e.at_utc, e.at_offset, e.person_id, e.private, coalesce((SELECT a.answer_text FROM answer a "
    "WHERE a.entry_id = e.id AND a.question_id = 'lesson' AND a.answer_text <> '' ORDER BY a.position DESC LIMIT 1), "
    "nullif(e.body, ''), " DEBRIEF_FIRST_WRITTEN_ANSWER ", ''), "
    "(SELECT a.answer_text FROM answer a WHERE a.entry_id = e.id AND a.question_id = 'noticed' LIMIT 1), "
    "(SELECT a.answer_text FROM answer a WHERE a.entry_id = e.id AND a.question_id = 'cost' LIMIT 1) FROM entry e "
    "WHERE e.lesson = 1 AND e.at_utc >= :start AND e.at_utc < :end AND e.deleted_at IS NULL "
    "AND (e.at_utc, e.id) > (:after_key, :after_id) ORDER BY e.at_utc, e.id LIMIT :chunk";

const char* const report_commitment_rows =
    "SELECT person_id, private, 1, status = 'done' AND closed_at >= :start AND closed_at < :end, "
    "status <> 'open' AND closed_at >= :start AND closed_at < :end FROM commitment "
    "WHERE created_at >= :start AND created_at < :end AND hidden = 0 "
    "UNION ALL SELECT person_id, private, 0, status = 'done', status <> 'open' FROM commitment "
    "WHERE closed_at >= :start AND closed_at < :end AND NOT (created_at >= :start AND created_at < :end) "
    "AND hidden = 0";

// Reviewed in the span (commitment_reviewed), or closed in it without a review then
// (commitment_closed): each commitment once.
const char* const report_reviews =
    "SELECT person_id, private, skill, helped, coalesce(evidence, '') <> '', reviewed_at, "
    "CASE WHEN status <> 'open' THEN closed_at END FROM commitment "
    "WHERE reviewed_at >= :from AND reviewed_at < :to AND hidden = 0 "
    "UNION ALL SELECT person_id, private, skill, helped, coalesce(evidence, '') <> '', NULL, closed_at "
    "FROM commitment WHERE closed_at >= :from AND closed_at < :to AND status <> 'open' AND hidden = 0 "
    "AND (reviewed_at IS NULL OR reviewed_at < :from OR reviewed_at >= :to)";

// In due order, then id, without sorting the open ones (commitment_status_due holds them in
// that order); those closed since :seen_until (none for a report up to now) come by
// commitment_closed and are sorted (`+due_utc`: not by commitment_due, which would read every
// commitment due before the period's end). In chunks, as report_lessons.
const char* const report_open_commitments =
    "SELECT id, person_id, text, due_utc, status, created_at, closed_at, private FROM commitment "
    "WHERE status = 'open' AND due_utc < :due_before AND (due_utc, id) > (:after_key, :after_id) AND hidden = 0 "
    "UNION ALL SELECT id, person_id, text, +due_utc, status, created_at, closed_at, private FROM commitment "
    "WHERE status <> 'open' AND closed_at >= :seen_until AND +due_utc < :due_before AND hidden = 0 "
    "AND (+due_utc, id) > (:after_key, :after_id) ORDER BY 4, 1 LIMIT :chunk";

std::vector<Named> hot_queries() {
  std::vector<Named> out{
      {"entry_by_id", entry_by_id()},
      {"answers_of_entry", answers_of_entry},
      {"commitments_of_entry", commitments_of_entry()},
      {"open_commitments_of_entry_person", open_commitments_of_entry_person()},
      {"commitments_reviewed_in", commitments_reviewed_in()},
      {"last_debrief_of_entry_person", last_debrief_of_entry_person()},
      {"latest_review", latest_review},
      {"person_id_by_name", person_id_by_name},
      {"person_counts", person_counts},
      {"person_last_entry", person_last_entry},
      {"person_last_debriefs", person_last_debriefs},
      {"person_marks", person_marks},
      {"person_scales", person_scales},
      {"person_lessons", person_lessons},
      {"person_reviews", person_reviews},
      {"person_open_commitments", person_open_commitments},
      {"person_closed_commitments", person_closed_commitments},
      {"people_names", people_names},
      {"search_hits", search_hits},
      {"answer_owner", answer_owner},
      {"commitment_owner", commitment_owner},
      {"search_snippet", search_snippet()},
      {"search_top", search_top()},
      {"people", people},
      {"commitments_due/all", commitments_due("WHERE c.hidden = 0", true)},
      {"commitments_due/all undated", commitments_due("WHERE c.hidden = 0", false)},
      {"commitments_due/open", commitments_due("WHERE c.hidden = 0 AND c.status = 'open'", true)},
      {"report_entry_rows", report_entry_rows},
      {"report_mark_rows", report_mark_rows},
      {"report_scale_rows", report_scale_rows},
      {"report_tag_rows", report_tag_rows},
      {"report_lessons", report_lessons},
      {"report_commitment_rows", report_commitment_rows},
      {"report_open_commitments", report_open_commitments},
      {"report_reviews", report_reviews},
  };
  std::vector<std::pair<std::string, ListFilter>> filters;
  ListFilter f;
  filters.emplace_back("recent", f);
  f = {}, f.person = "alice", filters.emplace_back("person", f);
  f = {}, f.tag = "demo", filters.emplace_back("tag", f);
  f = {}, f.kind = Kind::debrief, filters.emplace_back("kind", f);
  f = {}, f.since = 0, filters.emplace_back("since", f);
  f = {}, f.since = 0, f.until = 1, filters.emplace_back("since+until", f);
  f = {}, f.lessons_only = true, filters.emplace_back("lesson", f);
  f = {}, f.outcome = Outcome::won, filters.emplace_back("outcome", f);
  f = {}, f.person = "alice", f.since = 0, filters.emplace_back("person+since", f);
  f = {}, f.include_private = false, filters.emplace_back("public", f);
  for (const auto& [name, filter] : filters) {
    out.push_back({"list/" + name, list(filter)});
    out.push_back({"search_entry/" + name, search_entry(filter)});
    out.push_back({"export_entries/" + name, export_entries(filter)});
    out.push_back({"export_answers/" + name, export_answers(filter)});
    out.push_back({"export_commitments/" + name, export_commitments(filter)});
  }
  return out;
}

} // namespace debrief::sql
