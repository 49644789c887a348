# Privacy is stored with each entry when it is made. A trust-check reflection and two debriefs
# with a private user deck (answers, commitments: one overdue, one due soon) never show in
# `report` (text, Markdown, JSON, CSV) or `export --no-private` without --include-private,
# whatever becomes of the decks: a typo in the deck file, its removal, a same-id deck without
# `private`, a world-writable deck directory, an export imported where the deck is unknown.
# Without --include-private, each report is byte for byte the report of a journal that never
# held the private entries; with it, and in a plain export, they are all there.
source "$DEBRIEF_TEST_LIB"
sandbox

decks=$HOME/.config/debrief/decks
mkdir -p "$decks"
# candid.toml with the given `private` line (or none).
candid() {
  printf 'title = "Candid one-to-one"\naudience = "manager"\n%s\n[[question]]\nid = "worry"\ntext = "What worries you most?"\n[commitment]\ntext = "What will you do about it?"\n' \
    "$1" >"$decks/candid.toml"
}
candid 'private = true'

at() { DEBRIEF_NOW="$1" "$db" --db "$2" "${@:3}" >/dev/null 2>&1 || fail "debrief --db $2 ${*:3} failed"; }
lines() { printf '%s\n' "$@"; }

# What both journals hold: a note about alice, a debrief with bob and its commitment (due
# soon), a self-review with a scale answer.
shared() {
  at 2026-11-16T09:00 "$1" log -r alice --outcome won "Signed the renewal #demo"
  lines "Slow onboarding" s "Spreadsheets" n "Boss pressure" t "Pricing" t "Ask about the timeline" s 2 "Good rapport" \
    "Ask about their current process" 2026-11-21 | at 2026-11-16T10:00 "$1" ask bob
  lines "A next meeting" "A maybe" "Slow onboarding" "Spreadsheets" "Their bonus" "Listening" "The pricing moment" 3 "" \
    | at 2026-11-16T11:00 "$1" reflect
}
shared "$SANDBOX/shared.db"
shared "$SANDBOX/a.db"
# The private entries, after the shared ones (so both journals number those alike): dave has
# nothing else; alice has a shared note. Every word here is one no shared entry holds.
lines "Xylophone layoffs rumour" "Warn about the Yonder merger" 2026-11-18 \
  | at 2026-11-17T10:00 "$SANDBOX/a.db" ask dave --deck candid
lines "Kumquat pricing worry" "Vortex pitch rehearsal" 2026-11-23 | at 2026-11-17T12:00 "$SANDBOX/a.db" ask alice --deck candid
lines 1 2 1 "Zanzibar silence in our meetings" "Quibble less about quotas" \
  | at 2026-11-17T17:00 "$SANDBOX/a.db" reflect --deck trust-check
[ "$(sql "$SANDBOX/a.db" "SELECT count(*) FROM commitment")" = 3 ] || fail "commitments"
secrets="Xylophone Yonder Kumquat Vortex Zanzibar Quibble candid trust-check dave"

report() { run env DEBRIEF_NOW=2026-11-20T12:00 "$db" --db "$1" report --week 2026-11-16 "${@:2}"; }
# Without private entries' lines, uuids aside, an export is the shared journal's.
no_uuids() { sed -E 's/"uuid":"[^"]*"/"uuid":""/g' <<<"$1"; }

for format in text markdown json csv; do
  report "$SANDBOX/shared.db" --format "$format"
  expect_rc 0
  printf '%s\n' "$OUT" >"$SANDBOX/shared.$format"
done
grep -q Yonder "$SANDBOX/shared.json" && fail "the shared journal holds a private word"
grep -q '"due_soon":\[{"id":1,"person":"bob"' "$SANDBOX/shared.json" || fail "shared due list: $(cat "$SANDBOX/shared.json")"
shared_export=$(no_uuids "$("$db" --db "$SANDBOX/shared.db" export)")

