# A full disk in the middle of a debrief driven through a pipe: the answers saved before the
# failure are all there, the answer that could not be saved is kept in a private draft, the
# error is one `debrief: ` line, and --resume carries on once there is room again.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
text_deck long 8
# Eight answers of about 3 KB each, all different words (the full-text index grows too).
for i in 1 2 3 4 5 6 7 8; do
  "$PY" -c 'import sys; i = int(sys.argv[1]); sys.stdout.write(" ".join("a%dw%d" % (i, k) for k in range(400)))' "$i" >"answer$i.txt"
done
for i in 1 2 3 4 5 6 7 8; do cat "answer$i.txt"; echo; done >answers.txt

limit=$(($(size_kib "$JOURNAL") + 12))
file_limit_run "$limit" "$db" ask alice --deck long <answers.txt
expect_rc 1
[ "$(grep -c '^debrief: ' <<<"$ERR")" -eq 1 ] || fail "expected one debrief: line: $ERR"
last=$(tail -n 1 <<<"$ERR")
[[ "$last" == "debrief: cannot save the answer"*"your answer is kept in "* ]] || fail "unexpected error: $last"
entry=$(sql "$JOURNAL" "SELECT id FROM entry WHERE kind = 'debrief'")
saved=$(sql "$JOURNAL" "SELECT count(*) FROM answer WHERE entry_id = $entry")
[ "$saved" -ge 1 ] && [ "$saved" -lt 8 ] || fail "expected the disk to fill up mid-debrief; $saved answers saved"
for i in $(seq 1 "$saved"); do
  [ "$(sql "$JOURNAL" "SELECT hex(answer_text) FROM answer WHERE entry_id = $entry AND question_id = 'q$i'")" = \
    "$(hex_of "answer$i.txt")" ] || fail "answer $i was acknowledged but is lost or changed"
done
ERR=$last
expect_draft "answer$((saved + 1)).txt"
[ "$(sql "$JOURNAL" "SELECT status FROM entry WHERE id = $entry")" = in-progress ] || fail "the debrief is not in progress"
check_journal

# Room again: resume with the rest.
for i in $(seq $((saved + 1)) 8); do cat "answer$i.txt"; echo; done >rest.txt
run "$db" ask --resume <rest.txt
expect_rc 0
[ "$(sql "$JOURNAL" "SELECT count(*) FROM answer WHERE entry_id = $entry")" -eq 8 ] || fail "resume did not save all answers"
for i in 1 2 3 4 5 6 7 8; do
  [ "$(sql "$JOURNAL" "SELECT hex(answer_text) FROM answer WHERE entry_id = $entry AND question_id = 'q$i'")" = \
    "$(hex_of "answer$i.txt")" ] || fail "answer $i differs after resume"
done
check_journal
pass
