# import killed with SIGKILL in the middle of its transaction, under umask 000: the rollback
# journal left behind is private (0600), the next command rolls it back, nothing of the
# import is visible, every earlier entry is intact, and the import then succeeds.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

umask 000
seed 3
before=$(entry_count)
"$PY" - "$("$db" export | head -n 1)" >big.jsonl <<'PYEOF'
import json, sys, uuid
e = json.loads(sys.argv[1])
for i in range(60000):
    e["uuid"] = str(uuid.UUID(int=(0x0190a3c4 << 96) | (0x7 << 76) | (0x8 << 60) | i))
    e["body"] = "imported note %d with some words to index" % i
    print(json.dumps(e))
PYEOF
"$db" import big.jsonl >/dev/null 2>&1 &
importer=$!
# Reading and checking 60,000 lines comes first (seconds, more under the sanitizers on a busy
# machine); the rollback journal appears when the writing starts.
for _ in $(seq 1 2400); do
  [ -s "$JOURNAL-journal" ] && break
  kill -0 "$importer" 2>/dev/null || fail "the import ended before it could be killed mid-transaction"
  sleep 0.05
done
[ -s "$JOURNAL-journal" ] || fail "no rollback journal after 120 s of import"
kill -9 "$importer"
wait "$importer" 2>/dev/null || true
[ -e "$JOURNAL-journal" ] || fail "no hot journal after the kill"
[ "$(mode_of "$JOURNAL-journal")" = 600 ] || fail "the rollback journal is mode $(mode_of "$JOURNAL-journal")"
[ "$(mode_of "$JOURNAL")" = 600 ] || fail "journal mode $(mode_of "$JOURNAL")"
run "$db" list --limit 0
expect_rc 0
[ "$(wc -l <<<"$OUT")" -eq "$before" ] || fail "part of the killed import is visible"
check_journal
run "$db" import big.jsonl
expect_rc 0
expect_out_contains "60000 added"
[ "$(mode_of "$JOURNAL")" = 600 ] || fail "journal mode $(mode_of "$JOURNAL")"
check_journal
pass
