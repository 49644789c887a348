# Two `ask --resume` of one debrief: the second is refused while the first runs (the lock dies
# with its process: after a kill -9 the debrief can be resumed again), so answers of two
# sessions never interleave and one debrief never makes two commitments.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

run bash -c "printf '%s\n' 'Pain one' s | '$db' ask carol"
expect_rc 1
mkfifo "$SANDBOX/answers"
# The first resume waits for its answers on the FIFO.
"$db" ask --resume <"$SANDBOX/answers" >"$SANDBOX/first.out" 2>"$SANDBOX/first.err" &
first=$!
exec 3>"$SANDBOX/answers"
wait_for grep -q "Resuming debrief #1" "$SANDBOX/first.err"
run bash -c "printf '%s\n' 'Tried from the second' n 'Why' s 'Turn' s 'Better' s 1 'Affirm' 'Second commitment' '' | '$db' ask --resume"
expect_error 1 "debrief #1 is being answered in another terminal (or process); finish or :quit it there first"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM answer WHERE answer_text = 'Tried from the second'")" = 0 ] ||
  fail "the second resume saved an answer"

# kill -9 of the first: its lock goes with it and the debrief can be resumed.
kill -9 "$first"
wait "$first" || true
exec 3>&-
run bash -c "printf '%s\n' 'Tried two' n 'Why three' s 'Turn four' s 'Better five' s 1 'Affirm' 'One commitment' '' | '$db' ask --resume"
expect_rc 0
[ "$(sql "$JOURNAL" "SELECT count(*) FROM commitment")" = 1 ] || fail "not exactly one commitment"
[ "$(sql "$JOURNAL" "SELECT status FROM entry WHERE id = 1")" = complete ] || fail "the debrief is not complete"
check_journal
pass
