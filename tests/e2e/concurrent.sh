# 8 processes each logging 200 notes to one journal: exactly 1600 entries, no error.
source "$DEBRIEF_TEST_LIB"
sandbox

writers=8 per=200
names=(alice bob carol dave erin frank grace heidi)
for w in $(seq 1 $writers); do
  (
    for i in $(seq 1 $per); do
      "$db" log -q -r "${names[$((w - 1))]}" -t load "writer $w note $i" >/dev/null 2>>"$SANDBOX/errors.$w" || echo "exit $? at $i" >>"$SANDBOX/errors.$w"
    done
  ) &
done
wait
cat "$SANDBOX"/errors.* >"$SANDBOX/errors"
[ ! -s "$SANDBOX/errors" ] || fail "writers reported errors: $(head -5 "$SANDBOX/errors")"
[ "$(entry_count)" -eq $((writers * per)) ] || fail "expected $((writers * per)) entries, found $(entry_count)"
[ "$(sql "$JOURNAL" "SELECT count(DISTINCT uuid) FROM entry")" -eq $((writers * per)) ] || fail "duplicate uuids"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM person")" -eq $writers ] || fail "people duplicated"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM tag")" -eq $((writers * per)) ] || fail "tags lost"
[ "$(sql "$JOURNAL" "PRAGMA integrity_check")" = ok ] || fail "integrity check failed"
for w in $(seq 1 $writers); do
  [ "$(sql "$JOURNAL" "SELECT count(*) FROM entry e JOIN person p ON p.id = e.person_id WHERE p.name = '${names[$((w - 1))]}'")" -eq $per ] \
    || fail "writer $w lost notes"
done
pass
