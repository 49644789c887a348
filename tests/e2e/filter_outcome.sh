# --outcome keeps the entries with that outcome, in list, search and export; a bad one is a
# usage error.
source "$DEBRIEF_TEST_LIB"
sandbox

run "$db" log -q -r alice --outcome won "Acme signed"
run "$db" log -q -r alice --outcome stalled "Acme pricing stalled"
run "$db" log -q -r bob --outcome stalled "Beta pricing stalled"
run "$db" log -q -r bob "Beta pricing, no outcome"
expect_rc 0

run "$db" list --outcome stalled
expect_rc 0
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 2 ] || fail "list --outcome stalled: $OUT"
expect_out_contains "Acme pricing stalled"
expect_out_contains "Beta pricing stalled"
run "$db" list --outcome stalled --rep bob --json
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 1 ] || fail "list --outcome stalled --rep bob: $OUT"
expect_out_contains '"outcome":"stalled"'
run "$db" list --outcome lost
expect_rc 0
[ -z "$OUT" ] || fail "list --outcome lost: $OUT"

run "$db" search pricing --outcome stalled
expect_rc 0
[ "$(printf '%s\n' "$OUT" | grep -c '^#')" -eq 2 ] || fail "search --outcome stalled: $OUT"
! grep -q "no outcome" <<<"$OUT" || fail "search --outcome kept an entry without one: $OUT"

run "$db" export --outcome won
expect_rc 0
[ "$(printf '%s\n' "$OUT" | grep -c '"kind"')" -eq 1 ] || fail "export --outcome won: $OUT"
expect_out_contains "Acme signed"

run "$db" list --outcome maybe
expect_rc 2
expect_one_error_line
pass
