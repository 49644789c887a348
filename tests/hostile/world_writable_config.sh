# A config.toml anyone can write to (or owned by another user) could name any editor to run:
# it is refused in one line (exit 2) before anything runs or is saved.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
before=$(entry_count)
cfg=$HOME/.config/debrief/config.toml
mkdir -p "$(dirname "$cfg")"
printf 'editor = "touch %s/pwned; true"\n' "$SANDBOX" >"$cfg"
chmod 0666 "$cfg"
run "$db" log "a note"
expect_error 2 "$cfg: writable by anyone, so not trusted (fix with: chmod o-w $cfg)"
run "$db" edit 1
expect_error 2 "writable by anyone"
run "$db" config
expect_rc 2
expect_err_contains "writable by anyone"
[ ! -e "$SANDBOX/pwned" ] || fail "the editor of an untrusted config ran"
[ "$(entry_count)" -eq "$before" ] || fail "a note was saved"
if [ "$(id -u)" -eq 0 ]; then
  chmod 0644 "$cfg"
  chown 65534 "$cfg"
  run "$db" log "a note"
  expect_error 2 "$cfg: owned by another user, so not trusted"
  chown 0 "$cfg"
fi
chmod 0644 "$cfg"
printf 'added later' >note.txt
run "$db" log -q "$(cat note.txt)"
expect_rc 0
acknowledged "$OUT" note.txt
check_journal
pass
