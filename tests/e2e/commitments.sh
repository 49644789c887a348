# commitments lists open ones (due soonest first), --all, --rep and --overdue (local days);
# done/drop close them with a note; the next review no longer asks about them.
source "$DEBRIEF_TEST_LIB"
sandbox
export TZ="EST5EDT,M3.2.0,M11.1.0"   # overdue is decided in the local zone

# Before any: each list says what it found none of.
"$db" log -q -r alice "a first note" >/dev/null
run "$db" commitments
[ "$ERR" = "debrief: no open commitments" ] || fail "empty: $ERR"
run "$db" commitments --all
[ "$ERR" = "debrief: no commitments" ] || fail "empty --all: $ERR"

# Three debriefs, each ending with a commitment: overdue, due in 2 days, no due date.
printf '%s\n' '' '' '' '' '' '' '' 'Ask about the current process' '3 days ago' | "$db" ask alice >/dev/null 2>&1
printf '%s\n' '' '' '' '' '' '' '' 'Open with their goal' 'in 2 days' | "$db" ask bob >/dev/null 2>&1
printf '%s\n' 'Not tried yet' k '' '' '' '' '' '' '' 'Pause after pricing' '-' | "$db" ask bob >/dev/null 2>&1

run "$db" commitments
expect_rc 0
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 3 ] || fail "open commitments: $OUT"
[[ "$(printf '%s\n' "$OUT" | sed -n 1p)" == "#1  alice  Ask about the current process  due "*"  overdue" ]] || fail "first: $OUT"
[[ "$(printf '%s\n' "$OUT" | sed -n 2p)" == "#2  bob    Open with their goal           due "* ]] || fail "second: $OUT"
[[ "$(printf '%s\n' "$OUT" | sed -n 2p)" != *overdue* ]] || fail "not overdue yet: $OUT"
[ "$(printf '%s\n' "$OUT" | sed -n 3p)" = "#3  bob    Pause after pricing" ] || fail "third: $OUT"

run "$db" commitments --overdue --json
python3 -c 'import json,sys; c=[json.loads(l) for l in sys.argv[1].splitlines()]; assert [x["id"] for x in c]==[1] and c[0]["overdue"] is True, c' "$OUT"
run "$db" commitments --rep bob
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 2 ] || fail "--rep bob: $OUT"
run "$db" commitments --rep bobb
expect_rc 2
expect_err_contains "did you mean 'bob'?"

run "$db" done 1 "worked: asked about their current process"
expect_rc 0
[ "$OUT" = "done #1 · alice · Ask about the current process" ] || fail "done: $OUT"
[ "$(sql "$JOURNAL" "SELECT status, closing_note, closed_at IS NOT NULL FROM commitment WHERE id = 1")" = \
  "done|worked: asked about their current process|1" ] || fail "stored"
run "$db" drop 3
expect_rc 0
run "$db" done 1
expect_rc 1
expect_err_contains "commitment #1 is already done"
run "$db" done 99
expect_rc 2
expect_err_contains "no commitment #99"
run "$db" done abc
expect_rc 2

run "$db" commitments
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 1 ] || fail "after done/drop: $OUT"
run "$db" commitments --all
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 3 ] || fail "commitments --all: $OUT"
expect_out_contains "[dropped]"
expect_out_contains "[done]"

# alice's next debrief has nothing to review.
run bash -c "printf '%s\n' ':quit' | '$db' ask alice"
[[ "$ERR" != *"Open commitment"* ]] || fail "a closed commitment was reviewed"

# An overdue one in colour on a narrow line: the row is cut, the mark stays red, nothing fails.
"$db" commit -q bob "Ask two pain questions before any demo, every single call #discovery" --due "3 days ago" >/dev/null
for width in 60 80 120; do
  run "$db" --color always --width "$width" commitments --overdue
  expect_rc 0
  [[ "$OUT" == *$'\e[31moverdue\e[0m'* ]] || fail "width $width: overdue not in red: $OUT"
done
pass
