# `debrief log` with no text in a real terminal opens the editor; what is typed there is logged.
source "$DEBRIEF_TEST_LIB"
sandbox

# A tiny line editor: reads one line from the terminal and puts it above the template.
cat >"$SANDBOX/line-editor" <<'SH'
#!/bin/sh
printf 'type the note: '
IFS= read -r line </dev/tty
{ printf '%s\n' "$line"; cat "$1"; } >"$1.new" && mv "$1.new" "$1"
SH
chmod +x "$SANDBOX/line-editor"

tmux_start "EDITOR='$SANDBOX/line-editor' '$db' log -r alice"
tmux_wait "type the note:"
tmux_type "typed in a real terminal #tty" Enter
tmux_wait "[exit 0]"
grep -qF "logged #1 · alice · tty" <<<"$SCREEN" || fail "no confirmation: $SCREEN"
[ "$(sql "$JOURNAL" "SELECT body FROM entry")" = "typed in a real terminal #tty" ] || fail "body not stored"
pass
