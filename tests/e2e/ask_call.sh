# A debrief belongs to a call: ask and reflect take --at, -t/--tag and --about as log does;
# show shows them; list shows the --about text, else the first answer (never the deck's
# title), marks unfinished ones, and keeps each line within 80 columns.
source "$DEBRIEF_TEST_LIB"
sandbox

run bash -c "printf '%s\n' 'Onboarding takes months' s 'Tried two' s 'Why' s 'Turn' s 'Better' s won 'Affirm' '' |
  '$db' ask Müller --about 'Acme renewal' -t Renewal -t '#q4' --at '2026-11-20 14:30'"
expect_rc 0
[ "$(sql "$JOURNAL" "SELECT body, datetime(at_utc, 'unixepoch') FROM entry")" = "Acme renewal|2026-11-20 14:30:00" ] ||
  fail "entry: $(sql "$JOURNAL" "SELECT * FROM entry")"
[ "$(sql "$JOURNAL" "SELECT group_concat(tag, ' ') FROM (SELECT tag FROM tag ORDER BY tag)")" = "q4 renewal" ] || fail "tags"
run "$db" show 1
expect_out_contains "#1 · debrief · Fri 20 Nov 14:30 · Müller"
expect_out_contains "about: Acme renewal"
expect_out_contains "tags: q4, renewal"
run "$db" list --tag q4
expect_out_contains "#1  Fri 20 Nov 14:30  Müller  debrief: Acme renewal  (won)  [q4, renewal]"
run "$db" search renewal
expect_out_contains "Acme renewal"

# Without --about: the first answer, cut to fit 80 columns with …; unfinished ones marked, in
# --json too.
long="$(printf 'Der Kunde sagte, die Einführung dauere Monate und niemand sei verantwortlich %.0s' 1 2)"
run bash -c "printf '%s\n' '$long' s ':quit' | '$db' ask 'O'\''Brien, Jr.' -t a -t b"
expect_rc 0
run bash -c "printf '%s\n' '日本語の答え、とても長い答え、もっと長い答え、ずっと長い答え、終わり' n ':quit' | '$db' ask 日本語"
expect_rc 0
run bash -c "printf '%s\n' 'I rushed the demo' ':quit' | '$db' reflect --about 'Globex demo' --at yesterday"
expect_rc 0
run "$db" list
expect_rc 0
[ "$(wc -l <<<"$OUT")" = 4 ] || fail "list: $OUT"
while IFS= read -r line; do
  cols=$(python3 -c 'import sys, unicodedata; print(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in sys.argv[1]))' "$line")
  [ "$cols" -le 80 ] || fail "a line of $cols columns: $line"
done <<<"$OUT"
grep -qE "^#2  .*  O'Brien, Jr\.  debrief: Der Kunde.*…  \(unfinished\)" <<<"$OUT" || fail "list: $OUT"
grep -qE "^#3  .*  日本語 +debrief: 日本語の答え.*…  \(unfinished\)$" <<<"$OUT" || fail "list: $OUT"
grep -qE "^#4  .*  reflection: Globex demo  \(unfinished\)$" <<<"$OUT" || fail "list: $OUT"
grep -qE "^#1  .*  debrief: Acme renewal  \(won\)  \[q4, renewal\]$" <<<"$OUT" || fail "a finished one is not marked: $OUT"
! grep -q "Post-call debrief" <<<"$OUT" || fail "the deck's title: $OUT"
run "$db" list --json
[ "$(jq -r 'select(.status == "in-progress") | .id' <<<"$OUT" | sort | tr '\n' ' ')" = "2 3 4 " ] || fail "--json: $OUT"
[ "$(jq -r 'select(.id == 4) | .body' <<<"$OUT")" = "Globex demo" ] || fail "--json body: $OUT"

# Checked as log checks them, before anything is written.
before=$(entry_count)
for bad in "--at 2026-02-30" "--at someday" "-t 'two words'" "--about ''" "--about '   '" "--about \$'a\nb'"; do
  run bash -c "printf '%s\n' 'Pain' s | '$db' ask zed $bad"
  expect_rc 2
  expect_one_error_line
done
run "$db" ask zed --at 2026-02-30
expect_err_contains "debrief: --at: invalid date '2026-02-30': no such day"
run "$db" reflect --about ""
expect_err_contains "debrief: --about is empty; give the account or call, e.g. --about \"Acme renewal\""
[ "$(entry_count)" = "$before" ] || fail "a refused ask wrote an entry"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM person WHERE name = 'zed'")" = 0 ] || fail "zed was added"
pass
