# `debrief person NAME` (and `people NAME`): the report fixture's alice matches the golden files
# in text and Markdown (checked by hand once); JSON parses; odd names, a typo, an empty journal
# and private entries; every line fits 80 columns.
source "$DEBRIEF_TEST_LIB"
sandbox
here="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/../report" && pwd)"

fits80() { # every line of $OUT at most 80 columns wide (CJK two)
  /usr/bin/python3 -c '
import sys, unicodedata
for line in sys.argv[1].split("\n"):
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
    assert w <= 80, (w, line)' "$OUT" || fail "a line wider than 80 columns: $OUT"
}

# An empty journal (no file yet): the person is unknown.
run "$db" person alice
expect_rc 2
expect_one_error_line
expect_err_contains "no one called 'alice'"

"$here/make-fixture.sh" "$db" "$SANDBOX/fixture.db"
export TZ="CET-1CEST,M3.5.0,M10.5.0/3" DEBRIEF_NOW=2026-11-25T12:00
for format in text markdown; do
  run "$db" --db "$SANDBOX/fixture.db" person alice --format "$format"
  expect_rc 0
  fits80
  printf '%s\n' "$OUT" >"$SANDBOX/person.$format"
  if [ -n "${DEBRIEF_UPDATE_GOLDEN:-}" ]; then cp "$SANDBOX/person.$format" "$here/person-alice.$format"; fi
  diff -u "$here/person-alice.$format" "$SANDBOX/person.$format" || fail "$format differs from person-alice.$format"
done
run "$db" --db "$SANDBOX/fixture.db" people ALICE
[ "$OUT" = "$(cat "$SANDBOX/person.text")" ] || fail "people ALICE is not person alice: $OUT"
run "$db" --db "$SANDBOX/fixture.db" person alice --json
expect_rc 0
/usr/bin/python3 -c '
import json, sys
p = json.loads(sys.argv[1])
assert p["schema"] == "debrief.person/1" and p["name"] == "alice", p
assert p["debriefs"] == 2 and p["discovery"]["self"] + p["discovery"]["nudged"] + p["discovery"]["told"] == 10, p
assert [d["entry"] for d in p["last_debriefs"]] == [5, 2], p["last_debriefs"]' "$OUT" || fail "JSON: $OUT"
run "$db" --db "$SANDBOX/fixture.db" person alicia
expect_rc 2
expect_one_error_line
expect_err_contains "did you mean 'alice'?"
run "$db" --db "$SANDBOX/fixture.db" people --format markdown
expect_rc 2
expect_one_error_line

# Odd names, through a pipe, each found however it is typed.
unset DEBRIEF_NOW
export TZ=UTC
for name in "Müller" "José" "日本語" "O'Brien, Jr."; do
  "$db" log -q -r "$name" --lesson "$name skipped discovery and pitched; the customer went cold and did not call back" >/dev/null
  printf '%s\n' "Pain of $name" s "Tried nothing" n "Bonus" t "The demo" s "Slow down with $name" s lost "Price" \
    "Kept calm" "Ask what $name's customer tried" "" | "$db" ask "$name" >/dev/null 2>&1
  run "$db" person "@$name"
  expect_rc 0
  fits80
  expect_out_contains "$name — last contact"
  expect_out_contains "Slow down with $name (self)"
  expect_out_contains "Ask what $name's customer tried"
  run "$db" person "$name" --format markdown
  expect_rc 0
  fits80
done
run "$db" person MÜLLER
expect_out_contains "Müller — last contact"
run "$db" person müler
expect_rc 2
expect_err_contains "did you mean 'Müller'?"

# A private deck's debrief stays out unless --include-private.
mkdir -p "$HOME/.config/debrief/decks"
cat >"$HOME/.config/debrief/decks/secret.toml" <<'TOML'
title = "Secret"
audience = "manager"
private = true
[[question]]
id = "better"
text = "What would have been better?"
TOML
printf '%s\n' "A private answer" "" "" | "$db" ask José --deck secret >/dev/null 2>&1 # no review: its commitments are public
run "$db" person José
[[ "$OUT" != *"A private answer"* ]] || fail "a private entry shown: $OUT"
run "$db" person José --include-private
expect_out_contains "A private answer"

# A commitment made in a deleted debrief is hidden with it, and back with undelete.
printf '%s\n' "" k "Pain of Müller" s "Nothing" s "Bonus" s "Demo" s "Slow" s won "Calm" \
  "Ask Müller for the org chart" "" | "$db" ask Müller >/dev/null 2>&1
run "$db" person Müller
expect_out_contains "Ask Müller for the org chart"
"$db" delete "$(sql "$JOURNAL" "SELECT entry_id FROM commitment WHERE text = 'Ask Müller for the org chart'")" >/dev/null
run "$db" person Müller
[[ "$OUT" != *"org chart"* ]] || fail "a deleted debrief's commitment shown: $OUT"
pass
