# A symlink planted where SQLite puts its rollback journal or WAL files (journal.db-journal,
# -wal, -shm) pointing at a file to clobber: every command refuses in one line naming the
# link, log keeps the text, the target is untouched and the journal keeps every entry.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 3
printf 'precious' >"$SANDBOX/victim.txt"
ln -s "$SANDBOX/victim.txt" "$JOURNAL-journal"
printf 'a note next to a planted link' >note.txt
run "$db" log "$(cat note.txt)"
expect_error 1 "$JOURNAL-journal is a symbolic link; refusing to use the journal through it (remove the link); nothing logged, your text is kept in"
expect_draft note.txt
run "$db" list
expect_error 1 "$JOURNAL-journal is a symbolic link"
ln -s "$SANDBOX/victim.txt" "$JOURNAL-wal"
rm "$JOURNAL-journal"
run "$db" log "$(cat note.txt)"
expect_error 1 "$JOURNAL-wal is a symbolic link"
expect_draft note.txt
rm "$JOURNAL-wal"
ln -s "$SANDBOX/victim.txt" "$JOURNAL-shm"
run "$db" log "$(cat note.txt)"
expect_error 1 "$JOURNAL-shm is a symbolic link"
rm "$JOURNAL-shm"
[ "$(cat "$SANDBOX/victim.txt")" = precious ] || fail "the link's target was written"
run "$db" log -q "$(cat note.txt)"
expect_rc 0
acknowledged "$OUT" note.txt
check_journal
pass
