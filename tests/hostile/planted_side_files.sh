# Side files planted next to a journal are never used: a FIFO at -journal (SQLite would block on
# it for ever), a -wal or -journal made by another user (who could read or replace the journal
# through it). Each is refused at once with one line, the text kept, the journal unchanged.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
mkfifo "$JOURNAL-journal"
start=$SECONDS
run timeout 20 "$db" log "next to a FIFO"
expect_error 1 "journal.db-journal is not a regular file; refusing to use the journal through it"
expect_err_contains "your text is kept in"
run timeout 20 "$db" list
expect_error 1 "is not a regular file"
[ $((SECONDS - start)) -lt 10 ] || fail "a FIFO at -journal made debrief wait"
rm "$JOURNAL-journal"

if [ "$(id -u)" -eq 0 ]; then
  for side in -wal -journal; do
    : >"$JOURNAL$side"
    chown 65534:65534 "$JOURNAL$side"
    chmod 0666 "$JOURNAL$side"
    before=$(sha256sum <"$JOURNAL")
    run "$db" log "private words"
    expect_error 1 "journal.db$side belongs to another user; refusing to use the journal through it"
    [ ! -s "$JOURNAL$side" ] || fail "private words went into someone else's $side"
    [ "$(sha256sum <"$JOURNAL")" = "$before" ] || fail "the journal changed with a planted $side"
    rm "$JOURNAL$side"
  done
fi
check_journal
pass
