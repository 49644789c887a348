# The recap `ask` closes with, the last debrief shown before the next one, and
# `show --format markdown` fit 80 columns with long answers, wide (CJK) characters and names
# like Müller, José, 日本語 and "O'Brien, Jr."; Markdown in the answers does not become markup.
source "$DEBRIEF_TEST_LIB"
sandbox

# too_wide: the lines of stdin wider than 80 columns (CJK counts two), printed; fails if any.
too_wide() {
  python3 -c '
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
bad = [l for l in sys.stdin.read().split("\n") if width(l) > 80]
print("\n".join(bad))
sys.exit(1 if bad else 0)'
}

long="Müller said José's team in 日本語 docs *never* read the [pricing] page; O'Brien, Jr. \
thinks the budget is frozen until Q3 and that 日本語の資料 would help them sell it internally"
word="https://example.com/$(printf 'a%.0s' {1..120})"

for name in "Müller" "José" "日本語" "O'Brien, Jr."; do
  # Five insights: two told (below the target), long answers, a long commitment.
  run bash -c "printf '%s\n' \"\$1\" s \"\$2\" t \"\$1\" n2 \"\$1 # not a heading\" t '- not a list' n 1 \"\$1\" \
    \"Ask about budget before the demo: \$1\" '' | '$db' ask \"\$3\"" _ "$long" "$word" "$name"
  expect_rc 0
  expect_out_contains "Below the target; told:"
  expect_out_contains "(nudged, 2 probes)"
  bad=$(too_wide <<<"$OUT") || fail "summary wider than 80 columns for $name: $bad"
  id=$(sql "$JOURNAL" "SELECT max(id) FROM entry")
  run "$db" show "$id" --format markdown
  expect_rc 0
  bad=$(too_wide <<<"$OUT") || fail "markdown wider than 80 columns for $name: $bad"
  expect_out_contains '\*never\*'
  expect_out_contains '\[pricing\]'
  grep -qE '^ *- not a list' <<<"$OUT" && fail "a list item from an answer: $OUT"
  grep -qE '^ *# not a heading' <<<"$OUT" && fail "a heading from an answer: $OUT"

  # The next debrief recalls this one (on stderr from a pipe), within 80 columns too.
  run bash -c "printf '%s\n' \"\$1\" k ':quit' | '$db' ask \"\$2\"" _ "$long" "$name"
  expect_rc 0
  expect_err_contains "Last debrief with $name: "
  context=$(sed -n '2,/^$/p' <<<"$ERR")
  grep -qF "Commitment #" <<<"$context" || fail "no commitment in the context: $ERR"
  bad=$(too_wide <<<"$context") || fail "context wider than 80 columns for $name: $bad"
  [ "$(wc -l <<<"$context")" -le 6 ] || fail "context too long: $context"

  # A note about them, as Markdown.
  note=$("$db" log -q -r "$name" "$long $word")
  run "$db" show "$note" --format markdown
  expect_rc 0
  bad=$(too_wide <<<"$OUT") || fail "note markdown wider than 80 columns for $name: $bad"
done
pass
