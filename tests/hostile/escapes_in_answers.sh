# Escape sequences typed as answers, a commitment and its closing note go into the journal
# exactly, and come out neutralised: ask's own screen, show, search, commitments, report and
# Markdown export, piped and in a terminal.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 1
mkdir -p "$HOME/.config/debrief/decks"
cat >"$HOME/.config/debrief/decks/esc.toml" <<'TOML'
title = "Escapes"
audience = "manager"
[[question]]
id = "pain"
text = "What hurt?"
discovery = true
[commitment]
text = "Next time?"
TOML
printf 'answer%s text' "$ESCAPES" >answer.txt
printf 'commit%s now' "$ESCAPES" >commit.txt
{ cat answer.txt; printf '\ns\n'; cat commit.txt; printf '\n-\n'; } >in.txt
run "$db" ask dave --deck esc <in.txt
expect_rc 0
expect_clean_output
entry=$(sql "$JOURNAL" "SELECT id FROM entry WHERE kind = 'debrief'")
[ "$(answer_hex "$entry" pain)" = "$(hex_of answer.txt)" ] || fail "the answer was not stored exactly"
[ "$(sql "$JOURNAL" "SELECT hex(text) FROM commitment")" = "$(hex_of commit.txt)" ] || fail "the commitment was not stored exactly"
cid=$(sql "$JOURNAL" "SELECT id FROM commitment")
for cmd in "show $entry" "search answer" "commitments" "commitments --json" "report" "report --format markdown" \
  "export --format markdown" "export --format csv"; do
  # shellcheck disable=SC2086
  run "$db" $cmd
  expect_rc 0
  expect_clean_output
done
# The next debrief reviews the commitment: its text is shown on ask's screen.
printf 'went%s fine\nd\n\n\n-\n' "$ESCAPES" >review.txt
run "$db" ask dave --deck esc <review.txt
expect_clean_output
run "$db" commitments --all
expect_rc 0
expect_clean_output
expect_clean_tty "$db show $entry"
expect_clean_tty "$db commitments --all"
expect_clean_tty "$db report"
check_journal
pass
