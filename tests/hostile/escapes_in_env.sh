# Escape bytes in DEBRIEF_NOW or in the journal's path never reach the terminal raw: messages
# show them escaped.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

DEBRIEF_NOW=$'\e]0;pwned\a\e[2J2026-11-20' run "$db" list
expect_error 2 "DEBRIEF_NOW: invalid date"
expect_clean_output

evil=$'\e[31mred\e]52;c;cHduZWQ=\a'
DEBRIEF_DB="$SANDBOX/$evil.db" run "$db"
expect_rc 0
expect_clean_output
expect_out_contains 'Journal: '
expect_out_contains '\u001b[31mred'
DEBRIEF_DB="$SANDBOX/$evil.db" run "$db" log "a note"
expect_rc 0
expect_clean_output
chmod 0644 "$SANDBOX/$evil.db"
DEBRIEF_DB="$SANDBOX/$evil.db" run "$db" list
expect_rc 0
expect_err_contains "was open to others"
expect_clean_output
DEBRIEF_DB="$SANDBOX/$evil.db/x" run "$db" list
expect_clean_output

# A drafts directory whose name holds escape bytes: the message shows them escaped (the path
# stays exact, never stripped into another one).
XDG_STATE_HOME="$SANDBOX/st"$'\e[2J' run bash -c "printf 'caf\\xe9' | '$db' log"
expect_rc 2
expect_clean_output
expect_err_contains "kept in $SANDBOX/st\u001b[2J/debrief/drafts/note-"
[ -n "$(find "$SANDBOX/st"$'\e[2J'/debrief/drafts -name 'note-*')" ] || fail "no draft where the message says"
pass
