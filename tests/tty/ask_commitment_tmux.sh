# ask --commitment in a real terminal (tmux, 80x24): the first lines name the commitment, the
# review of all open commitments is skipped, a new due date that is no date is asked again, and
# keep moves the due date when the debrief finishes, with the review recorded.
source "$DEBRIEF_TEST_LIB"
sandbox
id=$("$db" commit "José" "Ask for the budget before the demo" --due "in 3 days" -q)
"$db" commit "José" "Another open one" -q >/dev/null
due=$(sql "$JOURNAL" "SELECT due_utc FROM commitment WHERE id = $id")
joined() { tmux_cmd capture-pane -p -J -S - -t "$TMUX_TARGET"; }

TMUX_COLS=80 TMUX_ROWS=24 tmux_start "'$db' ask José --commitment $id"
tmux_wait "Reviewing commitment #$id from"
tmux_wait "[1/"
# Wrapped to the 80 columns, the rest indented.
grep -qF "Ask for the budget before the" <<<"$(joined)" || fail "the commitment is not named: $(joined)"
grep -qE "^  demo \(due [A-Z][a-z]{2} " <<<"$(joined)" || fail "the due date is not shown: $(joined)"
[[ "$(joined)" != *"Another open one"* ]] || fail "the other open commitment was reviewed: $(joined)"
tmux_type "Budget first" Enter
tmux_wait "[2/"
tmux_type "Asked on two calls" Enter
tmux_wait "who found it?"
tmux_type s Enter
tmux_wait "[3/"
tmux_type "Acme named a number" Enter
tmux_wait "who found it?" 2
tmux_type s Enter
tmux_wait "[4/"
tmux_type ":skip" Enter
tmux_wait "[5/"
tmux_type "partly" Enter
tmux_wait "[6/"
[ "$(sql "$JOURNAL" "SELECT status || ':' || (review_note IS NULL) FROM commitment WHERE id = $id")" = "open:1" ] ||
  fail "decided before the end"
tmux_type "keep" Enter
tmux_wait "[7/"
tmux_type "someday" Enter
tmux_wait "invalid date 'someday'"
tmux_type "in 2 weeks" Enter
tmux_wait "What is the next assignment?"
tmux_type Enter
tmux_wait "[exit 0]"
[ "$(sql "$JOURNAL" "SELECT status, review_note, helped, evidence, due_utc > $due FROM commitment WHERE id = $id")" = \
  "open|Asked on two calls|partly|Acme named a number|1" ] ||
  fail "not kept with its review: $(sql "$JOURNAL" "SELECT * FROM commitment WHERE id = $id")"
pass
