# The review at the start of `ask`, in a real terminal: how it went, whether it helped, the
# evidence, keep, and a new due date (:help there says what it takes); all of it lands on the
# commitment, which stays open with the new date.
source "$DEBRIEF_TEST_LIB"
sandbox
"$db" commit "O'Brien, Jr." "Ask two pain questions #discovery" --due tomorrow >/dev/null
before=$(sql "$JOURNAL" "SELECT due_utc FROM commitment WHERE id = 1")
tmux_start "'$db' ask \"O'Brien, Jr.\" --deck quick" keep
tmux_wait "How did it go?"
tmux_type -l "Asked one, José's way"
tmux_type Enter
tmux_wait "Did it help?"
tmux_type p Enter
tmux_wait "What did you see or hear"
tmux_type -l "the customer named the budget"
tmux_type Enter
tmux_wait "done, keep open or drop?"
tmux_type k Enter
tmux_wait "new due date"
tmux_type -l ":help"
tmux_type Enter
tmux_wait "empty to leave it"
tmux_type -l "in 2 weeks"
tmux_type Enter
tmux_wait "[1/3]"
tmux_type -l ":quit"
tmux_type Enter
tmux_wait "[exit 0]"
[ "$(sql "$JOURNAL" "SELECT status || '|' || helped || '|' || evidence || '|' || review_note FROM commitment WHERE id = 1")" = \
  "open|partly|the customer named the budget|Asked one, José's way" ] ||
  fail "the review is not on the commitment: $(sql "$JOURNAL" "SELECT * FROM commitment")"
after=$(sql "$JOURNAL" "SELECT due_utc FROM commitment WHERE id = 1")
[ "$after" -gt $((before + 10 * 86400)) ] || fail "the due date did not move: $before -> $after"
pass
