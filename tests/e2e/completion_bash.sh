# The bash completion offers commands, each command's options (every one in its --help) and
# option values.
source "$DEBRIEF_TEST_LIB"
sandbox
script="$(dirname "$DEBRIEF_TEST_LIB")/../../completions/debrief.bash"

# complete WORDS...: what the completion offers for the last word.
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _debrief; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$script" "$@" | sort | tr '\n' ' '
}

[ "$(complete_words debrief l)" = "list log " ] || fail "debrief l: $(complete_words debrief l)"
[ "$(complete_words debrief re)" = "reflect report " ] || fail "debrief re: $(complete_words debrief re)"
[ "$(complete_words debrief report --format m)" = "markdown " ] || fail "--format m"
[ "$(complete_words debrief export --format j)" = "jsonl " ] || fail "export --format j"
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
PATH="$(dirname "$db"):$PATH" complete_words debrief list --rep ali >"$SANDBOX/names"
[ "$(cat "$SANDBOX/names")" = "alice " ] || fail "list --rep ali: $(cat "$SANDBOX/names")"
[ "$(complete_words debrief log --out)" = "--outcome " ] || fail "log --out"
[ "$(complete_words debrief log --outcome s)" = "stalled " ] || fail "--outcome s"
[ "$(complete_words debrief --color a)" = "always auto " ] || fail "--color a"
[ "$(complete_words debrief --db x.db li)" = "list " ] || fail "after --db"

# Every option in each command's --help is offered.
for cmd in log list show search edit delete undelete export import ask reflect report commitments done drop people decks config; do
  offered=$(complete_words debrief "$cmd" -)
  for opt in $("$db" "$cmd" --help | awk '/^Options:/ {on=1; next} on && /^$/ {exit} on' |
    grep -oE -- '^ +(-[a-z],)?--?[a-z][a-z-]*' | tr ',' '\n' | tr -d ' ' | sort -u); do
    grep -qw -- "$opt" <<<"$offered" || fail "'$cmd $opt' is not completed"
  done
done
pass
