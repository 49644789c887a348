# `debrief ask` in a real terminal (tmux): typed answers with line editing, s/n/t marks, :back,
# :quit; --resume finishes it and shows the discovery ratio. The same debrief through a pipe
# stores identical answers, marks and commitment.
source "$DEBRIEF_TEST_LIB"
sandbox

tmux_start "'$db' ask alice" first
tmux_wait "[1/7] When you explored"
# Line editing: the cursor moves back six characters and an 'a' is inserted: "Pain one".
tmux_type "Pin one" Left Left Left Left Left Left a Enter
tmux_wait "who found it?"
tmux_type s Enter
tmux_wait "[2/7] What have they already tried"
tmux_type "First try" Enter
tmux_wait "who found it?" 2
tmux_type n2 Enter
tmux_wait "[3/7]"
tmux_type ":back" Enter
tmux_wait "[2/7] What have they already tried" 2
# The earlier answer is on the line, ready to edit: Ctrl-U clears it.
tmux_wait "> First try"
tmux_type C-u "Tried again" Enter
tmux_wait "who found it?" 3
tmux_type t Enter
# Told with no probe tried: one offer to try the first probe; t keeps told.
tmux_wait "Before telling: try"
tmux_type t Enter
tmux_wait "[3/7]" 2
tmux_type ":quit" Enter
tmux_wait "[exit 0]"
grep -qF "continue with: debrief ask --resume" <<<"$SCREEN" || fail "no resume hint: $SCREEN"
! grep -qF '^[[D' <<<"$SCREEN" || fail "raw escape sequences on screen: $SCREEN"
[ "$(sql "$JOURNAL" "SELECT status FROM entry")" = in-progress ] || fail "not in progress after :quit"

tmux_start "'$db' ask --resume" second
tmux_wait "[3/7] Why does this problem matter"
for step in "Why three" s "Turn four" n "Better five" s 3 "Affirm" "Try the timeline question" 2026-12-01; do
  tmux_type "$step" Enter
  sleep 0.15
done
tmux_wait "[exit 0]"
grep -qF "Discovery: 80% found by the rep (self 3, nudged 1, told 1); target 80%." <<<"$SCREEN" \
  || fail "summary: $SCREEN"
[ "$(sql "$JOURNAL" "SELECT status FROM entry")" = complete ] || fail "not complete after resume"

# The same debrief through a pipe, into another journal.
printf '%s\n' "Pain one" s "Tried again" t "Why three" s "Turn four" n "Better five" s 3 "Affirm" \
  "Try the timeline question" 2026-12-01 | "$db" --db "$SANDBOX/pipe.db" ask alice >/dev/null 2>&1
rows='SELECT position, question_id, question_text, answer_text, scale_value, discovery, probes_used FROM answer ORDER BY position;
      SELECT text, due_utc, status FROM commitment; SELECT kind, status, deck_id, body FROM entry'
[ "$(sql "$JOURNAL" "$rows")" = "$(sql "$SANDBOX/pipe.db" "$rows")" ] \
  || fail "terminal and pipe runs differ: $(diff <(sql "$JOURNAL" "$rows") <(sql "$SANDBOX/pipe.db" "$rows"))"
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE question_id = 'pain'")" = "Pain one" ] || fail "line editing"
pass
