# A broken config.toml makes log fail before it saves anything (a note saved and then
# reported as an error would be logged twice on retry).
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
before=$(entry_count)
mkdir -p "$HOME/.config/debrief"
printf 'date_fromat = "iso"\n' >"$HOME/.config/debrief/config.toml"
run "$db" log "a note with a broken config"
expect_error 2 "unknown key 'date_fromat'"
[ "$(entry_count)" -eq "$before" ] || fail "the note was saved although log failed"
run "$db" log -r alice <<<'a note'
expect_error 2 "unknown key"
[ "$(entry_count)" -eq "$before" ] || fail "the note was saved although log failed"
check_journal
pass
