# An empty journal: a friendly line and exit 0, or a valid empty JSON report; ASCII charts
# outside UTF-8 locales and with --color never; no escapes unless colour is asked for.
source "$DEBRIEF_TEST_LIB"
sandbox
schema="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/../../man" && pwd)/report.schema.json"

run "$db" report
expect_rc 0
[ -z "$OUT" ] || fail "data on stdout for an empty journal: $OUT"
expect_one_error_line
expect_err_contains "nothing to report yet"
[ ! -e "$JOURNAL" ] || fail "report created a journal"

run "$db" report --format json
expect_rc 0
printf '%s\n' "$OUT" >"$SANDBOX/empty.json"
/usr/bin/python3 - "$schema" "$SANDBOX/empty.json" <<'PY'
import json, sys, jsonschema
r = json.load(open(sys.argv[2]))
jsonschema.validate(r, json.load(open(sys.argv[1])), cls=jsonschema.Draft202012Validator)
assert r["totals"]["entries"] == 0 and r["people"] == [], r
PY
run "$db" report --format csv
expect_rc 0
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 1 ] || fail "empty csv should be the header only: $OUT"

# A week with nothing in it, in a journal that has entries: says so, exits 0.
DEBRIEF_NOW=2026-11-18T10:00 "$db" log -r alice "one note" >/dev/null
printf '%s\n' x s y s z t a s b n 1 c '' | DEBRIEF_NOW=2026-11-18T11:00 "$db" ask alice >/dev/null 2>&1
DEBRIEF_NOW=2026-11-25T10:00 run "$db" report --week 2026-12-07
expect_rc 0
expect_out_contains "No coaching recorded in this period."

# UTF-8 sparklines in a UTF-8 locale; ASCII in C and with --color never; never escapes in a pipe.
DEBRIEF_NOW=2026-11-19T10:00 LC_ALL=C.UTF-8 run "$db" report
grep -q '▇' <<<"$OUT" || fail "no Unicode chart in a UTF-8 locale: $OUT"
! grep -q $'\033' <<<"$OUT" || fail "escapes in piped output"
DEBRIEF_NOW=2026-11-19T10:00 LC_ALL=C LANG= run "$db" report
! LC_ALL=C grep -q $'[\x80-\xff]' <<<"$OUT" || fail "non-ASCII output in the C locale: $OUT"
grep -q '\*' <<<"$OUT" || fail "no ASCII chart: $OUT"
DEBRIEF_NOW=2026-11-19T10:00 LC_ALL=C.UTF-8 run "$db" --color never report
! LC_ALL=C grep -q $'[\x80-\xff]' <<<"$OUT" || fail "--color never kept Unicode: $OUT"
DEBRIEF_NOW=2026-11-19T10:00 run "$db" --color always report
grep -q $'\033\[1mPeople' <<<"$OUT" || fail "--color always did not colour titles"

# Usage errors.
run "$db" report --week someday
expect_rc 2
expect_err_contains "--week: invalid week 'someday'"
run "$db" report --week last --since 2026-11-01
expect_rc 2
run "$db" report --format pdf
expect_rc 2
run "$db" report --rep alicia
expect_rc 2
expect_err_contains "did you mean 'alice'?"
pass
