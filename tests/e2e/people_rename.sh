# people rename: a new spelling, a new name, and a merge that asks for --merge.
source "$DEBRIEF_TEST_LIB"
sandbox
"$db" log -q -r alice "one" >/dev/null
"$db" log -q -r alicia "two" >/dev/null 2>&1
printf '%s\n' '' '' '' '' '' '' '' 'Try it' '-' | "$db" ask alicia >/dev/null 2>&1

run "$db" people rename alicia alice
expect_rc 2
expect_one_error_line
expect_err_contains "'alice' is already in the journal; add --merge to move the entries and commitments of 'alicia' to 'alice'"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM person")" = 2 ] || fail "refused rename changed people"

run "$db" people rename alicia alice --merge
expect_rc 0
[ "$OUT" = "merged 'alicia' into 'alice'" ] || fail "merge: $OUT"
[ "$(sql "$JOURNAL" "SELECT group_concat(name) FROM person")" = alice ] || fail "alicia not merged"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM entry e JOIN person p ON p.id = e.person_id WHERE p.name = 'alice'")" = 3 ] \
  || fail "entries not moved"
[ "$(sql "$JOURNAL" "SELECT p.name FROM commitment c JOIN person p ON p.id = c.person_id")" = alice ] || fail "commitment not moved"

run "$db" people rename alice Alice
expect_rc 0
[ "$("$db" people --names)" = Alice ] || fail "respelling"
run "$db" people rename Alice "Alice Smith"
[ "$("$db" people --names)" = "Alice Smith" ] || fail "rename"
run "$db" people rename nobody x
expect_rc 2
expect_err_contains "no one called 'nobody' in the journal"
pass
