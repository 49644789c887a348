# Invalid UTF-8 or a NUL byte in an answer or a commitment given to ask through a pipe: the
# answer is refused with a message and asked again (the next line answers it); nothing
# invalid is stored.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 1
mkdir -p "$HOME/.config/debrief/decks"
cat >"$HOME/.config/debrief/decks/two.toml" <<'TOML'
title = "Two"
audience = "manager"
[[question]]
id = "first"
text = "First?"
[[question]]
id = "second"
text = "Second?"
[commitment]
text = "Next time?"
TOML
{
  printf 'bad \xff answer\n'
  printf 'good first answer\n'
  printf 'nul \0 inside\n'
  printf 'good second answer\n'
  printf 'commit \xc3\x28 bad\n'
  printf 'try asking about budget\n'
  printf -- '-\n'
} >answers.txt
run "$db" ask alice --deck two <answers.txt
expect_rc 0
expect_err_contains "answer is not valid UTF-8 text (convert it to UTF-8 first)"
expect_err_contains "answer contains a NUL byte (accepted: text)"
expect_err_contains "commitment is not valid UTF-8 text"
expect_clean_output
entry=$(sql "$JOURNAL" "SELECT id FROM entry WHERE kind = 'debrief'")
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE entry_id = $entry AND question_id = 'first'")" = "good first answer" ] || fail "first answer"
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE entry_id = $entry AND question_id = 'second'")" = "good second answer" ] || fail "second answer"
[ "$(sql "$JOURNAL" "SELECT text FROM commitment")" = "try asking about budget" ] || fail "commitment"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM answer WHERE instr(answer_text, char(0)) > 0 OR answer_text <> CAST(CAST(answer_text AS BLOB) AS TEXT)")" -eq 0 ] || fail "invalid text stored"
check_journal
pass
