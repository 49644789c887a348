# NUL bytes: in a note on stdin, in an imported string (\u0000) and in a search: refused in
# one line; nothing stored.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
before=$(entry_count)
printf 'before\0after #tag' >nul.txt
run "$db" log <nul.txt
expect_error 2 "note contains a NUL byte (accepted: text)"
printf '\0\0\0\0' >nuls.txt
run "$db" log <nuls.txt
expect_error 2 "note contains a NUL byte"
"$db" export | head -n 1 | sed 's/"body":"[^"]*"/"body":"a\\u0000b"/; s/"uuid":"0/"uuid":"1/' >nul.jsonl
run "$db" import nul.jsonl
expect_rc 2
expect_err_contains "nul.jsonl:1: invalid JSON at byte"
expect_err_contains "no NUL character"
[ "$(grep -c '^debrief: ' <<<"$ERR")" -eq 1 ] || fail "expected one debrief: line: $ERR"
[ "$(entry_count)" -eq "$before" ] || fail "a NUL note was stored"
check_journal
pass
