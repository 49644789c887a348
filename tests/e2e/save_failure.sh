# When the journal cannot be written, text given as arguments or on stdin is kept in a draft.
source "$DEBRIEF_TEST_LIB"
sandbox

touch "$SANDBOX/file"
run "$db" --db "$SANDBOX/file/journal.db" log -r erin "words worth keeping"
expect_rc 1
expect_one_error_line
expect_err_contains "nothing logged, your text is kept in $XDG_STATE_HOME/debrief/drafts/"
draft=$(grep -o "$XDG_STATE_HOME/debrief/drafts/[^ ]*\.txt" <<<"$ERR")
[ "$(cat "$draft")" = "words worth keeping" ] || fail "draft content: $(cat "$draft")"
[ "$(mode_of "$draft")" = 600 ] || fail "draft mode"

run bash -c "echo 'piped words' | '$db' --db '$SANDBOX/file/journal.db' log"
expect_rc 1
draft=$(grep -o "$XDG_STATE_HOME/debrief/drafts/[^ ]*\.txt" <<<"$ERR" | head -1) # named twice: kept, and reuse it with
[ "$(cat "$draft")" = "piped words" ] || fail "piped text not kept"

# Without HOME or any path: a clear error, exit 1.
run env -u HOME -u XDG_DATA_HOME -u XDG_STATE_HOME "$db" log "no home"
expect_rc 1
expect_err_contains "cannot locate the journal: HOME is not set"
pass
