# list filters, show, search (FTS5 forms and errors), delete/undelete and people, on the
# report fixture.
source "$DEBRIEF_TEST_LIB"
sandbox
"$(dirname "$DEBRIEF_TEST_LIB")/../report/make-fixture.sh" "$db" "$SANDBOX/f.db"
export DEBRIEF_DB="$SANDBOX/f.db" TZ="CET-1CEST,M3.5.0,M10.5.0/3" DEBRIEF_NOW=2026-11-25T12:00
ids() { "$db" "$@" --json --limit 0 | python3 -c 'import json,sys; print(" ".join(str(json.loads(l)["id"]) for l in sys.stdin))'; }

# list: filters combine.
[ "$(ids list --tag discovery)" = "10 7 3" ] || fail "--tag: $(ids list --tag discovery)"
[ "$(ids list --kind debrief)" = "14 13 20 21 6 5 2 16 15" ] || fail "--kind: $(ids list --kind debrief)"
[ "$(ids list --rep bob --kind note)" = "7 3" ] || fail "--rep --kind"
[ "$(ids list --since 2026-11-16 --until 2026-11-19)" = "8 7 6 5 4" ] || fail "--since/--until: $(ids list --since 2026-11-16 --until 2026-11-19)"
[ "$(ids list --lesson)" = "14 11 20 7" ] || fail "--lesson"
run "$db" list --kind memo
expect_rc 2

# show: the full entry with answers, marks and commitments.
run "$db" show 5
expect_rc 0
expect_out_contains "#5 · debrief · Tue 17 Nov 10:00 · alice"
expect_out_contains "  Budget freeze  [self]"
expect_out_contains "  Their bonus  [nudged]"
expect_out_contains "commitment #2: Pause after pricing (due Fri 20 Nov) [done]"
run "$db" show 99
expect_rc 2
expect_err_contains "no entry #99"

# search: words, NOT, prefix, phrase; ranked; errors are usage errors.
[ "$(ids search pricing)" = "2 12 4 5 8 11" ] || fail "pricing: $(ids search pricing)"
[ "$(ids search 'pricing NOT demo')" = "2 12 5 8 11" ] || fail "pricing NOT demo: $(ids search 'pricing NOT demo')"
[ "$(ids search 'disc*')" = "3 10 7 19" ] || fail "disc*: $(ids search 'disc*')"
[ "$(ids search '"current process"')" = "2" ] || fail "phrase: $(ids search '"current process"')"
[ "$(ids search pricing --rep alice --kind note)" = "12 4" ] || fail "search with filters"
run "$db" search 'pricing AND ('
expect_rc 2
expect_one_error_line
expect_err_contains "search: unclosed '(' in 'pricing AND (' (accepted: words, \"a phrase\", prefix*"
run "$db" search pricing
! grep -q $'\033' <<<"$OUT" || fail "highlight without colour"
run "$db" --color always search timeline
grep -q $'\033\\[1;33mtimeline\033\\[0m' <<<"$OUT" || fail "no highlight with colour: $OUT"

# delete hides an entry from list, search and report; undelete restores it completely.
before_report=$("$db" report --week 2026-11-16 --format json)
run "$db" delete 4
expect_rc 0
[[ " $(ids list) " != *" 4 "* ]] || fail "deleted entry listed"
[[ " $(ids search pricing) " != *" 4 "* ]] || fail "deleted entry found"
[ "$("$db" report --week 2026-11-16 --format json)" != "$before_report" ] || fail "deleted entry still in report"
run "$db" show 4
expect_rc 2
expect_err_contains "entry #4 is deleted (restore it with: debrief undelete 4)"
run "$db" delete 4
expect_rc 2
run "$db" undelete 4
expect_rc 0
[ "$("$db" report --week 2026-11-16 --format json)" = "$before_report" ] || fail "undelete did not restore the report"
[ "$(ids search 'pricing NOT demo')" = "2 12 5 8 11" ] || fail "search after undelete"
[ "$(ids list)" = "$(ids list)" ] && [[ " $(ids list) " == *" 4 "* ]] || fail "undeleted entry not listed"

# people: counts, last debrief, open commitments; --names for completion.
run "$db" people
expect_rc 0
grep -qE '^alice +4 +2 +0  Tue 17 Nov 10:00 +0$' <<<"$OUT" || fail "people: $OUT"
grep -qE '^bob +2 +2 +0  Wed 25 Nov 10:00 +1$' <<<"$OUT" || fail "people: $OUT"
run "$db" people --names
[ "$OUT" = $'alice\nbob\ncarol\ndave\nerin' ] || fail "--names: $OUT"
pass
