# Import never drops a commitment silently: a new entry whose commitment the journal already
# holds, or a file naming one commitment in two entries, or one entry twice with different
# content, is rejected with its line number and nothing is imported; the same line twice is
# imported once and reported.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

run bash -c "printf '%s\n' 'Pain' s 'Tried' s 'Why' s 'Turn' s 'Better' s 1 'Affirm' 'Ask first' '' | '$db' ask alice"
expect_rc 0
"$db" export >one.jsonl
line=$(cat one.jsonl)
cuuid=$(sql "$JOURNAL" "SELECT uuid FROM commitment")
before=$(sql "$JOURNAL" "SELECT count(*) FROM entry") 

# A new entry (new UUID) carrying the journal's commitment.
sed 's/"uuid":"0/"uuid":"1/' one.jsonl | sed "s/\"uuid\":\"1${cuuid:1}\"/\"uuid\":\"$cuuid\"/" >clash.jsonl
grep -q "\"uuid\":\"$cuuid\"" clash.jsonl || fail "setup: the commitment UUID is not in clash.jsonl"
run "$db" import clash.jsonl
expect_rc 2
expect_err_contains "clash.jsonl:1: commitment $cuuid is already in the journal (in entry #1)"
expect_err_contains "debrief: import: 1 of 1 entries rejected; nothing imported"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM entry")" = "$before" ] || fail "an entry was imported"

# The same line twice into a new journal: imported once, said so.
printf '%s\n%s\n' "$line" "$line" >twice.jsonl
run "$db" --db "$SANDBOX/copy.db" import twice.jsonl
expect_rc 0
expect_out_contains "1 added, 1 skipped (already in the journal or repeated in the file: 1)"
[ "$(sql "$SANDBOX/copy.db" "SELECT count(*) FROM commitment")" = 1 ] || fail "the commitment is not there once"

# One entry twice with different content, and one commitment in two entries of one file.
printf '%s\n%s\n' "$line" "${line/Ask first/Ask second}" >versions.jsonl
other=$(sed 's/"uuid":"0/"uuid":"2/' one.jsonl | sed "s/\"uuid\":\"2${cuuid:1}\"/\"uuid\":\"$cuuid\"/")
printf '%s\n%s\n' "$line" "$other" >shared.jsonl
run "$db" --db "$SANDBOX/fresh.db" import versions.jsonl
expect_rc 2
expect_err_contains "versions.jsonl:2: entry"
expect_err_contains "is also, with other content, on line 1"
run "$db" --db "$SANDBOX/fresh.db" import shared.jsonl
expect_rc 2
expect_err_contains "shared.jsonl:2: commitment $cuuid is also on line 1"
expect_err_contains "nothing imported"
[ ! -s "$SANDBOX/fresh.db" ] || [ "$(sql "$SANDBOX/fresh.db" "SELECT count(*) FROM entry")" = 0 ] || fail "fresh.db got entries"

# Two new lines carrying the journal's commitment: both are named at once, line 1 for the
# journal and line 2 for the file.
printf '%s\n' "$(sed -n 1p clash.jsonl)" "$(sed 's/"uuid":"1/"uuid":"3/' clash.jsonl | sed "s/\"uuid\":\"3${cuuid:1}\"/\"uuid\":\"$cuuid\"/")" >both.jsonl
run "$db" import both.jsonl
expect_rc 2
expect_err_contains "both.jsonl:1: commitment $cuuid is already in the journal (in entry #1)"
expect_err_contains "both.jsonl:2: commitment $cuuid is also on line 1"
expect_err_contains "import: 2 of 2 entries rejected; nothing imported"
pass
