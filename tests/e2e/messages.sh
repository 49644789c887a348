# Messages in our words (issue 18): no CLI11 or toml++ wording reaches the user; every refusal
# is one line, exit 2, and writes nothing.
source "$DEBRIEF_TEST_LIB"
sandbox
export DEBRIEF_NOW=2026-11-29T10:00

run "$db" log "Pricing call @alice"
expect_rc 0
run "$db" log -r "O'Brien" "Follow-up"
expect_rc 0
run "$db" commit alice "Ask two pain questions" -q
expect_rc 0
count=$(entry_count)

# refused CMD... EXPECTED: exit 2, exactly that one line on stderr, nothing written.
refused() {
  local want=${*: -1}
  run "${@:1:$#-1}"
  expect_rc 2
  expect_one_error_line
  [ "$ERR" = "$want" ] || fail "$*: got '$ERR'"
  [ "$(entry_count)" -eq "$count" ] || fail "$*: the journal changed"
}

# 1. A word where an entry number goes.
refused "$db" show alice "debrief: expected an entry number, got 'alice'"

# 2. A person's view, and a name no one has.
run "$db" people alice
expect_rc 0
expect_out_contains "alice"
refused "$db" people alic "debrief: no one called 'alic' in the journal; did you mean 'alice'?"
refused "$db" people nobody "debrief: no one called 'nobody' in the journal"

# 3. Options that exclude each other, named as typed.
refused "$db" log -q --json x "debrief: cannot combine -q with --json"
refused "$db" log --json --quiet x "debrief: cannot combine --json with --quiet"
refused "$db" commit alice y --json -q "debrief: cannot combine --json with -q"
refused "$db" commitments edit 1 --due friday --no-due "debrief: cannot combine --due with --no-due"
refused "$db" commitments edit 1 --no-skill -t x "debrief: cannot combine --no-skill with -t"

# 4. [question] after [[question]], and the other order: the same words, not toml++'s.
cat >table_after.toml <<'DECK'
id = "t"
title = "T"
audience = "rep"
[[question]]
id = "a"
text = "A?"
[question]
id = "b"
text = "B?"
DECK
sed -e 's/^\[\[question\]\]$/[tmp]/' -e 's/^\[question\]$/[[question]]/' -e 's/^\[tmp\]$/[question]/' \
  table_after.toml >table_first.toml
for f in table_after table_first; do
  run "$db" decks check $f.toml
  expect_rc 2
  grep -qxF "$f.toml:7:1: 'question' must be an array of tables: write each one as [[question]]" <<<"$ERR" ||
    fail "$f: $ERR"
  ! grep -q "redefine\|invalid TOML" <<<"$ERR" || fail "$f: toml++ wording: $ERR"
done

# 5. A misspelt date word: the likely one, on one line.
refused "$db" log --at tomorow x "debrief: --at: invalid date 'tomorow'; did you mean 'tomorrow'?"
refused "$db" log --at "last fridy" x "debrief: --at: invalid date 'last fridy'; did you mean 'last friday'?"
refused "$db" report --since yesterdy "debrief: --since: invalid date 'yesterdy'; did you mean 'yesterday'?"
refused "$db" commit alice y --due tomorow "debrief: --due: invalid date 'tomorow'; did you mean 'tomorrow'?"
run "$db" log --at banana x
expect_rc 2
expect_one_error_line
expect_err_contains "invalid date 'banana' (accepted: "

# 6. A note dated in the future is saved, with a warning.
run "$db" log --at tomorrow "Planned call"
expect_rc 0
[ "$ERR" = "debrief: warning: #4 is dated in the future (Mon 30 Nov 00:00)" ] || fail "future: $ERR"
run "$db" log --at "in 3 days" "Later call"
expect_rc 0
expect_err_contains "warning: #5 is dated in the future (Wed 2 Dec 00:00)"
run "$db" log --at yesterday "Past call"
expect_rc 0
[ -z "$ERR" ] || fail "past: $ERR"
count=$(entry_count)

# 7. Numbers too big for an id, shown as typed.
for n in 99999999999999999999 9223372036854775808; do
  for cmd in show edit delete undelete compare; do refused "$db" $cmd $n "debrief: no entry #$n"; done
  for cmd in done drop reopen; do refused "$db" $cmd $n "debrief: no commitment #$n"; done
  refused "$db" commitments edit $n --due friday "debrief: no commitment #$n"
  run "$db" ask --resume $n
  expect_rc 2
  expect_err_contains "no entry #$n "
  run "$db" ask --commitment $n
  expect_rc 2
  expect_err_contains "no commitment #$n "
done

# 8. Names holding an apostrophe are quoted with double quotes, never doubled.
run "$db" log -r "O'Brian" "Call"
expect_rc 0
[ "$ERR" = "debrief: warning: \"O'Brian\" is a new person, close to \"O'Brien\"; check the spelling" ] ||
  fail "close name: $ERR"
count=$(entry_count)
refused "$db" people rename "O'Brien" alice \
  "debrief: 'alice' is already in the journal; add --merge to move the entries and commitments of \"O'Brien\" to 'alice'"
refused "$db" people "O'Brie" "debrief: no one called \"O'Brie\" in the journal; did you mean \"O'Brien\"?"

# 9. A condition on a scale question reads as a range.
run "$db" decks show trust-check
expect_rc 0
expect_out_contains "only when trust is 1–4"
pass
