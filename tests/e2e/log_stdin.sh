# Text from a pipe; an empty note is refused with exit 2 and nothing written.
source "$DEBRIEF_TEST_LIB"
sandbox

run bash -c "echo 'text from a pipe #followup' | '$db' log -r bob"
expect_rc 0
expect_out_contains "logged #1 · bob · followup"
[ "$(sql "$JOURNAL" "SELECT body FROM entry")" = "text from a pipe #followup" ] || fail "body not stored"

printf 'line one\nline two\n\n' | "$db" log -q >/dev/null
[ "$(sql "$JOURNAL" "SELECT body FROM entry WHERE id = 2")" = $'line one\nline two' ] || fail "multi-line body"

for empty in "" "   " $'\n\n'; do
  run bash -c "printf '%s' '$empty' | '$db' log -r bob"
  expect_rc 2
  expect_one_error_line
  expect_err_contains "empty note"
done
run "$db" log "   "
expect_rc 2
[ "$(entry_count)" -eq 2 ] || fail "an empty note was written"

# Several @people without -r is a usage error; -r decides.
run "$db" log "@alice and @bob argued"
expect_rc 2
expect_err_contains "-r NAME"
run "$db" log -r alice "@alice and @bob argued"
expect_rc 0
[ "$(entry_count)" -eq 3 ] || fail "entry count"

# A typo'd new name is accepted with a warning naming the close match.
run "$db" log -r alicia "typo"
expect_rc 0
expect_err_contains "'alicia' is a new person, close to 'alice'"
pass
