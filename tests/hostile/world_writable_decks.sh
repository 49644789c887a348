# A user deck directory or deck file that anyone can write to (or that belongs to another
# user) is not trusted: its decks are skipped with a warning naming the fix, the built-in
# decks stay in use; fixed permissions bring the deck back.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

dir=$HOME/.config/debrief/decks
mkdir -p "$dir"
printf 'id = "post-call"\ntitle = "Planted"\naudience = "manager"\n[[question]]\nid = "a"\ntext = "Planted?"\n' >"$dir/planted.toml"
chmod 0777 "$dir"
run "$db" decks
expect_rc 0
expect_err_contains "debrief: warning: skipping a broken deck: $dir: writable by anyone, so not trusted (fix with: chmod o-w $dir)"
grep -q Planted <<<"$OUT" && fail "a deck from a world-writable directory was used: $OUT"
run "$db" decks show post-call
expect_out_contains "source: built-in"
run "$db" ask alice < <(printf '\n\n\n\n\n\n\n\n\n\n')
grep -q 'Planted?' "$SANDBOX/.err" && fail "ask used the planted deck"

chmod 0755 "$dir"
chmod 0666 "$dir/planted.toml"
run "$db" decks
expect_err_contains "$dir/planted.toml: writable by anyone, so not trusted"
grep -q Planted <<<"$OUT" && fail "a world-writable deck was used: $OUT"
if [ "$(id -u)" -eq 0 ]; then
  chmod 0644 "$dir/planted.toml"
  chown 65534 "$dir/planted.toml"
  run "$db" decks
  expect_err_contains "$dir/planted.toml: owned by another user, so not trusted"
  chown 0 "$dir/planted.toml"
fi
chmod 0644 "$dir/planted.toml"
run "$db" decks
expect_rc 0
[ -z "$ERR" ] || fail "warnings for a private deck: $ERR"
expect_out_contains "Planted"
pass
