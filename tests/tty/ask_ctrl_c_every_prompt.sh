# Ctrl-C at every prompt of a review-then-debrief, in a real terminal: how it went, whether it
# helped, the evidence, done/keep/drop, an answer, its mark, a choice, the commitment and its
# due date. Each time nothing already entered is lost, what was being typed is kept in a draft,
# and --resume comes back to the same prompt, showing what was saved.
source "$DEBRIEF_TEST_LIB"
sandbox
mkdir -p "$HOME/.config/debrief/decks"
cat >"$HOME/.config/debrief/decks/mini.toml" <<'TOML'
title = "Mini"
audience = "manager"
[[question]]
id = "pain"
text = "What was the problem?"
discovery = true
[[question]]
id = "result"
text = "Where did it end?"
type = "choice"
choices = ["won", "lost"]
[commitment]
text = "What will you try?"
TOML
printf '%s\n' "a" s won "Ask about budget" "" | "$db" ask rita --deck mini >/dev/null 2>&1

step=0
# stop PROMPT TYPED: waits for PROMPT, types TYPED without Enter, presses Ctrl-C; the run ends
# with 130 and TYPED is in the newest draft.
stop() {
  tmux_wait "$1"
  tmux_type -l "$2"
  tmux_type C-c
  tmux_wait "[exit 130]"
  local draft
  draft=$(ls -t "$XDG_STATE_HOME/debrief/drafts/"* 2>/dev/null | head -1)
  DRAFT=$(cat "${draft:-/dev/null}")
  grep -qF "$2" <<<"$DRAFT" || fail "step $step: '$2' is not in a draft: $SCREEN"
  rm -f "$XDG_STATE_HOME/debrief/drafts/"*
}
# again [TEXT...]: runs `ask --resume` in a new session; each TEXT must be on the screen.
again() {
  step=$((step + 1))
  tmux_start "'$db' ask --resume" "s$step"
  local t
  for t in "$@"; do tmux_wait "$t"; done
}
q() { sql "$JOURNAL" "$1"; }
# answer QUESTION [COLUMNS]: in the newest debrief.
answer() { q "SELECT ${2:-answer_text} FROM answer WHERE entry_id = (SELECT max(id) FROM entry) AND question_id = '$1'"; }

# How it went: nothing was entered yet.
step=1
tmux_start "'$db' ask rita --deck mini" s1
stop "How did it go?" "half a thought"
[ "$(q "SELECT count(*) FROM answer WHERE question_id LIKE 'review/%'")" = 0 ] || fail "a review was saved unasked"

# Whether it helped: how it went is saved; --resume asks from there, showing how it went.
step=2
tmux_start "'$db' ask rita --deck mini" s2
tmux_wait "How did it go?"
tmux_type -l "It worked twice — Müller said yes"
tmux_type Enter
stop "Did it help?" "y"
[ "$(q "SELECT answer_text FROM answer WHERE question_id LIKE 'review/%' AND question_id NOT LIKE '%/%/%'")" = \
  "It worked twice — Müller said yes" ] || fail "how it went was lost"
[ "$(q "SELECT status FROM commitment WHERE id = 1")" = open ] || fail "the commitment changed before the decision"

again "how it went: It worked twice — Müller said yes" "Did it help?"
! grep -qF "How did it go?" <<<"$SCREEN" || fail "how it went was asked again: $SCREEN"
tmux_type y Enter
stop "What did you see or hear" "José named two pains"
[ "$(q "SELECT answer_text FROM answer WHERE question_id LIKE 'review/%/helped'")" = yes ] || fail "helped was lost"

# The evidence, then the decision.
again "What did you see or hear"
! grep -qF "Did it help?" <<<"$SCREEN" || fail "helped was asked again: $SCREEN"
tmux_type -l "José named two pains"
tmux_type Enter
stop "done, keep open or drop?" "d"
[ "$(q "SELECT answer_text FROM answer WHERE question_id LIKE 'review/%/evidence'")" = "José named two pains" ] ||
  fail "the evidence was lost"

again "done, keep open or drop?"
! grep -qF "What did you see or hear" <<<"$SCREEN" || fail "the evidence was asked again: $SCREEN"
tmux_type d Enter
stop "[1/2] What was the problem?" "the bud"
[ "$(q "SELECT status || '|' || helped || '|' || evidence FROM commitment WHERE id = 1")" = "done|yes|José named two pains" ] ||
  fail "the decision was lost"

# The answer, then its mark.
again "[1/2] What was the problem?"
! grep -qF "done, keep open or drop?" <<<"$SCREEN" || fail "the decision was asked again: $SCREEN"
tmux_type -l "the budget, 日本語"
tmux_type Enter
stop "who found it?" "s"
[ "$(answer pain "answer_text || '|' || ifnull(discovery, 'none')")" = "the budget, 日本語|none" ] || fail "the answer before its mark was lost"

again "answered: the budget, 日本語" "who found it?"
tmux_type s Enter
stop "[2/2] Where did it end?" "wo"
[ "$(answer pain discovery)" = self ] || fail "the mark was lost"

# The choice, then the commitment and its due date.
again "Answered so far" "pain: the budget, 日本語 [s]" "[2/2] Where did it end?"
tmux_type -l "won"
tmux_type Enter
stop "What will you try?" "Ask for the numbers"
[ "$(answer result)" = won ] || fail "the choice was lost"

again "result: won" "What will you try?"
tmux_type -l "Ask for the numbers"
tmux_type Enter
stop "due (empty" "friday"
[ "$DRAFT" = $'commitment: Ask for the numbers\ndue: friday' ] || fail "the draft lacks the commitment: $DRAFT"
[ "$(q "SELECT count(*) FROM commitment WHERE entry_id = $(q "SELECT max(id) FROM entry")")" = 0 ] || fail "a commitment was saved before its due date"

again "What will you try?"
tmux_type -l "Ask for the numbers"
tmux_type Enter
tmux_wait "due (empty"
tmux_type -l "friday"
tmux_type Enter
tmux_wait "[exit 0]"
last=$(q "SELECT max(id) FROM entry")
[ "$(q "SELECT status FROM entry WHERE id = $last")" = complete ] || fail "not complete: $SCREEN"
[ "$(q "SELECT text FROM commitment WHERE entry_id = $last")" = "Ask for the numbers" ] || fail "commitment"
[ "$(q "SELECT count(*) FROM entry WHERE kind = 'debrief' AND status = 'in-progress'")" = 0 ] || fail "an unfinished debrief is left"
pass
