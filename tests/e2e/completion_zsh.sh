# The zsh completion, in a real interactive zsh (compinit loaded) driven through tmux: commands,
# each command's options (every one in its --help), option values, deck ids and people's names.
source "$DEBRIEF_TEST_LIB"
sandbox
command -v zsh >/dev/null || fail "zsh is not installed (scripts/setup --tests installs it)"
completions="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/../../completions" && pwd)"
export PATH="$(dirname "$db"):$PATH"
"$db" log -q -r alice "one" >/dev/null && "$db" log -q -r albert "two" >/dev/null

cat >"$SANDBOX/zshrc" <<ZSHRC
fpath=($completions \$fpath)
autoload -Uz compinit && compinit -u -d "$SANDBOX/zcompdump"
zstyle ':completion:*' list-prompt ''
zstyle ':completion:*' menu no
LISTMAX=10000
unsetopt list_ambiguous
PS1='%% '
ZSHRC
tmux_start "PS1='%% ' zsh -f -i"
tmux_wait "%"
tmux_type "source '$SANDBOX/zshrc'; clear" Enter

expect_screen() { grep -qE -- "$1" <<<"$SCREEN" || fail "after '$2<Tab>' the screen lacks /$1/: $SCREEN"; }

tmux_complete "debrief re"
expect_screen '^reflect +-- ' "debrief re"
expect_screen '^report +-- ' "debrief re"
tmux_complete "debrief ask al"
expect_screen '^% debrief ask al$' "debrief ask al"
expect_screen '^albert +alice' "debrief ask al"
tmux_complete "debrief ask ali"
expect_screen '^% debrief ask alice ?$' "debrief ask ali"
tmux_complete "debrief ask alice --deck "
expect_screen 'post-call' "debrief ask alice --deck "
expect_screen 'fast-failure' "debrief ask alice --deck "
tmux_complete "debrief ask alice --deck gr"
expect_screen '^% debrief ask alice --deck grow ?$' "--deck gr"
tmux_complete "debrief reflect --ab"
expect_screen '^% debrief reflect --about=? ?$' "reflect --ab"
tmux_complete "debrief list --rep "
expect_screen 'albert +alice' "list --rep "
tmux_complete "debrief report --format "
expect_screen 'csv +html +json +markdown +text' "report --format "
tmux_complete "debrief show 2 --format "
expect_screen 'markdown +text' "show --format "
tmux_complete "debrief log --outcome "
expect_screen 'advanced +lost +stalled +won' "log --outcome "
tmux_complete "debrief decks show p"
expect_screen '^% debrief decks show post-call ?$' "decks show p"
tmux_complete "debrief --color "
expect_screen 'always +auto +never' "--color "

# Every option in each command's --help is offered after "-".
for cmd in log list show search edit delete undelete export import ask reflect report commitments commit done drop reopen people decks config; do
  tmux_complete "debrief $cmd -"
  for opt in $("$db" "$cmd" --help | awk '/^Options:/ {on=1; next} on && /^$/ {exit} on' |
    grep -oE -- '^ +(-[a-z],)?--?[a-z][a-z-]*' | tr ',' '\n' | tr -d ' ' | sort -u); do
    grep -qE -- "(^| )$opt( |$)" <<<"$SCREEN" || fail "zsh does not offer '$cmd $opt': $SCREEN"
  done
done
pass
