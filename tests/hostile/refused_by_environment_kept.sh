# A piped note refused before `log` reads it, by a bad environment variable or a broken config
# file, is kept in a draft whose path is printed, as a note refused by a bad option is.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

printf 'Müller: pricing came up before the pain\n' >note.txt
DEBRIEF_BUSY_TIMEOUT_MS=abc run "$db" log <note.txt
expect_error 2 "DEBRIEF_BUSY_TIMEOUT_MS: invalid value 'abc'"
expect_err_contains "; nothing logged, your text is kept in"
expect_draft note.txt

mkdir -p "$HOME/.config/debrief"
printf 'bogus = 1\n' >"$HOME/.config/debrief/config.toml"
run "$db" log <note.txt
expect_error 2 "unknown key 'bogus' in the config"
expect_draft note.txt
[ ! -e "$JOURNAL" ] || [ "$(entry_count)" -eq 0 ] || fail "a refused note was logged"

# Another command's stdin is not a note: nothing is kept for it.
DEBRIEF_BUSY_TIMEOUT_MS=abc run "$db" list <note.txt
expect_error 2 "DEBRIEF_BUSY_TIMEOUT_MS: invalid value 'abc'"
[[ "$ERR" != *"kept in"* ]] || fail "kept the stdin of list: $ERR"
pass
