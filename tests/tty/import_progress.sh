# An import that takes more than a second shows its progress on a terminal, and none in a pipe.
source "$DEBRIEF_TEST_LIB"
sandbox
"$db" log -q -r alice "seed" >/dev/null
"$db" export >"$SANDBOX/one.jsonl"
copies_of "$SANDBOX/one.jsonl" "$SANDBOX/big.jsonl" 150000
tty_run "'$db' --db '$SANDBOX/t.db' import '$SANDBOX/big.jsonl'"
[ "$RC" -eq 0 ] || fail "import exited $RC: $TTY_OUT"
grep -qE 'importing: [0-9]+ lines read \([0-9]+%\)' "$SANDBOX/.tty" \
  || fail "no progress on a terminal: $(tail -c 300 "$SANDBOX/.tty")"
run "$db" --db "$SANDBOX/p.db" import "$SANDBOX/big.jsonl"
expect_rc 0
[ -z "$ERR" ] || fail "progress written to a pipe: $ERR"
pass
