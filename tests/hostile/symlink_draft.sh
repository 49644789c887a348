# The draft the editor works on is replaced by a symlink to another file while the editor
# runs (edit, and log in a terminal): debrief does not follow it, saves nothing and says so
# in one line; the linked file's contents never reach the journal.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
printf 'secret: do not store me' >"$SANDBOX/secret.txt"
cat >"$SANDBOX/swap-editor" <<SH
#!/bin/sh
rm -f "\$1"
ln -s "$SANDBOX/secret.txt" "\$1"
SH
chmod +x "$SANDBOX/swap-editor"
EDITOR=$SANDBOX/swap-editor run "$db" edit 1
expect_error 1 "has been replaced by a symbolic link; not following it"
tty_run "EDITOR=$SANDBOX/swap-editor $db log -r alice; echo rc=\$?"
grep -q "has been replaced by a symbolic link" "$SANDBOX/.tty" || fail "log in a terminal: $TTY_OUT"
grep -q "rc=1" "$SANDBOX/.tty" || fail "log in a terminal did not fail: $TTY_OUT"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM entry WHERE body LIKE '%secret%'")" -eq 0 ] || fail "the linked file was stored"
[ "$(cat "$SANDBOX/secret.txt")" = "secret: do not store me" ] || fail "the linked file changed"
[ "$(entry_count)" -eq 2 ] || fail "entries changed"
check_journal
pass
