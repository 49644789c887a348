# A home reached through a symbolic link (/home -> /data/home), a data directory that is a link
# and a --db path through a linked directory all work; only a link at the journal file itself
# (or its -journal/-wal/-shm) is refused.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

# HOME behind a link, XDG unset: ~/.local/share/debrief/journal.db through the link.
mkdir -p "$SANDBOX/data/home"
ln -s "$SANDBOX/data/home" "$SANDBOX/linked-home"
export HOME="$SANDBOX/linked-home"
unset XDG_DATA_HOME XDG_STATE_HOME
run "$db" log "first note through a linked home @alice"
expect_rc 0
expect_out_contains "logged #1"
run "$db" list
expect_rc 0
expect_out_contains "first note through a linked home"
[ "$(sql "$SANDBOX/data/home/.local/share/debrief/journal.db" 'SELECT count(*) FROM entry')" = 1 ] ||
  fail "the note is not in the real journal"
run "$db" show 1
expect_rc 0

# The debrief data directory itself a link to elsewhere.
export HOME="$SANDBOX/home2"
mkdir -p "$HOME/.local/share" "$SANDBOX/elsewhere"
chmod 700 "$SANDBOX/elsewhere"
ln -s "$SANDBOX/elsewhere" "$HOME/.local/share/debrief"
run "$db" log -q "note in a linked data directory"
expect_rc 0
[ -f "$SANDBOX/elsewhere/journal.db" ] || fail "the journal was not created in the linked directory"
[ -L "$HOME/.local/share/debrief" ] || fail "the link was replaced"
run "$db" list
expect_rc 0
expect_out_contains "note in a linked data directory"

# --db through a linked directory, and XDG_DATA_HOME through one.
ln -s "$SANDBOX/elsewhere" "$SANDBOX/via"
run "$db" --db "$SANDBOX/via/journal.db" list
expect_rc 0
expect_out_contains "note in a linked data directory"
export XDG_DATA_HOME="$SANDBOX/via-data"
ln -s "$SANDBOX/data" "$XDG_DATA_HOME"
run "$db" log -q "xdg through a link"
expect_rc 0
run "$db" search link
expect_rc 0
expect_out_contains "xdg through a link"

# A link at the journal file itself is still refused, and so is one at its -journal.
ln -s "$SANDBOX/elsewhere/journal.db" "$SANDBOX/file-link.db"
run "$db" --db "$SANDBOX/file-link.db" list
expect_error 1 "is a symbolic link; refusing to follow it"
ln -s "$SANDBOX/stolen" "$SANDBOX/elsewhere/journal.db-journal"
run "$db" --db "$SANDBOX/via/journal.db" log "x"
expect_rc 1
expect_err_contains "journal.db-journal is a symbolic link"
[ ! -e "$SANDBOX/stolen" ] || fail "the -journal link was followed"
pass
