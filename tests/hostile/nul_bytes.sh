# NUL bytes: in a note on stdin and in a search, refused in one line and nothing stored; in an
# exported text (a journal written by another tool), restored by import byte for byte so a
# backup can always be restored; in an imported name, refused.
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
sed 's/"person":"[^"]*"/"person":"a\\u0000b"/; s/"uuid":"1/"uuid":"2/' nul.jsonl >nul-name.jsonl
run "$db" import nul-name.jsonl
expect_rc 2
expect_err_contains "nul-name.jsonl:1: invalid name"
[ "$(entry_count)" -eq "$before" ] || fail "a NUL name was stored"
run "$db" --db "$SANDBOX/restored.db" import nul.jsonl
expect_rc 0
[ "$(sql "$SANDBOX/restored.db" "SELECT hex(body) FROM entry")" = 610062 ] || fail "the NUL body was not restored"
"$db" --db "$SANDBOX/restored.db" export >again.jsonl
cmp -s nul.jsonl again.jsonl || fail "export after import differs: $(diff nul.jsonl again.jsonl)"
[ "$(entry_count)" -eq "$before" ] || fail "a NUL note was stored"
check_journal
pass
