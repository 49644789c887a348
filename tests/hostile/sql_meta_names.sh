# SQL metacharacters in names, tags and text (quotes, --, ;, %, _) are plain data: accepted
# (a name or tag may hold any punctuation), stored and shown exactly, and they match only
# themselves in filters (a % or _ is no wildcard).
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
name="O'Brien -- x"
printf "%s" "Robert'); DROP TABLE entry; -- 100% _sure_ \"quoted\" \\\\ backslash" >note.txt
run "$db" log -q -r "$name" -t "a.b/c_d-e" "$(cat note.txt)"
expect_rc 0
id=$OUT
acknowledged "$id" note.txt
[ "$(sql "$JOURNAL" "SELECT name FROM person WHERE id = (SELECT person_id FROM entry WHERE id = $id)")" = "$name" ] ||
  fail "the name was not stored exactly"
[ "$(sql "$JOURNAL" "SELECT tag FROM tag WHERE entry_id = $id")" = "a.b/c_d-e" ] || fail "the tag was not stored exactly"
run "$db" list --rep "$name"
expect_rc 0
expect_out_contains "$name"
[ "$(wc -l <<<"$OUT")" -eq 1 ] || fail "list --rep matched more: $OUT"
run "$db" list --tag "a.b/c_d-e"
expect_rc 0
[ "$(wc -l <<<"$OUT")" -eq 1 ] || fail "list --tag: $OUT"
# Wildcards match nothing.
run "$db" list --tag "a_b/c_d-e"
[ -z "$OUT" ] || fail "_ acted as a wildcard: $OUT"
run "$db" list --rep "O'Brien -- %"
expect_rc 2
expect_one_error_line
run "$db" list --rep "o'brien -- X"
expect_rc 0
expect_out_contains "$name"
run "$db" show "$id"
expect_out_contains "Robert'); DROP TABLE entry; -- 100% _sure_"
run "$db" people rename "$name" "D'Arcy; x"
expect_rc 0
[ "$(sql "$JOURNAL" "SELECT name FROM person WHERE name_key = 'd''arcy; x'")" = "D'Arcy; x" ] ||
  fail "the new name was not stored exactly"
run "$db" people rename "d'arcy; X" "D'Arcy O'Neil"
expect_rc 0
run "$db" report --rep "D'Arcy O'Neil"
expect_rc 0
run "$db" export --rep "D'Arcy O'Neil"
expect_rc 0
grep -q "DROP TABLE" <<<"$OUT" || fail "export lost the note"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM sqlite_schema WHERE name = 'entry'")" -eq 1 ] || fail "the entry table is gone"
check_journal
pass
