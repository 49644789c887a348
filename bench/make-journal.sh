#!/usr/bin/env bash
# Builds a realistic journal of N entries at PATH in seconds: debrief creates the file and
# schema, then one SQL transaction adds people, notes, debriefs and reflections over five
# years (answers with discovery marks and scale values, tags, outcomes, lessons,
# commitments), and indexes every text for search in bulk at the end, as import does.
# Usage: bench/make-journal.sh N PATH [DEBRIEF_BINARY]
set -euo pipefail
n=${1:?usage: make-journal.sh N PATH [DEBRIEF]}
path=${2:?usage: make-journal.sh N PATH [DEBRIEF]}
debrief=${3:-build/debrief}
rm -f "$path" "$path-journal"
"$debrief" --db "$path" log -q -r alice "first note" >/dev/null
# The search-index insert triggers, as the schema has them, to restore after the bulk load.
triggers=$(sqlite3 -batch "$path" "SELECT group_concat(sql, ';' || char(10)) || ';' FROM sqlite_schema
  WHERE type = 'trigger' AND name LIKE '%search_insert'")
sqlite3 -batch "$path" <<SQL
PRAGMA cache_size = -1000000;
PRAGMA synchronous = OFF;
BEGIN;
DROP TRIGGER entry_search_insert; DROP TRIGGER answer_search_insert; DROP TRIGGER commitment_search_insert;
DELETE FROM tag; DELETE FROM entry; DELETE FROM search;
INSERT OR IGNORE INTO person (name, created_at) VALUES
  ('alice', 0), ('bob', 0), ('carol', 0), ('dave', 0), ('erin', 0), ('frank', 0), ('grace', 0),
  ('heidi', 0), ('ivan', 0), ('judy', 0), ('mallory', 0), ('oscar', 0);
UPDATE person SET name_key = name WHERE name_key IS NULL; -- lower-case ASCII names are their own keys
CREATE TEMP TABLE words (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO words (w) VALUES ('pricing'), ('demo'), ('discovery'), ('budget'), ('champion'), ('timeline'),
  ('objection'), ('procurement'), ('competitor'), ('renewal'), ('security'), ('integration'), ('pilot'),
  ('stakeholder'), ('decision'), ('pain'), ('process'), ('followup'), ('legal'), ('onboarding');
-- The questions of the built-in post-call (debriefs) and self-review (reflections) decks.
CREATE TEMP TABLE q (kind TEXT, pos INTEGER, qid TEXT, qtext TEXT, marked INTEGER, scale INTEGER);
INSERT INTO q VALUES
  ('debrief', 1, 'pain', 'What was the customer''s real problem?', 1, 0),
  ('debrief', 2, 'tried', 'What did you try, and what happened?', 1, 0),
  ('debrief', 3, 'why-it-matters', 'Why does that matter to them?', 1, 0),
  ('debrief', 4, 'turn', 'Where did the call turn?', 1, 0),
  ('debrief', 5, 'better', 'What would you do differently?', 1, 0),
  ('debrief', 6, 'result', 'How did it end?', 0, 0),
  ('reflection', 1, 'wanted', 'What did you want from the call?', 0, 0),
  ('reflection', 2, 'got', 'What did you get?', 0, 0),
  ('reflection', 3, 'their-problem', 'What is their problem, in their words?', 0, 0),
  ('reflection', 4, 'replay', 'What would you replay?', 0, 0),
  ('reflection', 5, 'confidence', 'How confident are you in the next step?', 0, 1);
WITH RECURSIVE k(i) AS (SELECT 1 WHERE $n > 0 UNION ALL SELECT i + 1 FROM k WHERE i < $n)
INSERT INTO entry (id, uuid, kind, person_id, deck_id, at_utc, at_offset, created_at, updated_at, body, outcome, lesson,
                   status, deleted_at)
SELECT i, printf('%08x-%04x-7%03x-8%03x-%012x', i, i % 65536, i % 4096, i % 4096, i * 7919),
       CASE WHEN i % 7 = 0 THEN 'debrief' WHEN i % 11 = 0 THEN 'reflection' ELSE 'note' END,
       1 + i % 12,
       CASE WHEN i % 7 = 0 THEN 'post-call' WHEN i % 11 = 0 THEN 'self-review' END,
       1640995200 + i * (157680000 / max($n, 1)),   -- spread over five years from 2022
       CASE WHEN i % 3 = 0 THEN 3600 ELSE 0 END,
       1640995200 + i * (157680000 / max($n, 1)), 1640995200 + i * (157680000 / max($n, 1)),
       'Call ' || i || ': talked about ' || (SELECT w FROM words WHERE i = 1 + k.i % 20) || ' and '
         || (SELECT w FROM words WHERE i = 1 + (k.i * 7) % 20) || '; the customer asked about '
         || (SELECT w FROM words WHERE i = 1 + (k.i * 13) % 20) || ' before we covered their current process.',
       CASE k.i % 9 WHEN 1 THEN 'won' WHEN 2 THEN 'lost' WHEN 3 THEN 'advanced' WHEN 4 THEN 'stalled' END,
       k.i % 97 = 0,
       CASE WHEN k.i % 997 = 0 AND k.i % 7 = 0 THEN 'in-progress' ELSE 'complete' END,
       CASE WHEN k.i % 1009 = 0 THEN 1640995200 + i * (157680000 / max($n, 1)) + 86400 END
FROM k;
INSERT INTO tag (entry_id, tag) SELECT id, (SELECT w FROM words WHERE i = 1 + entry.id % 20) FROM entry;
INSERT OR IGNORE INTO tag (entry_id, tag) SELECT id, (SELECT w FROM words WHERE i = 1 + (entry.id * 3) % 20) FROM entry WHERE id % 2 = 0;
INSERT INTO answer (entry_id, position, question_id, question_text, answer_text, scale_value, discovery, probes_used,
                    answered_at)
SELECT e.id, q.pos, q.qid, q.qtext,
       CASE WHEN q.scale THEN CAST(1 + (e.id + q.pos) % 5 AS TEXT)
            WHEN q.qid = 'result' THEN CASE e.id % 3 WHEN 0 THEN 'advanced' WHEN 1 THEN 'stalled' ELSE 'lost' END
            WHEN (e.id + q.pos) % 17 = 0 THEN NULL   -- skipped
            ELSE 'They kept coming back to ' || (SELECT w FROM words WHERE i = 1 + (e.id * q.pos) % 20)
                 || ' once we asked about ' || (SELECT w FROM words WHERE i = 1 + (e.id + 3 * q.pos) % 20) END,
       CASE WHEN q.scale THEN 1 + (e.id + q.pos) % 5 END,
       CASE WHEN q.marked THEN CASE (e.id + q.pos) % 5 WHEN 0 THEN 'told' WHEN 1 THEN 'nudged' ELSE 'self' END END,
       CASE WHEN q.marked THEN CASE (e.id + q.pos) % 5 WHEN 1 THEN 1 + e.id % 2 ELSE 0 END END,
       e.at_utc + 60 * q.pos
FROM entry e JOIN q ON q.kind = e.kind;
INSERT INTO commitment (uuid, person_id, entry_id, text, due_utc, status, closing_note, closed_at, created_at)
SELECT printf('%08x-0000-7000-9000-%012x', id, id), person_id, id,
       'Ask about their ' || (SELECT w FROM words WHERE i = 1 + id % 20) || ' before any demo',
       at_utc + 604800, CASE WHEN is_open THEN 'open' WHEN id % 3 = 1 THEN 'dropped' ELSE 'done' END,
       CASE WHEN is_open THEN NULL WHEN id % 3 = 1 THEN 'Not the right moment' ELSE 'It worked: they opened up' END,
       CASE WHEN NOT is_open THEN at_utc + 5 * 86400 END, at_utc
FROM (SELECT *, id > 0.98 * $n OR id % 301 = 0 AS is_open FROM entry) WHERE kind = 'debrief';  -- recent ones and a few forgotten
INSERT INTO search (rowid, text) SELECT id * 4 + 1, body FROM entry;
INSERT INTO search (rowid, text) SELECT id * 4 + 2, answer_text FROM answer WHERE answer_text IS NOT NULL;
INSERT INTO search (rowid, text) SELECT id * 4 + 3, text FROM commitment;
$triggers
COMMIT;
SQL
