# Every refusal keeps the text that cannot be typed again: a note on stdin that is not UTF-8,
# holds a NUL byte or comes with a bad option is kept in a private draft the error names; an
# editor that writes 50 MB under a memory limit gets a clear refusal naming its draft, not
# std::bad_alloc; a SIGTERM or SIGHUP while the editor is open names the draft too.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
before=$(entry_count)
printf 'caf\xe9 au lait with @alice' >latin1.txt
run "$db" log <latin1.txt
expect_error 2 "note is not valid UTF-8 text"
expect_err_contains "nothing logged, your text is kept in"
expect_draft latin1.txt

printf 'before\0after' >nul.txt
run "$db" log <nul.txt
expect_error 2 "note contains a NUL byte"
expect_draft nul.txt

printf 'a fine note from a script' >fine.txt
run "$db" log --at tomorow <fine.txt
expect_error 2 "--at: invalid date 'tomorow'"
expect_draft fine.txt
run "$db" log --outcome wn <fine.txt
expect_error 2 "--outcome"
expect_draft fine.txt
run "$db" log -r $'b\u200bob' <fine.txt
expect_error 2 "invalid name"
expect_draft fine.txt
# A command line refused before log runs (a bad option) still keeps the text it would have read.
for opts in "--tga" "--at" "-q --json" "-r"; do
  # shellcheck disable=SC2086
  run "$db" log $opts <fine.txt
  expect_error 2 "nothing logged, your text is kept in"
  expect_draft fine.txt
done
[ "$(entry_count)" -eq "$before" ] || fail "a refused note was stored"

# A log from a pipe waiting for another process's lock: interrupted meanwhile, it names the draft
# that already holds the text (exit 130).
hold_lock "$JOURNAL" 6
for sig in INT TERM; do
  DEBRIEF_BUSY_TIMEOUT_MS=5000 "$db" log <fine.txt >"$SANDBOX/.out" 2>"$SANDBOX/.err" &
  pid=$!
  sleep 0.5
  kill "-$sig" "$pid"
  set +e
  wait "$pid"
  RC=$?
  set -e
  ERR=$(cat "$SANDBOX/.err")
  [ "$RC" -eq 130 ] || fail "SIG$sig while waiting for the lock: exit $RC ($ERR)"
  grep -q "debrief: interrupted; nothing logged, your text is kept in" <<<"$ERR" || fail "SIG$sig: $ERR"
  expect_draft fine.txt
done
wait "$LOCKER" || true

# An editor that writes 50 MB, with memory limited to about 200 MB: refused without reading it.
cat >"$SANDBOX/huge-editor" <<'SH'
#!/bin/sh
head -c 52428800 /dev/zero | tr '\0' 'x' >"$1"
SH
chmod +x "$SANDBOX/huge-editor"
# (A sanitizer build cannot start under ulimit -v; it runs without the limit, as memory_limited does.)
limit="ulimit -v 200000"
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=stderr" bash -c "$limit; exec '$db' --version" >/dev/null 2>&1 || limit=true
tty_run "EDITOR=$SANDBOX/huge-editor bash -c '$limit; exec $db log'"
[ "$RC" -eq 2 ] || fail "a 50 MB editor text exited $RC: $TTY_OUT"
grep -q "the text is too long (the editor wrote 52428800 bytes; a text is at most 1 MiB); nothing saved, the draft is kept in" \
  "$SANDBOX/.tty" || fail "no clear refusal: $TTY_OUT"
grep -q "bad_alloc" "$SANDBOX/.tty" && fail "bad_alloc: $TTY_OUT"
draft=$(sed -n 's/.* kept in \(\/[^ ;,)]*\).*/\1/p' "$SANDBOX/.tty" | tr -d '\r' | head -1)
[ "$(stat -c %s "$draft")" = 52428800 ] || fail "the draft $draft does not hold the editor's text"
rm -f "$draft"

# SIGTERM and SIGHUP while the editor is open: debrief names the draft and exits 130.
cat >"$SANDBOX/slow-editor" <<SH
#!/bin/sh
printf 'words typed before the kill' >"\$1"
echo \$\$ >"$SANDBOX/editor.pid"
ps -o ppid= -p \$PPID | tr -d ' ' >"$SANDBOX/debrief.pid"
exec sleep 30
SH
chmod +x "$SANDBOX/slow-editor"
for sig in TERM HUP; do
  rm -f "$SANDBOX/debrief.pid"
  (set +e; script -qec "EDITOR=$SANDBOX/slow-editor $db log" "$SANDBOX/.tty-$sig" </dev/null >/dev/null 2>&1; echo $? >"$SANDBOX/rc-$sig") &
  wait_for test -s "$SANDBOX/debrief.pid"
  kill "-$sig" "$(cat "$SANDBOX/debrief.pid")"
  wait_for grep -q "Script done" "$SANDBOX/.tty-$sig"
  kill "$(cat "$SANDBOX/editor.pid")" 2>/dev/null || true # the editor outlives debrief, as it would in a terminal
  wait_for test -s "$SANDBOX/rc-$sig"
  grep -q 'COMMAND_EXIT_CODE="130"' "$SANDBOX/.tty-$sig" || fail "SIG$sig: debrief did not exit 130: $(cat "$SANDBOX/.tty-$sig")"
  grep -q "debrief: interrupted; the draft is kept in" "$SANDBOX/.tty-$sig" || fail "SIG$sig: no draft named: $(cat "$SANDBOX/.tty-$sig")"
  draft=$(sed -n 's/.* kept in \(\/[^ ;,)]*\).*/\1/p' "$SANDBOX/.tty-$sig" | tr -d '\r' | head -1)
  [ "$(cat "$draft")" = "words typed before the kill" ] || fail "SIG$sig: the draft $draft lost the text"
done
check_journal
pass
