# list says when more entries match than it shows: a last line in text only, only when the
# page is full and more match; --json stays one object per entry.
source "$DEBRIEF_TEST_LIB"
sandbox

for i in 1 2 3 4 5; do
  run "$db" log -q -r alice "note $i"
  expect_rc 0
done
run "$db" log -q -r bob "bob's note"
expect_rc 0

run "$db" list --limit 2
expect_rc 0
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 3 ] || fail "--limit 2 gave: $OUT"
[ "$(printf '%s\n' "$OUT" | tail -1)" = "2 of 6; --limit 0 for all" ] || fail "no count line: $OUT"
[ -z "$ERR" ] || fail "unexpected stderr: $ERR"

# The count takes the same filter.
run "$db" list --limit 3 --rep alice
expect_rc 0
[ "$(printf '%s\n' "$OUT" | tail -1)" = "3 of 5; --limit 0 for all" ] || fail "filtered count: $OUT"

# A full page that is all of them, a short page, no limit: no count line.
run "$db" list --limit 5 --rep alice
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 5 ] || fail "--limit 5 --rep alice gave: $OUT"
! grep -q ' of ' <<<"$OUT" || fail "count line when all shown: $OUT"
run "$db" list --limit 10
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 6 ] || fail "--limit 10 gave: $OUT"
run "$db" list --limit 0
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 6 ] || fail "--limit 0 gave: $OUT"

# Past 10,000 the count stops (it reads every entry it counts): 10,002 entries.
"$db" export | head -n 1 >"$SANDBOX/one.jsonl"
copies_of "$SANDBOX/one.jsonl" "$SANDBOX/many.jsonl" 10002
run "$db" --db "$SANDBOX/many.db" import "$SANDBOX/many.jsonl"
expect_rc 0
run "$db" --db "$SANDBOX/many.db" list --limit 3
expect_rc 0
[ "$(printf '%s\n' "$OUT" | tail -1)" = "3 of more than 10000; --limit 0 for all" ] || fail "10,002: $OUT"
run "$db" --db "$SANDBOX/many.db" list --limit 10001
[ "$(printf '%s\n' "$OUT" | tail -1)" = "10001 of more than 10001; --limit 0 for all" ] || fail "10,001: $(tail -1 <<<"$OUT")"
"$db" --db "$SANDBOX/many.db" delete 5 >/dev/null
"$db" --db "$SANDBOX/many.db" delete 6 >/dev/null
run "$db" --db "$SANDBOX/many.db" list --limit 3
[ "$(printf '%s\n' "$OUT" | tail -1)" = "3 of 10000; --limit 0 for all" ] || fail "10,000: $OUT"

# Not in --json.
run "$db" list --limit 2 --json
expect_rc 0
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 2 ] || fail "--json --limit 2 gave: $OUT"
printf '%s\n' "$OUT" | python3 -c 'import json,sys; [json.loads(l) for l in sys.stdin]' || fail "not JSON lines: $OUT"
pass
