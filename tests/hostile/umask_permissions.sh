# Under umask 000, every command leaves the journal 0600 in a 0700 directory, and nothing it
# creates under HOME, the XDG directories or TMPDIR (drafts, temp and -journal files) is
# open to group or others.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

export TMPDIR=$SANDBOX/tmp XDG_CONFIG_HOME=$SANDBOX/home/.config
mkdir -p "$TMPDIR" "$XDG_CONFIG_HOME"
chmod 0700 "$TMPDIR" "$XDG_CONFIG_HOME"
umask 000
# The editor records the modes of the draft it is given and of its directory.
cat >"$SANDBOX/editor" <<SH
#!/bin/sh
stat -c %a "\$1" "\$(dirname "\$1")" >"$SANDBOX/draft-modes"
sed -i 's/^tags: .*/tags: edited/' "\$1"
SH
chmod 0755 "$SANDBOX/editor"
export EDITOR=$SANDBOX/editor

check_modes() {
  [ "$(mode_of "$JOURNAL")" = 600 ] || fail "after '$*': journal mode $(mode_of "$JOURNAL")"
  [ "$(mode_of "$(dirname "$JOURNAL")")" = 700 ] || fail "after '$*': journal directory mode $(mode_of "$(dirname "$JOURNAL")")"
  expect_private "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$TMPDIR" "$HOME/.local"
}
step() {
  run "$db" "$@"
  [ "$RC" -eq 0 ] || fail "'$*' failed ($RC): $ERR"
  check_modes "$@"
}

step log -q -r alice -t demo "first note under umask 000"
acknowledged "$OUT" <(printf 'first note under umask 000')
step log -r alice --outcome won "second note"
step list
step show 1
step edit 1
[ "$(tr '\n' ' ' <"$SANDBOX/draft-modes")" = "600 700 " ] || fail "the editor's draft was $(cat "$SANDBOX/draft-modes")"
step search note
mkdir -p "$XDG_CONFIG_HOME/debrief/decks"
printf 'title = "One"\naudience = "either"\n[[question]]\nid = "a"\ntext = "A?"\ndiscovery = true\n[commitment]\ntext = "Next?"\n' \
  >"$XDG_CONFIG_HOME/debrief/decks/one.toml"
chmod -R go-w "$XDG_CONFIG_HOME"
printf 'an answer\ns\ntry the budget question\n-\n' >in.txt
step ask alice --deck one <in.txt
printf 'my answer\n\n' >in2.txt
step reflect --deck one <in2.txt
step report
step report --format json
step commitments --all
cid=$(sql "$JOURNAL" "SELECT id FROM commitment LIMIT 1")
[ -n "$cid" ] || fail "ask made no commitment"
step done "$cid" "went well"
run "$db" log -q -r bob "third"
step people
step people rename bob robert
step export
"$db" export >backup.jsonl
step import backup.jsonl
step decks
step decks show grow
step config
step delete 2
step undelete 2
# A failed save under umask 000: the draft is private too.
chmod 0400 "$JOURNAL"
give_sandbox_to_user
run as_user "$db" log "kept in a draft under umask 000"
expect_rc 1
expect_private "$XDG_STATE_HOME" "$TMPDIR"
[ "$(mode_of "$(draft_in_error)")" = 600 ] || fail "draft mode"
chmod 0600 "$JOURNAL"
check_modes "read-only log"
check_journal
pass
