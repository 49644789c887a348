# The commitment loop through the real binary: a debrief's commitment hidden by deleting the
# debrief and back with undelete (list, people, report, review); `commit` outside a debrief,
# `commitments edit`, `done --helped --evidence`, `reopen`; a piped review stays two lines.
source "$DEBRIEF_TEST_LIB"
sandbox

printf '%s\n' '' '' '' '' '' '' '' 'Ask about the current process' 'in 3 days' | "$db" ask "Müller" >/dev/null 2>&1
run "$db" delete 1
expect_rc 0
run "$db" commitments --all
expect_rc 0
[ -z "$OUT" ] || fail "a deleted debrief's commitment is listed: $OUT"
run "$db" report --format json
python3 -c 'import json,sys; r=json.loads(sys.argv[1]); assert sum(p["commitments"]["opened"] for p in r["people"]) == 0, r' "$OUT" \
  || fail "report counts it: $OUT"
run bash -c "printf '%s\n' ':quit' | '$db' ask Müller"
[[ "$ERR" != *"Open commitment"* ]] || fail "a hidden commitment was reviewed: $ERR"
run "$db" undelete 1
expect_rc 0
run "$db" commitments
[[ "$OUT" == "#1  Müller  Ask about the current process  due "* ]] || fail "undelete: $OUT"
run "$db" report --format json
python3 -c 'import json,sys; r=json.loads(sys.argv[1]); assert sum(p["commitments"]["opened"] for p in r["people"]) == 1, r' "$OUT" \
  || fail "report after undelete: $OUT"

# A piped review: how it went, then the decision, as before; recorded on the commitment.
printf '%s\n' 'asked it first' d '' '' '' '' '' '' '' '' '-' | "$db" ask "Müller" >/dev/null 2>&1
[ "$(sql "$JOURNAL" "SELECT status, closing_note, review_note, helped IS NULL FROM commitment WHERE id = 1")" = \
  "done|asked it first|asked it first|1" ] || fail "piped review: $(sql "$JOURNAL" "SELECT * FROM commitment")"

run "$db" commit "O'Brien, Jr." "Pause after the price #closing" --due friday -q
expect_rc 0
id=$OUT
run "$db" commitments edit "$id" --text "Pause three seconds after the price" --no-due
expect_rc 0
run "$db" done "$id" "held the silence" --helped yes --evidence "the buyer spoke first"
expect_rc 0
[ "$(sql "$JOURNAL" "SELECT text, due_utc IS NULL, skill, helped, evidence FROM commitment WHERE id = $id")" = \
  "Pause three seconds after the price|1|closing|yes|the buyer spoke first" ] || fail "commit/edit/done"
run "$db" reopen "$id"
expect_rc 0
[ "$(sql "$JOURNAL" "SELECT status, closed_at IS NULL, helped FROM commitment WHERE id = $id")" = "open|1|yes" ] \
  || fail "reopen"
run "$db" reopen "$id"
expect_rc 1

# Export and import carry the skill and the review, and a second import adds nothing.
cols="SELECT uuid, text, skill, review_note, helped, evidence, reviewed_at FROM commitment ORDER BY uuid"
"$db" export >"$SANDBOX/all.jsonl"
"$db" --db "$SANDBOX/copy.db" import "$SANDBOX/all.jsonl" >/dev/null 2>&1
[ "$(sql "$JOURNAL" "$cols")" = "$(sql "$SANDBOX/copy.db" "$cols")" ] ||
  fail "import differs: $(diff <(sql "$JOURNAL" "$cols") <(sql "$SANDBOX/copy.db" "$cols"))"
run "$db" --db "$SANDBOX/copy.db" import "$SANDBOX/all.jsonl"
expect_rc 0
[ "$(sql "$SANDBOX/copy.db" "SELECT count(*) FROM commitment")" = 2 ] || fail "a second import added commitments"
pass
