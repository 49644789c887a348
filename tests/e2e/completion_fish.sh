# The fish completion, asked through fish's own `complete -C`: commands, each command's options
# (every one in its --help), option values, deck ids and people's names.
source "$DEBRIEF_TEST_LIB"
sandbox
command -v fish >/dev/null || fail "fish is not installed (scripts/setup --tests installs it)"
script="$(dirname "$DEBRIEF_TEST_LIB")/../../completions/debrief.fish"
export PATH="$(dirname "$db"):$PATH"
"$db" log -q -r alice "one" >/dev/null && "$db" log -q -r albert "two" >/dev/null

# complete LINE: the candidates fish offers for LINE, sorted, space-separated.
complete_line() {
  fish --no-config -c "source '$script'; complete -C '$1'" | cut -f1 | sort | tr '\n' ' '
}
expect_completion() {
  local got
  got=$(complete_line "$1")
  [ "$got" = "$2" ] || fail "fish completes '$1' to '$got', expected '$2'"
}

expect_completion "debrief re" "reflect reopen report "
expect_completion "debrief ask " "albert alice "
expect_completion "debrief ask ali" "alice "
expect_completion "debrief ask alice --deck g" "grow "
expect_completion "debrief reflect -d fast" "fast-failure "
expect_completion "debrief ask alice --ab" "--about "
expect_completion "debrief reflect --ne" "--new "
expect_completion "debrief list --rep al" "albert alice "
expect_completion "debrief report --rep ali" "alice "
expect_completion "debrief log --outcome " "advanced lost stalled won "
expect_completion "debrief report --format " "csv html json markdown text "
expect_completion "debrief team --format " "csv json markdown text "
expect_completion "debrief export --format " "csv jsonl markdown "
expect_completion "debrief show 2 --format " "markdown text "
expect_completion "debrief list --kind " "debrief note reflection "
expect_completion "debrief --color " "always auto never "
expect_completion "debrief decks " "check path show "
expect_completion "debrief --db x.db decks show p" "post-call "
expect_completion "debrief people " "rename "
expect_completion "debrief people rename al" "albert alice "

# Every option in each command's --help is offered after "-".
for cmd in log list show search edit delete undelete export import ask reflect report commitments commit done drop reopen people decks config; do
  offered=" $(complete_line "debrief $cmd -")"
  for opt in $("$db" "$cmd" --help | awk '/^Options:/ {on=1; next} on && /^$/ {exit} on' |
    grep -oE -- '^ +(-[a-z],)?--?[a-z][a-z-]*' | tr ',' '\n' | tr -d ' ' | sort -u); do
    [[ "$offered" == *" $opt "* ]] || fail "fish does not offer '$cmd $opt': $offered"
  done
done
pass
