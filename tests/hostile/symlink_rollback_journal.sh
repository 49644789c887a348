# A symlink planted where SQLite puts its rollback journal (journal.db-journal) pointing at a
# file to clobber: the write fails in one line, the text is kept, the target is untouched
# and the journal keeps every entry.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 3
printf 'precious' >"$SANDBOX/victim.txt"
ln -s "$SANDBOX/victim.txt" "$JOURNAL-journal"
printf 'a note next to a planted link' >note.txt
run "$db" log "$(cat note.txt)"
expect_rc 1
expect_one_error_line
expect_err_contains "nothing logged, your text is kept in"
expect_draft note.txt
[ "$(cat "$SANDBOX/victim.txt")" = precious ] || fail "the link's target was written"
rm "$JOURNAL-journal"
check_journal
pass
