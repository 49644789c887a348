# In a terminal, :edit writes an answer in $EDITOR; Ctrl-C stops with exit 130 and keeps every
# answer given, and --resume goes on from there.
source "$DEBRIEF_TEST_LIB"
sandbox

cat >"$SANDBOX/editor" <<'SH'
#!/bin/sh
{ printf 'A long answer\nwritten in the editor\n'; cat "$1"; } >"$1.new" && mv "$1.new" "$1"
SH
chmod +x "$SANDBOX/editor"

tmux_start "EDITOR='$SANDBOX/editor' '$db' ask alice"
tmux_wait "[1/8]"
tmux_type ":edit" Enter
tmux_wait "who found it?"
tmux_type s Enter
tmux_wait "[2/8]"
tmux_type "Second answer" Enter
tmux_wait "who found it?" 2
tmux_type C-c
tmux_wait "[exit 130]"
grep -qF "interrupted; the answers given are saved (continue with: debrief ask --resume 1)" <<<"$SCREEN" \
  || fail "no interrupt message: $SCREEN"
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE question_id = 'pain'")" = $'A long answer\nwritten in the editor' ] \
  || fail ":edit answer not stored"
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE question_id = 'tried'")" = "Second answer" ] \
  || fail "answer before Ctrl-C lost"
[ "$(sql "$JOURNAL" "SELECT status FROM entry")" = in-progress ] || fail "status"
# The answer interrupted before its mark is asked again.
run bash -c "printf '%s\n' ':quit' | '$db' ask --resume"
[[ "$ERR" == *"[2/8] What have they already tried"* ]] || fail "resume: $ERR"
pass
