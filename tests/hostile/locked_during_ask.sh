# A debrief driven through a pipe, and another process takes the journal's lock between two
# answers: the first answer stays saved, the second is kept in a draft, one error line.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 1
text_deck plain 3
printf 'the first answer, saved before the lock' >a1.txt
printf 'the second answer, typed while the journal is locked' >a2.txt
mkfifo in.fifo
"$db" ask alice --deck plain <in.fifo >ask.out 2>ask.err &
asker=$!
exec 3>in.fifo
cat a1.txt >&3
echo >&3
entry_answers() { [ "$(sql "$JOURNAL" "SELECT count(*) FROM answer")" -eq 1 ]; }
wait_for entry_answers
hold_lock "$JOURNAL" 6
cat a2.txt >&3
echo >&3
set +e
wait "$asker"
RC=$?
set -e
exec 3>&-
kill "$LOCKER"
wait "$LOCKER" 2>/dev/null || true
ERR=$(grep '^debrief: ' ask.err || true)
OUT=$(cat ask.out)
expect_rc 1
expect_one_error_line
expect_err_contains "it is locked by another process"
expect_draft a2.txt
entry=$(sql "$JOURNAL" "SELECT id FROM entry WHERE kind = 'debrief'")
[ "$(answer_hex "$entry" q1)" = "$(hex_of a1.txt)" ] || fail "the acknowledged first answer is lost"
check_journal
pass
