# Every command that writes to the journal, run while the journal cannot be written: locked by
# another process's write lock, damaged past its first pages, and read-only. Each fails with
# exit code 1 and one line `debrief: cannot <action> the journal <path>: <why>`, where <why>
# tells the three apart (a lock, damage, a read-only file).
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

# A journal with notes about alice, a fourth one deleted (for undelete), two open commitments
# (for done and drop) and an export with new UUIDs (for import); an editor that changes a note.
make_journal() {
  seed 3
  "$db" log -q "a note to undelete" >/dev/null
  "$db" delete 4 >/dev/null 2>&1
  sql "$JOURNAL" "INSERT INTO commitment (uuid, person_id, entry_id, text, created_at) VALUES
    ('c0000000-0000-4000-8000-000000000001', 1, 1, 'ask about budget', 0),
    ('c0000000-0000-4000-8000-000000000002', 1, 1, 'ask about timing', 0)"
  "$db" export | sed 's/"uuid":"0/"uuid":"1/; s/"uuid":"c/"uuid":"d/' >"$SANDBOX/backup.jsonl"
  printf '#!/bin/sh\nsed -i "s/seeded/edited/" "$1"\n' >"$SANDBOX/editor.sh"
  chmod 755 "$SANDBOX/editor.sh"
  printf 'an answer\nanother answer\n' >"$SANDBOX/answers.txt"
}

# each_write JOURNAL WHY [RUNNER]: runs every write command on JOURNAL (through RUNNER, e.g.
# as_user) and expects each to fail with one line naming the action, the journal and WHY.
each_write() {
  local j=$1 why=$2 runner=${3:-} cmd
  local -a commands=("log a note that cannot be saved" "ask alice" "reflect" "edit 1" "delete 1" "undelete 4"
                     "done 1" "drop 2" "import $SANDBOX/backup.jsonl" "people rename alice alicia")
  for cmd in "${commands[@]}"; do
    # shellcheck disable=SC2086
    EDITOR="$SANDBOX/editor.sh" run $runner "$db" --db "$j" $cmd <"$SANDBOX/answers.txt"
    [ "$RC" -eq 1 ] || fail "$cmd ($why): expected exit 1, got $RC (stdout: $OUT) (stderr: $ERR)"
    expect_one_error_line
    case "$ERR" in
    "debrief: cannot "*" the journal $j: "*"$why"*) ;;
    *) fail "$cmd ($why): the error does not name the action, $j and '$why': $ERR" ;;
    esac
  done
}

# Locked: another process holds the write lock (reads still work), longer than the wait.
make_journal
before=$(sql "$JOURNAL" "SELECT count(*), total(version) FROM entry")
hold_write_lock "$JOURNAL" 600
DEBRIEF_BUSY_TIMEOUT_MS=100 each_write "$JOURNAL" "it is locked by another process (waited 100 ms"
kill "$LOCKER"
wait "$LOCKER" 2>/dev/null || true
[ "$(sql "$JOURNAL" "SELECT count(*), total(version) FROM entry")" = "$before" ] || fail "a locked journal changed"
check_journal

# Damaged: every page but the schema's overwritten, so the journal opens and each command
# fails at the first table it touches.
bad=$SANDBOX/damaged.db
cp "$JOURNAL" "$bad"
schema_pages=$(sql "$bad" "SELECT group_concat(pageno) FROM dbstat WHERE name = 'sqlite_schema'")
page_size=$(sql "$bad" "PRAGMA page_size")
"$PY" - "$bad" "$schema_pages" "$page_size" <<'PYEOF'
import random, sys
path, keep, size = sys.argv[1], {int(p) for p in sys.argv[2].split(',')}, int(sys.argv[3])
data = bytearray(open(path, 'rb').read())
rng = random.Random(20261128)
for page in range(1, len(data) // size + 1):
    if page not in keep:
        for off in range((page - 1) * size, page * size):
            data[off] = rng.randrange(256)
open(path, 'wb').write(bytes(data))
PYEOF
sum=$(sha256sum <"$bad")
each_write "$bad" "it is damaged"
[ "$(sha256sum <"$bad")" = "$sum" ] || fail "the damaged journal was changed"

# Read-only: the file may not be written (as an unprivileged user when run as root, who
# ignores file modes).
chmod 0400 "$JOURNAL"
give_sandbox_to_user
each_write "$JOURNAL" "attempt to write a readonly database" as_user
[ "$(mode_of "$JOURNAL")" = 400 ] || fail "the journal's mode changed to $(mode_of "$JOURNAL")"
check_journal
pass
