# Years run to 9999 inclusive: a note at 9999-12-31 and a commitment due then are stored,
# shown, exported and imported; beyond that, the date is refused with "out of range".
source "$DEBRIEF_TEST_LIB"
sandbox

run "$db" log -q --at 9999-12-31 "the last day"
expect_rc 0
run "$db" log -q --at "9999-12-31 23:59" "the last minute"
expect_rc 0
run "$db" log --at "9999-12-31T23:00:00-01:00" "past the end in UTC"
expect_rc 2
expect_err_contains "out of range (years 1900 to 9999)"
run "$db" log --at "in 999999 months" "far"
expect_rc 2
expect_err_contains "out of range (years 1900 to 9999)"

# A due date in 9999 is kept; one past it is refused with a word and asked again (the default
# then applies), never stored as no due date.
run bash -c "printf '%s\n' 'Pain' s 'Tried' s 'Why' s 'Turn' s 'Better' s 1 'Affirm' 'Try it' '9999-12-31' | '$db' ask bob"
expect_rc 0
expect_out_contains "Commitment #1: Try it (due Fri 31 Dec 9999)"
run bash -c "printf '%s\n' 'Pain' s 'Tried' s 'Why' s 'Turn' s 'Better' s 1 'Affirm' 'Try again' 'in 999999 months' '' | '$db' ask carol"
expect_rc 0
expect_err_contains "out of range (years 1900 to 9999)"
[ "$(sql "$JOURNAL" "SELECT due_utc IS NOT NULL FROM commitment WHERE text = 'Try again'")" = 1 ] ||
  fail "the refused due date left the commitment without one"

run "$db" export
expect_rc 0
printf '%s\n' "$OUT" >all.jsonl
grep -q '"at":"9999-12-31T23:59:00+00:00"' all.jsonl || fail "export lost the last minute"
grep -q '"due":"9999-12-31T00:00:00+00:00"' all.jsonl || fail "export lost the due date"
run "$db" --db "$SANDBOX/copy.db" import all.jsonl
expect_rc 0
[ "$(sql "$SANDBOX/copy.db" "SELECT due_utc FROM commitment WHERE text = 'Try it'")" = \
  "$(sql "$JOURNAL" "SELECT due_utc FROM commitment WHERE text = 'Try it'")" ] || fail "import changed the due date"
pass
