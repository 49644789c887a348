# The 64-byte limits on names and tags: 64 bytes are accepted, 65 and 100,000 refused in one
# line naming the limit, for log, ask, rename and filters alike.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 1
n64=$(printf 'n%.0s' $(seq 1 64))
n65=${n64}x
huge=$(head -c 100000 /dev/zero | tr '\0' 'h')
before=$(entry_count)
for name in "$n65" "$huge"; do
  run "$db" log -r "$name" "text"
  expect_error 2 "at most 64 bytes"
  run "$db" ask "$name"
  expect_error 2 "at most 64 bytes"
  run "$db" people rename alice "$name"
  expect_error 2 "at most 64 bytes"
  run "$db" log -t "$name" "text"
  expect_error 2 "at most 64 bytes"
  run "$db" list --rep "$name"
  expect_error 2 "at most 64 bytes"
done
[ "$(entry_count)" -eq "$before" ] || fail "something was stored"
printf 'a note for a long name' >note.txt
run "$db" log -q -r "$n64" "$(cat note.txt)"
expect_rc 0
acknowledged "$OUT" note.txt
run "$db" people rename "$n64" "$(printf 'm%.0s' $(seq 1 64))"
expect_rc 0
check_journal
pass
