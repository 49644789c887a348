# Many writers on one journal at once, for about 20 seconds (DEBRIEF_STRESS_SECONDS): log,
# edit, done/drop, ask then ask --resume, people rename, import. At the end every change a
# command acknowledged is there exactly once, every refused one is in the draft its error
# names, the journal's integrity and foreign keys hold, and no commitment lost its person.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seconds=${DEBRIEF_STRESS_SECONDS:-20}
export DEBRIEF_BUSY_TIMEOUT_MS=10000
acks=$SANDBOX/acks
mkdir -p "$acks"

# commit NAME TEXT: a debrief with NAME that skips the questions and ends with commitment TEXT.
commit() { printf '%s\n' '' '' '' '' '' '' '' "$2" 'in 3 days' | "$db" ask "$1" >/dev/null 2>&1; }
for i in $(seq 1 40); do commit "dave$i" "seed commitment $i"; done
for i in $(seq 1 10); do "$db" log -q -r erin "seed note $i" >/dev/null; done
deadline=$((SECONDS + seconds)) # from here: seeding takes long under a sanitizer on a busy machine

# q SQL: a query that waits for the writers' locks (the sqlite3 shell would fail at once).
q() { sqlite3 -batch -noheader -cmd '.timeout 10000' "$JOURNAL" "$1"; }

# kept TEXT OUTPUT: the command's error names a draft holding TEXT.
kept() {
  local d
  d=$(sed -n 's/.* kept in \(\/[^ ;,)]*\).*/\1/p' <<<"$2" | head -1)
  if [ -n "$d" ] && [ -f "$d" ]; then grep -qF -- "$1" "$d"; else return 1; fi
}

logger() { # $1: worker name
  local i=0 out
  while [ $SECONDS -lt $deadline ]; do
    i=$((i + 1))
    local text="stress $1 note $i"
    if out=$("$db" log -q -r erin "$text" 2>&1); then
      echo "$out" >"$acks/log-$1-$i"
    else
      kept "$text" "$out" || echo "$text: $out" >"$acks/LOST-log-$1-$i"
    fi
  done
}

editor_script() {
  cat >"$SANDBOX/stress-editor" <<'SH'
#!/bin/sh
sleep "0.0$(od -An -N1 -tu1 /dev/urandom | tr -d ' ' | cut -c1)"
sed -i "/^# ------------------------ >8/i $STRESS_MARK" "$1"
SH
  chmod +x "$SANDBOX/stress-editor"
}
editor() {
  local i=0 out id
  while [ $SECONDS -lt $deadline ]; do
    i=$((i + 1))
    id=$(q "SELECT id FROM entry WHERE kind = 'note' AND body LIKE 'seed note%' ORDER BY random() LIMIT 1")
    local mark="[edited-$1-$i]"
    if out=$(STRESS_MARK=$mark EDITOR=$SANDBOX/stress-editor "$db" edit "$id" </dev/null 2>&1); then
      if grep -q "saved #$id" <<<"$out"; then echo "$id" >"$acks/edit-$mark"; fi
    else
      if kept "$mark" "$out"; then echo "$out" >"$acks/refused-edit-$1-$i"; else echo "$mark: $out" >"$acks/LOST-edit-$1-$i"; fi
    fi
  done
}

closer() {
  local i=0 out id verb note
  while [ $SECONDS -lt $deadline ]; do
    i=$((i + 1))
    id=$(q "SELECT id FROM commitment WHERE text LIKE 'seed commitment%' ORDER BY random() LIMIT 1")
    verb=$([ $((i % 2)) -eq 0 ] && echo done || echo drop)
    note="closed by $1 $i"
    if out=$("$db" "$verb" "$id" "$note" 2>&1); then
      echo "$id $verb" >"$acks/close-$1-$i"
      echo "$note" >>"$acks/close-$1-$i"
    elif kept "$note" "$out"; then
      echo "$out" >"$acks/refused-close-$1-$i"
    else
      echo "$note: $out" >"$acks/LOST-close-$1-$i"
    fi
  done
}

interviewer() {
  local i=0 out
  while [ $SECONDS -lt $deadline ]; do
    i=$((i + 1))
    # Two answers, then the input ends: the debrief stays in progress; --resume finishes it.
    printf '%s\n' "pain $1 $i" s | "$db" ask "p$1-$i" >/dev/null 2>&1 || true
    local text="resumed commitment $1 $i"
    if out=$(printf '%s\n' '' '' '' '' '' '' "$text" 'in 3 days' | "$db" ask --resume 2>&1); then
      if grep -qF "Commitment #" <<<"$out"; then echo "$text" >"$acks/ask-$1-$i"; fi
    else
      echo "$out" | tail -1 >"$acks/failed-ask-$1-$i"
    fi
  done
}

renamer() { # renames the people being debriefed, while their debriefs run
  local name
  while [ $SECONDS -lt $deadline ]; do
    name=$(q "SELECT name FROM person WHERE name LIKE 'p%' AND name NOT LIKE '%renamed' ORDER BY id DESC LIMIT 1")
    [ -n "$name" ] && "$db" people rename "$name" "$name renamed" >/dev/null 2>&1 || true
    sleep 0.02
  done
}

