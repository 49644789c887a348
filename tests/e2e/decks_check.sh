# Every broken deck in tests/decks/broken yields exactly its expected diagnostics
# (file:line:column: message, all at once) and exit 2; the built-in decks check clean.
source "$DEBRIEF_TEST_LIB"
sandbox
corpus="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/../decks/broken" && pwd)"
repo_decks="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/../../decks" && pwd)"

count=0
cd "$corpus"
for deck in *.toml; do
  run "$db" decks check "$deck"
  expect_rc 2
  [ -z "$OUT" ] || fail "$deck: stdout not empty: $OUT"
  diff -u "${deck%.toml}.expected" <(printf '%s\n' "$ERR") || fail "$deck: diagnostics differ"
  count=$((count + 1))
done
[ "$count" -ge 15 ] || fail "only $count broken decks in the corpus"

# Several files at once: the good ones pass, the bad ones are reported, exit 2.
run "$db" decks check "$repo_decks/grow.toml" duplicate-id.toml empty.toml
expect_rc 2
expect_out_contains "grow.toml: ok (grow, 8 questions)"
expect_err_contains "debrief: 2 errors in 2 of 3 deck files"

cd "$SANDBOX"
run "$db" decks check "$repo_decks"/*.toml
expect_rc 0
[ "$(grep -c ': ok (' <<<"$OUT")" -eq 8 ] || fail "built-in decks: $OUT"

run "$db" decks check "$SANDBOX/missing.toml"
expect_rc 2
expect_err_contains "missing.toml: cannot read: No such file or directory"
pass
