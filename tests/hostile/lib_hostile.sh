# Helpers for the fault and hostile-input tests, sourced after tests/e2e/lib.sh:
#   source "$DEBRIEF_TEST_LIB"; source "$(dirname "$0")/lib_hostile.sh"; sandbox; seed 3; ...
# Every case checks the exit code, one `debrief: ` line on stderr, the journal's integrity and
# that no acknowledged entry or typed text was lost.

PY=/usr/bin/python3
export DEBRIEF_BUSY_TIMEOUT_MS=${DEBRIEF_BUSY_TIMEOUT_MS:-1500}

# hex_of FILE: the file's bytes as upper-case hex, as SQLite's hex() gives them.
hex_of() { od -An -v -tx1 "$1" | tr -d ' \n' | tr 'a-f' 'A-F'; }

# seed [N] [JOURNAL]: logs N notes (default 3) and remembers each id with its exact text, so
# check_journal can later prove that none was lost or changed.
seed() {
  local n=${1:-3} j=${2:-$JOURNAL} i id text
  mkdir -p "$SANDBOX/.seeded"
  for i in $(seq 1 "$n"); do
    text="seeded note $i $(od -An -N6 -tx1 /dev/urandom | tr -d ' \n') #seed @alice"
    id=$("$db" --db "$j" log -q "$text") || fail "seeding note $i failed"
    printf '%s' "$text" >"$SANDBOX/.seeded/$id"
  done
}

# acknowledged ID FILE: entry ID was acknowledged with the body in FILE.
acknowledged() { mkdir -p "$SANDBOX/.seeded"; cp "$2" "$SANDBOX/.seeded/$1"; }

