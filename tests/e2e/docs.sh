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
# Nested commands (people rename, decks show, ...) and their options.
for c in $commands; do
  for sub in $("$db" "$c" --help | awk '/^Subcommands:/ {on=1; next} on && /^$/ {exit} on && /^  [a-z]/ {print $1}'); do
    grep -qE "^\.SS $c (|.*[^a-z]|.*fB)$sub([^a-z]|$)" <<<"$roff_plain" || fail "'$c $sub' is not documented in debrief.1"
    for opt in $("$db" "$c" "$sub" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
      grep -qF -- "$opt" <<<"$roff_plain" || fail "option '$opt' of '$c $sub' is not documented in debrief.1"
    done
  done
done
# Every environment variable the program reads is in ENVIRONMENT.
src="$(dirname "$DEBRIEF_TEST_LIB")/../../src"
environment=$(sed -n '/^\.SH ENVIRONMENT/,/^\.SH /p' "$page")
vars=$(grep -rhoE 'getenv(_opt)?\("[A-Z_]+"\)' "$src" | grep -oE '"[A-Z_]+"' | tr -d '"' | sort -u)
[ "$(wc -w <<<"$vars")" -ge 10 ] || fail "found too few environment variables in src: $vars"
for v in $vars; do
  grep -qw -- "$v" <<<"$environment" || fail "environment variable $v is not in ENVIRONMENT of debrief.1"
done
# Every exit code is in EXIT STATUS.
status=$(sed -n '/^\.SH EXIT STATUS/,/^\.SH /p' "$page")
for code in 0 1 2 130; do grep -qx "\.B $code" <<<"$status" || fail "exit code $code is not in EXIT STATUS"; done
for opt in $("$db" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  grep -qF -- "$opt" <<<"$roff_plain" || fail "global option '$opt' is not documented in debrief.1"
done
pass
