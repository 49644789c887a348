# export --format markdown, which is for reading, leaves private entries (trust-check) out unless
# --include-private is given, and says how many on stderr; JSONL and CSV keep everything.
source "$DEBRIEF_TEST_LIB"
sandbox
fixture="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/../golden-machine" && pwd)/fixture.jsonl"
export TZ=UTC DEBRIEF_NOW=2026-11-25T12:00
run "$db" import "$fixture"
expect_rc 0
private_entries=$(grep -c '"private":true' "$fixture")
[ "$private_entries" -eq 1 ] || fail "the fixture should hold one private entry, not $private_entries"

run "$db" export --format markdown
expect_rc 0
[ "$ERR" = "debrief: left out 1 private entry; --include-private to include them" ] || fail "stderr: $ERR"
# The trust check was taken on Fri 20 Nov 17:00 (the fixture's only private entry).
! grep -q "^## Fri 20 Nov 17:00" <<<"$OUT" || fail "a private entry in the Markdown export: $OUT"
grep -q "alice" <<<"$OUT" || fail "the other entries are missing: $OUT"
shown=$OUT

run "$db" export --format markdown --include-private
expect_rc 0
[ -z "$ERR" ] || fail "stderr with --include-private: $ERR"
grep -q "^## Fri 20 Nov 17:00 · reflection" <<<"$OUT" || fail "--include-private left the private entry out: $OUT"
[ "$(grep -c '^## ' <<<"$OUT")" -eq $(($(grep -c '^## ' <<<"$shown") + 1)) ] || fail "--include-private added more than it left out"

# --no-private says nothing: the user asked for it.
run "$db" export --format markdown --no-private
expect_rc 0
[ -z "$ERR" ] || fail "stderr with --no-private: $ERR"
[ "$OUT" = "$shown" ] || fail "--no-private differs from the default Markdown export"

# JSONL and CSV keep everything, with or without --include-private, and say nothing.
for format in jsonl csv; do
  "$db" export --format "$format" >"$SANDBOX/plain.$format" 2>"$SANDBOX/plain.err"
  "$db" export --format "$format" --include-private >"$SANDBOX/incl.$format" 2>>"$SANDBOX/plain.err"
  cmp "$SANDBOX/plain.$format" "$SANDBOX/incl.$format" || fail "$format changed with --include-private"
  [ ! -s "$SANDBOX/plain.err" ] || fail "$format: stderr: $(cat "$SANDBOX/plain.err")"
done
grep -q '"deck":"trust-check"' "$SANDBOX/plain.jsonl" || fail "JSONL lost the private entry"
grep -q ',trust-check,' "$SANDBOX/plain.csv" || fail "CSV lost the private entry"

run "$db" export --format markdown --no-private --include-private
expect_rc 2
expect_one_error_line
pass
