# No HOME (and no XDG or DEBRIEF_DB): every command that needs the journal says so in one
# line and exits 1; with DEBRIEF_DB the journal works, drafts going next to it.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

nohome() { run env -u HOME -u XDG_DATA_HOME -u XDG_STATE_HOME -u XDG_CONFIG_HOME "$@"; }
for cmd in "log a-note" list "show 1" "search word" report commitments people export "ask alice" reflect; do
  # shellcheck disable=SC2086
  nohome "$db" $cmd </dev/null
  expect_error 1 "cannot locate the journal: HOME is not set (set HOME, XDG_DATA_HOME or DEBRIEF_DB, or use --db)"
done
nohome "$db" decks path
expect_error 1 "cannot locate the decks directory"
[ -z "$(ls -A "$SANDBOX/home")" ] || fail "files were created: $(ls -A "$SANDBOX/home")"

# DEBRIEF_DB is enough; a failed save keeps the text next to the journal.
printf 'logged without a HOME' >note.txt
nohome env DEBRIEF_DB="$SANDBOX/j/journal.db" "$db" log -q "$(cat note.txt)"
expect_rc 0
acknowledged "$OUT" note.txt
check_journal "$SANDBOX/j/journal.db"
[ "$(mode_of "$SANDBOX/j")" = 700 ] || fail "journal directory mode $(mode_of "$SANDBOX/j")"
chmod 0400 "$SANDBOX/j/journal.db"
give_sandbox_to_user
run as_user env -u HOME -u XDG_DATA_HOME -u XDG_STATE_HOME -u XDG_CONFIG_HOME DEBRIEF_DB="$SANDBOX/j/journal.db" \
  "$db" log "$(cat note.txt)"
expect_error 1 "nothing logged, your text is kept in $SANDBOX/j/debrief-drafts/"
expect_draft note.txt
check_journal "$SANDBOX/j/journal.db"
pass
