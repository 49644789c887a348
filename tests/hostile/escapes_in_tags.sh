# Tags and names written by another tool with terminal escapes in them (debrief itself refuses
# such tags) never reach the output raw: list, show, search, export (markdown, csv) and report
# (text, markdown, csv).
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

"$db" log -q -t demo -r bob "a note about pricing" >/dev/null
sql "$JOURNAL" "UPDATE tag SET tag = CAST(X'789b33316d1b5b33316d071b5d303b70776e6564071b5b324a' AS TEXT)"
sql "$JOURNAL" "UPDATE person SET name = 'bob' || CAST(X'1b5b324ae280ae' AS TEXT)"
for cmd in "list" "show 1" "search pricing" "export --format markdown" "export --format csv" \
  "report" "report --format markdown" "report --format csv" "people"; do
  # shellcheck disable=SC2086
  run "$db" $cmd
  expect_rc 0
  expect_clean_output
  grep -q $'\xe2\x80\xae' "$SANDBOX/.out" && fail "'$cmd' printed a bidi override"
  true
done
pass