# check_hidden JOURNAL WHAT: nothing of the private entries in any report or --no-private export,
# all of them with --include-private and in a full export.
check_hidden() {
  local j=$1 what=$2 format word
  for format in text markdown json csv; do
    report "$j" --format "$format"
    expect_rc 0
    [ "$OUT" = "$(cat "$SANDBOX/shared.$format")" ] \
      || fail "$what: the $format report is not the shared journal's: $(diff "$SANDBOX/shared.$format" - <<<"$OUT")"
    for word in $secrets; do grep -qi -- "$word" <<<"$OUT" && fail "$what: '$word' in the $format report"; done
  done
  run "$db" --db "$j" export --no-private
  expect_rc 0
  [ "$(no_uuids "$OUT")" = "$shared_export" ] || fail "$what: export --no-private: $OUT"
  for format in markdown csv; do
    run "$db" --db "$j" export --no-private --format "$format"
    expect_rc 0
    for word in $secrets; do grep -qi -- "$word" <<<"$OUT" && fail "$what: '$word' in the $format export"; done
  done

  report "$j" --format json --include-private
  expect_rc 0
  for word in Yonder Vortex dave trust-check; do expect_out_contains "$word"; done
  /usr/bin/python3 - "$OUT" "$what" <<'PY' || fail "$what: --include-private report"
import json, sys
r = json.loads(sys.argv[1])
people = {p["name"]: p for p in r["people"]}
assert r["totals"] == {"entries": 6, "notes": 1, "debriefs": 3, "reflections": 2}, r["totals"]
assert people["dave"]["commitments"] == {"opened": 1, "done": 0, "overdue": 1}, people["dave"]
assert people["alice"]["debriefs"] == 1 and people["alice"]["commitments"]["opened"] == 1, people["alice"]
assert [c["text"] for c in r["commitments"]["overdue"]] == ["Warn about the Yonder merger"], r["commitments"]
assert [c["person"] for c in r["commitments"]["due_soon"]] == ["bob", "alice"], r["commitments"]
assert any(s["deck"] == "trust-check" for s in r["scales"]), r["scales"]
PY
  run "$db" --db "$j" export
  expect_rc 0
  for word in Xylophone Yonder Kumquat Vortex Zanzibar Quibble; do expect_out_contains "$word"; done
  [ "$(grep -c '"private":true' <<<"$OUT")" -eq 3 ] || fail "$what: the full export's private entries: $OUT"
}

check_hidden "$SANDBOX/a.db" "the decks as they were"
[ "$(sql "$SANDBOX/a.db" "SELECT group_concat(private, '') FROM (SELECT private FROM entry ORDER BY id)")" = 000111 ] \
  || fail "private flags as made: $(sql "$SANDBOX/a.db" "SELECT id, deck_id, private FROM entry")"

# A typo makes the deck fail to load.
candid 'private = tru'
run "$db" decks
expect_err_contains "candid.toml"
check_hidden "$SANDBOX/a.db" "a typo in candid.toml"

rm "$decks/candid.toml"
check_hidden "$SANDBOX/a.db" "candid.toml removed"

# The same ids, shared: candid without `private`, and a user trust-check replacing the built-in
# (a copy of a built-in private deck is private whatever it says: e2e/private_user_copy.sh).
candid ''
printf 'id = "trust-check"\ntitle = "Open check"\naudience = "rep"\n[[question]]\nid = "cares"\ntext = "Fine?"\n' \
  >"$decks/trust-check.toml"
run "$db" decks
expect_rc 0
grep -q "^candid .*private" <<<"$OUT" && fail "candid is still private: $OUT"
grep -q "^trust-check .*(private)" <<<"$OUT" || fail "the trust-check copy is not private: $OUT"
check_hidden "$SANDBOX/a.db" "same-id decks without private"

# A deck directory anyone can write to is not read: the private deck in it is unknown.
rm "$decks/trust-check.toml"
candid 'private = true'
chmod 0777 "$decks"
run "$db" decks
expect_err_contains "writable by anyone"
check_hidden "$SANDBOX/a.db" "a world-writable deck directory"
chmod 0755 "$decks"

# Exported, then imported by someone without the deck: each line says the entry is private.
"$db" --db "$SANDBOX/a.db" export >"$SANDBOX/a.jsonl"
elsewhere=$SANDBOX/elsewhere
mkdir -p "$elsewhere"
HOME=$elsewhere "$db" --db "$SANDBOX/b.db" import "$SANDBOX/a.jsonl" >/dev/null || fail "import"
[ ! -e "$elsewhere/.config/debrief/decks/candid.toml" ] || fail "the deck is there"
HOME=$elsewhere check_hidden "$SANDBOX/b.db" "imported without the deck"

# An export from before schema 4 says nothing of privacy: the entries of decks private where it
# is imported are private (the built-in trust-check always; candid where the user has it).
sed -E 's/"private":(true|false),//' "$SANDBOX/a.jsonl" >"$SANDBOX/old.jsonl"
grep -q '"private"' "$SANDBOX/old.jsonl" && fail "old.jsonl still has private"
"$db" --db "$SANDBOX/c.db" import "$SANDBOX/old.jsonl" >/dev/null || fail "import of an older export"
check_hidden "$SANDBOX/c.db" "an older export imported with the deck"
HOME=$elsewhere "$db" --db "$SANDBOX/d.db" import "$SANDBOX/old.jsonl" >/dev/null || fail "import of an older export"
[ "$(sql "$SANDBOX/d.db" "SELECT group_concat(deck_id || '=' || private, ' ') FROM entry WHERE deck_id IN ('candid', 'trust-check')")" \
  = "candid=0 candid=0 trust-check=1" ] || fail "an older export imported without the deck: $(sql "$SANDBOX/d.db" "SELECT deck_id, private FROM entry")"

# A journal holding only a private entry reports like an empty one.
lines 3 3 3 "Zanzibar" "" | at 2026-11-17T17:00 "$SANDBOX/only.db" reflect --deck trust-check
report "$SANDBOX/only.db"
expect_rc 0
[ -z "$OUT" ] || fail "a report of private entries alone: $OUT"
expect_err_contains "nothing to report yet"
report "$SANDBOX/only.db" --include-private
expect_out_contains "trust-check"
pass
