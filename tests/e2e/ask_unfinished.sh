# An unfinished debrief or reflection is never doubled by accident: from a script, `ask NAME`
# (same rep, same deck) and `reflect` (same deck) are refused with exit 2, naming
# `--resume ID` and `--new`, and nothing is written; --new starts another; --resume ID resumes
# exactly that one, and anything that is not an unfinished one of its kind is a clear error.
source "$DEBRIEF_TEST_LIB"
sandbox

full='Pain one
s
Tried two
s
Why three
n
Turn four
s
Better five
s
won
Affirm

'
answers_of() { sql "$JOURNAL" "SELECT count(*) FROM answer WHERE entry_id = $1"; }

run bash -c "printf '%s\n' 'Budget' s | '$db' ask bob --about 'Acme renewal'"
expect_rc 1
expect_err_contains "(continue with: debrief ask --resume 1)"

# A second `ask bob` from a script: refused, one line, nothing written.
run bash -c "printf '%s' '$full' | '$db' ask bob"
expect_rc 2
expect_one_error_line
expect_err_contains "debrief: bob has an unfinished debrief #1 (post-call, "
expect_err_contains "1 answer); continue it with: debrief ask --resume 1, or start another with --new"
[ "$(entry_count)" = 1 ] || fail "the refused ask wrote an entry"
[ "$(answers_of 1)" = 1 ] || fail "the refused ask answered #1"
# Its name in another spelling is the same rep.
run bash -c "printf '%s' '$full' | '$db' ask BOB"
expect_rc 2
expect_err_contains "continue it with: debrief ask --resume 1"
# Another deck is another conversation: not refused.
run bash -c "printf '%s\n' 'Goal' ':quit' | '$db' ask bob --deck grow"
expect_rc 0
expect_err_contains "debrief: saved; continue with: debrief ask --resume 2"

# --new starts another anyway; --resume then takes the most recent, --resume 1 that one.
run bash -c "printf '%s\n' 'Other pain' s ':quit' | '$db' ask bob --new"
expect_rc 0
expect_err_contains "continue with: debrief ask --resume 3"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM entry WHERE status = 'in-progress'")" = 3 ] || fail "not three unfinished"
run bash -c "printf '%s\n' ':quit' | '$db' ask --resume"
expect_rc 0
expect_err_contains "Resuming debrief #3 with bob"
run bash -c "printf '%s' '$full' | '$db' ask --resume 1"
expect_rc 0
expect_err_contains "Resuming debrief #1 with bob (post-call, "
expect_out_contains "Debrief #1 with bob saved (post-call)"
[ "$(sql "$JOURNAL" "SELECT status FROM entry WHERE id = 1")" = complete ] || fail "#1 not finished"
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE entry_id = 1 AND question_id = 'pain'")" = Budget ] ||
  fail "--resume 1 asked its first question again"
run "$db" ask --resume 01 # an entry number as typed: 01 is 1
expect_rc 2
expect_err_contains "debrief: --resume: debrief #1 is finished (see it with: debrief show 1; change it with: debrief edit 1)"
run "$db" reflect --resume 1 # finished: that first, not "continue it with: debrief ask --resume 1"
expect_rc 2
expect_err_contains "debrief: --resume: debrief #1 is finished (see it with: debrief show 1; change it with: debrief edit 1)"

# What --resume ID refuses, each with exit 2 and one line saying what the entry is.
"$db" log -q -r bob "a note" >/dev/null # 4
run "$db" ask --resume 4
expect_rc 2
expect_one_error_line
expect_err_contains "debrief: --resume: #4 is a note, not a debrief"
run "$db" ask --resume 99
expect_rc 2
expect_err_contains "debrief: --resume: no entry #99"
run "$db" ask --resume bob
expect_rc 2
expect_err_contains "debrief: --resume: expected an entry number, got 'bob'"
"$db" delete 3 2>/dev/null
run "$db" ask --resume 3
expect_rc 2
expect_err_contains "debrief: --resume: entry #3 is deleted (restore it with: debrief undelete 3)"
run "$db" reflect --resume 2
expect_rc 2
expect_err_contains "debrief: --resume: #2 is a debrief; continue it with: debrief ask --resume 2"
for bad in "--new" "--about x" "--at today" "-t demo"; do
  run bash -c "'$db' ask --resume 2 $bad </dev/null"
  expect_rc 2
  expect_one_error_line
  expect_err_contains "debrief: --resume continues a debrief"
done
run "$db" ask bob --resume 2
expect_rc 2
expect_err_contains "give no NAME or --deck"
# Without a journal, nothing is created.
run env DEBRIEF_DB="$SANDBOX/none.db" "$db" ask --resume 5
expect_rc 2
expect_err_contains "debrief: --resume: no entry #5 (the journal is empty)"
[ ! -e "$SANDBOX/none.db" ] || fail "--resume created a journal"

# Reflections: the same rule, keyed on the deck (there is no rep).
run bash -c "printf '%s\n' 'I rushed' | '$db' reflect"
expect_rc 1
id=$(sql "$JOURNAL" "SELECT max(id) FROM entry")
run bash -c "printf '%s\n' 'x' | '$db' reflect"
expect_rc 2
expect_one_error_line
expect_err_contains "debrief: you have an unfinished reflection #$id (self-review, "
expect_err_contains "continue it with: debrief reflect --resume $id, or start another with --new"
run bash -c "printf '%s\n' 'The lesson' ':quit' | '$db' reflect --deck fast-failure"
expect_rc 0
run bash -c "printf '%s\n' 'Again' ':quit' | '$db' reflect --new"
expect_rc 0
run bash -c "printf '%s\n' ':quit' | '$db' reflect --resume $id"
expect_rc 0
expect_err_contains "Resuming reflection #$id (self-review, "
run "$db" ask --resume "$id"
expect_rc 2
expect_err_contains "debrief: --resume: #$id is a reflection; continue it with: debrief reflect --resume $id"
[ "$(sql "$JOURNAL" "PRAGMA integrity_check")" = ok ] || fail "integrity"
pass
