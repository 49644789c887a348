# Help, version, the overview, unknown commands and options, path precedence, closed pipes.
source "$DEBRIEF_TEST_LIB"
sandbox

run "$db" --version
expect_rc 0
[[ "$OUT" =~ ^debrief\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "version: $OUT"

run "$db"
expect_rc 0
expect_out_contains "log"
expect_out_contains "Journal: $JOURNAL (from \$XDG_DATA_HOME; not created yet)"

for cmd in log list; do
  run "$db" $cmd --help
  expect_rc 0
  expect_out_contains "Examples:"
  [ "$(grep -c "debrief $cmd" <<<"$OUT")" -ge 2 ] || fail "$cmd --help has fewer than 2 examples"
done

run "$db" lgo
expect_rc 2
[ "$ERR" = "debrief: unknown command 'lgo'; did you mean 'log'?" ] || fail "lgo: $ERR"
run "$db" log --bogus x
expect_rc 2
expect_one_error_line
run "$db" --color sometimes list
expect_rc 2
run "$db" list --limit -3
expect_rc 2

# An empty journal lists nothing, says so on stderr, exits 0, creates nothing.
run "$db" list
expect_rc 0
[ -z "$OUT" ] || fail "list printed data on an empty journal"
[ ! -e "$JOURNAL" ] || fail "list created a journal"

# --db beats $DEBRIEF_DB beats XDG.
DEBRIEF_DB="$SANDBOX/env.db" "$db" log -q "to env" >/dev/null
[ -f "$SANDBOX/env.db" ] || fail "DEBRIEF_DB ignored"
DEBRIEF_DB="$SANDBOX/env.db" "$db" --db "$SANDBOX/flag.db" log -q "to flag" >/dev/null
[ -f "$SANDBOX/flag.db" ] && [ "$(entry_count "$SANDBOX/env.db")" -eq 1 ] || fail "--db did not win"
"$db" log -q "after the subcommand" --db "$SANDBOX/flag.db" >/dev/null
[ "$(entry_count "$SANDBOX/flag.db")" -eq 2 ] || fail "--db after the subcommand ignored"

# A closed pipe is not an error.
for i in 1 2 3; do "$db" log -q "n$i" >/dev/null; done
run bash -c "'$db' list | head -1; exit \${PIPESTATUS[0]}"
expect_rc 0
[ -z "$ERR" ] || fail "closed pipe printed: $ERR"
pass
