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

# Every command and nested command has 2 to 4 examples in its --help.
commands=$("$db" --help | awk '/^Subcommands:/ {on=1; next} on && /^$/ {exit} on && /^  [a-z]/ {print $1}')
[ "$(wc -w <<<"$commands")" -ge 18 ] || fail "too few commands in --help: $commands"
for cmd in $commands "people rename" "decks show" "decks check" "decks path"; do
  run "$db" $cmd --help
  expect_rc 0
  examples=$(awk '/^Examples?:$/ {on=1; next} on && /^  / {n++} on && !/^  / {exit} END {print n+0}' <<<"$OUT")
  [ "$examples" -ge 2 ] && [ "$examples" -le 4 ] || fail "'$cmd --help' has $examples examples (want 2-4): $OUT"
  ! awk '/^Examples?:$/ {on=1; next} on && /^  / {print}' <<<"$OUT" | grep -v "debrief" || fail "'$cmd' example without debrief"
  # Help fits an 80-column terminal (display columns, wide characters counted twice).
  /usr/bin/python3 -c '
import sys, unicodedata
for line in sys.stdin.read().splitlines():
    width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
    if width > 80: sys.exit(f"{width} columns: {line}")' <<<"$OUT" || fail "'$cmd --help' is wider than 80 columns"
done
run "$db"
expect_rc 0
/usr/bin/python3 -c 'import sys; sys.exit(any(len(l) > 80 and not l.startswith("Journal: ") for l in sys.stdin.read().splitlines()))' <<<"$OUT" ||
  fail "the overview is wider than 80 columns (its journal path aside): $OUT"

run "$db" lgo
expect_rc 2
[ "$ERR" = "debrief: unknown command 'lgo'; did you mean 'log'?" ] || fail "lgo: $ERR"
run "$db" log --bogus x
expect_rc 2
expect_one_error_line
# Unknown options and values: the closest known one, or the accepted ones.
run "$db" log --otucome won "x"
expect_rc 2
[ "$ERR" = "debrief: unknown option '--otucome' for 'debrief log'; did you mean '--outcome'?" ] || fail "otucome: $ERR"
run "$db" people rename --marge a b
expect_rc 2
[ "$ERR" = "debrief: unknown option '--marge' for 'debrief people rename'; did you mean '--merge'?" ] || fail "marge: $ERR"
run "$db" --colr never list
expect_rc 2
expect_err_contains "unknown option '--colr'"
expect_err_contains "did you mean '--color'?"
run "$db" list -z
expect_rc 2
[ "$ERR" = "debrief: unknown option '-z' for 'debrief list' (see 'debrief list --help')" ] || fail "-z: $ERR"
run "$db" report --format=jsn
expect_rc 2
[ "$ERR" = "debrief: --format: unknown value 'jsn'; did you mean 'json'? (accepted: text, markdown, json, csv, html)" ] ||
  fail "jsn: $ERR"
run "$db" --color sometimes list
expect_rc 2
[ "$ERR" = "debrief: --color: unknown value 'sometimes' (accepted: auto, always, never)" ] || fail "sometimes: $ERR"
run "$db" list --kind nte
expect_rc 2
expect_err_contains "did you mean 'note'?"
run "$db" export --format XML
expect_rc 2
expect_err_contains "unknown value 'XML' (accepted: jsonl, markdown, csv)"
run "$db" report --format JSON
expect_rc 0
expect_out_contains '"schema":"debrief.report/2"'
run "$db" list --limit -3
expect_rc 2
expect_one_error_line
run "$db" list --limit abc
expect_rc 2
[ "$ERR" = "debrief: --limit: 'abc' is not a whole number (accepted: 0 to 999999999)" ] || fail "abc: $ERR"

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
