# A deck file whose name holds escape sequences, dropped into the user deck directory: the
# warning naming it (for decks, ask, report) and `decks check` show the name neutralised.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 1
dir=$HOME/.config/debrief/decks
mkdir -p "$dir"
name=$'\e]0;pwned\a\e[2J.toml'
printf 'title = "T"\naudience = "rep"\n[[question]]\nid = "a"\ntext = "A?"\n' >"$dir/$name"
run "$db" decks
expect_rc 0
expect_err_contains "skipping a broken deck"
expect_err_contains "invalid deck id"
expect_clean_output
run "$db" decks check "$dir/$name"
expect_rc 2
expect_clean_output
run "$db" report
expect_rc 0
expect_clean_output
run "$db" ask gina --deck grow < <(printf '\n\n\n\n\n\n\n\n\n')
expect_clean_output
cp "$dir/$name" "$SANDBOX/$name"
mv "$dir/$name" "$dir/good.toml"
run "$db" decks check "$dir/good.toml"
expect_rc 0
expect_out_contains "ok (good, 1 questions)"
check_journal
pass
