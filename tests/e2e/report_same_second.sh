# What was saved before a command starts is in its output, even in the same second (issue 13):
# with the clock fixed (DEBRIEF_NOW), a commitment made, or closed, and a note logged in the
# second a report or list runs are seen by it.
source "$DEBRIEF_TEST_LIB"
sandbox
export DEBRIEF_NOW=2026-11-18T10:00
json_field() { python3 -c 'import json,sys; r=json.loads(sys.stdin.read()); print(eval(sys.argv[1]))' "$1"; }

printf '%s\n' '' '' '' '' '' '' '' 'Open with their goal' 'in 2 days' | "$db" ask alice >/dev/null 2>&1
run "$db" report --format json
expect_rc 0
[ "$(json_field '[c["text"] for c in r["commitments"]["due_soon"]]' <<<"$OUT")" = "['Open with their goal']" ] ||
  fail "a commitment made in the report's second is not due soon: $OUT"

# Overdue, then done in the report's second: no longer overdue.
printf '%s\n' '' '' '' '' '' '' '' 'Ask about the budget' '2 days ago' | "$db" ask bob >/dev/null 2>&1
run "$db" report --format json
[ "$(json_field 'len(r["commitments"]["overdue"])' <<<"$OUT")" = 1 ] || fail "not overdue: $OUT"
"$db" done 2 "asked" >/dev/null
run "$db" report --format json
[ "$(json_field 'len(r["commitments"]["overdue"])' <<<"$OUT")" = 0 ] || fail "done in the report's second, still overdue: $OUT"

# A note logged now is in a list or report up to now.
"$db" log -q -r carol "logged at ten" >/dev/null
run "$db" list --until now --json
expect_out_contains '"body":"logged at ten"'
run "$db" report --since today --until now --format json
[ "$(json_field 'r["totals"]["notes"]' <<<"$OUT")" = 1 ] || fail "the note is not in a report up to now: $OUT"
pass
