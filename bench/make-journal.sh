#!/usr/bin/env bash
# Builds a realistic journal of N entries at PATH in seconds: debrief creates the file and
# schema, then one SQL transaction adds people, notes over several years, tags, outcomes and
# commitments (the schema's triggers fill the full-text index).
# Usage: bench/make-journal.sh N PATH [DEBRIEF_BINARY]
set -euo pipefail
n=${1:?usage: make-journal.sh N PATH [DEBRIEF]}
path=${2:?usage: make-journal.sh N PATH [DEBRIEF]}
debrief=${3:-build/debrief}
rm -f "$path" "$path-journal"
"$debrief" --db "$path" log -q -r alice "first note" >/dev/null
sqlite3 -batch "$path" <<SQL
BEGIN;
DELETE FROM tag; DELETE FROM entry;
INSERT OR IGNORE INTO person (name, created_at) VALUES
  ('alice', 0), ('bob', 0), ('carol', 0), ('dave', 0), ('erin', 0), ('frank', 0), ('grace', 0),
  ('heidi', 0), ('ivan', 0), ('judy', 0), ('mallory', 0), ('oscar', 0);
CREATE TEMP TABLE words (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO words (w) VALUES ('pricing'), ('demo'), ('discovery'), ('budget'), ('champion'), ('timeline'),
  ('objection'), ('procurement'), ('competitor'), ('renewal'), ('security'), ('integration'), ('pilot'),
  ('stakeholder'), ('decision'), ('pain'), ('process'), ('followup'), ('legal'), ('onboarding');
WITH RECURSIVE k(i) AS (SELECT 1 WHERE $n > 0 UNION ALL SELECT i + 1 FROM k WHERE i < $n)
INSERT INTO entry (uuid, kind, person_id, at_utc, at_offset, created_at, updated_at, body, outcome, lesson)
SELECT printf('%08x-%04x-7%03x-8%03x-%012x', i, i % 65536, i % 4096, i % 4096, i * 7919),
       CASE WHEN i % 7 = 0 THEN 'debrief' WHEN i % 11 = 0 THEN 'reflection' ELSE 'note' END,
       1 + i % 12,
       1640995200 + i * (157680000 / max($n, 1)),   -- spread over five years from 2022
       CASE WHEN i % 3 = 0 THEN 3600 ELSE 0 END,
       1640995200 + i * (157680000 / max($n, 1)), 1640995200 + i * (157680000 / max($n, 1)),
       'Call ' || i || ': talked about ' || (SELECT w FROM words WHERE i = 1 + k.i % 20) || ' and '
         || (SELECT w FROM words WHERE i = 1 + (k.i * 7) % 20) || '; the customer asked about '
         || (SELECT w FROM words WHERE i = 1 + (k.i * 13) % 20) || ' before we covered their current process.',
       CASE k.i % 9 WHEN 1 THEN 'won' WHEN 2 THEN 'lost' WHEN 3 THEN 'advanced' WHEN 4 THEN 'stalled' END,
       k.i % 23 = 0
FROM k;
INSERT INTO tag (entry_id, tag) SELECT id, (SELECT w FROM words WHERE i = 1 + entry.id % 20) FROM entry;
INSERT OR IGNORE INTO tag (entry_id, tag) SELECT id, (SELECT w FROM words WHERE i = 1 + (entry.id * 3) % 20) FROM entry WHERE id % 2 = 0;
INSERT INTO commitment (uuid, person_id, entry_id, text, due_utc, status, created_at)
SELECT printf('%08x-0000-7000-9000-%012x', id, id), person_id, id, 'Ask about their current process before any demo',
       at_utc + 604800, CASE id % 3 WHEN 0 THEN 'open' WHEN 1 THEN 'done' ELSE 'dropped' END, at_utc
FROM entry WHERE kind = 'debrief';
COMMIT;
SQL
