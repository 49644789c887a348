# log then list: the entry shows with its rep and tag; the journal is created at the XDG
# path, 0600 in a 0700 directory, even under umask 000.
source "$DEBRIEF_TEST_LIB"
sandbox
umask 000

run "$db" log "Acme demo went long #demo @alice"
expect_rc 0
[[ "$OUT" =~ ^logged\ #1\ ·\ alice\ ·\ demo\ ·\ [A-Z][a-z]{2}\ [0-9]+\ [A-Z][a-z]{2}\ [0-9]{2}:[0-9]{2}$ ]] \
  || fail "unexpected confirmation: $OUT"
[ -z "$ERR" ] || fail "unexpected stderr: $ERR"
[ -f "$XDG_DATA_HOME/debrief/journal.db" ] || fail "journal not at \$XDG_DATA_HOME/debrief/journal.db"
[ "$(mode_of "$JOURNAL")" = 600 ] || fail "journal mode $(mode_of "$JOURNAL")"
[ "$(mode_of "$XDG_DATA_HOME/debrief")" = 700 ] || fail "directory mode $(mode_of "$XDG_DATA_HOME/debrief")"

run "$db" list
expect_rc 0
expect_out_contains "#1"
expect_out_contains "alice"
expect_out_contains "[demo]"
expect_out_contains "Acme demo went long"

# Options, -q and --json.
run "$db" log -q -r bob -t Pricing -t demo --outcome stalled --lesson --at "2026-11-20 14:30" "Skipped discovery"
expect_rc 0
[ "$OUT" = 2 ] || fail "-q printed '$OUT'"
run "$db" list --json --rep bob
python3 - "$OUT" <<'PY'
import json, sys
e = json.loads(sys.argv[1])
assert e["id"] == 2 and e["person"] == "bob", e
assert e["tags"] == ["demo", "pricing"], e
assert e["outcome"] == "stalled" and e["lesson"] is True and e["kind"] == "note", e
assert e["at"] == "2026-11-20T14:30:00+00:00", e
assert len(e["uuid"]) == 36 and e["uuid"][14] == "7", e
PY
run "$db" log --json -r carol "third"
expect_rc 0
python3 -c 'import json,sys; e=json.loads(sys.argv[1]); assert e["id"]==3 and e["body"]=="third", e' "$OUT"

# Most recent first (by when it happened), --limit and --rep.
run "$db" list
[ "$(printf '%s\n' "$OUT" | head -1 | cut -d' ' -f1)" = "#3" ] || fail "not most recent first: $OUT"
[ "$(printf '%s\n' "$OUT" | tail -1 | cut -d' ' -f1)" = "#2" ] || fail "older --at entry not last: $OUT"
run "$db" list --rep bob
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 1 ] || fail "list --rep bob: $OUT"
expect_out_contains "#2"
run "$db" list --limit 2
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 3 ] || fail "--limit 2 gave: $OUT"
[ "$(printf '%s\n' "$OUT" | tail -1)" = "2 of 3; --limit 0 for all" ] || fail "--limit 2 gave: $OUT"

# Files stay private after every command.
[ "$(mode_of "$JOURNAL")" = 600 ] || fail "journal mode changed to $(mode_of "$JOURNAL")"
pass
