# An import that takes more than a second shows its progress on a terminal, and none in a pipe.
source "$DEBRIEF_TEST_LIB"
sandbox
"$db" log -q -r alice "seed" >/dev/null
"$db" export >"$SANDBOX/one.jsonl"
python3 - "$SANDBOX/one.jsonl" "$SANDBOX/big.jsonl" <<'PY'
import json, sys, uuid
base = json.loads(open(sys.argv[1]).readline())
with open(sys.argv[2], "w") as out:
    for i in range(150000):
        e = dict(base, uuid=str(uuid.UUID(int=(0x7 << 76) | (0x8 << 60) | (i + 1))), body=f"note {i} about pricing")
        out.write(json.dumps(e, separators=(",", ":")) + "\n")
PY
tty_run "'$db' --db '$SANDBOX/t.db' import '$SANDBOX/big.jsonl'"
[ "$RC" -eq 0 ] || fail "import exited $RC: $TTY_OUT"
grep -qE 'importing [0-9]+ lines \([0-9]+%\)' "$SANDBOX/.tty" \
  || fail "no progress on a terminal: $(tail -c 300 "$SANDBOX/.tty")"
run "$db" --db "$SANDBOX/p.db" import "$SANDBOX/big.jsonl"
expect_rc 0
[ -z "$ERR" ] || fail "progress written to a pipe: $ERR"
pass
