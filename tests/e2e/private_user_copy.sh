# A user's copy of a built-in private deck (trust-check) without `private = true` stays private:
# its reflections are marked private and stay out of the report, markdown export and team.
source "$DEBRIEF_TEST_LIB"
sandbox
decks="$HOME/.config/debrief/decks"
mkdir -p "$decks"
cat >"$decks/trust-check.toml" <<'TOML'
title = "Our trust check"
audience = "rep"

[[question]]
id = "safe"
text = "How safe is it to bring a lost deal to your manager?"
TOML
run "$db" decks
expect_rc 0
grep -q "trust-check.*(private)" <<<"$OUT" || fail "the copy is not listed as private: $OUT"
run bash -c "printf '%s\n' 'Not safe at all, secret words' | '$db' reflect --deck trust-check"
expect_rc 0
[ "$(sql "$JOURNAL" "SELECT private FROM entry")" = 1 ] || fail "the reflection is not private"
for format in text markdown json csv html; do
  run "$db" report --format "$format"
  expect_rc 0
  [[ "$OUT" != *"secret words"* && "$OUT" != *"Not safe"* ]] || fail "report $format shows the private answer"
done
run "$db" export --format markdown
[[ "$OUT" != *"secret words"* ]] || fail "markdown export shows the private answer"
run "$db" export
[[ "$OUT" == *"secret words"* ]] || fail "the JSONL backup lacks the private entry"
pass
