# A deck file over the 256 KiB limit (or not a regular file, like a FIFO) is refused with the
# limit in the message; it never hides the other decks and nothing hangs.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

dir=$HOME/.config/debrief/decks
mkdir -p "$dir"
{
  printf 'title = "Huge"\naudience = "manager"\n'
  for i in $(seq 1 6000); do printf '[[question]]\nid = "q%s"\ntext = "Question number %s?"\n' "$i" "$i"; done
} >"$dir/huge.toml"
size=$(stat -c %s "$dir/huge.toml")
[ "$size" -gt 262144 ] || fail "test setup: deck only $size bytes"
run "$db" decks check "$dir/huge.toml"
expect_rc 2
expect_err_contains "$dir/huge.toml:1:1: deck file is too large ($size bytes; at most 262144)"
mkfifo "$dir/fifo.toml"
run timeout 10 "$db" decks
expect_rc 0
expect_err_contains "skipping a broken deck: $dir/huge.toml:1:1: deck file is too large"
expect_err_contains "skipping a broken deck: $dir/fifo.toml: not a regular file"
expect_out_contains "post-call"
run "$db" ask alice --deck huge
expect_rc 2
[ "$(grep -v '^debrief: warning: ' <<<"$ERR")" = "debrief: --deck: unknown deck 'huge'; did you mean 'grow'?" ] ||
  [ "$(grep -v '^debrief: warning: ' <<<"$ERR" | grep -c "^debrief: --deck: unknown deck 'huge'")" -eq 1 ] || fail "ask: $ERR"
pass