importer() {
  local i=0 out
  while [ $SECONDS -lt $deadline ]; do
    i=$((i + 1))
    "$PY" - "$1" "$i" >"$SANDBOX/import-$1-$i.jsonl" <<'PY'
import json, sys, uuid
w, i = sys.argv[1], sys.argv[2]
t = "2026-11-20T10:00:00+00:00"
print(json.dumps({"uuid": str(uuid.uuid4()), "kind": "debrief", "person": "gina", "deck": "post-call", "at": t,
  "created": t, "updated": t, "outcome": None, "lesson": False, "status": "complete", "private": False, "tags": [],
  "body": "imported %s %s" % (w, i), "answers": [],
  "commitments": [{"uuid": str(uuid.uuid4()), "person": "gina", "text": "imported commitment %s %s" % (w, i),
    "due": None, "status": "open", "note": None, "created": t, "closed": None}]}))
PY
    if out=$("$db" import "$SANDBOX/import-$1-$i.jsonl" 2>&1); then
      grep -q "1 added" <<<"$out" && echo "imported $1 $i" >"$acks/import-$1-$i"
    else
      echo "$out" >"$acks/FAILED-import-$1-$i" # nothing typed is at stake: the file is kept
    fi
  done
}

editor_script
logger a &
logger b &
editor e1 &
editor e2 &
closer c1 &
closer c2 &
interviewer i1 &
renamer r &
importer m &
wait

# Nothing lost, nothing twice.
lost=$(find "$acks" -name 'LOST-*' -exec cat {} + 2>/dev/null || true)
[ -z "$lost" ] || fail "refused changes without their draft: $lost"
[ "$(sql "$JOURNAL" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check: $(sql "$JOURNAL" 'PRAGMA integrity_check')"
[ -z "$(sql "$JOURNAL" 'PRAGMA foreign_key_check')" ] || fail "foreign keys: $(sql "$JOURNAL" 'PRAGMA foreign_key_check')"
orphans=$(sql "$JOURNAL" "SELECT count(*) FROM commitment c JOIN entry e ON e.id = c.entry_id
  WHERE e.person_id IS NOT NULL AND (c.person_id IS NULL OR c.person_id <> e.person_id)")
[ "$orphans" = 0 ] || fail "$orphans commitments without their debrief's person"
n=0
for f in "$acks"/log-*; do
  [ -e "$f" ] || continue
  n=$((n + 1))
  w=${f##*/log-}
  text="stress ${w%-*} note ${w##*-}"
  [ "$(sql "$JOURNAL" "SELECT count(*) FROM entry WHERE id = $(cat "$f") AND body = '$text'")" = 1 ] ||
    fail "logged '$text' (#$(cat "$f")) is not there once"
done
[ "$n" -gt 10 ] || fail "only $n notes were logged"
for f in "$acks"/edit-*; do
  [ -e "$f" ] || continue
  mark=${f##*/edit-}
  [ "$(sql "$JOURNAL" "SELECT (length(body) - length(replace(body, '$mark', ''))) / length('$mark')
    FROM entry WHERE id = $(cat "$f")")" = 1 ] ||
    fail "edit $mark of #$(cat "$f") is not in its text exactly once"
done
for f in "$acks"/close-*; do
  [ -e "$f" ] || continue
  read -r id verb <"$f"
  note=$(sed -n 2p "$f")
  status=$([ "$verb" = done ] && echo done || echo dropped)
  [ "$(sql "$JOURNAL" "SELECT status || '|' || closing_note FROM commitment WHERE id = $id")" = "$status|$note" ] ||
    fail "commitment #$id: acknowledged $status '$note', stored $(sql "$JOURNAL" "SELECT status || '|' || closing_note FROM commitment WHERE id = $id")"
done
for f in "$acks"/ask-*; do
  [ -e "$f" ] || continue
  [ "$(sql "$JOURNAL" "SELECT count(*) FROM commitment WHERE text = '$(cat "$f")'")" = 1 ] ||
    fail "the commitment '$(cat "$f")' is not there once"
done
for f in "$acks"/import-*; do
  [ -e "$f" ] || continue
  w=${f##*/import-}
  [ "$(sql "$JOURNAL" "SELECT count(*) FROM entry e JOIN commitment c ON c.entry_id = e.id
    WHERE e.body = 'imported ${w%-*} ${w##*-}'")" = 1 ] || fail "import $w is not there once"
done
echo "stress: $(ls "$acks" | sed 's/-.*//' | sort | uniq -c | tr '\n' ' '); people renamed: $(q "SELECT count(*) FROM person WHERE name LIKE '%renamed'")" >&2
if [ -n "${DEBRIEF_STRESS_KEEP:-}" ]; then cp -r "$acks" "$DEBRIEF_STRESS_KEEP"; fi
pass
