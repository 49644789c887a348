# ask --commitment ID: one commitment reviewed with the assignment-review deck, piped one line
# per prompt, and decided by its answers when the debrief finishes: done, kept with a new due
# date, dropped (NAME left out), with how it went, whether it helped and the evidence; the
# report counts it. A review stopped early decides nothing, and --resume decides it once; a
# commitment closed meanwhile is left as it is. Usage errors write nothing.
source "$DEBRIEF_TEST_LIB"
sandbox

commit() { "$db" commit "$1" "$2" --due "in 3 days" -q; }
field() { # field ID KEY: the commitment's KEY from commitments --json --all (one object a line)
  "$db" commitments --json --all | python3 -c 'import json,sys
for line in sys.stdin:
    c = json.loads(line)
    if c["id"] == int(sys.argv[1]): print(c[sys.argv[2]])' "$1" "$2"
}
status() { sql "$JOURNAL" "SELECT status FROM commitment WHERE id = $1"; }

muller=$(commit "Müller" "Ask for the budget before the demo #discovery")
jose=$(commit "José" "Pause after the price #closing")
obrien=$(commit "O'Brien, Jr." "Summarise the pain before pitching #discovery")
jose_due=$(sql "$JOURNAL" "SELECT due_utc FROM commitment WHERE id = $jose")

# Done: assignment, happened + mark, evidence + mark, learned + mark, helped, next, no new one.
run bash -c "printf '%s\n' 'Budget first' 'Two calls; Acme named a number' s 'Acme said 40k' n 'Earlier is better' s \
  yes done '' | '$db' ask Müller --commitment $muller"
expect_rc 0
expect_err_contains "Reviewing commitment #$muller from "
expect_err_contains ": Ask for the budget before the demo #discovery (due "
[[ "$ERR" != *"Open commitment"* ]] || fail "the review of all open commitments was not skipped: $ERR"
[ "$(status "$muller")" = done ] || fail "not done: $(status "$muller")"
[ "$(field "$muller" review)" = "Two calls; Acme named a number" ] || fail "review: $(field "$muller" review)"
[ "$(field "$muller" helped)" = yes ] || fail "helped: $(field "$muller" helped)"
[ "$(field "$muller" evidence)" = "Acme said 40k" ] || fail "evidence: $(field "$muller" evidence)"
expect_out_contains "#$muller done: Ask for the budget before the demo"
[ "$(status "$jose")|$(status "$obrien")" = "open|open" ] || fail "other commitments changed"

# Kept, with a new due date (the `until` question, asked only for keep).
run bash -c "printf '%s\n' '' 'Tried it once' s 'The buyer spoke first' s '' partly keep 'in 10 days' '' \
  | '$db' ask José --commitment $jose"
expect_rc 0
[ "$(status "$jose")" = open ] || fail "kept one closed"
[ "$(sql "$JOURNAL" "SELECT due_utc > $jose_due FROM commitment WHERE id = $jose")" = 1 ] || fail "due not moved"
[ "$(field "$jose" helped)" = partly ] || fail "helped: $(field "$jose" helped)"
[ "$(field "$jose" review)" = "Tried it once" ] || fail "review: $(field "$jose" review)"

# Dropped, NAME left out: the commitment's person; a new assignment made at the end.
run bash -c "printf '%s\n' '' 'Never came up' t '' '' no drop 'Summarise in one sentence' '' \
  | '$db' ask --commitment $obrien"
expect_rc 0
[ "$(status "$obrien")" = dropped ] || fail "not dropped: $(status "$obrien")"
[ "$(field "$obrien" helped)" = no ] || fail "helped: $(field "$obrien" helped)"
[ "$(sql "$JOURNAL" "SELECT p.name FROM entry e JOIN person p ON p.id = e.person_id ORDER BY e.id DESC LIMIT 1")" = \
  "O'Brien, Jr." ] || fail "the debrief is not O'Brien's"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM commitment WHERE text = 'Summarise in one sentence' AND status = 'open'")" = 1 ] \
  || fail "no new assignment"

