# Before the first question, in a real terminal (tmux, 80 columns): a new name close to a
# known one is asked about ("did you mean alice? [Y/n]"), and an unfinished debrief with the
# rep is offered to resume (Enter) or replaced by a new one (n); Ctrl-C at either question
# starts nothing, and Ctrl-C at the first question of a new debrief keeps nothing.
source "$DEBRIEF_TEST_LIB"
sandbox
"$db" log -q -r alice "a note" >/dev/null
"$db" log -q -r José "a note" >/dev/null
# joined: the screen with lines the terminal wrapped joined again (messages are one line each).
joined() { tmux_cmd capture-pane -p -J -S - -t "$TMUX_TARGET"; }
people() { sql "$JOURNAL" "SELECT group_concat(name, ',') FROM (SELECT name FROM person ORDER BY name)"; }
start() { # start SESSION ARGS...: debrief ARGS in an 80x24 terminal
  local session=$1
  shift
  tmux_start "'$db' $*" "$session"
  tmux_cmd resize-window -t "$session" -x 80 -y 24
}

# alcie: did you mean alice? Enter takes alice, before the first question and before any entry.
start yes ask alcie
tmux_wait "no one called alcie — did you mean alice? [Y/n]"
[[ "$SCREEN" != *"[1/7]"* ]] || fail "a question before the name was settled: $SCREEN"
[ "$(entry_count)" = 2 ] || fail "an entry before the name was settled"
tmux_type Enter
tmux_wait "Post-call debrief with alice"
tmux_wait "[1/7]"
tmux_type "Budget" Enter
tmux_wait "who found it?"
tmux_type s Enter
tmux_wait "[2/7]"
tmux_type ":quit" Enter
tmux_wait "[exit 0]"
[ "$(sql "$JOURNAL" "SELECT p.name FROM entry e JOIN person p ON p.id = e.person_id WHERE e.kind = 'debrief'")" = alice ] ||
  fail "the debrief is not alice's"
[ "$(people)" = "alice,José" ] || fail "people: $(people)"

# jose (no accent): n keeps the new name; a quit at the first question adds no one.
start no ask jose
tmux_wait "no one called jose — did you mean José? [Y/n]"
tmux_type n Enter
tmux_wait "Post-call debrief with jose"
tmux_wait "[1/7]"
tmux_type ":quit" Enter
tmux_wait "[exit 0]"
grep -qF "debrief: stopped before the first answer; nothing saved" <<<"$(joined)" || fail "quit: $(joined)"
[ "$(people)" = "alice,José" ] || fail "people after n and :quit: $(people)"
[ "$(entry_count)" = 3 ] || fail "entries after n and :quit: $(entry_count)"

# Ctrl-C at the name question: nothing started, exit 130.
start cc ask alise
tmux_wait "did you mean alice? [Y/n]"
tmux_type C-c
tmux_wait "[exit 130]"
grep -qF "debrief: interrupted; nothing started" <<<"$(joined)" || fail "Ctrl-C: $(joined)"
[ "$(entry_count)" = 3 ] && [ "$(people)" = "alice,José" ] || fail "Ctrl-C at the name question wrote something"

# alice has an unfinished debrief: Enter resumes it at its next question.
start resume ask alice
tmux_wait "alice has an unfinished debrief #3 (post-call, "
tmux_wait "1 answer)"
tmux_wait "resume it, or start a new one? [R/n]"
tmux_type Enter
tmux_wait "Resuming debrief #3 with alice"
tmux_wait "[2/7]"
tmux_type C-c
tmux_wait "[exit 130]"
grep -qF "interrupted; the answers given are saved (continue with: debrief ask --resume 3)" <<<"$(joined)" ||
  fail "Ctrl-C after resuming: $(joined)"

# n starts a new one; Ctrl-C at its first question keeps nothing.
start new ask alice
tmux_wait "resume it, or start a new one? [R/n]"
tmux_type n Enter
tmux_wait "Post-call debrief with alice"
tmux_wait "[1/7]"
tmux_type C-c
tmux_wait "[exit 130]"
grep -qF "debrief: interrupted before the first answer; nothing saved" <<<"$(joined)" || fail "Ctrl-C at [1/7]: $(joined)"
[ "$(entry_count)" = 3 ] || fail "entries: $(entry_count)" # not even hidden: discarded
run "$db" list --rep alice
[ "$(grep -c debrief <<<"$OUT")" = 1 ] || fail "list: $OUT"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM answer WHERE entry_id = 3")" = 1 ] || fail "#3's answers changed"

# A reflection: the same offer, keyed on the deck.
printf '%s\n' 'I rushed' | "$db" reflect >/dev/null 2>&1 || true
start reflect reflect
tmux_wait "you have an unfinished reflection #"
tmux_wait "resume it, or start a new one? [R/n]"
tmux_type Enter
tmux_wait "Resuming reflection #"
tmux_type ":quit" Enter
tmux_wait "[exit 0]"
pass
