# search: ordinary words with punctuation (follow-up, don't, C#, x@y.com, 1:1s, ...) are found
# as the phrase of their text; the operators still work where written on purpose; a
# malformed query exits 2 with one line naming the problem, journal or not.
source "$DEBRIEF_TEST_LIB"
sandbox

# The ids of the entries a search finds, in increasing order ("" for none); fails on any exit but 0.
found() {
  run "$db" search --json --limit 0 "$@"
  expect_rc 0
  python3 -c 'import json, sys; print(*sorted(json.loads(l)["id"] for l in sys.stdin if l.strip()))' <<<"$OUT"
}
# expect_found QUERY IDS: the search for QUERY finds exactly the entries IDS.
expect_found() {
  local got
  got=$(found "$1")
  [ "$got" = "$2" ] || fail "search '$1' found '$got', expected '$2'"
}

# A malformed query is refused before the journal is looked for.
run "$db" search '"pricing'
expect_rc 2
expect_one_error_line
expect_err_contains "debrief: search: unclosed quote in '\"pricing' (accepted: words, \"a phrase\", prefix*,"

run "$db" log -q "Agreed on a follow-up with Carol's team about pricing"
[ "$OUT" = 1 ] || fail "log: $OUT"
"$db" log -q "don't skip the quarter-end review" >/dev/null
"$db" log -q "the #demo went well for @alice" >/dev/null
"$db" log -q "C# shop: mail x@y.com about their 1:1s" >/dev/null
# The same tokens, but not as the phrases above: a search for the words above must not find it.
"$db" log -q "follow the money and up next: Carol; end of quarter, x or y com 1 1" >/dev/null
"$db" log -q "Résumé reviewed — naïve pricing, 1:1 next" >/dev/null

# Each word is found, and only where its text is.
expect_found follow-up 1
expect_found "don't" 2
expect_found "Carol's" 1
expect_found quarter-end 2
expect_found '#demo' 3
expect_found '@alice' 3
expect_found 'C#' 4
expect_found x@y.com 4
expect_found 1:1s 4
expect_found 1:1 "5 6"
expect_found resume 6
expect_found 'naïve' 6
expect_found 'follow-up pricing' 1
expect_found 'FOLLOW-UP' 1
# A word with nothing to search for is left out; FTS5's own syntax is searched as text.
expect_found 'pricing --' "1 6"
expect_found 'text:quarter' ""
expect_found '^quarter' "2 5"
expect_found 'NEAR(quarter' ""

# Operators, phrases and prefixes where written on purpose; lower-case and/or/not are words.
expect_found 'follow-up OR quarter-end' "1 2"
expect_found 'follow* NOT follow-up' 5
expect_found '(follow-up OR quarter-end) review' 2
expect_found 'follow-u*' 1
expect_found '"up next"' 5
expect_found '"follow-up with" Carol*' 1
expect_found 'quarter and end' 5
expect_found 'quarter OR demo NOT review' "2 3 5"
expect_found 'quarter or demo' ""

# A malformed query: exit 2, one line starting with what is wrong.
for q in '"pricing|unclosed quote' '(pricing OR demo|unclosed '"'('" 'pricing)|'"')' without a matching '('" \
  'AND pricing|'"'AND' has nothing before it" 'pricing OR|'"'OR' has nothing after it" \
  'NOT demo|'"'NOT' has nothing before it" 'pricing AND OR demo|two operators in a row ('"'AND OR'"')' \
  '# --|no words to search for' 'pricing ()|empty parentheses'; do
  query=${q%%|*}
  problem=${q#*|}
  run "$db" search "$query"
  expect_rc 2
  expect_one_error_line
  [[ "$ERR" == "debrief: search: $problem in '$query' (accepted: "* ]] || fail "search '$query': $ERR"
done
pass
