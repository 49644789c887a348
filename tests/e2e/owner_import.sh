# Whose entry: a rep's journal names its owner (me = "bob"); bob's piped reflection and its
# commitment are bob's; exported and imported into the manager's journal (another HOME), people,
# person, report (text and JSON) and commitments all say they are bob's, never "(self)" or
# "(no one)". The same export without its owner shows what the manager saw before.
source "$DEBRIEF_TEST_LIB"
sandbox
command -v jq >/dev/null || fail "jq is needed"
REP_HOME="$SANDBOX/rep" MANAGER_HOME="$SANDBOX/manager" CONTROL_HOME="$SANDBOX/control"
mkdir -p "$REP_HOME/.config/debrief" "$MANAGER_HOME" "$CONTROL_HOME"
as() { local home=$1; shift; env HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_STATE_HOME="$home/.local/state" "$@"; }

# The rep's side.
printf 'me = "bob"\n' >"$REP_HOME/.config/debrief/config.toml"
run as "$REP_HOME" "$db" config
expect_rc 0
grep -qE "^me +bob +$REP_HOME/.config/debrief/config.toml:1\$" <<<"$OUT" || fail "config: $OUT"
run as "$REP_HOME" bash -c "printf '%s\n' 'A next step' 'A maybe' 'Budget' 'Spreadsheets' 'Their bonus' \
  'Rapport' 'The close' 4 'Ask about budget before the demo' '' | '$db' reflect"
expect_rc 0
expect_out_contains "Commitment #1: Ask about budget before the demo"
run as "$REP_HOME" "$db" commitments
expect_out_contains "#1  bob  Ask about budget before the demo"
as "$REP_HOME" "$db" export >"$SANDBOX/bob.jsonl"
[ "$(jq -r '[.kind, .person, .owner, .commitments[0].person] | join("|")' "$SANDBOX/bob.jsonl")" = "reflection|bob|bob|bob" ] \
  || fail "export: $(cat "$SANDBOX/bob.jsonl")"

# The manager's side: a journal of their own, with alice in it, then bob's export.
as "$MANAGER_HOME" "$db" log -q -r alice "Pipeline review" >/dev/null
run as "$MANAGER_HOME" "$db" import "$SANDBOX/bob.jsonl"
expect_rc 0
[ "$OUT" = "imported $SANDBOX/bob.jsonl: 1 added, 0 skipped (already in the journal), 0 rejected" ] || fail "import: $OUT"

no_one_but_bob() { # $1: what, $OUT: its output
  grep -qF "(self)" <<<"$OUT" && fail "$1 shows (self): $OUT"
  grep -qF "(no one)" <<<"$OUT" && fail "$1 shows (no one): $OUT"
  return 0
}
run as "$MANAGER_HOME" "$db" people
expect_rc 0
grep -qE '^bob +0 +0 +1 .* 1$' <<<"$OUT" || fail "people: $OUT"
no_one_but_bob people
[ "$(as "$MANAGER_HOME" "$db" people --names)" = "$(printf 'alice\nbob')" ] || fail "people --names"

run as "$MANAGER_HOME" "$db" person bob
expect_rc 0
expect_out_contains "1 reflection"
expect_out_contains "Ask about budget before the demo"
[ "$(as "$MANAGER_HOME" "$db" person bob --json | jq -c '[.reflections, [.open_commitments[].text]]')" \
  = '[1,["Ask about budget before the demo"]]' ] || fail "person --json"

run as "$MANAGER_HOME" "$db" report
expect_rc 0
expect_out_contains "#1 bob: Ask about budget before the demo"
grep -qE '^  bob +0 +0 +1 ' <<<"$OUT" || fail "report people: $OUT"
no_one_but_bob report
report_json=$(as "$MANAGER_HOME" "$db" report --format json)
[ "$(jq -c '[.people[] | [.name, .reflections, .commitments.opened]]' <<<"$report_json")" = '[["alice",0,0],["bob",1,1]]' ] \
  || fail "report json people: $(jq -c .people <<<"$report_json")"
[ "$(jq -c '[.commitments.due_soon[].person]' <<<"$report_json")" = '["bob"]' ] || fail "report json commitments"

run as "$MANAGER_HOME" "$db" commitments
expect_rc 0
[[ "$OUT" == "#1  bob  Ask about budget before the demo  due "* ]] || fail "commitments: $OUT"
no_one_but_bob commitments
[ "$(as "$MANAGER_HOME" "$db" commitments --json | jq -r .person)" = bob ] || fail "commitments --json"
run as "$MANAGER_HOME" "$db" list --tag from-bob
expect_out_contains "bob  reflection: A next step"

# Importing again adds nothing; the manager's export keeps bob's entry bob's (no owner: no me).
run as "$MANAGER_HOME" "$db" import "$SANDBOX/bob.jsonl"
[ "$OUT" = "imported $SANDBOX/bob.jsonl: 0 added, 1 skipped (already in the journal), 0 rejected" ] || fail "again: $OUT"
[ "$(as "$MANAGER_HOME" "$db" export --rep bob | jq -c '[.person, .tags, has("owner")]')" = '["bob",["from-bob"],false]' ] \
  || fail "manager's export"

# Control: without its owner the same line is the manager's own, as before `me` existed.
jq -c 'del(.owner) | .person = null | .commitments[0].person = null' "$SANDBOX/bob.jsonl" >"$SANDBOX/anon.jsonl"
as "$CONTROL_HOME" "$db" import "$SANDBOX/anon.jsonl" >/dev/null
run as "$CONTROL_HOME" "$db" commitments
expect_out_contains "(self)"
run as "$CONTROL_HOME" "$db" report
expect_out_contains "(no one)"
pass
