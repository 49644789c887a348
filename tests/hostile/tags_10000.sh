# 10,000 tags (as -t options and as #words in the text): refused with the limit (64) in one
# line; 64 tags are accepted; a tag longer than 64 bytes is refused.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
before=$(entry_count)
args=()
for i in $(seq 1 10000); do args+=(-t "t$i"); done
run "$db" log "${args[@]}" "a note with ten thousand tags"
expect_error 2 "too many tags (10000; at most 64)"
"$PY" -c 'print(" ".join("#t%d" % i for i in range(10000)))' >tags.txt
run "$db" log <tags.txt
expect_error 2 "too many tags (10000; at most 64)"
"$PY" -c 'print(" ".join("#t%d" % i for i in range(65)))' >tags65.txt
run "$db" log <tags65.txt
expect_error 2 "too many tags (65; at most 64)"
[ "$(entry_count)" -eq "$before" ] || fail "a note with too many tags was stored"
run "$db" log -t "$(printf 'a%.0s' $(seq 1 65))" "long tag"
expect_error 2 "at most 64 bytes"
"$PY" -c 'import sys; sys.stdout.write(" ".join("#t%d" % i for i in range(64)))' >tags64.txt
run "$db" log -q <tags64.txt
expect_rc 0
acknowledged "$OUT" tags64.txt
[ "$(sql "$JOURNAL" "SELECT count(*) FROM tag WHERE entry_id = $OUT")" -eq 64 ] || fail "64 tags not stored"
run "$db" log -q -t "$(printf 'b%.0s' $(seq 1 64))" "longest tag"
expect_rc 0
check_journal
pass
