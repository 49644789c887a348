# kill -9 of `debrief ask` after 3 answers: the 3 answers are in the journal, the debrief is
# in progress, and --resume asks question 4 next.
source "$DEBRIEF_TEST_LIB"
sandbox

mkfifo "$SANDBOX/in"
"$db" ask frank <"$SANDBOX/in" >"$SANDBOX/ask.out" 2>"$SANDBOX/ask.err" &
pid=$!
exec 3>"$SANDBOX/in"
printf '%s\n' 'Pain one' s 'Tried two' t 'Why three' n >&3
for _ in $(seq 1 100); do
  [ -f "$JOURNAL" ] && [ "$(sql "$JOURNAL" "SELECT count(*) FROM answer WHERE discovery IS NOT NULL" 2>/dev/null)" = 3 ] && break
  sleep 0.05
done
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
exec 3>&-

[ "$(sql "$JOURNAL" "SELECT group_concat(answer_text || ':' || discovery, '|') FROM (SELECT * FROM answer ORDER BY position)")" = \
  "Pain one:self|Tried two:told|Why three:nudged" ] || fail "answers after kill -9: $(sql "$JOURNAL" "SELECT * FROM answer")"
[ "$(sql "$JOURNAL" "SELECT status FROM entry")" = in-progress ] || fail "status after kill -9"
[ "$(sql "$JOURNAL" "PRAGMA integrity_check")" = ok ] || fail "integrity"

run bash -c "printf '%s\n' ':quit' | '$db' ask --resume"
expect_rc 0
[[ "$ERR" == *"[4/7] Where did the call turn"* ]] || fail "resume did not ask question 4 next: $ERR"
pass
