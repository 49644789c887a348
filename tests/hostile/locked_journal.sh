# Another process holds the journal's write lock for longer than the busy timeout
# ($DEBRIEF_BUSY_TIMEOUT_MS, 1.5 s here): log waits that long, then fails with one line naming
# the lock, and keeps the text. A lock released within the wait is simply waited for.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 3
printf 'a note while someone else writes' >note.txt
"$db" export | sed 's/"uuid":"0/"uuid":"1/' >backup.jsonl
hold_lock "$JOURNAL" 10
start=$(date +%s%N)
run "$db" log "$(cat note.txt)"
elapsed=$((($(date +%s%N) - start) / 1000000))
expect_error 1 "cannot open the journal $JOURNAL: it is locked by another process (waited 1500 ms"
expect_err_contains "nothing logged, your text is kept in"
expect_draft note.txt
[ "$elapsed" -ge 1400 ] || fail "gave up after $elapsed ms, before the busy timeout"
[ "$elapsed" -lt 8000 ] || fail "waited $elapsed ms"

# Reading commands wait the same and say why.
run "$db" list
expect_error 1 "it is locked by another process"
run "$db" import backup.jsonl
expect_error 1 "it is locked by another process"
kill "$LOCKER"
wait "$LOCKER" 2>/dev/null || true
[ "$(entry_count)" -eq 3 ] || fail "entries changed"
check_journal

# A lock held for less than the timeout is waited for.
hold_lock "$JOURNAL" 0.5
run "$db" log -q "$(cat note.txt)"
expect_rc 0
wait "$LOCKER"
acknowledged "$OUT" note.txt
check_journal

# The timeout's override is checked like any other input.
DEBRIEF_BUSY_TIMEOUT_MS=soon run "$db" list
expect_error 2 "DEBRIEF_BUSY_TIMEOUT_MS: invalid value 'soon' (accepted: milliseconds, 0 to 600000)"
pass
