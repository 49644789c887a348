# A value in the journal that debrief never writes (a kind, outcome or status another tool or a
# damaged page left there) is reported as damage to the journal, naming it and the entry, exit
# 1: not as a usage error the user made (exit 2).
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
printf 'a\ns\n\n\n\n\n\n\nC1\n\n' | "$db" ask tina >/dev/null 2>&1
sql "$JOURNAL" "PRAGMA ignore_check_constraints = 1; UPDATE entry SET kind = 'bogus' WHERE id = 1"
for cmd in list "show 1" export report "search seeded" "edit 1"; do
  # shellcheck disable=SC2086
  run "$db" $cmd
  expect_error 1 "the journal $JOURNAL: it is damaged ("
  expect_err_contains "invalid kind 'bogus'"
done
sql "$JOURNAL" "PRAGMA ignore_check_constraints = 1; UPDATE entry SET kind = 'note' WHERE id = 1;
  UPDATE commitment SET status = 'maybe' WHERE id = 1"
run "$db" commitments --all
expect_error 1 "cannot read the journal $JOURNAL: it is damaged (commitment #1: "
pass
