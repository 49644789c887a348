# Invalid UTF-8 in a note (arguments or stdin), a done/drop note and a person's name: refused
# with one line (exit 2) that shows no raw bytes; nothing is stored.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
before=$(entry_count)
run "$db" log $'caf\xe9 au lait'
expect_error 2 "note is not valid UTF-8 text (convert it to UTF-8 first)"
printf 'overlong \xc0\xaf and a lone \xed\xa0\x80 surrogate' >bad.txt
run "$db" log <bad.txt
expect_error 2 "note is not valid UTF-8 text"
run "$db" log -r $'al\xffce' "fine text"
expect_error 2 "invalid name 'al"
run "$db" log -t $'t\xfeg' "fine text"
expect_error 2 "invalid tag 't"
[ "$(entry_count)" -eq "$before" ] || fail "an invalid note was stored"

text_deck plain 1
# A commitment to close with an invalid note.
"$db" import - >/dev/null <<JSON
{"uuid":"0190a3c4-0000-7000-8000-000000000001","kind":"debrief","person":"bob","deck":"plain","at":"2026-11-20T10:00:00+00:00","created":"2026-11-20T10:00:00+00:00","updated":"2026-11-20T10:00:00+00:00","outcome":null,"lesson":false,"status":"complete","tags":[],"body":"Deck","answers":[],"commitments":[{"uuid":"0190a3c4-0000-7000-8000-000000000002","person":"bob","text":"Ask about budget","due":null,"status":"open","note":null,"created":"2026-11-20T10:00:00+00:00","closed":null}]}
JSON
cid=$(sql "$JOURNAL" "SELECT id FROM commitment WHERE text = 'Ask about budget'")
run "$db" done "$cid" $'went \xff well'
expect_error 2 "note is not valid UTF-8 text"
[ "$(sql "$JOURNAL" "SELECT status FROM commitment WHERE id = $cid")" = open ] || fail "the commitment was closed"
check_journal
pass
