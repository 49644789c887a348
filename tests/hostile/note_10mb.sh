# A 10 MB note on stdin is refused quickly with the limit in the message (exit 2), without
# holding it all in memory, and kept whole in a draft the message names; a note of exactly
# 1 MiB is accepted and round-trips.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
head -c 10485760 /dev/zero | tr '\0' 'x' >big.txt
start=$(date +%s%N)
run "$db" log <big.txt
ms=$((($(date +%s%N) - start) / 1000000))
expect_error 2 "note is too long (10485760 bytes on stdin; at most 1048576 bytes); nothing logged, your text is kept in"
expect_draft big.txt
[ "$ms" -lt 5000 ] || fail "took $ms ms to refuse"
# Memory stays bounded whatever the stream's length (100 MB here), and the draft holds it all.
memory_limited "$db" log < <(head -c 100000000 /dev/zero | tr '\0' y)
expect_error 2 "note is too long (100000000 bytes on stdin"
[ "$(stat -c %s "$(draft_in_error)")" = 100000000 ] || fail "the draft of the 100 MB note is incomplete"
rm -f "$(draft_in_error)"
head -c 1048577 /dev/zero | tr '\0' 'z' >over.txt
run "$db" log <over.txt
expect_error 2 "note is too long (1048577 bytes; at most 1048576 bytes)"
expect_draft over.txt
head -c 1048576 /dev/zero | tr '\0' 'w' >max.txt
run "$db" log -q <max.txt
expect_rc 0
acknowledged "$OUT" max.txt
run "$db" show "$OUT"
expect_rc 0
check_journal
pass
