# :back at a terminal brings back the mark chosen by hand, not the one the probes would propose,
# and a `t` after revealed probes records how many were tried.
source "$DEBRIEF_TEST_LIB"
sandbox
tmux_start "'$db' ask José --deck quick" s1
tmux_wait "[1/3]"
tmux_type -l "Pipeline visibility"
tmux_type Tab
tmux_wait "probe:"
tmux_type Enter
tmux_wait "t told [n]"
tmux_type s Enter # the rep found it after all
tmux_wait "[2/3]"
tmux_type -l ":back"
tmux_type Enter
tmux_wait "[1/3]"
tmux_type Enter # the answer as it was
tmux_wait "t told [s]"
tmux_type Enter
tmux_wait "[2/3]" 2
# Its only probe revealed, then told (no offer: no probe is left): the probe is recorded.
tmux_type -l "The demo"
tmux_type Tab
tmux_wait "just before that"
tmux_type Enter
tmux_wait "t told [n]"
tmux_type t Enter
tmux_wait "[3/3]"
tmux_type -l "Ask for the budget"
tmux_type Enter
tmux_wait "who found it?"
tmux_type s Enter
tmux_wait "(leave empty for none)"
tmux_type Enter
tmux_wait "[exit 0]"
q() { sql "$JOURNAL" "SELECT discovery || '/' || probes_used FROM answer WHERE question_id = '$1'"; }
[ "$(q "$(sql "$JOURNAL" "SELECT question_id FROM answer ORDER BY position LIMIT 1")")" = "self/0" ] ||
  fail "the hand-chosen mark was replaced: $(sql "$JOURNAL" "SELECT question_id, discovery, probes_used FROM answer")"
[ "$(sql "$JOURNAL" "SELECT discovery || '/' || probes_used FROM answer ORDER BY position LIMIT 1 OFFSET 1")" = "told/1" ] ||
  fail "told lost its probes: $(sql "$JOURNAL" "SELECT question_id, discovery, probes_used FROM answer")"
pass
