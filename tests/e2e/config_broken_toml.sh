# A config.toml that is not valid TOML: one line in our words naming the file and the line,
# never toml++'s text; exit 2 and nothing written. Decks with broken TOML speak the same way.
source "$DEBRIEF_TEST_LIB"
sandbox
cfg="$HOME/.config/debrief/config.toml"
mkdir -p "$(dirname "$cfg")"
see="; see 'config' in debrief(1)"

# expect_config TEXT MESSAGE: with config.toml holding TEXT, log refuses with that one line and
# writes nothing; `debrief config` names the same problem.
expect_config() {
  printf '%b' "$1" >"$cfg"
  run "$db" log "not saved"
  expect_rc 2
  expect_one_error_line
  [ "$ERR" = "debrief: $cfg $2$see" ] || fail "config $(printf '%q' "$1"): $ERR"
  [ ! -e "$JOURNAL" ] || fail "a journal was written under a broken config"
  run "$db" config
  expect_rc 2
  expect_err_contains "$cfg $2$see"
  ! grep -q "Error while parsing\|invalid TOML\|explicitly prohibited" <<<"$ERR" || fail "toml++ wording: $ERR"
}

expect_config 'me = "bob"\nweek_start = "monday\n' "line 2: a quoted string is not closed on its line (add the closing quote)"
expect_config '# mine\n\nweek_start "monday"\n' "line 3: a key without '= value' (write key = value)"
expect_config 'me = "bob"\nme = "ann"\n' "line 2: 'me' is defined twice"
expect_config '[decks]\nask = "grow"\n[decks]\n' "line 3: the table [decks] is defined twice"
expect_config 'week_start = monday\n' \
  "line 1: a value that is not a quoted string, number, true/false, date or array (quote text: \"like this\")"
expect_config 'discovery_target = 80%\n' "line 1: a malformed number"
expect_config 'week_start =\n' "line 1: a key with no value after '='"
expect_config 'editor = "vim" -f\n' "line 1: more after the value (one key = value per line; quote text with spaces)"

# A deck with broken TOML: file:line:column and the same plain words.
printf 'title = "Broken\naudience = "manager"\n' >"$SANDBOX/broken.toml"
rm -f "$cfg"
run "$db" decks check "$SANDBOX/broken.toml"
expect_rc 2
expect_err_contains "$SANDBOX/broken.toml:1:16: a quoted string is not closed on its line (add the closing quote)"
! grep -q "Error while parsing\|invalid TOML\|explicitly prohibited" <<<"$ERR" || fail "toml++ wording: $ERR"
pass
