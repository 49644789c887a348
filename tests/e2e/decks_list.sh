# `decks` lists the eight built-in decks with audience and question count; user decks replace
# built-ins by id; a broken user deck is a warning with its position and hides nothing.
source "$DEBRIEF_TEST_LIB"
sandbox

run "$db" decks
expect_rc 0
for id in post-call quick grow assignment-review self-review after-action fast-failure trust-check; do
  grep -qE "^$id +(manager|rep|either) +[0-9]+  " <<<"$OUT" || fail "deck $id missing or malformed: $OUT"
done
[ "$(grep -cE '^[a-z]' <<<"$OUT")" -eq 8 ] || fail "expected 8 decks: $OUT" # the header is upper-case
grep -qE '^post-call +manager +8 ' <<<"$OUT" || fail "post-call line: $OUT"
grep -qE '^trust-check +rep +5 .*\(private\)' <<<"$OUT" || fail "trust-check line: $OUT"

run "$db" decks --ids
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 8 ] || fail "--ids: $OUT"

run "$db" decks show post-call
expect_rc 0
expect_out_contains "Post-call debrief (post-call)"
[ "$(grep -c '\[discovery\]' <<<"$OUT")" -ge 3 ] || fail "post-call has fewer than 3 discovery questions"
expect_out_contains "Commitment: What one thing will you try on your next call? (due in 7 days)"
run "$db" decks show post-cal
expect_rc 2
expect_one_error_line
expect_err_contains "unknown deck 'post-cal'; did you mean 'post-call'?"

run "$db" decks path
[ "$OUT" = "$HOME/.config/debrief/decks" ] || fail "decks path: $OUT"
export XDG_CONFIG_HOME="$SANDBOX/config"
run "$db" decks path
[ "$OUT" = "$SANDBOX/config/debrief/decks" ] || fail "decks path with XDG_CONFIG_HOME: $OUT"

# A user deck with a built-in's id replaces it; a broken one is reported, the rest still load.
mkdir -p "$XDG_CONFIG_HOME/debrief/decks"
cat >"$XDG_CONFIG_HOME/debrief/decks/post-call.toml" <<'TOML'
title = "Our own post-call"
audience = "manager"

[[question]]
id = "only"
text = "What happened?"
discovery = true
TOML
printf 'title = "Broken"\naudience = "manager"\n\n[[question]]\nid = "a"\ntxet = "typo"\n' \
  >"$XDG_CONFIG_HOME/debrief/decks/broken.toml"
run "$db" decks
expect_rc 0
grep -qE "^post-call +manager +1  Our own post-call  \[$XDG_CONFIG_HOME/debrief/decks/post-call.toml\]" <<<"$OUT" \
  || fail "user post-call did not replace the built-in: $OUT"
[ "$(grep -cE '^[a-z]' <<<"$OUT")" -eq 8 ] || fail "a broken user deck hid others: $OUT"
expect_err_contains "debrief: warning: skipping a broken deck: $XDG_CONFIG_HOME/debrief/decks/broken.toml:6:1: unknown key 'txet' in question 1; did you mean 'text'?"
pass
