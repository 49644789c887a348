# An import line far over the limit (300 MB, from a pipe, with memory limited to about 200 MB)
# is refused with its length, never held in memory: a line is read only up to its limit.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 1
memory_limited "$db" import - < <(head -c 300000000 /dev/zero | tr '\0' x)
expect_rc 2
expect_err_contains "(stdin):1: line is too long (300000000 bytes; at most 16777216 bytes)"
expect_err_contains "nothing imported"
check_journal
pass
