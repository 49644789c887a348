# reflect --deck trust-check records three 1-5 scale answers; out-of-range or non-numeric
# input is re-asked with the accepted range and never stored. Reflections carry no marks.
source "$DEBRIEF_TEST_LIB"
sandbox

run bash -c "printf '%s\n' 0 six 4 '5' 7 '3' 'Hard to say' 'More 1:1 time' | '$db' reflect --deck trust-check"
expect_rc 0
expect_out_contains "Reflection #1 saved (trust-check): 5 answers."
[ "$(grep -c 'answer with a whole number from 1 to 5' <<<"$ERR")" -eq 3 ] || fail "bad input not re-asked 3 times: $ERR"
[ "$(sql "$JOURNAL" "SELECT group_concat(scale_value, ',') FROM (SELECT scale_value FROM answer WHERE scale_value IS NOT NULL ORDER BY position)")" = "4,5,3" ] \
  || fail "scale answers: $(sql "$JOURNAL" "SELECT question_id, answer_text, scale_value FROM answer")"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM answer WHERE answer_text IN ('0', 'six', '7')")" = 0 ] || fail "bad input stored"
[ "$(sql "$JOURNAL" "SELECT kind, status, person_id IS NULL FROM entry")" = "reflection|complete|1" ] || fail "entry"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM answer WHERE discovery IS NOT NULL")" = 0 ] || fail "reflection has marks"

# fast-failure entries are lessons; a manager deck is refused.
run bash -c "printf '%s\n' 'A shorter demo' 'Pitched too early' '' '' '' 'Ask first' '' no '' | '$db' reflect --deck fast-failure"
expect_rc 0
[ "$(sql "$JOURNAL" "SELECT lesson FROM entry WHERE id = 2")" = 1 ] || fail "fast-failure not a lesson"
run "$db" reflect --deck grow
expect_rc 2
expect_err_contains "'grow' is a deck for managers; use debrief ask --deck grow"
pass
