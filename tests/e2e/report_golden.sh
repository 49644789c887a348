# The report of the fixture's middle week, in all four formats, matches the golden files
# (checked by hand once); JSON validates against the published schema; CSV parses with one
# row per person; the week after counts the commitment closed then as done.
source "$DEBRIEF_TEST_LIB"
sandbox
here="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/../report" && pwd)"
schema="$(cd "$here/../../man" && pwd)/report.schema.json"
"$here/make-fixture.sh" "$db" "$SANDBOX/fixture.db"
export TZ="CET-1CEST,M3.5.0,M10.5.0/3" LC_ALL=C.UTF-8 DEBRIEF_NOW=2026-11-25T12:00

for format in text markdown json csv; do
  run "$db" --db "$SANDBOX/fixture.db" report --week 2026-11-16 --format "$format"
  expect_rc 0
  printf '%s\n' "$OUT" >"$SANDBOX/report.$format"
  if [ -n "${DEBRIEF_UPDATE_GOLDEN:-}" ]; then cp "$SANDBOX/report.$format" "$here/golden.$format"; fi
  diff -u "$here/golden.$format" "$SANDBOX/report.$format" || fail "$format report differs from golden.$format"
done

# Deterministic: the same report again, and the same in a week's time for a past week.
run "$db" --db "$SANDBOX/fixture.db" report --week 2026-11-16 --format json
[ "$OUT" = "$(cat "$SANDBOX/report.json")" ] || fail "not deterministic"
DEBRIEF_NOW=2026-12-02T09:00 run "$db" --db "$SANDBOX/fixture.db" report --week 2026-11-16 --format json
[ "$OUT" = "$(cat "$SANDBOX/report.json")" ] || fail "a past week's report changed with the date"

/usr/bin/python3 - "$schema" "$SANDBOX/report.json" "$SANDBOX/report.csv" <<'PY'
import csv, json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
report = json.load(open(sys.argv[2]))
jsonschema.Draft202012Validator.check_schema(schema)
jsonschema.validate(report, schema, cls=jsonschema.Draft202012Validator)
rows = list(csv.DictReader(open(sys.argv[3], newline="")))
assert [r["person"] for r in rows] == ["alice", "bob", "carol", "dave", ""], rows
assert rows[0]["discovery_ratio"] == "0.8" and rows[0]["change"] == "0.2", rows[0]
assert rows[2]["discovery_ratio"] == "", rows[2]   # no marks: empty, not 0
PY

# The schema is strict enough to reject a broken report.
/usr/bin/python3 - "$schema" "$SANDBOX/report.json" <<'PY' || fail "schema accepted a broken report"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1])); report = json.load(open(sys.argv[2]))
report["people"][0]["discovery"]["ratio"] = "80%"
try:
    jsonschema.validate(report, schema, cls=jsonschema.Draft202012Validator)
except jsonschema.ValidationError:
    sys.exit(0)
sys.exit(1)
PY

# The following week counts #2, closed on Tue 24 Nov, as done (schema 1's columns come first;
# schema 2 adds more after them); the private trust check shows
# only with --include-private.
run "$db" --db "$SANDBOX/fixture.db" report --week 2026-11-23 --format csv
tr -d '\r' <<<"$OUT" | grep -q '^alice,1,0,0,1,0,0,0,0,0,0,0,,0.8,,0,1,0,' || fail "done not counted the week after: $OUT"
run "$db" --db "$SANDBOX/fixture.db" report --week 2026-11-16 --include-private --format json
/usr/bin/python3 -c 'import json,sys; r=json.loads(sys.argv[1]); assert r["totals"]["reflections"]==3 and any(s["deck"]=="trust-check" for s in r["scales"]), r["scales"]' "$OUT"
pass
