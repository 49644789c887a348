# edit: giving an entry a person (or another one) moves the commitments made in it to that
# person, as a debrief with them would have made them; a commitment of another person made in
# the same entry stays theirs.
source "$DEBRIEF_TEST_LIB"
sandbox
command -v jq >/dev/null || fail "jq is needed"

# A reflection with no owner: its commitment has no one, "(self)".
printf '%s\n' 'Wanted a next step' 'A maybe' 'Budget' 'Nothing' 'Their bonus' 'Rapport' 'The close' 4 \
  'Ask about budget first' '' | "$db" reflect >/dev/null 2>&1
run "$db" commitments
expect_rc 0
expect_out_contains "(self)  Ask about budget first"

person_to() {
  cat >"$SANDBOX/set-person" <<SHELL
#!/bin/sh
sed -i -e "s/^person:.*\$/person: $1/" "\$1"
SHELL
  chmod +x "$SANDBOX/set-person"
  run env EDITOR="$SANDBOX/set-person" "$db" edit "$2"
  expect_rc 0
  [ "$OUT" = "saved #$2" ] || fail "edit $2: $OUT $ERR"
}

# The reflection becomes Müller's: so does its commitment.
person_to "Müller" 1
[ "$("$db" commitments --json | jq -r '.person')" = "Müller" ] || fail "commitment not moved: $("$db" commitments --json)"
run "$db" commitments
expect_out_contains "#1  Müller  Ask about budget first"
grep -qF "(self)" <<<"$OUT" && fail "still (self): $OUT"
run "$db" person Müller
expect_rc 0
expect_out_contains "Ask about budget first"
[ "$("$db" report --format json | jq -c '[.people[] | {name, open: .commitments.opened}]')" = '[{"name":"Müller","open":1}]' ] \
  || fail "report: $("$db" report --format json | jq -c '.people')"

# From one person to another, and the other person's commitment in a note stays where it was.
"$db" commit "O'Brien, Jr." "Send the recap the same day" >/dev/null
[ "$(sql "$JOURNAL" "SELECT entry_id FROM commitment WHERE id = 2")" = 2 ] || fail "commit made no note #2"
person_to "José" 1
[ "$("$db" commitments --json | jq -r '[.person] | join(",")' | paste -sd,)" = "José,O'Brien, Jr." ] \
  || fail "after the second edit: $("$db" commitments --json)"

# No person at all: the commitment is the journal's own again.
person_to "" 1
run "$db" commitments --rep José
expect_rc 0
[ -z "$OUT" ] || fail "José keeps the commitment: $OUT"
run "$db" commitments
expect_out_contains "#1  (self)        Ask about budget first"
pass
