# edit: an editor script changing the text and a tag saves both (search follows); one that
# breaks the header gets the error and keeps its text in a draft; EDITOR=false changes
# nothing; answers and marks of a debrief can be corrected.
source "$DEBRIEF_TEST_LIB"
sandbox
"$db" log -q -r alice -t demo "Acme demo went long" >/dev/null
snapshot() { sql "$JOURNAL" "SELECT body, at_utc, person_id, lesson, (SELECT group_concat(tag) FROM tag WHERE entry_id = 1) FROM entry WHERE id = 1"; }

cat >"$SANDBOX/retag" <<'SH'
#!/bin/sh
sed -i -e 's/^tags: demo$/tags: pricing/' -e 's/^Acme demo went long$/Acme call: pricing came too early/' "$1"
SH
chmod +x "$SANDBOX/retag"
run env EDITOR="$SANDBOX/retag" "$db" edit 1
expect_rc 0
[ "$OUT" = "saved #1" ] || fail "edit: $OUT $ERR"
[ "$(snapshot | cut -d'|' -f1,5)" = "Acme call: pricing came too early|pricing" ] || fail "not saved: $(snapshot)"
[ "$("$db" search early --json | wc -l)" -eq 1 ] || fail "search does not see the new text"
[ "$("$db" search went --json | wc -l)" -eq 0 ] || fail "search still sees the old text"
[ -z "$(ls -A "$XDG_STATE_HOME/debrief/drafts" 2>/dev/null)" ] || fail "draft left after a good edit"

before=$(snapshot)
cat >"$SANDBOX/break" <<'SH'
#!/bin/sh
sed -i -e 's/^person: alice$/persn alice/' -e 's/^Acme call.*/My careful rewrite/' "$1"
SH
chmod +x "$SANDBOX/break"
run env EDITOR="$SANDBOX/break" "$db" edit 1
expect_rc 2
expect_one_error_line
expect_err_contains "edit: line 2: expected 'field: value' (fields: at, person, tags, outcome, lesson); nothing saved, your edit is kept in $XDG_STATE_HOME/debrief/drafts/"
draft=$(grep -o "$XDG_STATE_HOME/debrief/drafts/[^ ]*\.txt" <<<"$ERR")
grep -qF "My careful rewrite" "$draft" || fail "the edited text was not kept"
[ "$(mode_of "$draft")" = 600 ] || fail "draft mode"
[ "$(snapshot)" = "$before" ] || fail "a broken edit changed the entry"

run env EDITOR=false "$db" edit 1
expect_rc 1
expect_err_contains "the editor 'false' exited with status 1"
[ "$(snapshot)" = "$before" ] || fail "EDITOR=false changed the entry"

run env EDITOR=true "$db" edit 1
expect_rc 0
expect_err_contains "no changes to #1"

# A debrief: fix an answer and a mark.
printf '%s\n' 'Budget' s 'Nothing' t '' '' '' '' '' '' | "$db" ask bob >/dev/null 2>&1
cat >"$SANDBOX/fix" <<'SH'
#!/bin/sh
sed -i -e 's/^=== tried (mark: told) ===$/=== tried (mark: nudged) ===/' -e 's/^Nothing$/Spreadsheets, then a consultant/' "$1"
SH
chmod +x "$SANDBOX/fix"
run env EDITOR="$SANDBOX/fix" "$db" edit 2
expect_rc 0
[ "$(sql "$JOURNAL" "SELECT answer_text, discovery FROM answer WHERE entry_id = 2 AND question_id = 'tried'")" = \
  "Spreadsheets, then a consultant|nudged" ] || fail "answer edit not saved"
# The marks `ask` takes: t, s, n, n2 (nudged after two probes).
cat >"$SANDBOX/marks" <<'SH'
#!/bin/sh
sed -i -e 's/^=== tried (mark: nudged) ===$/=== tried (mark: n2) ===/' -e 's/^=== pain (mark: self) ===$/=== pain (mark: t) ===/' "$1"
SH
chmod +x "$SANDBOX/marks"
run env EDITOR="$SANDBOX/marks" "$db" edit 2
expect_rc 0
[ "$(sql "$JOURNAL" "SELECT question_id, discovery, probes_used FROM answer WHERE entry_id = 2 AND question_id IN ('pain', 'tried') ORDER BY question_id")" = \
  "$(printf 'pain|told|0\ntried|nudged|2')" ] || fail "ask marks not saved: $(sql "$JOURNAL" "SELECT * FROM answer WHERE entry_id = 2")"
cat >"$SANDBOX/drop" <<'SH'
#!/bin/sh
sed -i -e '/^=== pain/,+1d' "$1"
SH
chmod +x "$SANDBOX/drop"
run env EDITOR="$SANDBOX/drop" "$db" edit 2
expect_rc 2
expect_err_contains "answer 'pain' is missing"
run "$db" edit 99
expect_rc 2
expect_err_contains "no entry #99"
pass
