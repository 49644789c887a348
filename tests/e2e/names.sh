# Names and tags of any script. `Smith, Jr.` and `Anne (SDR)` are names; names are compared in
# NFC, case-insensitively (ALICE, alice and Alice; MÜLLER and müller; José composed and
# decomposed are each one person, first spelling kept), in every command that takes a name;
# tags likewise (#Demo and #DEMO are one tag), and a tag has no space.
source "$DEBRIEF_TEST_LIB"
sandbox

for name in "Smith, Jr." "Anne (SDR)" "O'Brien, Jr." "日本語"; do
  run "$db" log -q -r "$name" "a note about $name"
  expect_rc 0
  run "$db" list --rep "$name"
  expect_rc 0
  expect_out_contains "$name  a note about $name"
done
run "$db" list --rep "smith, JR."
expect_out_contains "Smith, Jr."

for name in ALICE alice Alice @alice " Alice "; do
  run "$db" log -q -r "$name" "note for $name"
  expect_rc 0
  [ -z "$ERR" ] || fail "a warning for '$name': $ERR"
done
nfc=$(printf 'Jos\xc3\xa9') nfd=$(printf 'Jose\xcc\x81')
"$db" log -q -r "$nfd" "decomposed" >/dev/null
"$db" log -q "met @$nfc, composed" >/dev/null
"$db" log -q -r MÜLLER "upper" >/dev/null
"$db" log -q -r müller "lower" >/dev/null
"$db" log -q -r MüLLER "mixed" >/dev/null
[ "$(sql "$JOURNAL" "SELECT count(*) FROM person")" -eq 7 ] || fail "people: $(sql "$JOURNAL" "SELECT name FROM person")"
[ "$(sql "$JOURNAL" "SELECT hex(name) FROM person WHERE name_key = 'alice'")" = "$(printf ALICE | od -An -tx1 | tr -d ' \n' | tr a-f A-F)" ] ||
  fail "the first spelling was not kept"
# Stored in NFC: the decomposed spelling, first given, is kept composed.
[ "$(sql "$JOURNAL" "SELECT name FROM person WHERE name_key = 'josé'")" = "$nfc" ] || fail "José not stored in NFC"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM entry e JOIN person p ON p.id = e.person_id WHERE p.name = '$nfc'")" -eq 2 ] ||
  fail "José's two notes are not one person's"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM entry e JOIN person p ON p.id = e.person_id WHERE p.name = 'MÜLLER'")" -eq 3 ] ||
  fail "MÜLLER and müller are not one person"

# Every command that takes a name goes by the same comparison.
[ "$("$db" list --rep "$nfd" | wc -l)" -eq 2 ] || fail "list --rep (NFD)"
[ "$("$db" list --rep JOSÉ | wc -l)" -eq 2 ] || fail "list --rep JOSÉ"
run "$db" report --rep "müller" --since 2000-01-01 --format json
expect_rc 0
python3 -c 'import json,sys; r=json.loads(sys.argv[1]); assert [p["name"] for p in r["people"]] == ["MÜLLER"], r["people"]' "$OUT"
printf '%s\n' '' '' '' '' '' '' '' 'Ask about budget' '-' | "$db" ask "müller" >/dev/null 2>&1
run "$db" commitments --rep "MÜLLER"
expect_out_contains "MÜLLER  Ask about budget"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM person")" -eq 7 ] || fail "ask added a person"
run "$db" people rename "müller" "Müller"
expect_rc 0
[ "$OUT" = "renamed 'MÜLLER' to 'Müller'" ] || fail "rename (names the person as stored): $OUT"
run "$db" list --rep alicia
expect_rc 2
expect_err_contains "no one called 'alicia' in the journal; did you mean 'ALICE'?"

# Tags: lower-cased in any script, one tag whatever the case.
"$db" log -q -t Demo "one" >/dev/null
"$db" log -q "two #DEMO and #Größe, +MÜNCHEN" >/dev/null
[ "$(sql "$JOURNAL" "SELECT count(*) FROM tag WHERE tag = 'demo'")" -eq 2 ] || fail "#Demo and #DEMO are two tags"
[ "$(sql "$JOURNAL" "SELECT group_concat(tag, ' ') FROM (SELECT DISTINCT tag FROM tag ORDER BY tag)")" = "demo größe münchen" ] ||
  fail "tags: $(sql "$JOURNAL" "SELECT tag FROM tag")"
[ "$("$db" list --tag DEMO | wc -l)" -eq 2 ] || fail "list --tag DEMO"
run "$db" log -t 'a b' "text"
expect_rc 2
expect_one_error_line
expect_err_contains "invalid tag 'a b': it contains a space"
# A new name that differs from a known one only by its accents is warned about, and suggested.
"$db" log -q -r "Zoë" "a call" >/dev/null
run "$db" log -q -r "Zoe" "another call"
expect_rc 0
expect_err_contains "warning: 'Zoe' is a new person, close to 'Zoë'; check the spelling"
run "$db" list --rep "ZOE "
expect_rc 0
run "$db" list --rep "Renee"
expect_err_contains "no one called 'Renee' in the journal"
"$db" log -q -r "Renée" "a call" >/dev/null
run "$db" list --rep "Renee"
expect_err_contains "did you mean 'Renée'?"
pass
