# In a terminal, :edit writes an answer in $EDITOR, the question shown as a comment and the
# earlier answer ready to change, and says what was saved; Ctrl-C stops with exit 130 and keeps
# every answer given, and --resume goes on from there. Text it refuses is kept in a draft.
source "$DEBRIEF_TEST_LIB"
sandbox

cat >"$SANDBOX/editor" <<'SH'
#!/bin/sh
n=$(ls "$(dirname "$0")"/seen.* 2>/dev/null | wc -l)
cp "$1" "$(dirname "$0")/seen.$((n + 1))"
{ printf 'A long answer\nwritten in the editor\n'; cat "$1"; } >"$1.new" && mv "$1.new" "$1"
SH
chmod +x "$SANDBOX/editor"

tmux_start "EDITOR='$SANDBOX/editor' '$db' ask alice"
tmux_wait "[1/7]"
tmux_type ":edit" Enter
tmux_wait "who found it?"
tmux_type s Enter
tmux_wait "[2/7]"
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
[[ "$ERR" == *"[2/7] What have they already tried"* ]] || fail "resume: $ERR"

# The template names the question; the answer saved is echoed; :back then :edit starts from it.
grep -qF "# When you explored their needs, what did the customer say was their biggest problem?" "$SANDBOX/seen.1" ||
  fail "the question is not in the editor: $(cat "$SANDBOX/seen.1")"
grep -qF "saved: A long answer" <<<"$SCREEN" || fail "the saved answer was not echoed: $SCREEN"
tmux_start "EDITOR='$SANDBOX/editor' '$db' --db '$SANDBOX/back.db' ask bob" back
tmux_wait "[1/7]"
tmux_type ":edit" Enter
tmux_wait "who found it?"
tmux_type s Enter
tmux_wait "[2/7]"
tmux_type ":back" Enter
tmux_wait "> A long answer"
tmux_type C-u ":edit" Enter
tmux_wait "who found it?" 2
[ "$(head -2 "$SANDBOX/seen.3")" = $'A long answer\nwritten in the editor' ] ||
  fail "the earlier answer is not in the editor: $(cat "$SANDBOX/seen.3")"

# Text the answer cannot hold (a NUL byte): not echoed as saved, the editor's file kept, the
# question asked again.
cat >"$SANDBOX/nul-editor" <<'SH'
#!/bin/sh
printf 'Müller said\000 no' >"$1"
SH
chmod +x "$SANDBOX/nul-editor"
rm -f "$XDG_STATE_HOME/debrief/drafts/"*
tmux_start "EDITOR='$SANDBOX/nul-editor' '$db' --db '$SANDBOX/nul.db' ask carol" nul
tmux_wait "[1/7]"
tmux_type ":edit" Enter
tmux_wait "your text is kept in"
tmux_wait "[1/7]" 2
! grep -qF "saved: Müller" <<<"$SCREEN" || fail "refused text echoed as saved: $SCREEN"
kept=$(grep -lF "Müller said" "$XDG_STATE_HOME/debrief/drafts/"* 2>/dev/null | head -1)
[ -n "$kept" ] || fail "the refused text was not kept: $SCREEN"
tmux_type ":quit" Enter
tmux_wait "[exit 0]"
pass
