# `debrief compare`: a rep's self-review and the manager's debrief of the same call (the decks
# share question ids), piped with a fixed clock, match the golden files in text, Markdown and
# JSON (checked by hand once; UUIDs masked); either order gives the same; one number finds the
# partner and names it; no partner is exit 1; notes, two debriefs and two people are exit 2.
source "$DEBRIEF_TEST_LIB"
sandbox
command -v jq >/dev/null || fail "jq is needed"
here="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/../compare" && pwd)"
mkdir -p "$HOME/.config/debrief"
printf 'me = "José Müller"\n' >"$HOME/.config/debrief/config.toml"

fits80() { # every line of $OUT at most 80 columns wide (CJK two)
  /usr/bin/python3 -c '
import sys, unicodedata
for line in sys.argv[1].split("\n"):
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
    assert w <= 80, (w, line)' "$OUT" || fail "a line wider than 80 columns: $OUT"
}

# #1: the rep's self-review (no commitment: the debrief would review it first), `got` skipped.
export DEBRIEF_NOW=2026-11-24T16:00
run bash -c "printf '%s\n' 'A second meeting with the CFO' '' \
  'Onboarding takes months, in their words \"we lose a quarter per hire\"' 'Spreadsheets, then a consultant' \
  'Their bonus depends on ramp time' 'I let them talk about the consultant' \
  'Ask what the consultant missed before showing pricing' 4 '' | '$db' reflect --deck self-review"
expect_rc 0
expect_out_contains "Reflection #1 with José Müller saved (self-review): 7 answers."
# #2: the manager's debrief of the same call: self, nudged after two probes, told, self, nudged.
export DEBRIEF_NOW=2026-11-24T17:30
run bash -c "printf '%s\n' 'Onboarding takes months' s 'A consultant' n2 'The CFO watches ramp time' t \
  'When I showed pricing' s 'Ask about the consultant first' n 1 'I listened' '' \
  | '$db' ask 'José Müller'"
expect_rc 0
expect_out_contains "Debrief #2 with José Müller saved (post-call)"

export DEBRIEF_NOW=2026-11-25T09:00
for format in text markdown json; do
  run "$db" compare 1 2 --format "$format"
  expect_rc 0
  [ -z "$ERR" ] || fail "stderr with two numbers: $ERR"
  [ "$format" = json ] || fits80
  printf '%s\n' "$OUT" | sed -E 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/UUID/g' \
    >"$SANDBOX/compare.$format"
  if [ -n "${DEBRIEF_UPDATE_GOLDEN:-}" ]; then cp "$SANDBOX/compare.$format" "$here/golden.$format"; fi
  diff -u "$here/golden.$format" "$SANDBOX/compare.$format" || fail "$format differs from golden.$format"
  # Either order, the same comparison.
  run "$db" compare 2 1 --format "$format"
  expect_rc 0
  printf '%s\n' "$OUT" | sed -E 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/UUID/g' \
    | diff -u "$SANDBOX/compare.$format" - || fail "compare 2 1 differs from compare 1 2 ($format)"
done
run "$db" compare 1 2
expect_out_contains "found alone by the rep: 2 of 5 (nudged 2, told 1)"
run "$db" compare 1 2 --format json
[ "$(jq -r '[.schema, .person, .aligned_by, .found_alone.self, .found_alone.marked, (.rows | length)] | join("|")' <<<"$OUT")" \
  = "debrief.compare/1|José Müller|id|2|5|11" ] || fail "json: $OUT"
[ "$(jq -r '[.rows[] | .id] | join(",")' <<<"$OUT")" = \
  "wanted,got,pain,tried,why-it-matters,went-well,turn,better,confidence,result,affirm" ] || fail "row order: $OUT"
[ "$(jq -r '.rows[1].rep.text' <<<"$OUT")" = null ] || fail "a skipped answer is not null: $OUT"

# One number: the closest entry of the other kind, named on stderr; the same output.
run "$db" compare 1
expect_rc 0
[ "$ERR" = "comparing with #2 (post-call, Tue 24 Nov)" ] || fail "partner of #1: $ERR"
[ "$OUT" = "$(cat "$SANDBOX/compare.text")" ] || fail "compare 1 differs from compare 1 2: $OUT"
run "$db" compare 2
expect_rc 0
[ "$ERR" = "comparing with #1 (self-review, Tue 24 Nov)" ] || fail "partner of #2: $ERR"

