# The answer line in a real terminal (tmux) keeps every character typed, whatever the locale
# (C, unset, C.UTF-8, en_US.UTF-8): accented letters, CJK, emoji; moves and deletions go by
# whole characters; every prompt (review, decision, answer, commitment, due) keeps its bytes,
# as a pipe does. Ctrl-C or a hang-up while typing keeps what was typed, continued lines included.
source "$DEBRIEF_TEST_LIB"
sandbox

answer_of() { sql "$JOURNAL" "SELECT answer_text FROM answer WHERE entry_id = $1 AND question_id = 'pain'"; }

n=0
locale -a | grep -qiE '^en_US\.utf-?8$' || fail "the en_US.UTF-8 locale is missing (scripts/setup --tests makes it)"
for locale in "LC_ALL=C" "LC_ALL= LANG=" "LC_ALL=C.UTF-8" "LC_ALL=en_US.UTF-8"; do
  n=$((n + 1))
  tmux_start "env $locale '$db' ask alice --new" "s$n" # --new: the last run's debrief is unfinished
  tmux_wait "[1/7] When you explored"
  tmux_type -l "Müller café 日本語"
  # Two characters left (語, 本), then 'X'; End; Backspace removes 語 whole.
  tmux_type Left Left
  tmux_type -l "X"
  tmux_type End BSpace
  # A combining accent (e + U+0301) is one character: Left skips it whole.
  tmux_type -l " $(printf 'e\xcc\x81')"
  tmux_type Left
  tmux_type -l "<"
  tmux_type Enter
  tmux_wait "who found it?"
  tmux_type s Enter
  tmux_wait "[2/7]"
  tmux_type ":quit" Enter
  tmux_wait "[exit 0]"
  got=$(answer_of "$n")
  want="Müller café 日X本 <$(printf 'e\xcc\x81')"
  [ "$got" = "$want" ] || fail "$locale: stored '$got', typed '$want'"
  ! grep -qF '^[[' <<<"$SCREEN" || fail "$locale: raw escape sequences on screen: $SCREEN"
done

# Every prompt of a review-then-debrief, typed in en_US.UTF-8, stores the bytes a pipe stores.
mkdir -p "$HOME/.config/debrief/decks"
printf '%s\n' 'title = "Mini"' 'audience = "manager"' '[[question]]' 'id = "q"' 'text = "What happened?"' \
  '[commitment]' 'text = "What next?"' >"$HOME/.config/debrief/decks/mini.toml"
for j in tty pipe; do
  printf '%s\n' "first" "Ça démarre 日本 👍🏽" "" | "$db" --db "$SANDBOX/$j.db" ask "René Müller" --deck mini >/dev/null 2>&1
done
typed=("Ça a marché — O'Brien, Jr. 日本語" d "Zürich: «tout» 🇫🇷 e$(printf '\xcc\x81')" "Appeler José ☎" "in 3 days")
printf '%s\n' "${typed[@]}" | "$db" --db "$SANDBOX/pipe.db" ask "René Müller" --deck mini >/dev/null 2>&1
# A terminal asks besides whether it helped and the evidence, after how it went.
evidence="José a dit «oui» 日本 👍🏽"
tty_typed=("${typed[0]}" p "$evidence" "${typed[@]:1}")
tmux_start "env LC_ALL=en_US.UTF-8 '$db' --db '$SANDBOX/tty.db' ask 'René Müller' --deck mini" every
for t in "${tty_typed[@]}"; do
  tmux_type -l "$t"
  tmux_type Enter
  sleep 0.2
done
tmux_wait "[exit 0]"
rows="SELECT question_text, answer_text FROM answer WHERE entry_id = 2
        AND question_id NOT LIKE 'review/%/helped' AND question_id NOT LIKE 'review/%/evidence' ORDER BY position;
      SELECT text, closing_note, status FROM commitment ORDER BY id"
[ "$(sql "$SANDBOX/tty.db" "$rows")" = "$(sql "$SANDBOX/pipe.db" "$rows")" ] ||
  fail "the terminal stored other bytes than the pipe: $(diff <(sql "$SANDBOX/tty.db" "$rows") <(sql "$SANDBOX/pipe.db" "$rows"))"
grep -qF "Zürich: «tout» 🇫🇷" <<<"$(sql "$SANDBOX/tty.db" "$rows")" || fail "the answer is not stored: $(sql "$SANDBOX/tty.db" "$rows")"
[ "$(sql "$SANDBOX/tty.db" "SELECT helped || '|' || evidence FROM commitment WHERE id = 1")" = "partly|$evidence" ] ||
  fail "helped and evidence: $(sql "$SANDBOX/tty.db" "SELECT helped, evidence FROM commitment")"

# An answer taller than the screen (30 rows of 120 columns): Home reaches its start, End its
# end, and what is typed there lands there.
long=$(printf 'word%04d ' $(seq 1 420))
tmux_start "'$db' --db '$SANDBOX/tall.db' ask tess" tall
tmux_wait "[1/7] When you explored"
tmux_type -l "$long"
tmux_type Home
tmux_type -l "START "
tmux_wait "START word0001 word0002"
tmux_type End
tmux_type -l "THE END"
tmux_type Enter
tmux_wait "who found it?"
tmux_type :quit Enter
tmux_wait "[exit 0]"
[ "$(sql "$SANDBOX/tall.db" "SELECT answer_text FROM answer")" = "START ${long}THE END" ] || fail "the tall answer was edited in the wrong place"

# Ctrl-C with a continued line and a line typed but not entered: both kept in a draft.
tmux_start "'$db' ask bob" cut
tmux_wait "[1/7] When you explored"
tmux_type -l 'first line of the answer \'
tmux_type Enter
tmux_wait "..."
tmux_type -l "and the half-typed second"
tmux_type C-c
tmux_wait "[exit 130]"
grep -qF "interrupted before the first answer; nothing saved, and your answer is kept in" <<<"$SCREEN" ||
  fail "no draft named: $SCREEN"
draft=$(find "$XDG_STATE_HOME/debrief/drafts" -name 'answer-*' | head -1)
[ -n "$draft" ] || fail "no draft file"
[ "$(cat "$draft")" = "$(printf 'first line of the answer \nand the half-typed second')" ] || fail "draft: $(cat "$draft")"
rm -f "$draft"

# A hang-up (the terminal closed) while typing: the text is kept too.
tmux_start "'$db' ask --resume" hup
tmux_wait "Resuming debrief"
tmux_type -l "typed before the terminal closed"
sleep 0.3
tmux_cmd kill-session -t hup
for _ in $(seq 1 50); do
  draft=$(find "$XDG_STATE_HOME/debrief/drafts" -name 'answer-*' 2>/dev/null | head -1)
  [ -n "$draft" ] && break
  sleep 0.1
done
[ -n "$draft" ] && [ "$(cat "$draft")" = "typed before the terminal closed" ] || fail "hang-up lost the text"
pass
