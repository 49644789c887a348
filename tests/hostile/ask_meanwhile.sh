# What an `ask` meets from elsewhere: its debrief deleted meanwhile stops it with the answer kept
# and how to restore it said, never "saved" into a hidden entry; a private commitment is not
# reviewed in a public debrief, whose answers would carry its words out of privacy.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

mkfifo "$SANDBOX/in"
in_background vic sh -c 'exec "$1" ask vic <"$2"' _ "$db" "$SANDBOX/in"
exec 9>"$SANDBOX/in"
printf '%s\n' 'pain answer' s >&9
wait_for grep -qF "[2/7]" "$SANDBOX/.bg-vic.err"
run "$db" delete 1
expect_rc 0
printf '%s\n' 'tried after the delete' >&9
exec 9>&-
joined vic
expect_rc 1
expect_err_contains "entry #1 was deleted meanwhile (restore it with: debrief undelete 1); your answer is kept in"
d=$(draft_in_error)
[ "$(cat "$d")" = "tried after the delete" ] || fail "the answer typed after the delete is not in $d"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM answer WHERE answer_text = 'tried after the delete'")" = 0 ] ||
  fail "an answer was saved into the deleted entry"

# A private deck's commitment, then a public debrief with the same rep: not reviewed there.
dir=$HOME/.config/debrief/decks
mkdir -p "$dir"
printf 'title = "Secret"\naudience = "manager"\nprivate = true\n[[question]]\nid = "q"\ntext = "Q?"\n[commitment]\ntext = "Try?"\n' >"$dir/secret.toml"
printf '%s\n' 'private answer' 'SECRETCOMMIT' '' | "$db" ask frank --deck secret >/dev/null 2>&1
run bash -c "printf '%s\n' '' '' '' '' '' '' '' '' | '$db' ask frank"
expect_rc 0
[[ "$ERR" != *SECRETCOMMIT* ]] || fail "the public debrief reviewed the private commitment: $ERR"
run "$db" export --no-private
expect_rc 0
[[ "$OUT" != *SECRET* ]] || fail "export --no-private shows the private commitment"
# A private session with frank reviews it.
run bash -c "printf '%s\n' 'went well' d '' '' | '$db' ask frank --deck secret"
expect_err_contains "SECRETCOMMIT"
pass
