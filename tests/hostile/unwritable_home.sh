# HOME exists but cannot be written (0500, as an unprivileged user): log cannot create the
# journal, says why in one line, and still keeps the typed text, in $TMPDIR.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

export TMPDIR=$SANDBOX/tmp
mkdir -p "$TMPDIR"
chmod 0700 "$TMPDIR"
printf 'typed into a locked-down home' >note.txt
give_sandbox_to_user
chmod 0500 "$HOME"
run as_user "$db" log "$(cat note.txt)"
expect_error 1 "cannot create directory $HOME/.local: Permission denied; nothing logged, your text is kept in $TMPDIR/"
expect_draft note.txt
printf 'typed on stdin' >stdin.txt
run as_user "$db" log <stdin.txt
expect_error 1 "your text is kept in $TMPDIR/"
expect_draft stdin.txt
[ -z "$(ls -A "$HOME")" ] || fail "files were created in HOME"

# HOME does not exist and cannot be created.
run as_user env -u XDG_DATA_HOME -u XDG_STATE_HOME HOME=/nonexistent-debrief-home "$db" log "$(cat note.txt)"
expect_error 1 "cannot create directory /nonexistent-debrief-home"
expect_draft note.txt
[ ! -e /nonexistent-debrief-home ] || fail "HOME was created"
pass
