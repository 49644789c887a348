# Machine-readable outputs stay byte for byte what they were: report (json, csv), export (jsonl,
# csv), list, search, commitments, people and person as JSON, from a journal imported from a fixed
# JSONL file (so ids, UUIDs and times are the same every run), with the clock and zone pinned.
# DEBRIEF_UPDATE_GOLDEN=1 rewrites the golden files: only for a change meant to alter them.
source "$DEBRIEF_TEST_LIB"
sandbox
here="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/../golden-machine" && pwd)"
export TZ="CET-1CEST,M3.5.0,M10.5.0/3" LC_ALL=C.UTF-8 DEBRIEF_NOW=2026-11-25T12:00
journal="$SANDBOX/golden.db"
run "$db" --db "$journal" import "$here/fixture.jsonl"
expect_rc 0

# golden NAME ARGS...: runs debrief on the journal; stdout must equal $here/NAME byte for byte.
golden() {
  local name=$1
  shift
  set +e
  "$db" --db "$journal" "$@" >"$SANDBOX/$name" 2>"$SANDBOX/$name.err"
  RC=$?
  set -e
  [ "$RC" -eq 0 ] || fail "$name: exit $RC: $(cat "$SANDBOX/$name.err")"
  [ -s "$SANDBOX/$name" ] || fail "$name: no output"
  if [ -n "${DEBRIEF_UPDATE_GOLDEN:-}" ]; then cp "$SANDBOX/$name" "$here/$name"; fi
  cmp "$here/$name" "$SANDBOX/$name" || {
    diff -u "$here/$name" "$SANDBOX/$name" | head -40 >&2
    fail "$name differs from tests/golden-machine/$name"
  }
}

golden report.json report --week 2026-11-16 --format json
golden report-private.json report --week 2026-11-16 --format json --include-private
golden report.csv report --week 2026-11-16 --format csv
golden export.jsonl export
golden export-no-private.jsonl export --no-private
golden export.csv export --format csv
golden list.jsonl list --json --limit 0
golden search.jsonl search --json pricing
golden commitments.jsonl commitments --json --all
golden people-names.txt people --names
golden person-alice.json person alice --json
golden person-bob-private.json person bob --json --include-private
pass
