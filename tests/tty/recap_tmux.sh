# In a real terminal 80 columns wide (tmux): the last debrief shown before a new one, the
# closing recap and `show --format markdown` fit the pane, long answers and wide names
# included (lines joined back with capture-pane -J: a line wider than the pane would show).
source "$DEBRIEF_TEST_LIB"
sandbox

long="Müller said José's team never read the 日本語 pricing page; O'Brien, Jr. thinks the budget is frozen until Q3"
# wide_lines: the lines of stdin wider than 80 columns (CJK counts two); fails if any.
wide_lines() {
  python3 -c '
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
bad = [l for l in sys.stdin.read().split("\n") if width(l.rstrip()) > 80]
print("\n".join(bad))
sys.exit(1 if bad else 0)'
}
printf '%s\n' "$long" s "$long" t "$long" n2 "$long" t "$long" n 1 "$long" "Ask first: $long" '' >"$SANDBOX/answers"

# The first debrief with 日本語, its recap written to the terminal (answers from a file).
tmux_start "bash -c 'sleep 0.5; exec \"$db\" ask 日本語 <\"$SANDBOX/answers\" 2>/dev/null'" first
tmux_cmd resize-window -t first -x 80 -y 24
tmux_wait "[exit 0]"
SCREEN=$(tmux_cmd capture-pane -p -J -S - -t first)
grep -qF "Debrief #1 with 日本語 saved (post-call): 7 answers." <<<"$SCREEN" || fail "no recap: $SCREEN"
grep -qF "Below the target; told:" <<<"$SCREEN" || fail "no told questions: $SCREEN"
bad=$(wide_lines <<<"$SCREEN") || fail "recap wider than the pane: $bad"

# The next one, typed at the terminal: the last debrief comes before the review.
tmux_start "bash -c 'sleep 0.5; exec \"$db\" ask 日本語'" second
tmux_cmd resize-window -t second -x 80 -y 24
tmux_wait "How did it go?"
SCREEN=$(tmux_cmd capture-pane -p -J -S - -t second)
context=$(sed -n '/^Last debrief with 日本語: /,/^$/p' <<<"$SCREEN")
grep -qF "  Commitment #1: Ask first: " <<<"$context" || fail "no commitment in the context: $SCREEN"
bad=$(wide_lines <<<"$context") || fail "context wider than the pane: $bad"
tmux_type ":quit" Enter
tmux_wait "[exit 0]"

tmux_start "bash -c 'sleep 0.5; exec \"$db\" show 1 --format markdown'" third
tmux_cmd resize-window -t third -x 80 -y 24
tmux_wait "[exit 0]"
SCREEN=$(tmux_cmd capture-pane -p -J -S - -t third)
grep -qF "# Debrief with 日本語" <<<"$SCREEN" || fail "no markdown: $SCREEN"
bad=$(wide_lines <<<"$SCREEN") || fail "markdown wider than the pane: $bad"
pass
