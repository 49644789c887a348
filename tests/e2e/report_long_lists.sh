# A report with thousands of lessons lists every one, in JSON and text, as it reads them:
# its output far outgrows a pipe's buffer, and a writer is not held off while the report
# waits on a slow reader (no lock is kept across the output).
source "$DEBRIEF_TEST_LIB"
sandbox
schema="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/../../man" && pwd)/report.schema.json"

DEBRIEF_NOW=2026-11-16T09:00 "$db" log --lesson -r alice "pitched before discovery" >/dev/null
/usr/bin/python3 - "$("$db" export | head -n 1)" >lessons.jsonl <<'PYEOF'
import json, sys, uuid
e = json.loads(sys.argv[1])
for i in range(3000):
    e["uuid"] = str(uuid.UUID(int=(0x0190a3c4 << 96) | (0x7 << 76) | (0x8 << 60) | i))
    e["at"] = "2026-11-%02dT%02d:%02d:00+00:00" % (2 + i // 600, 8 + (i // 60) % 10, i % 60)
    e["person"] = ["alice", "bob", "carol"][i % 3]
    e["body"] = "lesson %d: asked about the budget before the pain was clear, and the call went cold" % i
    print(json.dumps(e))
PYEOF
run "$db" import lessons.jsonl
expect_rc 0
expect_out_contains "3000 added"

export DEBRIEF_NOW=2026-11-20T12:00
run "$db" report --since 2026-11-01 --format json
expect_rc 0
printf '%s\n' "$OUT" >report.json
/usr/bin/python3 - "$schema" report.json <<'PY'
import json, sys, jsonschema
r = json.load(open(sys.argv[2]))
jsonschema.validate(r, json.load(open(sys.argv[1])), cls=jsonschema.Draft202012Validator)
lessons = r["lessons"]
assert len(lessons) == 3001, len(lessons)
assert [l["at"] for l in lessons] == sorted(l["at"] for l in lessons), "lessons out of time order"
assert lessons[0]["text"] == "lesson 0: asked about the budget before the pain was clear, and the call went cold"
PY
run "$db" report --since 2026-11-01 --rep bob
expect_rc 0
[ "$(grep -c 'asked about the budget' <<<"$OUT")" -eq 1000 ] || fail "bob's report should list his 1000 lessons"
grep -q ' alice: \| carol: ' <<<"$OUT" && fail "--rep bob listed someone else's lesson"

# The text report (about 300 KB) into a reader that waits 3 s before reading: the report
# blocks on the full pipe meanwhile. A note logged then must not wait for it.
"$db" report --since 2026-11-01 | { sleep 3; wc -l >lines.txt; } &
reader=$!
sleep 1
DEBRIEF_BUSY_TIMEOUT_MS=500 run "$db" log -r dave "logged while a report waits on its reader"
expect_rc 0
wait "$reader"
[ "$(cat lines.txt)" -gt 3000 ] || fail "the text report lost lines: $(cat lines.txt)"
[ "$(sql "$JOURNAL" "PRAGMA integrity_check")" = ok ] || fail "journal integrity"
[ "$(entry_count)" -eq 3002 ] || fail "expected 3002 entries, found $(entry_count)"
pass
