# A journal cut short (half its pages lost, as after a bad copy): commands fail with one line
# saying it is damaged; the file is not modified; log keeps the text.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 3
for i in $(seq 1 40); do "$db" log -q "filler $i $(printf 'padding%.0s ' $(seq 1 100))" >/dev/null; done
bad=$SANDBOX/cut.db
cp "$JOURNAL" "$bad"
truncate -s $(($(stat -c %s "$bad") / 2 / 4096 * 4096)) "$bad"
sum=$(sha256sum <"$bad")
printf 'a note for a cut journal' >note.txt
run "$db" --db "$bad" log "$(cat note.txt)"
expect_error 1 "is damaged"
expect_draft note.txt
run "$db" --db "$bad" search padding
expect_error 1 "is damaged"
[ "$(sha256sum <"$bad")" = "$sum" ] || fail "the cut journal was modified"
check_journal
pass
