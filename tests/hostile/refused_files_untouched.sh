# A file debrief refuses stays byte-identical together with its side files: another program's
# database in WAL mode (its -wal and -shm), a newer debrief's journal whose version change is
# still in its -wal, and another program's database with a hot rollback journal. SQLite must
# never get the chance to checkpoint, recover or delete anything of theirs.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

# snapshot FILE: the hashes of FILE and its side files ("-" for a missing one).
snapshot() {
  local f
  for f in "$1" "$1-wal" "$1-shm" "$1-journal"; do
    if [ -e "$f" ]; then sha256sum <"$f"; else echo -; fi
  done
}

# A foreign database in WAL mode, its last transaction still in the -wal (the writer was killed
# before it could checkpoint).
"$PY" - "$SANDBOX/wal.db" <<'PY'
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('PRAGMA journal_mode = WAL')
c.execute('CREATE TABLE t (x)')
c.execute("INSERT INTO t VALUES ('theirs')")
os._exit(0)
PY
[ -s "$SANDBOX/wal.db-wal" ] || fail "the setup left no -wal"

# A newer debrief's journal whose version bump is still in its -wal.
"$db" --db "$SANDBOX/newer.db" log -q "a note" >/dev/null
"$PY" - "$SANDBOX/newer.db" <<'PY'
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('PRAGMA journal_mode = WAL')
c.execute('PRAGMA user_version = 999')
c.execute("UPDATE entry SET body = 'changed by the newer version'")
os._exit(0)
PY
[ -s "$SANDBOX/newer.db-wal" ] || fail "the setup left no -wal for newer.db"

# A foreign database with a hot rollback journal: its writer was killed mid-transaction after
# spilling changed pages into the file.
"$PY" - "$SANDBOX/hot.db" <<'PY'
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('PRAGMA cache_size = 1')
c.execute('CREATE TABLE t (x)')
c.execute("INSERT INTO t SELECT randomblob(500) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) SELECT i FROM n)")
c.execute('BEGIN')
c.execute("UPDATE t SET x = randomblob(600)")
os._exit(0)
PY
[ -s "$SANDBOX/hot.db-journal" ] || fail "the setup left no hot journal"

for f in wal.db newer.db hot.db; do
  before=$(snapshot "$SANDBOX/$f")
  for cmd in "log x" "list" "report" "export"; do
    # shellcheck disable=SC2086
    run "$db" --db "$SANDBOX/$f" $cmd
    expect_error 1 "left untouched"
    [ "$(snapshot "$SANDBOX/$f")" = "$before" ] || fail "$f or its side files changed after '$cmd'"
  done
done
run "$db" --db "$SANDBOX/newer.db" list
expect_err_contains "was written by a newer debrief (schema version 999;"
run "$db" --db "$SANDBOX/wal.db" list
expect_err_contains "is not a debrief journal (SQLite application_id 0x0)"
run "$db" --db "$SANDBOX/hot.db" list
expect_err_contains "is not a debrief journal"

# debrief's own journal with a hot journal (a writer killed mid-transaction) is recovered, and
# the interrupted change is gone while the acknowledged notes stay.
seed 3
"$PY" - "$JOURNAL" <<'PY'
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('PRAGMA cache_size = 1')
c.execute('BEGIN')
c.execute("UPDATE entry SET body = 'half-written ' || randomblob(3000)")
os._exit(0)
PY
run "$db" list
expect_rc 0
check_journal
pass
