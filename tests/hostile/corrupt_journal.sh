# A damaged journal (every page but the first overwritten with random bytes, in a copy):
# each command fails with one line saying the journal is damaged, log keeps the text, and
# the damaged file is left exactly as it was. The original journal is untouched.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 5
for i in $(seq 1 30); do "$db" log -q "filler $i $(printf 'padding%.0s ' $(seq 1 100))" >/dev/null; done
bad=$SANDBOX/damaged.db
cp "$JOURNAL" "$bad"
"$PY" - "$bad" <<'PYEOF'
import random, sys
path = sys.argv[1]
data = bytearray(open(path, 'rb').read())
rng = random.Random(20261123)
for off in range(4096, len(data)):
    data[off] = rng.randrange(256)
open(path, 'wb').write(bytes(data))
PYEOF
sum=$(sha256sum <"$bad")
printf 'a note for a damaged journal' >note.txt
run "$db" --db "$bad" log "$(cat note.txt)"
expect_error 1 "is damaged"
expect_err_contains "nothing logged, your text is kept in"
expect_draft note.txt
for cmd in list "show 1" "search padding" report export commitments people "delete 1"; do
  # shellcheck disable=SC2086
  run "$db" --db "$bad" $cmd
  expect_error 1 "is damaged"
done
[ "$(sha256sum <"$bad")" = "$sum" ] || fail "the damaged journal was modified"
check_journal
pass
