# The man page renders without warnings and documents every command and option in --help.
source "$DEBRIEF_TEST_LIB"
sandbox
page="$(dirname "$DEBRIEF_TEST_LIB")/../../man/debrief.1"

for p in "$page" "${page%/*}/debrief-decks.5"; do
  warnings=$(groff -man -ww -z "$p" 2>&1)
  [ -z "$warnings" ] || fail "groff warnings in $p: $warnings"
done

# Commands listed in `debrief --help`, and every long option of each.
commands=$("$db" --help | awk '/^Subcommands:/ {on=1; next} on && /^$/ {exit} on && /^  [a-z]/ {print $1}')
[ -n "$commands" ] || fail "no commands found in --help"
roff_plain=$(sed 's/\\-/-/g' "$page")
for c in $commands; do
  grep -q "^\.SS $c" <<<"$roff_plain" || fail "command '$c' is not documented in debrief.1"
  for opt in $("$db" "$c" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    grep -qF -- "$opt" <<<"$roff_plain" || fail "option '$opt' of '$c' is not documented in debrief.1"
  done
done
for opt in $("$db" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  grep -qF -- "$opt" <<<"$roff_plain" || fail "global option '$opt' is not documented in debrief.1"
done
pass