# The closest in time wins: a second reflection an hour after the debrief (#3), then a debrief
# five days later (#4) with no reflection near it.
export DEBRIEF_NOW=2026-11-24T18:30
printf '%s\n' 'A follow-up' '' '' '' '' '' '' '' '' | "$db" reflect --deck self-review >/dev/null 2>&1
run "$db" compare 2
[ "$ERR" = "comparing with #3 (self-review, Tue 24 Nov)" ] || fail "closest partner of #2: $ERR"
export DEBRIEF_NOW=2026-11-30T10:00
printf '%s\n' 'Budget' s '' '' '' '' 1 '' '' '' | "$db" ask 'José Müller' >/dev/null 2>&1
run "$db" compare 4
expect_rc 1
expect_one_error_line
[ "$ERR" = "debrief: no reflection by José Müller within three days of #4 (Mon 30 Nov)" ] || fail "no partner: $ERR"

# Usage errors: a note, two of a kind, two people, no such entry, three numbers.
"$db" log -q -r 'José Müller' "Called back" >/dev/null
run "$db" compare 5 2
expect_rc 2
expect_one_error_line
expect_err_contains "#5 is a note; compare takes a reflection and a debrief"
run "$db" compare 2 4
expect_rc 2
expect_one_error_line
expect_err_contains "#2 and #4 are both debriefs; compare takes a reflection and a debrief"
printf '%s\n' 'Pain' s '' '' '' '' 1 '' '' '' | "$db" ask bob >/dev/null 2>&1
run "$db" compare 1 6
expect_rc 2
expect_one_error_line
expect_err_contains "#1 and #6 are not about the same person (José Müller, bob)"
run "$db" compare 99
expect_rc 2
expect_err_contains "no entry #99"
# A reflection made without `me` is about no one: nothing to pair it with.
"$db" --db "$SANDBOX/nobody.db" log -q "A note" >/dev/null
printf '%s\n' 'Alone' '' '' '' '' '' '' '' '' | HOME="$SANDBOX" "$db" --db "$SANDBOX/nobody.db" reflect --deck self-review \
  >/dev/null 2>&1
run env HOME="$SANDBOX" "$db" --db "$SANDBOX/nobody.db" compare 2
expect_rc 2
expect_one_error_line
expect_err_contains "#2 is about no one, so no debrief of the same call can be found"
run "$db" compare 1 2 3
expect_rc 2
expect_one_error_line

# A private reflection (trust-check) is never chosen, even closest in time, nor compared.
DEBRIEF_NOW=2026-11-24T17:40 "$db" reflect --deck trust-check >/dev/null 2>&1 < <(printf '%s\n' 1 1 1 'PRIVATE-WORDS' '')
trust=$(sql "$JOURNAL" "SELECT max(id) FROM entry WHERE deck_id = 'trust-check'")
[ -n "$trust" ] || fail "no trust-check made"
run "$db" compare 2
expect_rc 0
[ "$ERR" = "comparing with #3 (self-review, Tue 24 Nov)" ] || fail "a private reflection was chosen: $ERR"
# Nor one that shares no question with the debrief (fast-failure), though closer in time.
DEBRIEF_NOW=2026-11-24T17:35 "$db" reflect --deck fast-failure >/dev/null 2>&1 < <(printf '%s\n' 'Pitched early' '' '' '' '' '' '' '' '' '')
sql "$JOURNAL" "SELECT count(*) FROM entry WHERE deck_id = 'fast-failure' AND deleted_at IS NULL" | grep -qx 1 ||
  fail "no fast-failure reflection made"
run "$db" compare 2
expect_rc 0
[ "$ERR" = "comparing with #3 (self-review, Tue 24 Nov)" ] || fail "a reflection sharing no question was chosen: $ERR"
for args in "$trust 2" "2 $trust" "$trust"; do
  run "$db" compare $args -f markdown
  expect_rc 2
  expect_one_error_line
  expect_err_contains "#$trust is private (trust-check); compare shows only entries that are not private"
  ! grep -q PRIVATE-WORDS <<<"$OUT$ERR" || fail "compare $args showed a private answer"
done
pass
