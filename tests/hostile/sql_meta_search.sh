# Search queries made of FTS5 and SQL metacharacters (unbalanced quotes and parentheses,
# NEAR(, column filters, ' OR 1=1 --, a lone *): either results or one clear usage line
# (exit 2), never a crash, never a match on everything.
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
for q in '"unbalanced' '(budget' 'NEAR(' '*' "' OR 1=1 --"; do
  run "$db" search "$q"
  expect_error 2 "invalid search query '$q' (accepted: words, prefix*"
done
run "$db" search budget
expect_rc 0
expect_out_contains "budget talk"
check_journal
pass
