# In real terminals of 80x24 and 200x50 (tmux, lines joined back with capture-pane -J), the
# report, list, commitments, people, show, person and every --help, on the report fixture with
# long Unicode names and texts: no line is wider than the pane, and the screens match the golden
# captures in tests/tty/golden/ (read by hand for words broken mid-word; uuids masked).
# DEBRIEF_UPDATE_GOLDEN=1 writes the captures there instead.
source "$DEBRIEF_TEST_LIB"
sandbox
here="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/.." && pwd)"
"$here/report/make-fixture.sh" "$db" "$JOURNAL"
export TZ="CET-1CEST,M3.5.0,M10.5.0/3" DEBRIEF_NOW=2026-11-25T12:00
long="Müller said José's team never read the 日本語 pricing page; O'Brien, Jr. thinks the budget is frozen until Q3 and nobody owns the renewal"
"$db" log -q -r "O'Brien, Jr." --at "2026-11-23 09:00" --outcome stalled "$long #renewal #pricing #q3" >/dev/null
"$db" log -q -r 日本語 --at "2026-11-23 11:00" "日本語の会議はとても長かった。価格の話が早すぎた。次は課題を先に聞く。" >/dev/null
"$db" commit -q "O'Brien, Jr." "Ask who owns the renewal before talking about the price of the upgrade #ownership" \
  --due 2026-11-30 >/dev/null

# The commands, each shown after a `$ debrief ...` line; every command's and subcommand's --help.
commands=("report --week 2026-11-16" "list" "commitments" "commitments --all" "people" "show 5" "show 22"
  "person alice" "person O'Brien,_Jr." "--help")
subcommands() { sed -n '/^Subcommands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p'; }
for c in $("$db" --help | subcommands); do
  commands+=("$c --help")
  for s in $("$db" "$c" --help | subcommands); do commands+=("$c $s --help"); done
done
{
  echo 'set -u'
  for c in "${commands[@]}"; do
    printf 'echo %q\n' "\$ debrief ${c//_/ }"
    read -ra words <<<"$c"
    printf '%q ' "$db" "${words[@]//_/ }"
    echo '2>&1 || echo "[exit $?]"'
  done
  echo "echo '[all shown]'"
} >"$SANDBOX/screens.sh"

printf 'set -g history-limit 100000\n' >"$SANDBOX/tmux.conf"
for size in 80x24 200x50; do
  cols=${size%x*} rows=${size#*x}
  tmux_cmd -f "$SANDBOX/tmux.conf" new-session -d -s "w$cols" -x "$cols" -y "$rows" \
    "env HOME='$HOME' XDG_DATA_HOME='$XDG_DATA_HOME' XDG_STATE_HOME='$XDG_STATE_HOME' TZ='$TZ' DEBRIEF_NOW=$DEBRIEF_NOW DEBRIEF_DB='$JOURNAL' LC_ALL=C.UTF-8 TERM=xterm-256color bash --norc '$SANDBOX/screens.sh'; sleep 60"
  trap 'rc=$?; tmux_cmd kill-server 2>/dev/null || true; on_exit $rc' EXIT
  TMUX_TARGET="w$cols"
  for _ in $(seq 1 300); do
    SCREEN=$(tmux_cmd capture-pane -p -J -S - -t "$TMUX_TARGET")
    grep -qF '[all shown]' <<<"$SCREEN" && break
    sleep 0.1
  done
  grep -qF '[all shown]' <<<"$SCREEN" || fail "$size: the commands did not finish: $SCREEN"
  capture="$SANDBOX/$size.txt"
  sed -e 's/ *$//' -e 's/[0-9a-f]\{8\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{12\}/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/g' \
    <<<"$SCREEN" | sed -e '/^\[all shown\]$/,$d' >"$capture"
  wide=$(python3 -c '
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if width(line) > int(sys.argv[2]): print(width(line), line)' "$capture" "$cols")
  [ -z "$wide" ] || fail "$size: lines wider than the pane:
$wide"
  grep -q '^\[exit ' "$capture" && fail "$size: a command failed: $(grep -B1 '^\[exit ' "$capture")"
  if [ -n "${DEBRIEF_UPDATE_GOLDEN:-}" ]; then cp "$capture" "$here/tty/golden/$size.txt"; fi
  diff -u "$here/tty/golden/$size.txt" "$capture" || fail "$size: the screens differ from tests/tty/golden/$size.txt"
done
pass
