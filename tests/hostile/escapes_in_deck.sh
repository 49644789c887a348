# A user deck with escape sequences in every text (title, summary, question, hint, probes,
# choices, commitment prompt): decks, decks show, decks check and ask's screen show them
# neutralised, piped and in a terminal; the question text stored with the answer comes out
# clean from show.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 1
dir=$HOME/.config/debrief/decks
mkdir -p "$dir"
e='\u001b[2J\u001b]0;pwned\u0007\u009b31m'
cat >"$dir/esc.toml" <<TOML
title = "Title $e"
audience = "manager"
summary = "Summary $e"
[[question]]
id = "pick"
text = "Pick one $e"
hint = "Hint $e"
probes = ["Probe $e"]
type = "choice"
choices = ["red $e", "blue"]
[[question]]
id = "then"
text = "Why $e?"
when = { question = "pick", is = ["red $e"] }
[commitment]
text = "Commit $e"
due = "in 3 days"
TOML
for cmd in "decks" "decks show esc" "decks check $dir/esc.toml"; do
  # shellcheck disable=SC2086
  run "$db" $cmd
  expect_rc 0
  expect_clean_output
done
expect_out_contains "ok (esc, 2 questions)"
expect_clean_tty "$db decks"
expect_clean_tty "$db decks show esc"
# Through a pipe: a bad choice (the error lists the choices), then choice 1.
printf 'green\n1\nbecause\n\n' >in.txt
run "$db" ask frank --deck esc <in.txt
expect_rc 0
expect_clean_output
expect_err_contains "answer with one of: red"
entry=$(sql "$JOURNAL" "SELECT id FROM entry WHERE kind = 'debrief'")
[ "$(sql "$JOURNAL" "SELECT instr(answer_text, char(27)) > 0 FROM answer WHERE entry_id = $entry AND question_id = 'pick'")" = 1 ] ||
  fail "the choice was not stored as written in the deck"
run "$db" show "$entry"
expect_rc 0
expect_clean_output
expect_clean_tty "$db show $entry"
# A broken deck whose errors quote escapes: the diagnostics are clean too.
printf '"key\\u001b[2J" = 1\ntitle = "x\\u001b]0;t\\u0007"\n' >"$dir/broken.toml"
run "$db" decks check "$dir/broken.toml"
expect_rc 2
expect_clean_output
run "$db" decks
expect_rc 0
expect_err_contains "skipping a broken deck"
expect_clean_output
check_journal
pass
