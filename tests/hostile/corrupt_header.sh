# A journal whose first bytes are overwritten: not recognised as SQLite, refused in one line,
# never written to; a typed note is kept in a draft.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 3
bad=$SANDBOX/damaged.db
cp "$JOURNAL" "$bad"
printf 'not the sqlite header at all, just some bytes here.......' | dd of="$bad" conv=notrunc status=none
sum=$(sha256sum <"$bad")
printf 'a note for a journal with a broken header' >note.txt
run "$db" --db "$bad" log "$(cat note.txt)"
expect_error 1 "$bad is not a debrief journal (not an SQLite database); left untouched"
expect_draft note.txt
run "$db" --db "$bad" list
expect_error 1 "not a debrief journal"
run "$db" --db "$bad" import /dev/null
expect_error 1 "not a debrief journal"
[ "$(sha256sum <"$bad")" = "$sum" ] || fail "the damaged journal was modified"
check_journal
pass
