# What was typed before an interview stops is never lost, whichever prompt it stops at: a
# Ctrl-C at the commitment's due date keeps the commitment's text in a draft; a Ctrl-C at a
# review's done/keep/drop question keeps how it went (saved as the review's answer); and an
# answer saved without its discovery mark is kept on --resume, which asks only for the mark.
source "$DEBRIEF_TEST_LIB"
sandbox

# The mark: input ends at "who found it?"; --resume shows the answer and asks only the mark.
printf 'IMPORTANT answer\n' | "$db" ask tina >/dev/null 2>&1 || true
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE question_id = 'pain'")" = "IMPORTANT answer" ] ||
  fail "the first answer was not saved"
run "$db" ask --resume <<<$'\n'
grep -qF "answered: IMPORTANT answer" <<<"$ERR$OUT" || fail "resume did not show the saved answer: $OUT $ERR"
[ "$(sql "$JOURNAL" "SELECT coalesce(answer_text, '(skipped)') FROM answer WHERE question_id = 'pain'")" = \
  "IMPORTANT answer" ] || fail "resume replaced the saved answer"
run "$db" ask --resume <<<$'s\n:quit'
[ "$(sql "$JOURNAL" "SELECT answer_text || '|' || discovery FROM answer WHERE question_id = 'pain'")" = \
  "IMPORTANT answer|self" ] || fail "the mark given on resume was not saved with the answer"

# The due date: Ctrl-C there keeps the commitment typed before it.
tmux_start "'$db' --db '$SANDBOX/due.db' ask tess" due
tmux_wait "[1/7]"
tmux_type -l "an answer"
tmux_type Enter
tmux_wait "who found it?"
tmux_type s Enter
for i in 2 3 4 5 6 7; do # the outcome left empty, its follow-up is not asked: 7 questions
  tmux_wait "[$i/"
  tmux_type Enter
done
tmux_wait "leave empty for none"
tmux_type -l "MY COMMITMENT TEXT"
tmux_type Enter
tmux_wait "due (empty:"
tmux_type -l "next fri"
tmux_type C-c
tmux_wait "[exit 130]"
draft=$(grep -rlF "MY COMMITMENT TEXT" "$XDG_STATE_HOME/debrief/drafts" | head -1)
[ -n "$draft" ] || fail "the commitment's text is nowhere: $SCREEN"
joined=$(tmux_cmd capture-pane -p -J -S - -t "$TMUX_TARGET") # the path may wrap
grep -qF "$draft" <<<"$joined" || fail "the draft's path is not printed: $joined"
[ "$(cat "$draft")" = "$(printf 'commitment: MY COMMITMENT TEXT\ndue: next fri')" ] || fail "draft: $(cat "$draft")"

# The review: Ctrl-C at done/keep/drop keeps how it went.
printf 'a\ns\n\n\n\n\n\n\nC1\n\n' | "$db" --db "$SANDBOX/review.db" ask rita >/dev/null 2>&1
tmux_start "'$db' --db '$SANDBOX/review.db' ask rita" review
tmux_wait "How did it go?"
tmux_type -l "REVIEW went great"
tmux_type Enter
# At a terminal, whether it helped and the evidence come next (Enter: not said).
tmux_wait "Did it help?"
tmux_type Enter
tmux_wait "What did you see or hear"
tmux_type Enter
tmux_wait "done, keep open or drop?"
tmux_type C-c
tmux_wait "[exit 130]"
[ "$(sql "$SANDBOX/review.db" "SELECT answer_text FROM answer WHERE entry_id = 2 AND question_id LIKE 'review/%' AND question_id NOT LIKE 'review/%/%'")" = \
  "REVIEW went great" ] || fail "how it went was lost: $SCREEN"
[ "$(sql "$SANDBOX/review.db" "SELECT status FROM commitment WHERE id = 1")" = open ] || fail "the commitment changed"
pass
