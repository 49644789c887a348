# Search queries made of FTS5 and SQL metacharacters (unbalanced quotes and parentheses,
# NEAR(, column filters, ' OR 1=1 --, a lone *): either results or one clear usage line
# (exit 2), never a crash, never a match on everything; FTS5 syntax inside a word is text.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 3
printf 'budget talk with the CFO' >note.txt
run "$db" log -q "$(cat note.txt)"
acknowledged "$OUT" note.txt
for q in '"unbalanced' '(budget' 'budget)' 'NEAR(' 'body:budget' "' OR 1=1 --" '*' 'AND' '"' '^' 'budget OR' \
  "x' UNION SELECT * FROM entry --" '{body}: x' '-budget'; do
  run "$db" search "$q"
  case $RC in
    0) grep -q 'seeded note' <<<"$OUT" && fail "query '$q' matched everything: $OUT" ;;
    2)
      expect_one_error_line
      expect_clean_output
      ;;
    *) fail "query '$q' exited $RC: $ERR" ;;
  esac
done
for q in '"unbalanced|unclosed quote' '(budget|unclosed '"'('" '*|no words to search for' \
  "' OR 1=1 --|'OR' has nothing before it"; do
  query=${q%%|*}
  run "$db" search "$query"
  expect_error 2 "search: ${q#*|} in '$query' (accepted: words, \"a phrase\", prefix*"
done
# FTS5's own syntax in a word is punctuation: searched as text, never run.
for q in budget '^budget' '-budget' 'budget:' 'text:budget OR CFO'; do
  run "$db" search -- "$q"
  expect_rc 0
  expect_out_contains "budget talk"
done
run "$db" search 'NEAR(budget'
expect_rc 0
expect_err_contains "no matches"
check_journal
pass
