# A journal holding text that is not UTF-8 (written by another tool, an older version, a damaged
# page): every JSON output is still valid UTF-8 JSON, each such byte written as \udcXX, and
# export → import into an empty journal restores the same bytes. A raw byte that is not UTF-8 in
# an import file is still refused.
source "$DEBRIEF_TEST_LIB"
sandbox
"$(dirname "$DEBRIEF_TEST_LIB")/../report/make-fixture.sh" "$db" "$JOURNAL"
export TZ="CET-1CEST,M3.5.0,M10.5.0/3" DEBRIEF_NOW=2026-11-25T12:00

# 'Demo ' F0 28 8C BC ' went long': a four-byte lead with a bad second byte, then stray continuations.
sql "$JOURNAL" "UPDATE entry SET body = CAST(X'44656d6f20f0288cbc2077656e74206c6f6e67' AS TEXT) WHERE id = 1;
  UPDATE entry SET body = CAST(X'536b6970706564eda080c0af0a6e657874' AS TEXT) WHERE id = 7;
  UPDATE answer SET answer_text = CAST(X'536c6f77e92062e282' AS TEXT), question_text = CAST(X'3fff' AS TEXT) WHERE id = 1;
  UPDATE commitment SET text = CAST(X'4f70656e20f4908080' AS TEXT) WHERE id = 3;
  UPDATE commitment SET closing_note = CAST(X'80776f726b6564' AS TEXT) WHERE id = 2"
[ "$(sql "$JOURNAL" "SELECT hex(body) FROM entry WHERE id = 1")" = 44656D6F20F0288CBC2077656E74206C6F6E67 ] \
  || fail "the journal does not hold the bytes"

# valid_json NAME: standard input is UTF-8 and each of its lines one JSON value (Python reads \udcXX).
valid_json() {
  python3 -c '
import json, sys
text = sys.stdin.buffer.read().decode("utf-8")  # strict: raises on bytes that are not UTF-8
lines = [l for l in text.split("\n") if l]
assert lines, "no output"
for l in lines:
    json.loads(l)
' || fail "$1: not valid JSON in UTF-8"
}

run "$db" log --json -r alice "After the damage: café"
expect_rc 0
valid_json "log --json" <<<"$OUT"
"$db" export >"$SANDBOX/one.jsonl"
valid_json export <"$SANDBOX/one.jsonl"
grep -qF 'Demo \udcf0(\udc8c\udcbc went long' "$SANDBOX/one.jsonl" || fail "export does not escape the bytes as \\udcXX"
jq -e . "$SANDBOX/one.jsonl" >/dev/null || fail "jq cannot read the export"
# Python's surrogateescape is the same convention: encoding the strings back gives the journal's bytes.
python3 - "$SANDBOX/one.jsonl" <<'PY' || fail "export does not carry the journal's bytes"
import json, sys
entries = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
raw = lambda s: s.encode("utf-8", "surrogateescape").hex()
at = {e["at"][:16]: e for e in entries}  # entries #1 and #2 of the fixture
assert raw(at["2026-11-10T09:00"]["body"]) == "44656d6f20f0288cbc2077656e74206c6f6e67", at["2026-11-10T09:00"]
debrief = at["2026-11-11T10:00"]
assert raw(debrief["answers"][0]["text"]) == "536c6f77e92062e282", debrief["answers"][0]
assert raw(debrief["answers"][0]["question_text"]) == "3fff", debrief["answers"][0]
PY

run "$db" list --limit 0 --json
expect_rc 0
valid_json "list --json" <<<"$OUT"
run "$db" search demo --json
expect_rc 0
valid_json "search --json" <<<"$OUT"
expect_out_contains '\udcf0'
run "$db" commitments --all --json
expect_rc 0
valid_json "commitments --json" <<<"$OUT"
expect_out_contains '"text":"Open \udcf4\udc90\udc80\udc80"'
run "$db" report --week 2026-11-16 --format json
expect_rc 0
valid_json "report --format json" <<<"$OUT"
expect_out_contains '"text":"Skipped\udced\udca0\udc80\udcc0\udcaf"'
expect_out_contains '"text":"Open \udcf4\udc90\udc80\udc80"'
# Text output shows U+FFFD for each such byte.
run "$db" show 1
expect_rc 0
expect_out_contains $'Demo \xEF\xBF\xBD(\xEF\xBF\xBD\xEF\xBF\xBD went long'

# export → import into an empty journal restores every byte; exporting again gives the same file.
run "$db" --db "$SANDBOX/copy.db" import "$SANDBOX/one.jsonl"
expect_rc 0
expect_out_contains "22 added, 0 skipped"
texts="SELECT uuid, hex(body) FROM entry ORDER BY uuid;
  SELECT e.uuid, a.position, hex(a.question_text), hex(a.answer_text) FROM answer a JOIN entry e ON e.id = a.entry_id
    ORDER BY 1, 2;
  SELECT uuid, hex(text), hex(closing_note) FROM commitment ORDER BY uuid"
sql "$JOURNAL" "$texts" >"$SANDBOX/one.hex"
sql "$SANDBOX/copy.db" "$texts" >"$SANDBOX/copy.hex"
grep -q 44656D6F20F0288CBC2077656E74206C6F6E67 "$SANDBOX/copy.hex" || fail "the imported body lost its bytes"
diff "$SANDBOX/one.hex" "$SANDBOX/copy.hex" || fail "import did not restore the exported bytes"
"$db" --db "$SANDBOX/copy.db" export >"$SANDBOX/two.jsonl"
cmp "$SANDBOX/one.jsonl" "$SANDBOX/two.jsonl" || fail "export → import → export is not byte-identical"
[ "$("$db" --db "$SANDBOX/copy.db" search demo --json | wc -l)" -ge 1 ] || fail "imported text is not searchable"

# Raw bytes that are not UTF-8 are not JSON text: refused, naming the line and the byte.
python3 - "$SANDBOX/one.jsonl" "$SANDBOX/raw.jsonl" <<'PY'
import sys
line = next(l for l in open(sys.argv[1], "rb") if rb"Demo \udcf0" in l)
open(sys.argv[2], "wb").write(line.replace(rb"Demo \udcf0", b"Demo \xf0"))
PY
run "$db" --db "$SANDBOX/raw.db" import "$SANDBOX/raw.jsonl"
expect_rc 2
expect_err_contains "raw.jsonl:1: invalid JSON at byte "
expect_err_contains ": expected valid UTF-8 text"
[ "$(entry_count "$SANDBOX/raw.db")" -eq 0 ] || fail "a line with raw bytes was imported"
pass
