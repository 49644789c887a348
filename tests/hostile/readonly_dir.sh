# The journal's directory is read-only (0500) while the journal itself is writable: SQLite
# cannot create its rollback journal there, so writes fail cleanly and the text is kept.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 3
printf 'a note for a journal in a read-only directory' >note.txt
give_sandbox_to_user
chmod 0500 "$(dirname "$JOURNAL")"
run as_user "$db" log "$(cat note.txt)"
expect_error 1 "cannot save to the journal $JOURNAL"
expect_err_contains "nothing logged, your text is kept in"
expect_draft note.txt
run as_user "$db" list
expect_rc 0
expect_out_contains "seeded note 1"
ls -A "$(dirname "$JOURNAL")" | grep -qv '^journal.db$' && fail "stray files: $(ls -A "$(dirname "$JOURNAL")")"
chmod 0700 "$(dirname "$JOURNAL")"
[ "$(entry_count)" -eq 3 ] || fail "entries changed"
check_journal
pass
