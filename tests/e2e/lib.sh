# Shared helpers for end-to-end tests: each test runs the real binary in a fresh sandbox.
# Usage: source "$DEBRIEF_TEST_LIB"; sandbox; ...; pass
set -euo pipefail

: "${DEBRIEF_BIN:?DEBRIEF_BIN must point at the built debrief binary}"
db=${DEBRIEF_BIN}

# A fresh HOME and XDG dirs; nothing from the caller's environment leaks in.
sandbox() {
  SANDBOX=$(mktemp -d "${TMPDIR:-/tmp}/debrief-e2e-XXXXXX")
  unset DEBRIEF_DB XDG_CONFIG_HOME XDG_CACHE_HOME VISUAL EDITOR NO_COLOR CLICOLOR_FORCE
  export HOME="$SANDBOX/home" XDG_DATA_HOME="$SANDBOX/home/.local/share" XDG_STATE_HOME="$SANDBOX/home/.local/state"
  export TZ=UTC LC_ALL=C.UTF-8
  mkdir -p "$HOME"
  JOURNAL="$XDG_DATA_HOME/debrief/journal.db"
  trap 'on_exit $?' EXIT
  cd "$SANDBOX"
}

on_exit() {
  if [ "$1" -eq 0 ]; then
    rm -rf "$SANDBOX"
  else
    echo "FAILED; sandbox kept in $SANDBOX" >&2
  fi
}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# run CMD...: runs it, capturing stdout in $OUT, stderr in $ERR and the exit code in $RC.
run() {
  set +e
  "$@" >"$SANDBOX/.out" 2>"$SANDBOX/.err"
  RC=$?
  set -e
  OUT=$(cat "$SANDBOX/.out")
  ERR=$(cat "$SANDBOX/.err")
}

expect_rc() {
  [ "$RC" -eq "$1" ] || fail "expected exit $1, got $RC (stdout: $OUT) (stderr: $ERR)"
}

expect_out_contains() { grep -qF -- "$1" <<<"$OUT" || fail "stdout lacks '$1': $OUT"; }
expect_err_contains() { grep -qF -- "$1" <<<"$ERR" || fail "stderr lacks '$1': $ERR"; }

# One line on stderr, starting with "debrief: ".
expect_one_error_line() {
  [ "$(printf '%s\n' "$ERR" | wc -l)" -eq 1 ] || fail "expected one stderr line, got: $ERR"
  [[ "$ERR" == "debrief: "* ]] || fail "stderr does not start with 'debrief: ': $ERR"
}

# sql FILE QUERY: one query against a journal through the sqlite3 shell.
sql() { sqlite3 -batch -noheader "$1" "$2"; }

entry_count() {
  if [ -e "${1:-$JOURNAL}" ]; then sql "${1:-$JOURNAL}" "SELECT count(*) FROM entry"; else echo 0; fi
}

mode_of() { stat -c '%a' "$1"; }

# copies_of LINE_FILE OUT N: N export lines made from the first line of LINE_FILE, each with its
# own UUID and body ("note I"), for imports of many entries.
copies_of() {
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys, uuid
base = json.loads(open(sys.argv[1]).readline())
with open(sys.argv[2], "w") as out:
    for i in range(int(sys.argv[3])):
        e = dict(base, uuid=str(uuid.UUID(int=(0x7 << 76) | (0x8 << 60) | (i + 1))), body=f"note {i}")
        out.write(json.dumps(e, separators=(",", ":")) + "\n")
PY
}

# tty CMD: runs a shell command line with a pseudo-terminal on stdin and stdout (util-linux script),
# capturing everything written to the terminal in $SANDBOX/.tty and the exit code in $RC.
tty_run() {
  set +e
  script -qec "$1" "$SANDBOX/.tty" </dev/null >/dev/null 2>&1
  RC=$?
  set -e
  TTY_OUT=$(cat "$SANDBOX/.tty")
}

pass() { echo "ok: $(basename "$0")"; }

# tmux on a private server, for driving commands through a real terminal.
TMUX_SOCKET="debrief-test-$$"
tmux_cmd() { tmux -L "$TMUX_SOCKET" "$@"; }
# tmux_start CMDLINE [SESSION]: runs it in a detached session (default "t"), 120x30 unless
# TMUX_COLS and TMUX_ROWS say otherwise, with the sandbox's env; later tmux_* calls use that
# session.
tmux_start() {
  TMUX_TARGET=${2:-t}
  tmux_cmd -f /dev/null new-session -d -s "$TMUX_TARGET" -x "${TMUX_COLS:-120}" -y "${TMUX_ROWS:-30}" \
    "env HOME='$HOME' XDG_DATA_HOME='$XDG_DATA_HOME' XDG_STATE_HOME='$XDG_STATE_HOME' TZ=UTC LC_ALL=C.UTF-8 TERM=xterm-256color $1; echo '[exit '\$?']'; sleep 30"
  trap 'rc=$?; tmux_cmd kill-server 2>/dev/null || true; on_exit $rc' EXIT
}
# tmux_wait TEXT [N]: waits up to 10 s for TEXT to be on the screen (N times, counting the
# scrollback); the screen is left in $SCREEN.
tmux_wait() {
  for _ in $(seq 1 100); do
    SCREEN=$(tmux_cmd capture-pane -p -S - -t "$TMUX_TARGET")
    [ "$(grep -cF -- "$1" <<<"$SCREEN")" -ge "${2:-1}" ] && return 0
    sleep 0.1
  done
  fail "timed out waiting for '$1'; screen: $SCREEN"
}
# tmux_type KEYS...: sends keys to the session (tmux send-keys names: Enter, Left, Home, ...).
tmux_type() { tmux_cmd send-keys -t "$TMUX_TARGET" "$@"; }
# tmux_complete LINE: on a cleared screen, types LINE and Tab into the shell in the session and
# waits (up to 10 s) for the shell to answer by changing the screen; the screen, without empty
# lines, is left in $SCREEN and the line is cleared again.
tmux_complete() {
  local before
  tmux_type C-u "clear" Enter
  sleep 0.2
  tmux_type -l "$1"
  sleep 0.1
  before=$(tmux_cmd capture-pane -p -t "$TMUX_TARGET")
  tmux_type Tab
  for _ in $(seq 1 100); do
    sleep 0.1
    SCREEN=$(tmux_cmd capture-pane -p -t "$TMUX_TARGET")
    [ "$SCREEN" != "$before" ] && break
  done
  sleep 0.3 # the rest of a listing
  SCREEN=$(tmux_cmd capture-pane -p -t "$TMUX_TARGET" | grep -v '^$')
  tmux_type C-u
}
