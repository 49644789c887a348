# export → import into an empty journal → export gives the same bytes; importing twice adds
# nothing; one bad line among 1,000 good ones imports nothing and names the line; deleted
# entries are not exported; Markdown and CSV exports.
source "$DEBRIEF_TEST_LIB"
sandbox
"$(dirname "$DEBRIEF_TEST_LIB")/../report/make-fixture.sh" "$db" "$SANDBOX/f.db"
export TZ="CET-1CEST,M3.5.0,M10.5.0/3"

"$db" --db "$SANDBOX/f.db" export >"$SANDBOX/one.jsonl"
[ "$(wc -l <"$SANDBOX/one.jsonl")" -eq 21 ] || fail "export lines: $(wc -l <"$SANDBOX/one.jsonl")"
run "$db" --db "$SANDBOX/copy.db" import "$SANDBOX/one.jsonl"
expect_rc 0
[ "$OUT" = "imported $SANDBOX/one.jsonl: 21 added, 0 skipped (already in the journal), 0 rejected" ] || fail "$OUT"
TZ=UTC "$db" --db "$SANDBOX/copy.db" export >"$SANDBOX/two.jsonl"
cmp "$SANDBOX/one.jsonl" "$SANDBOX/two.jsonl" || fail "round trip is not byte-identical"
run bash -c "'$db' --db '$SANDBOX/copy.db' import - <'$SANDBOX/one.jsonl'"
expect_rc 0
expect_out_contains "0 added, 21 skipped"
[ "$(sql "$SANDBOX/copy.db" "SELECT count(*) FROM entry")" = 21 ] || fail "second import added entries"
[ "$(sql "$SANDBOX/copy.db" "SELECT count(*) FROM commitment")" = 8 ] || fail "commitments"
[ "$(sql "$SANDBOX/copy.db" "PRAGMA integrity_check")" = ok ] || fail "integrity"
# The search index covers imported texts, and texts written after an import.
[ "$("$db" --db "$SANDBOX/copy.db" search 'consultant OR bonus' --json | wc -l)" -ge 1 ] || fail "imported answers not searchable"
"$db" --db "$SANDBOX/copy.db" log -q "zebra crossing after import" >/dev/null
[ "$("$db" --db "$SANDBOX/copy.db" search zebra --json | wc -l)" -eq 1 ] || fail "search triggers not restored after import"
[ "$(sql "$SANDBOX/copy.db" "INSERT INTO search (search) VALUES ('integrity-check'); PRAGMA integrity_check")" = ok ] || fail "fts integrity"
"$db" --db "$SANDBOX/copy.db" delete 22 >/dev/null 2>&1

# The imported journal reports exactly like the original, but for the numbers of entries and
# commitments: an import numbers them in time order, and the fixture made some out of order.
for j in f copy; do
  DEBRIEF_NOW=2026-11-25T12:00 "$db" --db "$SANDBOX/$j.db" report --week 2026-11-16 --format json |
    python3 -c 'import re, sys; print(re.sub(r"\"id\":[0-9]+", "\"id\":0", sys.stdin.read()), end="")' >"$SANDBOX/$j.report"
done
cmp "$SANDBOX/f.report" "$SANDBOX/copy.report" || fail "imported journal reports differently"

# 1,000 good lines and one bad one: nothing imported, the bad line named, non-zero exit.
python3 - "$SANDBOX/one.jsonl" "$SANDBOX/big.jsonl" <<'PY'
import json, sys, uuid
base = next(json.loads(l) for l in open(sys.argv[1]) if '"at":"2026-11-10T09:00' in l)  # a plain note
with open(sys.argv[2], "w") as out:
    for i in range(1001):
        e = dict(base, uuid=str(uuid.UUID(int=(0x7 << 76) | (0x8 << 60) | i)), body=f"note {i}")
        line = json.dumps(e, ensure_ascii=False, separators=(",", ":"))
        if i == 600:
            line = line.replace('"kind":"note"', '"kind":"memo"')
        out.write(line + "\n")
PY
run "$db" --db "$SANDBOX/big.db" import "$SANDBOX/big.jsonl"
expect_rc 2
expect_err_contains "$SANDBOX/big.jsonl:601: invalid kind 'memo' (accepted: note, debrief, reflection)"
expect_err_contains "debrief: import: 1 of 1001 entries rejected; nothing imported"
[ "$(entry_count "$SANDBOX/big.db")" -eq 0 ] || fail "a partial import happened"
printf '{"uuid": \n' >"$SANDBOX/broken.jsonl"
run "$db" --db "$SANDBOX/big.db" import "$SANDBOX/broken.jsonl"
expect_rc 2
expect_err_contains "broken.jsonl:1: invalid JSON at byte 10: expected a value"
run "$db" import "$SANDBOX/missing.jsonl"
expect_rc 1
expect_one_error_line

# Deleted entries are not exported; filters apply; --no-private drops the trust check.
"$db" --db "$SANDBOX/f.db" delete 4 >/dev/null 2>&1
[ "$("$db" --db "$SANDBOX/f.db" export | wc -l)" -eq 20 ] || fail "deleted entry exported"
"$db" --db "$SANDBOX/f.db" undelete 4 >/dev/null
[ "$("$db" --db "$SANDBOX/f.db" export --rep bob | wc -l)" -eq 4 ] || fail "--rep"
[ "$("$db" --db "$SANDBOX/f.db" export --no-private | grep -c trust-check)" -eq 0 ] || fail "--no-private"
[ "$("$db" --db "$SANDBOX/f.db" export | grep -c trust-check)" -eq 1 ] || fail "export keeps everything by default"

"$db" --db "$SANDBOX/f.db" export --format csv >"$SANDBOX/e.csv"
python3 -c 'import csv,sys; r=list(csv.DictReader(open(sys.argv[1], newline=""))); assert len(r)==21 and r[0]["person"]=="dave", r[0]' "$SANDBOX/e.csv"
run "$db" --db "$SANDBOX/f.db" export --format markdown --kind note --rep carol
[ "$OUT" = $'## Fri 20 Nov 2026 09:00 · note · carol\n\n*outcome won · tags discovery*\n\nGreat discovery call #discovery' ] \
  || [[ "$OUT" == "## Fri 20 Nov 09:00 · note · carol"* ]] || fail "markdown: $OUT"
# A byte order mark before the first line, as some editors save: read past.
{ printf '\xEF\xBB\xBF'; "$db" --db "$SANDBOX/f.db" export | head -n 1; } >"$SANDBOX/bom.jsonl"
run "$db" --db "$SANDBOX/bom.db" import "$SANDBOX/bom.jsonl"
expect_rc 0
expect_out_contains ": 1 added"

# A directory is not a file to read.
run "$db" import "$SANDBOX"
expect_rc 1
[ "$ERR" = "debrief: cannot read $SANDBOX: Is a directory" ] || fail "directory: $ERR"
pass
