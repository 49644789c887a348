# A debrief or reflection stopped before its first answer (and before any answer of a
# commitment review) is not kept: after :quit, the end of the input, SIGINT or kill -9 at the
# first question, nothing counts in list, people, report or export, a new name is not added,
# and nothing is left to resume.
source "$DEBRIEF_TEST_LIB"
sandbox

nothing_counts() { # $1: what was stopped, for messages
  run "$db" list
  [ -z "$OUT" ] || fail "$1: list shows $OUT"
  run "$db" people --names
  ! grep -qx newbie <<<"$OUT" || fail "$1: newbie is in people: $OUT"
  [ "$(sql "$JOURNAL" "SELECT count(*) FROM person WHERE name = 'newbie'")" = 0 ] || fail "$1: newbie was added"
  run "$db" report --format json
  [ "$(jq '[.people[].debriefs] | add // 0' <<<"$OUT")" = 0 ] || fail "$1: the report counts a debrief: $OUT"
  run "$db" export
  [ -z "$OUT" ] || fail "$1: export has $OUT"
  run "$db" ask --resume
  expect_rc 1
  expect_err_contains "no interrupted debrief to resume"
}

"$db" log -q -r alice "a note" >/dev/null
run "$db" list
expect_rc 0

run bash -c "printf '%s\n' ':quit' | '$db' ask newbie --about 'Acme' -t demo"
expect_rc 0
expect_err_contains "debrief: stopped before the first answer; nothing saved"
[[ "$ERR" != *"--resume"* ]] || fail ":quit names a resume: $ERR"
[ "$(entry_count)" = 1 ] || fail ":quit left an entry"
"$db" delete 1 2>/dev/null # the note: only debriefs could show now
nothing_counts ":quit"

run bash -c "'$db' ask newbie </dev/null"
expect_rc 1
expect_err_contains "debrief: input ended before the first answer; nothing saved"
[ "$(entry_count)" = 1 ] || fail "end of input left an entry"
nothing_counts "end of input"

run bash -c "printf '%s\n' ':quit' | '$db' reflect"
expect_rc 0
expect_err_contains "debrief: stopped before the first answer; nothing saved"
[ "$(entry_count)" = 1 ] || fail "a reflection quit at once left an entry"

# Killed at the first question (SIGINT from a script; kill -9): nothing counts either.
mkfifo "$SANDBOX/in"
for signal in INT KILL; do
  "$db" ask newbie <"$SANDBOX/in" >/dev/null 2>"$SANDBOX/ask.err" &
  pid=$!
  exec 3>"$SANDBOX/in"
  for _ in $(seq 1 100); do grep -qF '[1/7]' "$SANDBOX/ask.err" && break; sleep 0.05; done
  kill -"$signal" "$pid"
  set +e
  wait "$pid"
  rc=$?
  set -e
  exec 3>&-
  [ "$signal" = KILL ] || [ "$rc" = 130 ] || fail "SIGINT: exit $rc"
  [ "$signal" = KILL ] || grep -qF "debrief: interrupted before the first answer; nothing saved" "$SANDBOX/ask.err" ||
    fail "SIGINT: $(cat "$SANDBOX/ask.err")"
  nothing_counts "$signal"
  id=$(sql "$JOURNAL" "SELECT max(id) FROM entry")
  run "$db" show "$id"
  expect_rc 2
  expect_err_contains "debrief: no entry #$id"
done

# A commitment under review: stopped before its how-did-it-go answer, nothing is kept; once
# that answer is given, the debrief is kept (the review is in it).
run bash -c "printf '%s\n' 'Pain' s 'Tried' s 'Why' s 'Turn' s 'Better' s won 'Affirm' 'Ask first' '' | '$db' ask carol"
expect_rc 0
before=$(entry_count)
run bash -c "printf '%s\n' ':quit' | '$db' ask carol"
expect_rc 0
expect_err_contains "debrief: stopped before the first answer; nothing saved"
[ "$(entry_count)" = "$before" ] || fail "a quit review left an entry"
[ "$(sql "$JOURNAL" "SELECT status FROM commitment")" = open ] || fail "the commitment changed"
run bash -c "printf '%s\n' 'Asked on one call' ':quit' | '$db' ask carol"
expect_rc 0
expect_err_contains "debrief: saved; continue with: debrief ask --resume"
[ "$(entry_count)" = $((before + 1)) ] || fail "a debrief with a review answer was not kept"
run "$db" people
grep -qE '^carol +0 +2 ' <<<"$OUT" || fail "people: $OUT"
[ "$(sql "$JOURNAL" "PRAGMA integrity_check")" = ok ] || fail "integrity"
pass
