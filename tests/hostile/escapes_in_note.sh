# Terminal escape sequences in a note's text are stored exactly as given, and never reach
# the terminal raw: list, show, search, report and export (markdown, CSV) print them
# neutralised, piped and in a real terminal; JSON escapes them.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
printf 'escape%s here and %s there +esc' "$ESCAPES" "$ESCAPES" >note.txt
run "$db" log -q -r carol --lesson --outcome lost <note.txt
expect_rc 0
id=$OUT
acknowledged "$id" note.txt
check_journal # stored byte for byte
for cmd in "list" "show $id" "search escape" "report" "report --format markdown" "export --format markdown" \
  "export --format csv" "export" "list --json" "search --json escape" "people" "log -r carol escaped $ESCAPES"; do
  # shellcheck disable=SC2086
  run "$db" $cmd
  expect_rc 0
  expect_clean_output
done
expect_clean_tty "$db list"
expect_clean_tty "$db show $id"
expect_clean_tty "$db search escape"
expect_clean_tty "$db report"
expect_clean_tty "$db export --format markdown"
expect_clean_tty "$db export --format csv"
grep -q 'escapeC1 here and C1 there' "$SANDBOX/.tty" || fail "the text around the escapes is lost: $TTY_OUT"
check_journal
pass
