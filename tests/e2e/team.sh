# `team` over three managers' exports and one journal given directly: an entry in two exports
# counts once, a conflicting copy is reported and the newest kept, the journal file is left
# byte for byte as it was, JSON validates against man/team.schema.json; a private trust check
# never reaches any format, and trust averages show only over three people or more.
source "$DEBRIEF_TEST_LIB"
sandbox
here="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/../report" && pwd)"
schema="$(cd "$here/../../man" && pwd)/team.schema.json"
export TZ="CET-1CEST,M3.5.0,M10.5.0/3" DEBRIEF_NOW=2026-11-25T12:00
as_owner() { # as_owner NAME JOURNAL CMD...: runs debrief on JOURNAL with `me = NAME`
  mkdir -p "$SANDBOX/cfg-$1/debrief"
  printf 'me = "%s"\n' "$1" >"$SANDBOX/cfg-$1/debrief/config.toml"
  XDG_CONFIG_HOME="$SANDBOX/cfg-$1" "$db" --db "$2" "${@:3}"
}

# Müller's journal: the report fixture (alice, bob, carol, dave; six weeks).
"$here/make-fixture.sh" "$db" "$SANDBOX/muller.db"
as_owner Müller "$SANDBOX/muller.db" export --no-private >muller.jsonl
[ "$(grep -c '"private":true' muller.jsonl)" -eq 0 ] || fail "export --no-private kept a private entry"
muller_lines=$(wc -l <muller.jsonl)

# José coaches bob too this week (bob moved teams), and has two reps' trust checks.
at() { DEBRIEF_NOW="$1" "$db" --db "$SANDBOX/jose.db" "${@:2}" >/dev/null; }
printf '%s\n' "Budget" s "Excel" s "Their boss" s "Pricing" n "Ask sooner" s 2 "Rapport" "Ask about budget" 2026-12-01 |
  at 2026-11-18T10:00 ask bob 2>/dev/null
at 2026-11-19T10:00 log -r "José's rep" --outcome won "Closed it #closing"
as_owner José "$SANDBOX/jose.db" export --no-private >jose.jsonl

# Trust checks as a team whose trust-check deck is not private would export them, and one
# private one, built from the fixture's own (private) trust check.
"$db" --db "$SANDBOX/muller.db" export | grep '"deck":"trust-check"' >trust.line
/usr/bin/python3 - trust.line muller.jsonl <<'PY'
import json, sys, uuid
base = json.loads(open(sys.argv[1]).read())
def trust(person, value, private=False, owner="O'Brien, Jr."):
    x = json.loads(json.dumps(base))
    x["uuid"] = str(uuid.uuid4()); x["person"] = person; x["private"] = private; x["owner"] = owner
    for a in x["answers"]:
        if a["scale"] is not None: a["scale"] = value; a["text"] = str(value)
    x["answers"][3]["text"] = "SECRET-TRUST-ANSWER" if private else "fine"
    return json.dumps(x, ensure_ascii=False)
muller = [json.loads(l) for l in open(sys.argv[2])]
same = muller[3]                          # in both exports, as it is
changed = json.loads(json.dumps(muller[4]))   # in both, changed later in O'Brien's copy
changed["body"] = "edited in the other journal"
changed["updated"] = "2026-11-24T09:00:00+01:00"
with open("obrien.jsonl", "w") as f:
    for p, v in (("ann", 5), ("ben", 5), ("日本語", 5)): f.write(trust(p, v) + "\n")
    f.write(trust("ann", 1, private=True) + "\n")
    f.write(json.dumps(same, ensure_ascii=False, separators=(",", ":")) + "\n")
    f.write(json.dumps(changed, ensure_ascii=False, separators=(",", ":")) + "\n")
with open("jose-trust.jsonl", "w") as f:
    for p in ("bob", "José's rep"): f.write(trust(p, 2, owner="José") + "\n")
PY
cat jose-trust.jsonl >>jose.jsonl
grep -q SECRET-TRUST-ANSWER obrien.jsonl || fail "fixture lacks the private trust check"

# Frank's journal, given directly.
"$db" --db "$SANDBOX/frank.db" log -r alice --at 2026-11-17T09:00 --outcome advanced "Frank's note" >/dev/null
before=$(sha256sum frank.db)
ls -la >"$SANDBOX/files.before"

inputs=(muller.jsonl jose.jsonl obrien.jsonl "Frank=$SANDBOX/frank.db")
for format in text markdown json csv; do
  run "$db" team --week 2026-11-16 -f "$format" "${inputs[@]}"
  expect_rc 0
  printf '%s\n' "$OUT" >"team.$format"
  ! grep -q SECRET-TRUST-ANSWER "team.$format" || fail "a private answer reached the $format team report"
  ! grep -qE '(^|[^0-9])1\.0 over' "team.$format" || fail "the private trust check counted in $format"
done
[ "$before" = "$(sha256sum frank.db)" ] || fail "team changed the journal file"
ls -la | diff - "$SANDBOX/files.before" | grep -v 'team\.' | grep -q '^[<>].*frank' && fail "team left files beside the journal"

