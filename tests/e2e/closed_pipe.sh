# A reader that stops reading (`debrief report | head -3`) ends the command quietly with exit 0,
# as git and ripgrep do; a real write error names its real cause; `log` whose confirmation
# cannot be written still says which entry it saved, so a retry does not duplicate it.
source "$DEBRIEF_TEST_LIB"
sandbox

"$(dirname "$0")/../../bench/make-journal.sh" 3000 "$JOURNAL" "$db" >/dev/null

# quietly CMD...: runs CMD piped into `head -1` and into `true` (a reader gone before the first
# write); debrief must exit 0 with nothing on stderr.
quietly() {
  local rc reader
  for reader in "head -1" true; do
    set +e
    "$db" "$@" 2>"$SANDBOX/.err" | $reader >/dev/null
    rc=${PIPESTATUS[0]}
    set -e
    [ "$rc" -eq 0 ] || fail "'$* | $reader' exited $rc: $(cat "$SANDBOX/.err")"
    [ ! -s "$SANDBOX/.err" ] || fail "'$* | $reader' printed: $(cat "$SANDBOX/.err")"
  done
}
for i in 1 2 3; do
  quietly report --since 2020-01-01
  quietly list -n 0
  quietly export
  quietly export --format markdown
  quietly search -n 0 pricing
  quietly report --since 2020-01-01 --format json
done

# A full disk: the real cause, exit 1.
run bash -c "'$db' export >/dev/full"
expect_rc 1
expect_one_error_line
expect_err_contains "cannot write output: No space left on device"
run bash -c "'$db' list -n 0 >/dev/full"
expect_rc 1
expect_err_contains "cannot write output: No space left on device"

# log: the entry is saved; the message names it.
before=$(entry_count)
run bash -c "'$db' log 'saved even so @alice' >/dev/full"
expect_rc 1
expect_one_error_line
[ "$(entry_count)" -eq $((before + 1)) ] || fail "the note was not saved"
id=$(sql "$JOURNAL" "SELECT max(id) FROM entry")
expect_err_contains "logged #$id, but cannot write output: No space left on device"
run bash -c "'$db' log -q 'quiet and saved' >/dev/full"
expect_rc 1
expect_err_contains "logged #$((id + 1)), but cannot write output"

# Every write command says what it did when its confirmation cannot be written.
full() {
  run bash -c "'$db' $1 >/dev/full"
  expect_rc 1
  expect_one_error_line
  expect_err_contains "debrief: $2"
  expect_err_contains ", but cannot write output: No space left on device"
}
full "delete 3" "deleted #3"
full "undelete 3" "restored #3"
full "people rename alice alicia" "renamed 'alice' to 'alicia'"
cid=$(sql "$JOURNAL" "SELECT id FROM commitment WHERE status = 'open' LIMIT 1")
full "done $cid 'it worked'" "done #$cid"
"$db" export --rep bob | head -n 2 | sed 's/"uuid":"0/"uuid":"f/g' >two.jsonl
full "import two.jsonl" "imported two.jsonl: 2 added"

# ask and reflect: the interview is saved; the message names it.
run bash -c "printf '%s\n' 'it went well' '' '' '' '' '' '' '' '' | '$db' reflect >/dev/full"
expect_rc 1
id=$(sql "$JOURNAL" "SELECT max(id) FROM entry")
expect_err_contains "debrief: reflection #$id saved, but cannot write output: No space left on device"
[ "$(sql "$JOURNAL" "SELECT status FROM entry WHERE id = $id")" = complete ] || fail "the reflection was not saved"
pass
