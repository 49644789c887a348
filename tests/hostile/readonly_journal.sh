# A read-only journal (mode 0400, run as an unprivileged user): writes fail with one clear
# line and the text kept; reads still work; the file keeps its mode and every entry.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 3
printf 'a note for a read-only journal' >note.txt
chmod 0400 "$JOURNAL"
give_sandbox_to_user
run as_user "$db" log "$(cat note.txt)"
expect_error 1 "cannot save to the journal $JOURNAL: attempt to write a readonly database; nothing logged, your text is kept in"
expect_draft note.txt
run as_user "$db" delete 1
expect_error 1 "readonly"
# ask fails before the first question, so nothing typed is at stake; import adds nothing.
printf 'an answer\n' >in.txt
run as_user "$db" ask alice <in.txt
expect_rc 1
[ "$(grep -c '^debrief: ' <<<"$ERR")" -eq 1 ] || fail "ask: $ERR"
expect_err_contains "attempt to write a readonly database"
"$db" export >backup.jsonl
sed -i 's/"uuid":"0/"uuid":"1/' backup.jsonl
run as_user "$db" import backup.jsonl
expect_error 1 "readonly"
run as_user "$db" list
expect_rc 0
expect_out_contains "seeded note 3"
run as_user "$db" export
expect_rc 0
[ "$(wc -l <<<"$OUT")" -eq 3 ] || fail "export of a read-only journal: $OUT"
[ "$(mode_of "$JOURNAL")" = 400 ] || fail "the journal's mode changed to $(mode_of "$JOURNAL")"
[ "$(entry_count)" -eq 3 ] || fail "entries changed"
check_journal
pass
