// The statements of `debrief person NAME` (see queries.hpp): each reads one person's rows
// through entry_person_at (person_id, at_utc) or commitment_person_status, and aggregates in
// SQL, so the command reads no more than it shows.
#include "storage/queries.hpp"

namespace debrief::sql {

namespace {

// The person's entries the view counts: not deleted, private ones only with :all = 1.
constexpr const char* k_person_entries = "e.person_id = :person AND e.deleted_at IS NULL AND (:all OR e.private = 0) ";

} // namespace

const std::string person_counts = std::string("SELECT e.kind, e.outcome, count(*), sum(e.lesson) FROM entry e WHERE ") +
                                  k_person_entries + "GROUP BY e.kind, e.outcome";

const std::string person_last_entry =
    std::string(entry_columns) + "WHERE " + k_person_entries + "ORDER BY e.at_utc DESC, e.id DESC LIMIT 1";

const std::string person_last_debriefs = std::string(entry_columns) + "WHERE " + k_person_entries +
                                         "AND e.kind = 'debrief' AND e.status = 'complete' "
                                         "ORDER BY e.at_utc DESC, e.id DESC LIMIT :limit";

const std::string person_marks =
    std::string("SELECT strftime('%Y-%m', e.at_utc + e.at_offset, 'unixepoch'), a.discovery, count(*) FROM entry e "
                "JOIN answer a ON a.entry_id = e.id AND a.discovery IS NOT NULL WHERE ") +
    k_person_entries + "AND e.kind = 'debrief' GROUP BY 1, 2 ORDER BY 1";

const std::string person_scales =
    std::string("SELECT e.deck_id, a.question_id, sum(a.scale_value), count(*), a.question_text, max(e.at_utc) "
                "FROM entry e JOIN answer a ON a.entry_id = e.id AND a.scale_value IS NOT NULL WHERE ") +
    k_person_entries + "AND e.kind = 'reflection' GROUP BY e.deck_id, a.question_id ORDER BY e.deck_id, a.question_id";

const std::string person_lessons =
    std::string("SELECT e.id, e.at_utc, e.at_offset, coalesce((SELECT a.answer_text FROM answer a WHERE a.entry_id = "
                "e.id AND a.question_id = 'lesson' AND a.answer_text <> '' ORDER BY a.position DESC LIMIT 1), e.body) "
                "FROM entry e WHERE ") +
    k_person_entries + "AND e.lesson = 1 ORDER BY e.at_utc DESC, e.id DESC LIMIT :limit";

const std::string person_reviews =
    std::string("SELECT a.question_id, a.answer_text, e.id, e.at_utc, e.at_offset FROM entry e JOIN answer a ON "
                "a.entry_id = e.id AND a.question_id >= 'review/' AND a.question_id < 'review0' WHERE ") +
    k_person_entries + "AND e.at_utc >= :since ORDER BY e.at_utc, e.id, a.position";

const std::string person_open_commitments =
    commitments("WHERE c.person_id = :person AND c.status = 'open' AND c.hidden = 0 AND (:all OR c.private = 0) "
                "ORDER BY c.created_at, c.id");

const std::string person_closed_commitments =
    commitments("WHERE c.person_id = :person AND c.status IN ('done', 'dropped') AND c.hidden = 0 "
                "AND (:all OR c.private = 0) "
                "ORDER BY c.closed_at DESC, c.id DESC LIMIT :limit");

} // namespace debrief::sql
