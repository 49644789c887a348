# A symlink planted where the journal should be (to another journal or any file): refused in
# one line, never followed, the target untouched; log keeps the text.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2 "$SANDBOX/real.db"
cp "$SANDBOX/real.db" "$SANDBOX/real.before"
printf 'precious' >"$SANDBOX/victim.txt"
mkdir -p "$(dirname "$JOURNAL")"
printf 'typed for a linked journal' >note.txt
for target in "$SANDBOX/real.db" "$SANDBOX/victim.txt" "$SANDBOX/missing.db"; do
  ln -sfn "$target" "$JOURNAL"
  run "$db" log "$(cat note.txt)"
  expect_error 1 "the journal path $JOURNAL is a symbolic link; refusing to follow it (give the real file with --db)"
  expect_draft note.txt
  run "$db" list
  expect_error 1 "is a symbolic link"
  run "$db" --db "$JOURNAL" import /dev/null
  expect_error 1 "is a symbolic link"
done
[ ! -e "$SANDBOX/missing.db" ] || fail "the link's target was created"
[ "$(cat "$SANDBOX/victim.txt")" = precious ] || fail "the victim file changed"
cmp -s "$SANDBOX/real.db" "$SANDBOX/real.before" || fail "the linked journal changed"
check_journal "$SANDBOX/real.db"
pass
