# Commitments under concurrent writers (issue 13): of a `done` and a `drop` of one commitment,
# exactly one wins and the other keeps its note in a draft (exit 1); a commitment closed while
# `ask` reviews it stays as it was closed; a commitment made at the end of an `ask` during which
# its rep was merged into another belongs to the merged person. `ask` reads its answers from a
# FIFO the test writes line by line, so each race runs in a fixed order.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox
drafts=$XDG_STATE_HOME/debrief/drafts
commitment() { sql "$JOURNAL" "SELECT status, coalesce(closing_note, '') FROM commitment WHERE id = $1"; }
# commit NAME TEXT: a debrief with NAME (who has no open commitment) that skips the questions
# and ends with commitment TEXT, due in 3 days.
commit() { printf '%s\n' '' '' '' '' '' '' '' "$2" 'in 3 days' | "$db" ask "$1" >/dev/null 2>&1; }
# ask_from_fifo NAME ARGS...: `debrief ask ARGS` in the background, reading its answers from fd 9.
ask_from_fifo() {
  local name=$1
  shift
  mkfifo "$SANDBOX/$name.in"
  in_background "$name" sh -c 'f=$1; shift; exec "$@" <"$f"' _ "$SANDBOX/$name.in" "$db" ask "$@"
  exec 9>"$SANDBOX/$name.in"
}
# screen_shows NAME TEXT: waits until the background `ask` NAME has written TEXT to its screen.
screen_shows() { wait_for grep -qF -- "$2" "$SANDBOX/.bg-$1.err"; }

# `ask` reviews commitment #1; while it waits for done/keep/drop, `drop` closes it. The review's
# `done` then changes nothing, says so, and the debrief goes on with how it went saved.
commit alice "Ask about the current process"
ask_from_fifo review alice
printf '%s\n' 'They asked about our process' >&9
screen_shows review "done, keep open or drop? [d/k/x]"
run "$db" drop 1 "no longer relevant after the reorg"
expect_rc 0
printf '%s\n' d '' '' '' '' '' '' '' '' >&9
exec 9>&-
joined review
expect_rc 0
expect_err_contains "commitment #1 was already dropped meanwhile; left as it is (how it went is saved in this debrief)"
[ "$(commitment 1)" = "dropped|no longer relevant after the reorg" ] || fail "the review overwrote the drop: $(commitment 1)"
[ "$(sql "$JOURNAL" "SELECT answer_text FROM answer WHERE entry_id = 2 AND question_id LIKE 'review/%' AND question_id NOT LIKE '%/decision'")" = \
  "They asked about our process" ] || fail "the review's answer was not kept"

# The same when the entry the commitment was made in is deleted meanwhile: it is hidden with it,
# and the review says so instead of "already open".
commit carol "Pause after the price"
carol_entry=$(sql "$JOURNAL" "SELECT entry_id FROM commitment WHERE text = 'Pause after the price'")
ask_from_fifo hidden carol
printf '%s\n' 'Paused twice' >&9
screen_shows hidden "done, keep open or drop? [d/k/x]"
"$db" delete "$carol_entry" >/dev/null 2>&1
printf '%s\n' d '' '' '' '' '' '' '' '' >&9
exec 9>&-
joined hidden
expect_rc 0
expect_err_contains "was hidden with its entry, deleted meanwhile; left as it is (how it went is saved in this debrief)"
[ "$(sql "$JOURNAL" "SELECT status FROM commitment WHERE text = 'Pause after the price'")" = open ] ||
  fail "the hidden commitment was closed"

# `ask alicia` runs; before its final commitment, alicia is merged into alice. The commitment is
# alice's, and the summary names her.
"$db" log -q -r alice "alice's call" >/dev/null
ask_from_fifo merge alicia
printf '%s\n' '' '' '' '' '' '' '' >&9
screen_shows merge "(leave empty for none)"
run "$db" people rename alicia alice --merge
expect_rc 0
printf '%s\n' 'Open with their goal' 'in 2 days' >&9
exec 9>&-
joined merge
expect_rc 0
[[ "$OUT" == *"Debrief #"*" with alice saved"* ]] || fail "the summary does not name alice: $OUT"
[ "$(sql "$JOURNAL" "SELECT coalesce(p.name, '(no one)') FROM commitment c LEFT JOIN person p ON p.id = c.person_id \
  WHERE c.text = 'Open with their goal'")" = alice ] || fail "the commitment lost its person"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM commitment WHERE person_id IS NULL")" = 0 ] || fail "orphaned commitments"
run "$db" commitments --rep alice
expect_out_contains "Open with their goal"
# And the next debrief with alice reviews it.
run bash -c "printf '%s\n' ':quit' | '$db' ask alice"
expect_err_contains "Open commitment from"
expect_err_contains "Open with their goal"

# `done` and `drop` of one commitment, both having read it open: another process holds the write
# lock while both start, so both wait to close it. Exactly one wins.
commit bob "Pause after pricing"
id=$(sql "$JOURNAL" "SELECT id FROM commitment WHERE text = 'Pause after pricing'")
hold_write_lock "$JOURNAL" 3
DEBRIEF_BUSY_TIMEOUT_MS=60000 in_background done "$db" done "$id" "worked: they talked first"
DEBRIEF_BUSY_TIMEOUT_MS=60000 in_background drop "$db" drop "$id" "gave up: not my style"
wait "$LOCKER"
joined done
done_rc=$RC done_err=$ERR
joined drop
drop_rc=$RC
if [ "$done_rc" -eq 0 ]; then
  winner=done note="worked: they talked first" loser_note="gave up: not my style" loser=drop
  [ "$drop_rc" -eq 1 ] || fail "both closed it, or the loser failed otherwise: done $done_rc, drop $drop_rc: $ERR"
else
  winner=dropped note="gave up: not my style" loser_note="worked: they talked first" loser=done
  [ "$drop_rc" -eq 0 ] || fail "neither closed it: done $done_rc ($done_err), drop $drop_rc ($ERR)"
  cp "$SANDBOX/.bg-done.err" "$SANDBOX/.err"
  ERR=$done_err RC=$done_rc
fi
expect_error 1 "debrief: commitment #$id was already $winner meanwhile; nothing changed, your note is kept in $drafts/"
[ "$(cat "$(draft_in_error)")" = "$loser_note" ] || fail "the $loser's note is not in its draft"
[ "$(commitment "$id")" = "$winner|$note" ] || fail "the winner's close was overwritten: $(commitment "$id")"

# Closing a closed commitment: refused (exit 1, as for the race above), the note kept too.
run "$db" done "$id" "once more"
expect_error 1 "debrief: commitment #$id is already $winner; nothing changed, your note is kept in $drafts/"
[ "$(cat "$(draft_in_error)")" = "once more" ] || fail "the note is not in its draft"
run "$db" drop "$id"
expect_error 1 "debrief: commitment #$id is already $winner; nothing changed"
[[ "$ERR" != *"kept in"* ]] || fail "a draft for an empty note: $ERR"

# A close that cannot get the write lock keeps its note too.
id=$(sql "$JOURNAL" "SELECT id FROM commitment WHERE text = 'Open with their goal'")
hold_write_lock "$JOURNAL" 30
DEBRIEF_BUSY_TIMEOUT_MS=100 run "$db" done "$id" "kept through a lock"
kill "$LOCKER"
wait "$LOCKER" || true
expect_error 1 "it is locked by another process"
[ "$(cat "$(draft_in_error)")" = "kept through a lock" ] || fail "the note is not in its draft"
[ "$(commitment "$id")" = "open|" ] || fail "closed under a lock: $(commitment "$id")"
check_journal
pass
