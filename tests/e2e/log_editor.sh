# The editor path: text written in $EDITOR is logged; a failing editor logs nothing, exits
# non-zero and keeps the draft (private) at the printed path.
source "$DEBRIEF_TEST_LIB"
sandbox
umask 000

# An editor that writes a note above the template's scissors line.
cat >"$SANDBOX/write-note" <<'SH'
#!/bin/sh
{ printf 'Edited note #editor @dana\n'; cat "$1"; } >"$1.new" && mv "$1.new" "$1"
SH
chmod +x "$SANDBOX/write-note"

tty_run "EDITOR='$SANDBOX/write-note' '$db' log"
[ "$RC" -eq 0 ] || fail "editor log exited $RC: $TTY_OUT"
grep -qF "logged #1 · dana · editor" "$SANDBOX/.tty" || fail "no confirmation: $TTY_OUT"
[ "$(sql "$JOURNAL" "SELECT body FROM entry")" = "Edited note #editor @dana" ] || fail "template text leaked into the body"
[ -z "$(ls -A "$XDG_STATE_HOME/debrief/drafts")" ] || fail "draft left behind after a successful save"

# EDITOR=false: nothing logged, exit 1, the draft's path printed and the draft kept, 0600.
tty_run "EDITOR=false '$db' log -r dana"
[ "$RC" -eq 1 ] || fail "EDITOR=false exited $RC"
draft=$(grep -o "$XDG_STATE_HOME/debrief/drafts/[^ ]*\.txt" "$SANDBOX/.tty" | head -1)
[ -n "$draft" ] && [ -f "$draft" ] || fail "draft path not printed or missing: $TTY_OUT"
[ "$(mode_of "$draft")" = 600 ] || fail "draft mode $(mode_of "$draft")"
[ "$(mode_of "$XDG_STATE_HOME/debrief/drafts")" = 700 ] || fail "drafts dir mode"
grep -qF "the editor 'false' exited with status 1" "$SANDBOX/.tty" || fail "no editor error: $TTY_OUT"
[ "$(entry_count)" -eq 1 ] || fail "EDITOR=false logged something"

# VISUAL wins over EDITOR; an editor leaving only the template logs nothing (exit 2).
tty_run "VISUAL=true EDITOR='$SANDBOX/write-note' '$db' log"
[ "$RC" -eq 2 ] || fail "empty editor note exited $RC"
grep -qF "empty note" "$SANDBOX/.tty" || fail "no empty-note error: $TTY_OUT"
grep -qF "may not wait" "$SANDBOX/.tty" || fail "no hint about an editor that does not wait: $TTY_OUT"
[ "$(entry_count)" -eq 1 ] || fail "empty editor note was logged"

# When the save fails after editing, the typed text is kept in a draft.
touch "$SANDBOX/not-a-dir"
tty_run "EDITOR='$SANDBOX/write-note' '$db' --db '$SANDBOX/not-a-dir/j.db' log"
[ "$RC" -eq 1 ] || fail "failed save exited $RC"
kept=$(grep -o "$XDG_STATE_HOME/debrief/drafts/[^ ]*\.txt" "$SANDBOX/.tty" | head -1)
[ -n "$kept" ] && grep -qF "Edited note #editor @dana" "$kept" || fail "typed text not kept: $TTY_OUT"
pass
