# A whole debrief driven through a pipe: answers, marks, :back, the commitment, the summary;
# then the next debrief reviews that commitment first.
source "$DEBRIEF_TEST_LIB"
sandbox

answers() { sql "$JOURNAL" "SELECT question_id, coalesce(answer_text, '-'), coalesce(discovery, '-'), coalesce(probes_used, 0) FROM answer WHERE entry_id = $1 ORDER BY position"; }

run bash -c "printf '%s\n' 'Onboarding takes months' s 'Spreadsheets' n2 ':back' 'Spreadsheets and a consultant' n2 \
  'Their boss blames them' t 'When I showed pricing' x s 'Ask about the timeline' n 3 'I listened' \
  'Ask about their current process first' '2026-12-01' | '$db' ask alice"
expect_rc 0
expect_out_contains "Debrief #1 with alice saved (post-call): 7 answers."
expect_out_contains "Discovery: 80% found by the rep (self 2, nudged 2, told 1); target 80%."
grep -qE '^Commitment #1: Ask about their current process first \(due Tue 1 Dec( 2026)?\)$' <<<"$OUT" || fail "summary: $OUT"
expect_err_contains "[1/7] When you explored their needs"
expect_err_contains "s = self, n = nudged (n2: after two probes), t = told"   # 'x' is not a mark
[ "$(answers 1)" = "pain|Onboarding takes months|self|0
tried|Spreadsheets and a consultant|nudged|2
why-it-matters|Their boss blames them|told|0
turn|When I showed pricing|self|0
better|Ask about the timeline|nudged|1
result|won|-|0
affirm|I listened|-|0" ] || fail "stored answers: $(answers 1)"
[ "$(sql "$JOURNAL" "SELECT status, kind, deck_id FROM entry WHERE id = 1")" = "complete|debrief|post-call" ] || fail "entry"
[ "$(sql "$JOURNAL" "SELECT text, status, datetime(due_utc, 'unixepoch') FROM commitment")" = \
  "Ask about their current process first|open|2026-12-01 00:00:00" ] || fail "commitment"

# The next debrief with alice reviews her open commitment first; `lost` asks the follow-up.
run bash -c "printf '%s\n' 'Asked on two calls; both opened up' d 'Budget' s '' '' '' '' lost 'Too expensive' '' '' | '$db' ask alice"
expect_rc 0
expect_err_contains "Open commitment from"
expect_err_contains "How did it go?"
expect_err_contains "What did the customer say when they declined?"
[ "$(sql "$JOURNAL" "SELECT status, closing_note FROM commitment WHERE id = 1")" = "done|Asked on two calls; both opened up" ] \
  || fail "review did not close the commitment"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM answer WHERE entry_id = 2 AND question_id LIKE 'review/%' AND question_id NOT LIKE '%/decision'")" = 1 ] || fail "review answer"
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE entry_id = 2 AND question_id LIKE 'review/%/decision'")" = done ] || fail "review decision"
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE entry_id = 2 AND question_id = 'declined'")" = "Too expensive" ] \
  || fail "conditional question"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM commitment WHERE entry_id = 2")" = 0 ] || fail "an empty commitment was stored"
expect_out_contains "Discovery: 100% found by the rep (self 1, nudged 0, told 0)"

# Backslash continues a line; a scale/choice answer out of range is re-asked, never stored.
run bash -c "printf '%s\n' 'first line \\' 'second line' s '' '' '' '' 9 advanced '' '' | '$db' ask bob"
expect_rc 0
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE entry_id = 3 AND question_id = 'pain'")" = $'first line \nsecond line' ] \
  || fail "continuation"
expect_err_contains "answer with one of: advanced, stalled, won, lost (or its number)"
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE entry_id = 3 AND question_id = 'result'")" = advanced ] || fail "choice"

# Input that ends early: saved, in progress, exit 1 with how to resume; --resume goes on.
run bash -c "printf '%s\n' 'Pain one' s 'Tried two' | '$db' ask carol"
expect_rc 1
expect_err_contains "the answers given are saved (continue with: debrief ask --resume 4)"
[ "$(sql "$JOURNAL" "SELECT status FROM entry WHERE id = 4")" = in-progress ] || fail "not in progress"
# 'tried' has its answer but no mark yet: the answer is shown and only its mark asked, then the rest.
run bash -c "printf '%s\n' n 'Why three' s 'Turn four' s 'Better five' s 1 'Affirm' '' | '$db' ask --resume"
expect_rc 0
expect_err_contains "Resuming debrief #4 with carol"
[[ "$ERR" == *"[2/7] What have they already tried"* ]] || fail "resume did not continue at question 2: $ERR"
expect_err_contains "answered: Tried two"
[ "$(sql "$JOURNAL" "SELECT answer_text || '|' || discovery FROM answer WHERE entry_id = 4 AND question_id = 'tried'")" = \
  "Tried two|nudged" ] || fail "the resumed mark"
[[ "$ERR" != *"[1/7]"* ]] || fail "resume asked question 1 again"
[ "$(sql "$JOURNAL" "SELECT status FROM entry WHERE id = 4")" = complete ] || fail "resumed debrief not complete"
run "$db" ask --resume
expect_rc 1
expect_err_contains "no interrupted debrief to resume"

# :quit saves and exits 0.
run bash -c "printf '%s\n' 'Only one' s ':quit' | '$db' ask dave"
expect_rc 0
expect_err_contains "debrief: saved; continue with: debrief ask --resume 5"

# Usage errors.
run "$db" ask
expect_rc 2
expect_err_contains "who is the debrief with?"
run "$db" ask alice --deck self-review
expect_rc 2
expect_err_contains "'self-review' is a deck for reps; use debrief reflect --deck self-review"
run "$db" ask alice --deck gorw
expect_rc 2
expect_err_contains "unknown deck 'gorw'; did you mean 'grow'?"
[ "$(sql "$JOURNAL" "PRAGMA integrity_check")" = ok ] || fail "integrity"
pass
