# A 10 MB note on stdin is refused quickly with the limit in the message (exit 2), without
# reading it all into memory; a note of exactly 1 MiB is accepted and round-trips.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
head -c 10485760 /dev/zero | tr '\0' 'x' >big.txt
start=$(date +%s%N)
run "$db" log <big.txt
ms=$((($(date +%s%N) - start) / 1000000))
expect_error 2 "note is too long (more than 1114112 bytes on stdin; at most 1048576 bytes)"
[ "$ms" -lt 5000 ] || fail "took $ms ms to refuse"
# Memory stays bounded whatever the stream's length (100 MB here).
memory_limited "$db" log < <(head -c 100000000 /dev/zero | tr '\0' y)
expect_error 2 "note is too long"
head -c 1048577 /dev/zero | tr '\0' 'z' >over.txt
run "$db" log <over.txt
expect_error 2 "note is too long (1048577 bytes; at most 1048576 bytes)"
head -c 1048576 /dev/zero | tr '\0' 'w' >max.txt
run "$db" log -q <max.txt
expect_rc 0
acknowledged "$OUT" max.txt
run "$db" show "$OUT"
expect_rc 0
check_journal
pass