# check_journal [JOURNAL]: integrity_check is ok and every acknowledged entry is there, not
# deleted, with exactly its text.
check_journal() {
  local j=${1:-$JOURNAL} f id got
  [ -f "$j" ] || fail "journal $j is missing"
  got=$(sql "$j" 'PRAGMA integrity_check')
  [ "$got" = ok ] || fail "integrity_check of $j: $got"
  [ -d "$SANDBOX/.seeded" ] || return 0
  for f in "$SANDBOX"/.seeded/*; do
    id=$(basename "$f")
    got=$(sql "$j" "SELECT hex(body) FROM entry WHERE id = $id AND deleted_at IS NULL")
    [ "$got" = "$(hex_of "$f")" ] || fail "acknowledged entry #$id lost or changed in $j"
  done
}

# expect_error RC TEXT: exit code RC, exactly one stderr line `debrief: ...` containing TEXT,
# and no control characters in it.
expect_error() {
  expect_rc "$1"
  expect_one_error_line
  expect_err_contains "$2"
  no_control_bytes "$SANDBOX/.err" || fail "control bytes on stderr: $(od -c "$SANDBOX/.err" | head -5)"
}

# no_control_bytes FILE [tty]: no C0 control (but newline, tab and CR before LF; any CR with
# "tty"), DEL or C1 control (U+0080–U+009F) in the file.
no_control_bytes() {
  local allowed='\t\n'
  if [ "${2:-}" = tty ]; then allowed='\t\n\r'; fi
  LC_ALL=C "$PY" - "$1" "$allowed" <<'EOF'
import re, sys
data = open(sys.argv[1], 'rb').read().replace(b'\r\n', b'\n')  # CSV's line ends
allowed = sys.argv[2].encode().decode('unicode_escape').encode()
bad = [c for c in range(0x20) if bytes([c]) not in allowed] + [0x7f]
if any(bytes([c]) in data for c in bad) or re.search(rb'\xc2[\x80-\x9f]', data):
    sys.exit(1)
EOF
}

# expect_clean_output: stdout and stderr of the last run carry no control bytes.
expect_clean_output() {
  no_control_bytes "$SANDBOX/.out" || fail "control bytes on stdout: $(od -c "$SANDBOX/.out" | grep -m3 '\\033\|\\[0-9]')"
  no_control_bytes "$SANDBOX/.err" || fail "control bytes on stderr: $(od -c "$SANDBOX/.err" | grep -m3 '\\033\|\\[0-9]')"
}

# draft_in_error: the draft path named by the last error ("... kept in PATH").
draft_in_error() { sed -n 's/.* kept in \(\/[^ ;,)]*\).*/\1/p' <<<"$ERR" | head -1; }

# expect_draft FILE: the last error names a draft holding exactly FILE's text, private (0600
# in a 0700 directory).
expect_draft() {
  local d
  d=$(draft_in_error)
  [ -n "$d" ] || fail "the error names no draft: $ERR"
  [ -f "$d" ] || fail "the draft $d does not exist"
  [ "$(hex_of "$d")" = "$(hex_of "$1")" ] || fail "the draft $d does not hold the typed text"
  [ "$(mode_of "$d")" = 600 ] || fail "draft $d is mode $(mode_of "$d")"
  [ "$(mode_of "$(dirname "$d")")" = 700 ] || [ "$(dirname "$d")" = "${TMPDIR:-/tmp}" ] ||
    fail "draft directory $(dirname "$d") is mode $(mode_of "$(dirname "$d")")"
}

# expect_private DIR...: nothing under the directories is readable, writable or searchable
# by group or others (the directories given are checked too).
expect_private() {
  local found
  found=$(find "$@" -perm /077 -printf '%m %p\n' 2>/dev/null || true)
  [ -z "$found" ] || fail "files open to group/others: $found"
}

# as_user CMD...: runs CMD as an unprivileged user when the tests run as root (root ignores
# file modes, so read-only files would not be read-only). The sandbox is handed to that user.
# When that user cannot reach the binary (a clone under root's 0700 home), a copy of it in the
# sandbox runs instead.
as_user() {
  if [ "$(id -u)" -eq 0 ]; then
    local a args=()
    for a in "$@"; do
      if [ "$a" = "$db" ]; then args+=("$(db_for_user)"); else args+=("$a"); fi
    done
    setpriv --reuid=65534 --regid=65534 --clear-groups -- "${args[@]}"
  else
    "$@"
  fi
}
db_for_user() {
  if setpriv --reuid=65534 --regid=65534 --clear-groups -- test -x "$db"; then
    printf '%s' "$db"
    return
  fi
  local copy=$SANDBOX/.bin/debrief
  if [ ! -x "$copy" ]; then
    mkdir -p "$SANDBOX/.bin"
    cp "$db" "$copy"
    chmod 755 "$SANDBOX/.bin" "$copy"
    chmod o+x "$SANDBOX" # to pass through, not to list or write
  fi
  printf '%s' "$copy"
}
give_sandbox_to_user() { [ "$(id -u)" -ne 0 ] || chown -R 65534:65534 "$SANDBOX"; }

# hold_lock JOURNAL SECONDS: another process takes the journal's write lock (BEGIN EXCLUSIVE)
# and keeps it for SECONDS; returns once the lock is held. $LOCKER is its pid.
hold_lock() {
  rm -f "$SANDBOX/.locked"
  "$PY" - "$1" "$2" "$SANDBOX/.locked" <<'EOF' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
c.execute('BEGIN EXCLUSIVE')
open(sys.argv[3], 'w').close()
time.sleep(float(sys.argv[2]))
c.execute('ROLLBACK')
EOF
  LOCKER=$!
  for _ in $(seq 1 100); do
    [ -e "$SANDBOX/.locked" ] && return 0
    sleep 0.05
  done
  fail "the locking process did not get the lock"
}

# file_limit_run KBYTES CMD...: runs CMD (like run) with files limited to KBYTES KiB, as on a
# full disk: writes past the limit fail with EFBIG.
file_limit_run() {
  local kb=$1
  shift
  run bash -c 'ulimit -f "$1"; shift; exec "$@"' _ "$kb" "$@"
}

# size_kib FILE: the file's size in KiB, rounded up.
size_kib() { echo $((($(stat -c %s "$1") + 1023) / 1024)); }

# text_deck ID N: a user deck of N plain text questions q1..qN (audience either).
text_deck() {
  local dir=$HOME/.config/debrief/decks i
  mkdir -p "$dir"
  {
    printf 'title = "Deck %s"\naudience = "either"\n' "$1"
    for i in $(seq 1 "$2"); do printf '[[question]]\nid = "q%s"\ntext = "Question %s?"\n' "$i" "$i"; done
  } >"$dir/$1.toml"
}

# answer_hex ENTRY QID: the stored answer text, as hex.
answer_hex() { sql "$JOURNAL" "SELECT hex(answer_text) FROM answer WHERE entry_id = $1 AND question_id = '$2'"; }

# wait_for COMMAND...: polls (up to 10 s) until the command succeeds.
wait_for() {
  for _ in $(seq 1 200); do
    "$@" && return 0
    sleep 0.05
  done
  fail "timed out waiting for: $*"
}

# ESCAPES: terminal control sequences of every kind, all valid UTF-8 (so they are stored):
# clear screen, window title (OSC 0), clipboard write (OSC 52), C1 CSI, DCS, BEL, backspace,
# carriage return, DEL.
ESCAPES=$'\e[2J\e[H\e]0;pwned\a\e]52;c;cHduZWQ=\a\xc2\x9b31mC1\eP+q\e\\\x07\x08\r\x7f'

# expect_clean_tty CMDLINE: runs it in a terminal (script) with colour off and checks that
# nothing but text, CR and LF reached the terminal.
expect_clean_tty() {
  tty_run "NO_COLOR=1 $1"
  [ "$RC" -eq 0 ] || fail "$1 failed in a terminal ($RC): $TTY_OUT"
  no_control_bytes "$SANDBOX/.tty" tty || fail "control bytes reached the terminal from '$1': $(od -c "$SANDBOX/.tty" | grep -m3 '\\033\|\\[0-9]')"
}

# memory_limited CMD...: runs CMD (like run) with its address space limited to about 200 MB,
# so reading a huge input whole would fail. A binary built with AddressSanitizer reserves far
# more address space than that just to start: it then runs without the limit.
memory_limited() {
  # The probe's own failure is expected there: its sanitizer message goes to stderr (dropped),
  # not to the report files scripts/sanitize fails on.
  if ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=stderr" \
    bash -c 'ulimit -v 200000; exec "$1" --version' _ "$db" >/dev/null 2>&1; then
    run bash -c 'ulimit -v 200000; exec "$@"' _ "$@"
  else
    echo "note: $db cannot start with ulimit -v (sanitizer build?); running without the limit" >&2
    run "$@"
  fi
}

# Races in a fixed order, without sleeping: a command runs in the background and waits, on a
# FIFO, for the test to let it go on once the other side of the race has run.

# in_background NAME CMD...: runs CMD in the background; joined NAME waits for it.
in_background() {
  local name=$1
  shift
  (
    set +e
    "$@" >"$SANDBOX/.bg-$name.out" 2>"$SANDBOX/.bg-$name.err"
    echo $? >"$SANDBOX/.bg-$name.rc"
  ) &
  echo $! >"$SANDBOX/.bg-$name.pid"
}
# joined NAME: waits for the background command NAME; its stdout, stderr and exit code are then
# in $OUT, $ERR and $RC, as after run (and in $SANDBOX/.out and .err for draft_in_error etc.).
joined() {
  wait "$(cat "$SANDBOX/.bg-$1.pid")" || true
  cp "$SANDBOX/.bg-$1.out" "$SANDBOX/.out"
  cp "$SANDBOX/.bg-$1.err" "$SANDBOX/.err"
  OUT=$(cat "$SANDBOX/.out")
  ERR=$(cat "$SANDBOX/.err")
  RC=$(cat "$SANDBOX/.bg-$1.rc")
}

# held_editor NAME SED_SCRIPT: an editor, $SANDBOX/NAME, that applies the sed script (no single
# quotes in it) to the file, then holds: editor_opened NAME returns once it has, and it returns
# to debrief only when editor_released NAME lets it.
held_editor() {
  mkfifo "$SANDBOX/$1.opened" "$SANDBOX/$1.release"
  cat >"$SANDBOX/$1" <<SH
#!/bin/sh
sed -i -e '$2' "\$1"
echo opened >"$SANDBOX/$1.opened"
read -r _ <"$SANDBOX/$1.release"
SH
  chmod +x "$SANDBOX/$1"
}
editor_opened() { timeout 60 head -n 1 "$SANDBOX/$1.opened" >/dev/null || fail "the editor $1 was not opened"; }
editor_released() { timeout 60 sh -c 'echo go >"$1"' _ "$SANDBOX/$1.release" || fail "the editor $1 is gone"; }

# hold_write_lock JOURNAL SECONDS: like hold_lock, but only the write lock (BEGIN IMMEDIATE):
# others still read, and a writer waits (up to its busy timeout) until it is let go.
hold_write_lock() {
  rm -f "$SANDBOX/.locked"
  "$PY" - "$1" "$2" "$SANDBOX/.locked" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
c.execute('BEGIN IMMEDIATE')
open(sys.argv[3], 'w').close()
time.sleep(float(sys.argv[2]))
c.execute('ROLLBACK')
PY
  LOCKER=$!
  wait_for test -e "$SANDBOX/.locked"
}
