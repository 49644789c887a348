# A full disk during `import`: one transaction, so nothing is added, the journal is intact,
# the error is one line, and the same import succeeds once there is room.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 3
other=$SANDBOX/other.db
for i in $(seq 1 40); do
  "$db" --db "$other" log -r "rep$((i % 4))" -t "tag$i" "imported note $i $(printf 'filler%.0s ' $(seq 1 200))" >/dev/null
done
"$db" --db "$other" export >backup.jsonl
before=$(entry_count)
limit=$(size_kib "$JOURNAL")
file_limit_run "$limit" "$db" import backup.jsonl
expect_error 1 "journal"
[ "$(entry_count)" -eq "$before" ] || fail "import wrote part of the file"
[ -z "$(sql "$JOURNAL" "SELECT 1 FROM person WHERE name LIKE 'rep%'")" ] || fail "import added people"
check_journal

run "$db" import backup.jsonl
expect_rc 0
expect_out_contains "40 added"
check_journal
pass
