# Bad dates and values exit 2 with a message naming the text and the accepted forms; nothing
# is written, not even a new journal.
source "$DEBRIEF_TEST_LIB"
sandbox

for bad in "2026-02-30" "next gloopday" "2026-13-01" "yesterday 25:00" "3mo ago"; do
  run "$db" log --at "$bad" "a note"
  expect_rc 2
  expect_one_error_line
  expect_err_contains "--at: invalid date '$bad'"
  expect_err_contains "accepted: YYYY-MM-DD"
done
[ ! -e "$JOURNAL" ] || fail "a journal was created by a failed log"

run "$db" log --outcome maybe "x"
expect_rc 2
expect_err_contains "invalid outcome 'maybe' (accepted: won, lost, advanced, stalled)"
run "$db" log -t "two words" "x"
expect_rc 2
expect_err_contains "invalid tag 'two words'"
[ ! -e "$JOURNAL" ] || fail "a journal was created by a failed log"

# Accepted forms land where expected (TZ=UTC in the sandbox).
run "$db" log -q --at "2026-11-20 14:30" "iso"
[ "$(sql "$JOURNAL" "SELECT at_utc, at_offset FROM entry WHERE id = $OUT")" = "1795185000|0" ] || fail "iso date"
TZ="CET-1CEST,M3.5.0,M10.5.0/3" run "$db" log -q --at "2026-07-01 12:00" "summer in Berlin"
[ "$(sql "$JOURNAL" "SELECT at_utc - 1782900000, at_offset FROM entry WHERE id = $OUT")" = "0|7200" ] \
  || fail "local zone not respected"
run "$db" log -q --at "yesterday 9:30" "relative"
expect_rc 0
pass
