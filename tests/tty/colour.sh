# Colour rules for every command that colours (list, search, report): never when piped unless
# forced, never with NO_COLOR or --color never, always with --color always; CLICOLOR_FORCE
# forces it unless NO_COLOR is set; auto colours a terminal unless TERM=dumb.
source "$DEBRIEF_TEST_LIB"
sandbox
"$db" log -q -r alice --outcome won "Pricing call went well #demo" >/dev/null
"$db" log -q -r bob "Pricing objection, no discovery #pricing" >/dev/null

has_esc() { grep -q $'\033' "$1"; }
for cmd in "list" "search pricing" "report"; do
  # Piped (stdout is a file here).
  "$db" $cmd >"$SANDBOX/o" 2>&1 || fail "$cmd failed"
  ! has_esc "$SANDBOX/o" || fail "'$cmd' piped has ANSI escapes"
  env NO_COLOR=1 "$db" $cmd >"$SANDBOX/o" 2>&1
  ! has_esc "$SANDBOX/o" || fail "'$cmd' with NO_COLOR has ANSI escapes"
  "$db" --color never $cmd >"$SANDBOX/o" 2>&1
  ! has_esc "$SANDBOX/o" || fail "'$cmd' --color never has ANSI escapes"
  "$db" --color always $cmd >"$SANDBOX/o" 2>&1
  has_esc "$SANDBOX/o" || fail "'$cmd' --color always has no ANSI escapes"
  env NO_COLOR=1 "$db" $cmd --color always >"$SANDBOX/o" 2>&1
  has_esc "$SANDBOX/o" || fail "'$cmd' --color always lost to NO_COLOR"
  env CLICOLOR_FORCE=1 "$db" $cmd >"$SANDBOX/o" 2>&1
  has_esc "$SANDBOX/o" || fail "'$cmd' with CLICOLOR_FORCE=1 piped has no colour"
  env CLICOLOR_FORCE=0 "$db" $cmd >"$SANDBOX/o" 2>&1
  ! has_esc "$SANDBOX/o" || fail "'$cmd' with CLICOLOR_FORCE=0 coloured a pipe"
  env CLICOLOR_FORCE=1 NO_COLOR=1 "$db" $cmd >"$SANDBOX/o" 2>&1
  ! has_esc "$SANDBOX/o" || fail "'$cmd': NO_COLOR must beat CLICOLOR_FORCE"

  # A terminal (script(1)): coloured by default, not with NO_COLOR, --color never or TERM=dumb.
  tty_run "env TERM=xterm '$db' $cmd"
  has_esc "$SANDBOX/.tty" || fail "'$cmd' on a terminal has no colour"
  tty_run "env TERM=xterm NO_COLOR=1 '$db' $cmd"
  ! has_esc "$SANDBOX/.tty" || fail "'$cmd' on a terminal with NO_COLOR has ANSI escapes"
  tty_run "env TERM=xterm '$db' --color never $cmd"
  ! has_esc "$SANDBOX/.tty" || fail "'$cmd' on a terminal with --color never has ANSI escapes"
  tty_run "env TERM=dumb '$db' $cmd"
  ! has_esc "$SANDBOX/.tty" || fail "'$cmd' on a dumb terminal has ANSI escapes"
done
pass
