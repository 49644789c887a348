# Entry and commitment numbers are decimal, whatever their leading zeros: `010` is 10, never
# octal; hex, fractions, signs and words are refused with what was expected.
source "$DEBRIEF_TEST_LIB"
sandbox

for i in $(seq 1 12); do "$db" log -q "note $i" >/dev/null; done
run "$db" delete 010
expect_rc 0
expect_out_contains "deleted #10"
[ "$(sql "$JOURNAL" 'SELECT id FROM entry WHERE deleted_at IS NOT NULL')" = 10 ] || fail "delete 010 hid the wrong entry"
run "$db" undelete 0010
expect_rc 0
expect_out_contains "restored #10"
run "$db" show 09
expect_rc 0
expect_out_contains "note 9"
run "$db" list -n 010
expect_rc 0
[ "$(printf '%s\n' "$OUT" | grep -c '^ *#')" -eq 10 ] || fail "list -n 010 printed $(printf '%s\n' "$OUT" | grep -c '^ *#') entries"

for bad in 0x3 1.0 -1 +3 1e3 3a alice '' ' 3'; do
  run "$db" show "$bad"
  expect_rc 2
  expect_one_error_line
  expect_err_contains "expected an entry number, got '$bad'"
done
for cmd in delete undelete edit; do
  run "$db" "$cmd" 0x3
  expect_rc 2
  expect_err_contains "expected an entry number, got '0x3'"
done
run "$db" done 0x1
expect_rc 2
expect_err_contains "expected a commitment number, got '0x1'"
run "$db" drop 1.5 "why"
expect_rc 2
expect_err_contains "expected a commitment number, got '1.5'"
run "$db" show 99999999999999999999
expect_rc 2
expect_one_error_line
expect_err_contains "no entry #99999999999999999999"
[ "$(sql "$JOURNAL" 'SELECT count(*) FROM entry WHERE deleted_at IS NULL')" = 12 ] || fail "an entry was hidden"
pass
