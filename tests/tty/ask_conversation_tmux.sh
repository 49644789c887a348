# The interview as a conversation, in a real 80x24 terminal (tmux): probes hidden until Tab or
# `?` reveals them, the mark proposed from the probes revealed (Enter accepts n2), one offer to
# try a probe before a `t`, :back into an earlier answer, the commitment and its due date, with
# the earlier text ready to edit. No line is wider than the pane; colour only when it is on.
source "$DEBRIEF_TEST_LIB"
sandbox
mkdir -p "$HOME/.config/debrief/decks"
cat >"$HOME/.config/debrief/decks/coach.toml" <<'TOML'
title = "Coaching conversation after a lost renewal, with the whole account team listening"
audience = "manager"
[[question]]
id = "pain"
text = "When you explored their needs today, what did the customer say, in their own words, was their biggest problem?"
hint = "Stay upstream of the close. Let the silence work; do not answer for them, even when the pause gets long."
probes = ["What words did they use?", "How do you know that one mattered most?"]
discovery = true
[[question]]
id = "tried"
text = "What have they tried?"
probes = ["Why didn't that work?"]
discovery = true
[[question]]
id = "next"
text = "What next?"
[commitment]
text = "What will you try?"
TOML
export TMUX_COLS=80 TMUX_ROWS=24

tmux_start "'$db' ask alice --deck coach" coach
tmux_wait "[1/3] When you explored"
! grep -qF "What words did they use?" <<<"$SCREEN" || fail "a probe was shown before it was asked for: $SCREEN"
grep -qF "Tab shows a probe" <<<"$SCREEN" || fail "no word on how to reveal a probe: $SCREEN"
# Tab reveals the first probe, keeping what is typed; `?` and Enter the second.
tmux_type -l "Müller's"
tmux_type Tab
tmux_wait "probe: What words did they use?"
tmux_wait "> Müller's"
tmux_type C-u
tmux_type -l "?"
tmux_type Enter
tmux_wait "probe: How do you know that one mattered most?"
tmux_type -l "Müller's budget, 日本語 too"
tmux_type Enter
tmux_wait "who found it? s self · n nudged · t told [n2]"
tmux_type Enter

# Told with its probe never revealed: the offer, once; Enter goes back to the answer.
tmux_wait "[2/3] What have they tried?"
tmux_type -l "discounts"
tmux_type Enter
tmux_wait "told [s]"
tmux_type t Enter
tmux_wait "Before telling: try “Why didn't that work?”"
tmux_type Enter
tmux_wait "[2/3] What have they tried?" 2
tmux_wait "> discounts" 2
tmux_type End
tmux_type -l " that failed"
tmux_type Enter
tmux_wait "told [n]"
tmux_type t Enter
tmux_wait "[3/3] What next?"
[ "$(grep -cF "Before telling" <<<"$SCREEN")" -eq 1 ] || fail "the offer was made more than once: $SCREEN"

# :back at the commitment re-asks the last question with its answer; :back at the due date
# re-asks the commitment with its text.
tmux_type -l ":help"
tmux_type Enter
tmux_wait "Tab, ?  the next probe"
tmux_type -l "call back"
tmux_type Enter
tmux_wait "What will you try?"
tmux_type -l ":back"
tmux_type Enter
tmux_wait "[3/3] What next?" 2
tmux_wait "> call back" 2
tmux_type Enter
tmux_wait "What will you try?" 2
tmux_type -l "ask for numbers"
tmux_type Enter
tmux_wait "due (empty"
tmux_type -l ":back"
tmux_type Enter
tmux_wait "> ask for numbers" 2
tmux_type End
tmux_type -l " first"
tmux_type Enter
tmux_wait "due (empty" 2
tmux_type Enter
tmux_wait "[exit 0]"

q() { sql "$JOURNAL" "SELECT answer_text || '|' || ifnull(discovery, '') || '|' || ifnull(probes_used, 0) FROM answer WHERE question_id = '$1'"; }
[ "$(q pain)" = "Müller's budget, 日本語 too|nudged|2" ] || fail "pain: $(q pain)"
[ "$(q tried)" = "discounts that failed|told|1" ] || fail "tried: $(q tried)"
[ "$(q next)" = "call back||0" ] || fail "next: $(q next)"
[ "$(sql "$JOURNAL" "SELECT text FROM commitment")" = "ask for numbers first" ] || fail "commitment: $(sql "$JOURNAL" "SELECT text FROM commitment")"

# Every line, joined where tmux wrapped it, fits the 80 columns (CJK counts two).
tmux_cmd capture-pane -p -J -S - -t coach >"$SANDBOX/screen.txt"
python3 - "$SANDBOX/screen.txt" <<'PYEOF' || fail "a line is wider than the pane: $(cat "$SANDBOX/screen.txt")"
import sys, unicodedata
for line in open(sys.argv[1], encoding='utf-8'):
    w = sum(2 if unicodedata.east_asian_width(c) in 'WF' else 0 if unicodedata.combining(c) else 1 for c in line.rstrip('\n'))
    if w > 80:
        print(w, line, file=sys.stderr)
        sys.exit(1)
PYEOF
# Colour was on (a terminal, no NO_COLOR): the question is bold.
tmux_cmd capture-pane -p -e -S - -t coach | grep -qE $'\e\\[([0-9]*;)*1m(\e\\[[0-9;]*m)*What have they tried\\?' ||
  fail "no colour at a terminal"

# Colour off: not one SGR sequence (the line editor's cursor moves are not colour).
for off in "env NO_COLOR=1 '$db'" "'$db' --color never"; do
  printf 'x\ns\ny\ns\nz\n\n' | script -qec "env TERM=xterm $off --db '$SANDBOX/nc.db' ask bob --deck coach" "$SANDBOX/.tty" >/dev/null 2>&1
  python3 - "$SANDBOX/.tty" <<'PYEOF' || fail "$off: colour written: $(cat -v "$SANDBOX/.tty")"
import re, sys
data = open(sys.argv[1], 'rb').read()
sys.exit(1 if re.search(rb'\x1b\[[0-9;]*m', data) or b'When you explored' not in data else 0)
PYEOF
  rm -f "$SANDBOX/nc.db"
done
pass
