# A hostile config.toml: over the 64 KiB limit, a FIFO (must not hang), escape sequences in
# a key and a value, an absurd discovery target: each is one clean line, exit 2, nothing saved.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
before=$(entry_count)
cfg=$HOME/.config/debrief/config.toml
mkdir -p "$(dirname "$cfg")"
head -c 70000 /dev/zero | tr '\0' '#' >"$cfg"
run "$db" log "a note"
expect_error 2 "$cfg: not a regular file of at most 65536 bytes"
rm "$cfg"
mkfifo "$cfg"
run timeout 10 "$db" log "a note"
expect_error 2 "not a regular file of at most 65536 bytes"
rm "$cfg"
printf '"week_start\\u001b[2J" = "monday"\n' >"$cfg"
run "$db" report
expect_rc 2
expect_one_error_line
expect_clean_output
printf 'date_format = "\\u001b]0;pwned\\u0007"\n' >"$cfg"
run "$db" list
expect_rc 2
expect_one_error_line
expect_clean_output
printf 'discovery_target = 1e308\n' >"$cfg"
run "$db" report
expect_error 2 "discovery_target"
[ "$(entry_count)" -eq "$before" ] || fail "a note was saved"
check_journal
pass
