# Escape sequences in a person's name, a tag, a deck id, a date or an unknown command are
# refused (exit 2), and the one-line error shows them neutralised.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
before=$(entry_count)
run "$db" log -r "bob$ESCAPES" "text"
expect_error 2 "invalid name 'bob"
run "$db" log -t "tag$ESCAPES" "text"
expect_error 2 "invalid tag 'tag"
run "$db" log --at "yesterday$ESCAPES" "text"
expect_error 2 "--at: "
run "$db" ask "eve$ESCAPES"
expect_error 2 "invalid name 'eve"
run "$db" ask eve --deck "grow$ESCAPES"
expect_error 2 "unknown deck 'grow"
run "$db" "lo$ESCAPES"
expect_error 2 "unknown command 'lo"
run "$db" list --rep "bob$ESCAPES"
expect_error 2 "invalid name"
run "$db" search "\"$ESCAPES"
expect_error 2 "search: unclosed quote in"
expect_clean_output
run "$db" people rename alice "alice$ESCAPES"
expect_error 2 "invalid name"
[ "$(entry_count)" -eq "$before" ] || fail "something was stored"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM person")" -eq 1 ] || fail "a person was added"
check_journal
pass
