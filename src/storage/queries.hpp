// The SQL behind the commands that must stay fast in a journal of a million entries, in one
// place: Journal issues these very strings, tests/test_storage_queryplan.cpp checks that each
// one's plan uses its index, and bench/ times them in the sqlite3 shell as the program's floor.
#pragma once

#include "core/model.hpp"

#include <string>
#include <vector>

namespace debrief::sql {

/// The columns read_entry() reads (entry `e`, its person and tags), and the FROM clause.
extern const char* const entry_columns;
/// The same with Entry::first_answer (an indexed subquery per interview without --about), for
/// the lines list and search show; other reads leave it empty.
extern const char* const listed_entry_columns;
/// One entry by `:id`, deleted or not.
std::string entry_by_id();
/// The filter's conditions on entries `e`, each starting with " AND "; `:person` is a person
/// id, set when the filter names a person.
std::string filter_conditions(const ListFilter& filter);
/// `list`: the filter's entries, most recent first, a chunk at a time: `LIMIT :limit` of them
/// at or after `:from` and before the key (`:before_at`, `:before_id`). The filter's period is
/// not in the statement: `:from` is its start and the first key its end (`until`, INT64_MIN).
std::string list(const ListFilter& filter);
/// How many entries the filter matches (its period included), whatever its limit, counting
/// no further than `:most`.
std::string count_entries(const ListFilter& filter);
/// `export`: the filter's entries, oldest first, `:chunk` of them (all for -1) after the key
/// (`:after_at`, `:after_id`) and before `:to`; the first key is the period's start (`since`,
/// INT64_MIN) and `:to` its end, which are not in the statement.
std::string export_entries(const ListFilter& filter);
/// The answers, then the commitments (with their person's name), of the filter's entries whose
/// keys are after (`:after_at`, `:after_id`) and at most (`:last_at`, `:last_id`): the chunk
/// export_entries() read last (the period is in those keys). The entry's id first; in the
/// entries' order, then by position (answers) or id (commitments).
std::string export_answers(const ListFilter& filter);
std::string export_commitments(const ListFilter& filter);
/// An entry's answers (`?1`) in the order asked.
extern const char* const answers_of_entry;
/// Commitments with their person's name, then `where` (conditions and order).
std::string commitments(const std::string& where);
/// A chunk of the commitments `where` selects in due order (chunked::read_chunks): those with
/// a due day (`dated`) after (:after_key, :after_id) by (due, id), or those without one after
/// :after_id by id.
std::string commitments_due(const std::string& where, bool dated);
/// `show`: the commitments made in entry `?1`.
std::string commitments_of_entry();
/// `ask`: the open commitments of the person of entry `?1`, oldest first.
std::string open_commitments_of_entry_person();
/// A recap (`show --format markdown`, the close of `ask`): the commitments entry `?1` reviewed
/// (its answers `review/<uuid>`).
std::string commitments_reviewed_in();
/// The context of a new debrief: the last complete debrief with the person of entry `:id`,
/// other than it, neither deleted nor private.
std::string last_debrief_of_entry_person();
/// How it went (text, instant, offset) in the latest answer `:question` (`review/<uuid>`) of
/// the person of entry `:id`, in an entry other than it, neither deleted nor private.
extern const char* const latest_review;
/// A person's id and stored name by name (`?1`) or name_key (`?2`), the name first.
extern const char* const person_id_by_name;
extern const char* const people_names;
/// `people`: each person's counts of entries by kind, last debrief and open commitments, by
/// name; entries neither deleted nor private, from entry_person_kind alone (schema v8).
extern const char* const people;
extern const char* const people_ids;

/// `search`: the matching texts (`?1`), best first; rowid encodes the owner (see schema.cpp).
extern const char* const search_hits;
extern const char* const answer_owner;
extern const char* const commitment_owner;
/// A hit's entry (`:id`) if not deleted and the filter selects it.
std::string search_entry(const ListFilter& filter);
/// The highlighted snippet of text `?2` for query `?1`.
std::string search_snippet();
/// Every matching text for query `?1` from the `?2`th best on, with its snippet, into the
/// temporary table search_spool (n: rank order), and the spooled texts after `?1`, a chunk.
std::string search_spool();
extern const char* const search_spooled;
/// The best `?2` texts for query `?1` with their snippets, in one statement: the least any
/// search must do, and the floor bench/ holds `search` to.
std::string search_top();

/// The report reads the entries in [:from, :to), the span of its periods (report_boundaries()),
/// and the period's own [:start, :end).
/// "private" below: whether the row comes from a private entry (a commitment: made in one).
/// Entries: instant, person id, kind, outcome, private.
extern const char* const report_entry_rows;
/// Discovery marks of debriefs' answers: instant, person id, private, mark.
extern const char* const report_mark_rows;
/// Scale answers: instant, person id, deck, question id, value, question text, private.
extern const char* const report_scale_rows;
/// Tags of the period's entries: tag, person id, private.
extern const char* const report_tag_rows;
/// The period's lessons: id, instant, offset, person id, private, text (a `lesson` answer,
/// else the body).
extern const char* const report_lessons;
/// Commitments opened or closed in the period: person id, private, whether opened, done,
/// closed (done or dropped) in it.
extern const char* const report_commitment_rows;
/// Commitments that may have been open until `:seen_until` (open now, or closed at or after it)
/// and are due before `:due_before`, with their private flag; build_report checks when each was
/// created.
extern const char* const report_open_commitments;
/// The commitments reviewed or closed from :from to :to (the report's reviews).
extern const char* const report_reviews;

/// `person NAME` (queries_person.cpp): the person `:person`'s entries, not deleted, private
/// ones only when `:all` is 1.
/// Kind, outcome, count and lessons of their entries.
extern const std::string person_counts;
/// Their latest entry (entry_columns).
extern const std::string person_last_entry;
/// Their latest `:limit` complete debriefs (entry_columns), latest first.
extern const std::string person_last_debriefs;
/// Discovery marks of their debriefs by month of local time: month, mark, count.
extern const std::string person_marks;
/// Scale answers of their reflections by deck question: deck, question id, sum, count, the text
/// as last asked.
extern const std::string person_scales;
/// Their latest `:limit` lessons: id, instant, offset, text (the `lesson` answer, else the body).
extern const std::string person_lessons;
/// Reviews (`review/<uuid>` answers) in their entries at or after `:since`: question id, text,
/// entry id, instant, offset; oldest first.
extern const std::string person_reviews;
/// Their open commitments, oldest first; their latest `:limit` closed ones, latest first.
extern const std::string person_open_commitments;
extern const std::string person_closed_commitments;

/// A hot statement under a name, for the query-plan test and the benchmarks.
struct Named {
  std::string name;
  std::string sql;
};
/// Every statement above, those that take filters once per filter (and a few combinations).
std::vector<Named> hot_queries();

} // namespace debrief::sql
