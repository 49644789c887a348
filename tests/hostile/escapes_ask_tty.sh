# ask in a real terminal (script(1), the line editor) with a deck and an open commitment full of
# escape sequences: the hostile sequences (clear screen, window title, C1 CSI) never reach
# the terminal, while the words around them do.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 1
dir=$HOME/.config/debrief/decks
mkdir -p "$dir"
e='\u001b[2J\u001b]0;pwned\u0007\u009b31m'
cat >"$dir/esc.toml" <<TOML
title = "Title $e"
audience = "manager"
[[question]]
id = "pick"
text = "Pick one $e"
hint = "Hint $e"
probes = ["Probe $e"]
type = "choice"
choices = ["red $e", "blue"]
[commitment]
text = "Commit $e"
TOML
# A first debrief, through a pipe, leaves a commitment whose text carries escapes.
printf '2\ncommit%s words\n-\n' "$ESCAPES" | "$db" ask frank --deck esc >/dev/null 2>&1
[ "$(sql "$JOURNAL" "SELECT count(*) FROM commitment WHERE instr(text, char(27)) > 0")" -eq 1 ] || fail "setup: no commitment"
# The second, in a terminal, reviews it (Enter at whether it helped and the evidence) and shows
# the deck (Tab reveals the probe).
printf 'went fine\n\n\nd\ngreen\n\t1\n\n' | script -qec "env TERM=xterm NO_COLOR=1 $db ask frank --deck esc" "$SANDBOX/.tty" >/dev/null 2>&1 || true
"$PY" - "$SANDBOX/.tty" <<'PYEOF' || fail "hostile sequences reached the terminal: $(od -c "$SANDBOX/.tty" | grep -m3 '033')"
import sys
data = open(sys.argv[1], 'rb').read()
for bad in (b'\x1b[2J', b'\x1b]0;', b'\xc2\x9b', b'\x07', b'\x7f', b'\x1bP'):
    if bad in data:
        sys.exit(1)
for good in (b'Title ', b'Pick one ', b'Hint ', b'Probe ', b'red ', b'commit', b'words'):
    if good not in data:
        print('missing', good, file=sys.stderr)
        sys.exit(1)
PYEOF
entry=$(sql "$JOURNAL" "SELECT max(id) FROM entry WHERE kind = 'debrief'")
[ "$(sql "$JOURNAL" "SELECT status FROM commitment ORDER BY id LIMIT 1")" = done ] || fail "the review was not saved"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM answer WHERE entry_id = $entry AND question_id = 'pick'")" -eq 1 ] || fail "the answer was not saved"
check_journal
pass
