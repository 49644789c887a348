# `done` and `drop` keep a note they could not save, whatever stopped them: a journal locked
# by another process (for the read of the commitment as for its closing), a commitment that
# does not exist, or one closed before (exit 1: the journal's state, not a usage error).
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

printf 'a\ns\n\n\n\n\n\n\nC1\n\n' | "$db" ask tina >/dev/null 2>&1
[ "$(sql "$JOURNAL" "SELECT count(*) FROM commitment WHERE status = 'open'")" = 1 ] || fail "no commitment to close"

printf 'IMPORTANT DROP REASON' >note.txt
hold_lock "$JOURNAL" 10
DEBRIEF_BUSY_TIMEOUT_MS=300 run "$db" drop 1 "$(cat note.txt)"
expect_error 1 "it is locked by another process"
expect_err_contains "$JOURNAL"
expect_err_contains "nothing changed"
expect_draft note.txt
kill "$LOCKER"
wait "$LOCKER" 2>/dev/null || true
[ "$(sql "$JOURNAL" "SELECT status FROM commitment WHERE id = 1")" = open ] || fail "the commitment changed"

printf 'no such commitment' >note.txt
run "$db" done 7 "$(cat note.txt)"
expect_error 2 "no commitment #7"
expect_draft note.txt

run "$db" done 1 "it worked"
expect_rc 0
printf 'a second closing' >note.txt
run "$db" drop 1 "$(cat note.txt)"
expect_error 1 "commitment #1 is already done; nothing changed"
expect_draft note.txt
pass
