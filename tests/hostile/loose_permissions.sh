# A journal, data directory or drafts directory that already exists with loose permissions is
# made private (0600 / 0700) when it belongs to the user, with a warning; one that belongs to
# someone else is refused with a message saying how to fix it. Private words are never left
# readable by others.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

# An empty 0644 journal and a 0777 data directory, made by someone else's tool.
mkdir -p "$XDG_DATA_HOME/debrief"
chmod 0777 "$XDG_DATA_HOME/debrief"
: >"$JOURNAL"
chmod 0644 "$JOURNAL"
run "$db" log -q "private words"
expect_rc 0
[ "$(mode_of "$JOURNAL")" = 600 ] || fail "the journal stayed mode $(mode_of "$JOURNAL")"
[ "$(mode_of "$XDG_DATA_HOME/debrief")" = 700 ] || fail "the data directory stayed mode $(mode_of "$XDG_DATA_HOME/debrief")"
expect_err_contains "debrief: warning: "
expect_err_contains "was open to others (mode 644); it is now 600"
expect_err_contains "was open to others (mode 777); it is now 700"

# A journal with entries, later opened to others: a read tightens it too, and says so once.
chmod 0640 "$JOURNAL"
run "$db" list
expect_rc 0
expect_out_contains "private words"
[ "$(mode_of "$JOURNAL")" = 600 ] || fail "list left the journal mode $(mode_of "$JOURNAL")"
expect_err_contains "was open to others (mode 640); it is now 600"
run "$db" list
expect_rc 0
[ -z "$ERR" ] || fail "a private journal still gets a warning: $ERR"

# A journal given with --db in a directory others may write to (even a sticky /tmp) is refused:
# they could plant its -journal or -wal there. The directory, the user's choice, is not changed.
mkdir -p "$SANDBOX/shared"
chmod 1777 "$SANDBOX/shared"
run "$db" --db "$SANDBOX/shared/j.db" log "in a shared directory"
expect_rc 1
expect_err_contains "the journal's directory $SANDBOX/shared may be written by others (mode 1777)"
expect_err_contains "chmod go-w $SANDBOX/shared"
[ ! -e "$SANDBOX/shared/j.db" ] || fail "a journal was created in the shared directory"
[ "$(mode_of "$SANDBOX/shared")" = 1777 ] || fail "the shared directory was changed to $(mode_of "$SANDBOX/shared")"
# A --db journal opened to others is made private; its (private) directory is left as it is.
mkdir -p "$SANDBOX/mine"
chmod 0750 "$SANDBOX/mine"
"$db" --db "$SANDBOX/mine/j.db" log -q "in my directory" >/dev/null
chmod 0666 "$SANDBOX/mine/j.db"
run "$db" --db "$SANDBOX/mine/j.db" list
expect_rc 0
[ "$(mode_of "$SANDBOX/mine/j.db")" = 600 ] || fail "the --db journal stayed mode $(mode_of "$SANDBOX/mine/j.db")"
[ "$(mode_of "$SANDBOX/mine")" = 750 ] || fail "the --db directory was changed to $(mode_of "$SANDBOX/mine")"

# A 0777 drafts directory: a kept draft is private and so is its directory.
mkdir -p "$XDG_STATE_HOME/debrief/drafts"
chmod 0777 "$XDG_STATE_HOME/debrief" "$XDG_STATE_HOME/debrief/drafts"
# An editor that fails keeps the text in a draft.
printf '#!/bin/sh\nprintf "words from the editor" >"$1"; exit 3\n' >"$SANDBOX/bad-editor"
chmod +x "$SANDBOX/bad-editor"
tty_run "EDITOR=$SANDBOX/bad-editor $db log"
[ "$RC" -eq 1 ] || fail "a failing editor exited $RC: $TTY_OUT"
grep -q "kept in $XDG_STATE_HOME/debrief/drafts/" "$SANDBOX/.tty" || fail "no draft named: $TTY_OUT"
[ "$(mode_of "$XDG_STATE_HOME/debrief/drafts")" = 700 ] || fail "drafts directory mode $(mode_of "$XDG_STATE_HOME/debrief/drafts")"
[ "$(mode_of "$XDG_STATE_HOME/debrief")" = 700 ] || fail "state directory mode $(mode_of "$XDG_STATE_HOME/debrief")"
grep -q "warning: the drafts directory $XDG_STATE_HOME/debrief/drafts was open to others (mode 777); it is now 700" \
  "$SANDBOX/.tty" || fail "no warning for the drafts directory: $TTY_OUT"

expect_private "$XDG_STATE_HOME/debrief"

# A drafts directory that is a link to a shared sticky directory (a /tmp) is used as it is: the
# draft in it is private, the shared directory is never changed.
mkdir -p "$SANDBOX/shared-tmp"
chmod 1777 "$SANDBOX/shared-tmp"
rm -rf "$XDG_STATE_HOME/debrief/drafts"
ln -s "$SANDBOX/shared-tmp" "$XDG_STATE_HOME/debrief/drafts"
run bash -c "printf 'caf\\xe9' | '$db' log"
expect_rc 2
expect_err_contains "your text is kept in $XDG_STATE_HOME/debrief/drafts/"
[ "$(mode_of "$SANDBOX/shared-tmp")" = 1777 ] || fail "the shared directory became $(mode_of "$SANDBOX/shared-tmp")"
[ "$(find "$SANDBOX/shared-tmp" -type f -perm 600 | wc -l)" = 1 ] || fail "the draft in the shared directory is not private"

# A loose journal that belongs to someone else: refused, unchanged, with the fix named.
if [ "$(id -u)" -eq 0 ]; then
  "$db" --db "$SANDBOX/theirs.db" log -q "their note" >/dev/null
  chmod 0644 "$SANDBOX/theirs.db"
  chown 65534:65534 "$SANDBOX/theirs.db"
  before=$(sha256sum "$SANDBOX/theirs.db")
  run "$db" --db "$SANDBOX/theirs.db" list
  expect_error 1 "is open to others (mode 644) and belongs to another user"
  expect_err_contains "chmod 600"
  [ "$(mode_of "$SANDBOX/theirs.db")" = 644 ] || fail "someone else's journal was changed"
  [ "$(sha256sum "$SANDBOX/theirs.db")" = "$before" ] || fail "someone else's journal was written"
fi
pass
