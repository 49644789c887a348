# A journal from a newer debrief, a text file and another program's database are refused with
# a clear message and stay byte-identical; a symlink at the journal path is never followed.
source "$DEBRIEF_TEST_LIB"
sandbox

"$db" --db "$SANDBOX/newer.db" log -q "old note" >/dev/null
sql "$SANDBOX/newer.db" "PRAGMA user_version = 42"
printf 'shopping list\nmilk\n' >"$SANDBOX/notes.txt"
sqlite3 "$SANDBOX/other.db" "CREATE TABLE t (x); INSERT INTO t VALUES (1);"

for f in newer.db notes.txt other.db; do
  before=$(sha256sum "$SANDBOX/$f")
  for cmd in "log x" "list"; do
    # shellcheck disable=SC2086
    run "$db" --db "$SANDBOX/$f" $cmd
    expect_rc 1
    expect_one_error_line
    [ "$(sha256sum "$SANDBOX/$f")" = "$before" ] || fail "$f changed after '$cmd'"
  done
  [ ! -e "$SANDBOX/$f-journal" ] || fail "a rollback journal was left next to $f"
done
run "$db" --db "$SANDBOX/newer.db" list
expect_err_contains "was written by a newer debrief (schema version 42; this one reads up to 8)"
run "$db" --db "$SANDBOX/notes.txt" list
expect_err_contains "is not a debrief journal (not an SQLite database); left untouched"
run "$db" --db "$SANDBOX/other.db" log x
expect_err_contains "is not a debrief journal (SQLite application_id 0x0)"

# A planted symlink: refused, and its target is not created.
mkdir -p "$XDG_DATA_HOME/debrief"
ln -s "$SANDBOX/stolen.db" "$JOURNAL"
run "$db" log "secret note"
expect_rc 1
expect_err_contains "is a symbolic link; refusing to follow it"
[ ! -e "$SANDBOX/stolen.db" ] || fail "the symlink was followed"
pass
