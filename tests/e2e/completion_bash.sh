# The bash completion offers commands, each command's options (every one in its --help) and
# option values; and in a real interactive bash with bash-completion loaded, it is found by
# bash-completion's loader and completes commands, people's names and deck ids.
source "$DEBRIEF_TEST_LIB"
sandbox
script="$(dirname "$DEBRIEF_TEST_LIB")/../../completions/debrief.bash"

# complete WORDS...: what the completion offers for the last word.
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _debrief; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$script" "$@" | sort | tr '\n' ' '
}

[ "$(complete_words debrief l)" = "list log " ] || fail "debrief l: $(complete_words debrief l)"
[ "$(complete_words debrief re)" = "reflect reopen report " ] || fail "debrief re: $(complete_words debrief re)"
[ "$(complete_words debrief report --format m)" = "markdown " ] || fail "--format m"
[ "$(complete_words debrief export --format j)" = "jsonl " ] || fail "export --format j"
[ "$(complete_words debrief show 2 --format m)" = "markdown " ] || fail "show --format m"
[ "$(complete_words debrief decks s)" = "show " ] || fail "decks s"
# Deck ids come from the binary.
PATH="$(dirname "$db"):$PATH" complete_words debrief decks show p >"$SANDBOX/ids"
[ "$(cat "$SANDBOX/ids")" = "post-call " ] || fail "decks show p: $(cat "$SANDBOX/ids")"
PATH="$(dirname "$db"):$PATH" complete_words debrief ask alice --deck g >"$SANDBOX/ids"
[ "$(cat "$SANDBOX/ids")" = "grow " ] || fail "ask --deck g: $(cat "$SANDBOX/ids")"
# People's names come from the journal through the binary.
"$db" log -q -r alice "one" >/dev/null && "$db" log -q -r albert "two" >/dev/null
PATH="$(dirname "$db"):$PATH" complete_words debrief ask al >"$SANDBOX/names"
[ "$(cat "$SANDBOX/names")" = "albert alice " ] || fail "ask al: $(cat "$SANDBOX/names")"
# The values of --about and --resume are typed, not names: nothing is offered for them.
PATH="$(dirname "$db"):$PATH" complete_words debrief ask --resume "" >"$SANDBOX/names"
[ "$(cat "$SANDBOX/names")" = " " ] || fail "ask --resume: $(cat "$SANDBOX/names")"
PATH="$(dirname "$db"):$PATH" complete_words debrief ask alice --about "" >"$SANDBOX/names"
[ "$(cat "$SANDBOX/names")" = " " ] || fail "ask --about: $(cat "$SANDBOX/names")"
[ "$(complete_words debrief reflect --ab)" = "--about " ] || fail "reflect --ab"
[ "$(complete_words debrief ask --ne)" = "--new " ] || fail "ask --ne"
PATH="$(dirname "$db"):$PATH" complete_words debrief list --rep ali >"$SANDBOX/names"
[ "$(cat "$SANDBOX/names")" = "alice " ] || fail "list --rep ali: $(cat "$SANDBOX/names")"
[ "$(complete_words debrief log --out)" = "--outcome " ] || fail "log --out"
[ "$(complete_words debrief log --outcome s)" = "stalled " ] || fail "--outcome s"
[ "$(complete_words debrief --color a)" = "always auto " ] || fail "--color a"
[ "$(complete_words debrief --db x.db li)" = "list " ] || fail "after --db"

# Every option in each command's --help is offered.
for cmd in log list show search edit delete undelete export import ask reflect report commitments commit done drop reopen people decks config; do
  offered=$(complete_words debrief "$cmd" -)
  for opt in $("$db" "$cmd" --help | awk '/^Options:/ {on=1; next} on && /^$/ {exit} on' |
    grep -oE -- '^ +(-[a-z],)?--?[a-z][a-z-]*' | tr ',' '\n' | tr -d ' ' | sort -u); do
    grep -qw -- "$opt" <<<"$offered" || fail "'$cmd $opt' is not completed"
  done
done

# A real interactive bash (tmux) with bash-completion loaded; our script found by its loader.
[ -r /usr/share/bash-completion/bash_completion ] || fail "bash-completion is not installed"
mkdir -p "$SANDBOX/share/bash-completion/completions"
cp "$script" "$SANDBOX/share/bash-completion/completions/debrief"
export PATH="$(dirname "$db"):$PATH" XDG_DATA_DIRS="$SANDBOX/share:/usr/share"
cat >"$SANDBOX/bashrc" <<'BASHRC'
source /usr/share/bash-completion/bash_completion
bind 'set show-all-if-ambiguous on'
bind 'set completion-query-items 0'
bind 'set page-completions off'
PS1='$ '
BASHRC
tmux_start "bash --noprofile --rcfile '$SANDBOX/bashrc' -i"
tmux_wait '$'
expect_screen() { grep -qE -- "$1" <<<"$SCREEN" || fail "after '$2<Tab>' the screen lacks /$1/: $SCREEN"; }
tmux_complete "debrief re"
expect_screen '^reflect +reopen +report$' "debrief re"
tmux_complete "debrief ask "
expect_screen '^albert +alice$' "debrief ask "
tmux_complete "debrief ask alice --deck "
for id in after-action assignment-review fast-failure grow post-call self-review trust-check; do
  expect_screen "(^| )$id( |\$)" "--deck "
done
tmux_complete "debrief ask alice --deck gr"
expect_screen '^\$ debrief ask alice --deck grow ?$' "--deck gr"
tmux_complete "debrief report --format j"
expect_screen '^\$ debrief report --format json ?$' "--format j"
pass
