# A disk full before the journal's first page is written: the error is clear, the text is
# kept, and the empty file left behind is taken as a new journal next time.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

printf 'first words of a new journal' >note.txt
file_limit_run 4 "$db" log "$(cat note.txt)"
expect_error 1 "nothing logged, your text is kept in"
expect_draft note.txt
[ ! -s "$JOURNAL" ] || fail "the journal holds a partial write"
[ "$(mode_of "$JOURNAL")" = 600 ] || fail "journal mode $(mode_of "$JOURNAL")"

run "$db" log -q "$(cat note.txt)"
expect_rc 0
acknowledged "$OUT" note.txt
check_journal
pass