/usr/bin/python3 - "$schema" team.json "$muller_lines" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1])); t = json.load(open(sys.argv[2])); muller = int(sys.argv[3])
jsonschema.Draft202012Validator.check_schema(schema)
jsonschema.validate(t, schema, cls=jsonschema.Draft202012Validator)
src = {s["file"]: s for s in t["inputs"]}
def expect(what, got, want):
    assert got == want, f"{what}: got {got}, want {want}"
expect("muller entries", src["muller.jsonl"]["entries"], muller)
expect("muller counted", src["muller.jsonl"]["counted"], muller - 1)      # its older copy lost
expect("jose counted", src["jose.jsonl"]["counted"], 4)
o = src["obrien.jsonl"]
expect("obrien", (o["entries"], o["counted"], o["private_skipped"], o["repeated"]), (6, 4, 1, 1))
f = [v for k, v in src.items() if k.startswith("Frank=")][0]
expect("frank", (f["kind"], f["counted"]), ("journal", 1))
expect("conflicts", t["left_out"]["conflicts"], 1)
c = t["left_out"]["conflicts_shown"][0]
expect("kept copy", (c["kept"], c["dropped"]), ("obrien.jsonl", "muller.jsonl"))
expect("private", t["left_out"]["private_entries"], 1)
m = {x["name"]: x for x in t["managers"]}
expect("managers", sorted(m), sorted(["Frank", "José", "Müller", "O'Brien, Jr."]))
trust = [s for s in m["O'Brien, Jr."]["scales"] if s["deck"] == "trust-check"]
expect("obrien trust", [(s["people"], s["average"], s["withheld"]) for s in trust], [(3, 5, False)] * 3)
trust = [s for s in m["José"]["scales"] if s["deck"] == "trust-check"]
expect("jose trust", [(s["people"], s["average"], s["withheld"]) for s in trust], [(2, None, True)] * 3)
moved = {x["rep"]: sorted(s["manager"] for s in x["managers"]) for x in t["moved"]}
expect("bob moved", moved.get("bob"), ["José", "Müller"])
PY
# Müller's figures are those of Müller's own report of the week (the conflicting copy differs
# only in its text).
run "$db" --db "$SANDBOX/muller.db" report --week 2026-11-16 -f json
printf '%s\n' "$OUT" >muller-report.json
/usr/bin/python3 - team.json muller-report.json <<'PY'
import json, sys
t = json.load(open(sys.argv[1])); r = json.load(open(sys.argv[2]))
m = [x for x in t["managers"] if x["name"] == "Müller"][0]
assert m["reps"] == r["people"], (m["reps"], r["people"])
assert m["coaching"] == r["coaching"], (m["coaching"], r["coaching"])
PY
grep -q "1 conflicting copy" team.text || fail "text does not report the conflict: $(cat team.text)"
grep -q "1 private entry skipped" team.text || fail "text does not say the private entry was left out"
grep -q "1 copy of entries read before counted once (1 in obrien.jsonl)" team.text || fail "repeat not named"
grep -q "trust-check trust: withheld (2 people; at least 3)" team.text || fail "José's trust not withheld"
grep -q "trust-check trust: 5.0 over 3 people" team.text || fail "O'Brien's trust average missing"
awk 'length > 80 { exit 1 }' team.text || fail "text wider than 80 columns: $(cat team.text)"

# Unreadable inputs are named and skipped, or refused with --strict; bad lines likewise.
printf '{"not":"an entry"}\n' >bad.jsonl
run "$db" team --week 2026-11-16 muller.jsonl missing.jsonl bad.jsonl
expect_rc 0
expect_err_contains "debrief: warning: skipping an input: cannot read missing.jsonl"
expect_out_contains "not read: cannot read missing.jsonl"
expect_out_contains "bad.jsonl: 1 line that is not an entry left out (the first, line 1:"
expect_err_contains "debrief: warning: bad.jsonl: 1 line that is not an entry left out (the first, line 1:"
: >empty.jsonl
run "$db" team --week 2026-11-16 muller.jsonl empty.jsonl
expect_rc 0
expect_err_contains "debrief: warning: empty.jsonl holds no entry"
run "$db" team --strict --week 2026-11-16 muller.jsonl missing.jsonl
expect_rc 1
expect_one_error_line
expect_err_contains "nothing reported (--strict)"
[ -z "$OUT" ] || fail "--strict printed a report: $OUT"
run "$db" team --strict muller.jsonl bad.jsonl
expect_rc 2
expect_err_contains "bad.jsonl:1:"
mkdir adir && mkfifo afifo
run "$db" team --week 2026-11-16 muller.jsonl adir afifo
expect_rc 0
expect_err_contains "skipping an input: adir is not a regular file; team reads each input twice"
expect_err_contains "skipping an input: afifo is not a regular file"
run "$db" team missing.jsonl adir
expect_rc 1
expect_err_contains "debrief: no input could be read; nothing to report"
run "$db" team $'bad\x01name=muller.jsonl'
expect_rc 2
expect_one_error_line
run "$db" team
expect_rc 2
[ "$ERR" = "debrief: team needs the managers' exports or journals: debrief team FILE... (see debrief team --help)" ] ||
  fail "no input: $ERR"
run "$db" team - <muller.jsonl
expect_rc 2
expect_err_contains "team reads each input twice, so not standard input"
pass
