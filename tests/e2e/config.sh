# config.toml: `debrief config` shows effective values and their sources; bad files are
# errors with positions (exit 2); the values change what commands do.
source "$DEBRIEF_TEST_LIB"
sandbox
cfg="$HOME/.config/debrief/config.toml"

run "$db" config
expect_rc 0
expect_out_contains "# $cfg (not present; defaults apply)"
grep -qE '^week_start +monday +default$' <<<"$OUT" || fail "defaults: $OUT"

mkdir -p "$(dirname "$cfg")"
printf 'week_start = "sunday"\ndiscovery_target = 0.5\ndate_format = "iso"\n[decks]\nask = "after-action"\n' >"$cfg"
run "$db" config
expect_rc 0
grep -qE "^week_start +sunday +$cfg:1\$" <<<"$OUT" || fail "sources: $OUT"
grep -qE "^decks.ask +after-action +$cfg:5\$" <<<"$OUT" || fail "decks.ask: $OUT"

# date_format = iso shows times as YYYY-MM-DD HH:MM; decks.ask picks the deck of `ask`.
run "$db" log --at "2026-11-20 14:30" "iso dates"
expect_out_contains "· 2026-11-20 14:30"
run bash -c "printf '%s\n' ':quit' | '$db' ask alice"
expect_err_contains "After-action review with alice"

# week_start = sunday makes report weeks start on Sunday.
DEBRIEF_NOW=2026-11-25T10:00 run "$db" report --format json
python3 -c 'import json,sys; p=json.loads(sys.argv[1])["period"]; assert p["start"].startswith("2026-11-22T00:00"), p' "$OUT" \
  || fail "week_start ignored by report: $OUT"

# A broken config: every problem with its position from `config`, the first from others.
printf 'week_start = "someday"\ncolour = "red"\n' >"$cfg"
run "$db" config
expect_rc 2
expect_err_contains "$cfg:1:14: invalid week_start 'someday' (accepted: monday … sunday)"
expect_err_contains "$cfg:2:1: unknown key 'colour' in the config (accepted:"
run "$db" log "x"
expect_rc 2
expect_one_error_line
expect_err_contains "debrief: $cfg:1:14: invalid week_start 'someday' (accepted: monday … sunday) (and 1 more; see 'debrief config')"

# discovery_target: a share (0.8; 1.0 is 100 %), a whole percent (80; a bare 1 is 1 %) or "80%".
for v in 0.8 80 '"80%"' '"80 %"'; do
  printf 'discovery_target = %s\n' "$v" >"$cfg"
  run "$db" config
  expect_rc 0
  grep -qE "^discovery_target +0\.8 +$cfg:1\$" <<<"$OUT" || fail "discovery_target = $v: $OUT"
done
printf 'discovery_target = 1\n' >"$cfg"
run "$db" config
grep -qE "^discovery_target +0\.01 " <<<"$OUT" || fail "a bare 1 is not 1 %: $OUT"
printf 'discovery_target = 1.0\n' >"$cfg"
run "$db" config
grep -qE "^discovery_target +1 " <<<"$OUT" || fail "1.0 is not 100 %: $OUT"
before=$(entry_count)
for v in 0 101 1.5 '"150%"' '"eighty"'; do
  printf 'discovery_target = %s\n' "$v" >"$cfg"
  run "$db" log "refused"
  expect_rc 2
  expect_one_error_line
  [ "$ERR" = "debrief: $cfg:1:20: 'discovery_target' must be a share above 0 and at most 1 (0.8), a whole percent from 1 to 100 (80) or a percent in quotes (\"80%\")" ] ||
    fail "discovery_target = $v: $ERR"
done
[ "$(entry_count)" = "$before" ] || fail "a note was logged under a bad discovery_target"
pass
