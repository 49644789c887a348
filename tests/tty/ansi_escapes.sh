# Stored text with escape sequences reaches a terminal without the escape bytes.
source "$DEBRIEF_TEST_LIB"
sandbox

printf 'red \033[31mALERT\033[0m title\033]0;pwned\007 clear\033[2J done @alice #esc\n' | "$db" log -q >/dev/null
[ "$(sql "$JOURNAL" "SELECT instr(body, char(27)) > 0 FROM entry")" = 1 ] || fail "the body was not stored as typed"

# Through a pseudo-terminal (script): not one ESC or BEL byte reaches it.
tty_run "'$db' --color never list"
[ "$RC" -eq 0 ] || fail "list exited $RC"
grep -qF "red ALERT title clear done" "$SANDBOX/.tty" || fail "text missing: $TTY_OUT"
! grep -q $'\033' "$SANDBOX/.tty" || fail "ESC reached the terminal: $(od -c "$SANDBOX/.tty" | head)"
! grep -q $'\007' "$SANDBOX/.tty" || fail "BEL reached the terminal"
! grep -qF "pwned" "$SANDBOX/.tty" || fail "OSC payload reached the terminal"

# Piped output is sanitized too; JSON escapes control characters.
run "$db" list
! grep -q $'\033' <<<"$OUT" || fail "ESC in piped output"
run "$db" list --json
! grep -q $'\033' <<<"$OUT" || fail "raw ESC in JSON"
expect_out_contains '\u001b[31mALERT'

# In tmux: the screen shows the text, and with attributes captured (-e) no colour from the note.
tmux_start "'$db' --color never list"
tmux_wait "[exit 0]"
grep -qF "red ALERT title clear done" <<<"$SCREEN" || fail "tmux screen: $SCREEN"
! tmux_cmd capture-pane -p -e -t "$TMUX_TARGET" | grep -q $'\033\[31m' || fail "colour from stored text reached the terminal"

# --color always colours our own output, and only ours.
run "$db" --color always list
grep -q $'\033\[33m#1' <<<"$OUT" || fail "--color always did not colour the id"
! grep -q $'\033\[31m' <<<"$OUT" || fail "stored escape passed with --color always"
run env NO_COLOR=1 "$db" list
! grep -q $'\033' <<<"$OUT" || fail "NO_COLOR ignored"
pass