# The report's "Did the assignments help?" counts the three.
run "$db" report --format json
expect_rc 0
python3 -c 'import json,sys
r = json.loads(sys.argv[1])
got = {(p["name"], k["skill"]): (k["yes"], k["partly"], k["no"]) for p in r["people"] for k in p.get("skills", [])}
want = {("Müller", "discovery"): (1, 0, 0), ("José", "closing"): (0, 1, 0), ("O'"'"'Brien, Jr.", "discovery"): (0, 0, 1)}
assert all(got.get(k) == v for k, v in want.items()), got' "$OUT" || fail "report: $OUT"

# Stopped early: nothing decided; --resume names the commitment, and decides it once.
again=$(commit "José" "Name the next step #closing")
run bash -c "printf '%s\n' 'Next step' 'Did it twice' s | '$db' ask José --commitment $again"
expect_rc 1
[ "$(status "$again")" = open ] || fail "decided before the end"
[ "$(sql "$JOURNAL" "SELECT review_note IS NULL FROM commitment WHERE id = $again")" = 1 ] || fail "review before the end"
run bash -c "printf '%s\n' 'They agreed a date' s '' yes done '' | '$db' ask --resume"
expect_rc 0
expect_err_contains "Reviewing commitment #$again from "
[ "$(status "$again")|$(field "$again" evidence)" = "done|They agreed a date" ] || fail "resume: $ERR"
[ "$(field "$again" review)" = "Did it twice" ] || fail "resume review: $(field "$again" review)"

# Closed meanwhile: the review finishes and leaves it as it is.
late=$(commit "José" "Ask who else decides #discovery")
run bash -c "printf '%s\n' '' | '$db' ask José --commitment $late"
expect_rc 1
run "$db" done "$late" "closed by hand"
expect_rc 0
run bash -c "printf '%s\n' 'Asked it' s '' '' '' drop '' | '$db' ask --resume"
expect_rc 0
expect_err_contains "commitment #$late was already done meanwhile; left as it is"
[ "$(sql "$JOURNAL" "SELECT status, closing_note FROM commitment WHERE id = $late")" = "done|closed by hand" ] ||
  fail "the closing meanwhile was changed"

# Usage errors: exit 2, one line, nothing written.
open=$(commit "José" "Let the silence work #closing")
entries=$(entry_count)
expect_usage() { # expect_usage MESSAGE ARGS...
  local message=$1
  shift
  run bash -c "printf 'x\n' | '$db' $*"
  expect_rc 2
  expect_one_error_line
  expect_err_contains "$message"
  [ "$(entry_count)" = "$entries" ] || fail "'$*' wrote an entry"
}
expect_usage "debrief: --commitment: no commitment #99" ask --commitment 99
expect_usage "debrief: --commitment: commitment #$muller is already done" ask --commitment "$muller"
expect_usage "debrief: --commitment: commitment #$open is José's, not Müller's" ask Müller --commitment "$open"
expect_usage "debrief: --commitment: the deck 'post-call' cannot decide a commitment" ask --commitment "$open" --deck post-call
expect_usage "debrief: --resume continues a debrief as it was started; --commitment is for a new one" \
  ask --resume --commitment "$open"
expect_usage "debrief: --commitment: expected a commitment number" ask --commitment abc
expect_usage "--commitment" reflect --commitment "$open"
note=$(sql "$JOURNAL" "SELECT entry_id FROM commitment WHERE id = $open")
"$db" delete "$note" >/dev/null 2>&1
entries=$(entry_count)
expect_usage "debrief: --commitment: commitment #$open was made in entry #$note, which is deleted" ask --commitment "$open"
[ "$(status "$open")" = open ] || fail "an error changed the commitment"
run "$db" --db "$SANDBOX/none.db" ask --commitment 1
expect_rc 2
[ ! -e "$SANDBOX/none.db" ] || fail "an error created a journal"
pass
