# An edit saves only an entry still as its editor found it (issue 13). An editor held open on a
# FIFO orders each race: another edit saves first, a rename, a merge, a delete. The late edit
# saves nothing, says what changed, keeps its text in a draft (exit 1); what the other command
# wrote stays.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox
"$db" log -q -r alice -t demo "Acme demo went long" >/dev/null
"$db" log -q -r bob "Bob's call" >/dev/null
"$db" log -q -r carol "Carol's call" >/dev/null
drafts=$XDG_STATE_HOME/debrief/drafts
# entry ID: text|person|deleted|tags
entry() {
  sql "$JOURNAL" "SELECT e.body, coalesce(p.name, ''), e.deleted_at IS NOT NULL, coalesce((SELECT group_concat(tag) \
    FROM tag WHERE entry_id = e.id), '') FROM entry e LEFT JOIN person p ON p.id = e.person_id WHERE e.id = $1"
}
# refused WHY LINE: the late edit exited 1 with WHY, and its draft, private, holds LINE.
refused() {
  expect_error 1 "$1"
  local draft
  draft=$(draft_in_error)
  [[ "$draft" == "$drafts/"* ]] || fail "the draft is not in $drafts: $ERR"
  grep -qxF -- "$2" "$draft" || fail "the draft $draft lacks the edit '$2': $(cat "$draft")"
  [ "$(mode_of "$draft")" = 600 ] || fail "draft $draft is mode $(mode_of "$draft")"
}

# Two edits: the first to open saves second, and is refused.
held_editor first 's/^Acme demo went long$/The first editor rewrote this/'
in_background first env EDITOR="$SANDBOX/first" "$db" edit 1
editor_opened first
cat >"$SANDBOX/second" <<'SH'
#!/bin/sh
sed -i -e 's/^tags: demo$/tags: pricing/' -e 's/^Acme demo went long$/The second editor saved first/' "$1"
SH
chmod +x "$SANDBOX/second"
run env EDITOR="$SANDBOX/second" "$db" edit 1
expect_rc 0
[ "$OUT" = "saved #1" ] || fail "the second edit: $OUT $ERR"
editor_released first
joined first
refused "debrief: entry #1 changed while you were editing it (its text and tags); nothing saved, your edit is kept in $drafts/" \
  "The first editor rewrote this"
[ "$(entry 1)" = "The second editor saved first|alice|0|pricing" ] || fail "the first save was undone: $(entry 1)"

# A rename while the editor is open: the old name does not come back.
held_editor renamed 's/^The second editor saved first$/Edited while alice became alicia/'
in_background renamed env EDITOR="$SANDBOX/renamed" "$db" edit 1
editor_opened renamed
run "$db" people rename alice alicia
expect_rc 0
editor_released renamed
joined renamed
refused "debrief: entry #1 changed while you were editing it (its person); nothing saved" "Edited while alice became alicia"
[ "$(entry 1)" = "The second editor saved first|alicia|0|pricing" ] || fail "the rename was undone: $(entry 1)"
[ "$("$db" people --names | tr '\n' ' ')" = "alicia bob carol " ] || fail "the old name came back: $("$db" people --names)"

# A merge while the editor is open: the entry stays with the merged person.
held_editor merged 's/^Bob.s call$/Edited while bob was merged into carol/'
in_background merged env EDITOR="$SANDBOX/merged" "$db" edit 2
editor_opened merged
run "$db" people rename bob carol --merge
expect_rc 0
editor_released merged
joined merged
refused "debrief: entry #2 changed while you were editing it (its person); nothing saved" "Edited while bob was merged into carol"
[ "$(entry 2)" = "Bob's call|carol|0|" ] || fail "the merge was undone: $(entry 2)"
[ "$("$db" people --names | tr '\n' ' ')" = "alicia carol " ] || fail "the merged name came back: $("$db" people --names)"

# A delete while the editor is open: the entry stays deleted, and the message says how to restore it.
held_editor deleted 's/^Carol.s call$/Edited while it was deleted/'
in_background deleted env EDITOR="$SANDBOX/deleted" "$db" edit 3
editor_opened deleted
run "$db" delete 3
expect_rc 0
editor_released deleted
joined deleted
refused "debrief: entry #3 was deleted while you were editing it; nothing saved, your edit is kept in $drafts/" \
  "Edited while it was deleted"
expect_err_contains "(restore the entry with: debrief undelete 3)"
[ "$(entry 3)" = "Carol's call|carol|1|" ] || fail "the deleted entry was saved: $(entry 3)"
run "$db" list
[[ "$OUT" != *"Carol's call"* ]] || fail "the deleted entry is listed again: $OUT"

[ "$(sql "$JOURNAL" 'PRAGMA integrity_check')" = ok ] || fail "integrity"
pass
