# Hostile JSONL for import: a line over 16 MiB, deep nesting, invalid UTF-8, a NUL in a name,
# 10,000 tags, an over-long name, a note over 1 MiB, escapes in a name: every bad line is
# named (FILE:LINE: what), one `debrief: ` line sums up, exit 2, nothing imported.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
before=$(entry_count)
good=$("$db" export | head -n 1 | sed 's/"uuid":"0/"uuid":"1/')
"$PY" - "$good" >hostile.jsonl <<'PYEOF'
import json, sys
good = json.loads(sys.argv[1])
def line(**changes):
    e = dict(good); e.update(changes); return json.dumps(e)
out = [
    line(body="x" * (17 << 20)),                                       # 1: over the line limit
    "[" * 5000 + "]" * 5000,                                           # 2: deep nesting
    line(body="PLACEHOLDER"),                                          # 3: invalid UTF-8 (patched below)
    line(person="a\u0000b"),                                           # 4: NUL in a name
    line(tags=["t%d" % i for i in range(10000)]),                      # 5: 10,000 tags
    line(person="p" * 65),                                             # 6: name over 64 bytes
    line(body="y" * ((1 << 20) + 1)),                                  # 7: note over 1 MiB
    line(person="bob\u001b[2J"),                                       # 8: escapes in a name
    line(tags=["a" * 65]),                                             # 9: tag over 64 bytes
]
data = "\n".join(out).encode().replace(b"PLACEHOLDER", b"caf\xe9")
sys.stdout.buffer.write(data + b"\n")
PYEOF
run "$db" import hostile.jsonl
expect_rc 2
expect_clean_output
[ "$(grep -c '^debrief: ' <<<"$ERR")" -eq 1 ] || fail "expected one debrief: line: $ERR"
expect_err_contains "debrief: import: 9 of 9 entries rejected; nothing imported"
grep -q '^hostile.jsonl:1: line is too long ([0-9]* bytes; at most 16777216 bytes)$' <<<"$ERR" || fail "line 1: $ERR"
expect_err_contains "hostile.jsonl:2: invalid JSON at byte 34: expected less nesting (at most 32 levels)"
expect_err_contains "hostile.jsonl:3: invalid JSON"
expect_err_contains "hostile.jsonl:4: invalid name"
expect_err_contains "hostile.jsonl:5: too many tags (10000; at most 64)"
expect_err_contains "hostile.jsonl:6: invalid name"
expect_err_contains "hostile.jsonl:7: note is too long (1048577 bytes; at most 1048576 bytes)"
expect_err_contains "hostile.jsonl:8: invalid name 'bob"
expect_err_contains "hostile.jsonl:9: invalid tag"
[ "$(wc -l <<<"$ERR")" -eq 10 ] || fail "expected 9 named lines and a summary: $ERR"
[ "$(entry_count)" -eq "$before" ] || fail "something was imported"
check_journal
pass
