# A full disk while `log` saves (files limited with ulimit -f): a clear error, exit 1, the
# text kept in a private draft, the journal intact with every earlier entry.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 3
# A note big enough that the journal must grow: it cannot, at its current size.
"$PY" -c 'import sys; sys.stdout.write(" ".join("word%d" % i for i in range(6000)))' >note.txt
limit=$(size_kib "$JOURNAL")
before=$(entry_count)
file_limit_run "$limit" "$db" log -r bob <note.txt
expect_error 1 "nothing logged, your text is kept in"
expect_err_contains "$JOURNAL"
expect_draft note.txt
[ "$(entry_count)" -eq "$before" ] || fail "a partial entry was written"
check_journal

# The same with the text as arguments.
file_limit_run "$limit" "$db" log -r bob "$(cat note.txt)"
expect_error 1 "nothing logged, your text is kept in"
expect_draft note.txt
check_journal

# Once there is room again, the journal takes the note.
run "$db" log -q -r bob <note.txt
expect_rc 0
acknowledged "$OUT" note.txt
check_journal
pass
