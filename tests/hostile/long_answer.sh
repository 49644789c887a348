# An answer over the 1 MiB limit given to ask through a pipe (16 MiB on one line): refused
# with the limit, asked again, memory bounded; the next line is stored.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 1
text_deck plain 1
{ head -c 16777216 /dev/zero | tr '\0' 'a'; printf '\nshort answer\n'; } >in.txt
memory_limited "$db" ask alice --deck plain <in.txt
expect_rc 0
expect_err_contains "answer is too long (at most 1048576 bytes)"
entry=$(sql "$JOURNAL" "SELECT id FROM entry WHERE kind = 'debrief'")
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE entry_id = $entry")" = "short answer" ] || fail "answer not stored"
check_journal
pass
