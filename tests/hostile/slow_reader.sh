# A reader that stops reading does not hold the journal: each whole-journal command, its
# output far larger than a pipe holds, waits on a reader that reads 100 bytes and sleeps 4 s,
# while `log` runs five times with a lock wait of 2 s. Every `log` succeeds, and the reader
# gets the very output the command gives without it: nothing lost, nothing twice.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
bench=$(cd "$(dirname "$0")/../../bench" && pwd)
sandbox
export DEBRIEF_BUSY_TIMEOUT_MS=2000 DEBRIEF_NOW=2026-12-30T12:00

# 3,000 entries over 2022–2026 (notes, debriefs with answers and commitments, reflections),
# every one a lesson so that the report lists them all; every body says "process".
"$bench/make-journal.sh" 3000 "$JOURNAL" "$db" >/dev/null
sql "$JOURNAL" "UPDATE entry SET lesson = 1"
# A note of about 300 KB with 60 answers, for show.
"$PY" -c 'print("\n".join(f"line {i}: they asked about pricing before the pain was clear" for i in range(5000)))' \
  >long.txt
long=$("$db" log -q -r alice <long.txt)
acknowledged "$long" <(printf '%s' "$(cat long.txt)")
sql "$JOURNAL" "INSERT INTO answer (entry_id, position, question_id, question_text, answer_text, answered_at)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
  SELECT $long, i, 'q' || i, 'Question ' || i || '?', 'answer ' || i, 0 FROM n"

SLOW='import sys, time
head = sys.stdin.buffer.read(100)
time.sleep(4)
sys.stdout.buffer.write(head + sys.stdin.buffer.read())'

# slow_reader NAME AT ARGS...: `debrief ARGS` into the slow reader while five notes are logged
# at AT (a time the command no longer reads: after its first chunk for newest-first output,
# before it for oldest-first). The reader must get exactly what the command gives alone.
slow_reader() {
  local name=$1 at=$2 cmd reader i id
  shift 2
  "$db" "$@" >"$name.want" 2>"$name.err" || fail "$name failed: $(cat "$name.err")"
  [ "$(wc -c <"$name.want")" -gt 300000 ] || fail "$name: $(wc -c <"$name.want") bytes, too few to fill the pipe"
  rm -f pipe
  mkfifo pipe
  "$db" "$@" >pipe 2>"$name.err" &
  cmd=$!
  "$PY" -c "$SLOW" <pipe >"$name.got" &
  reader=$!
  sleep 1 # the command fills the pipe and waits on its reader
  for i in 1 2 3 4 5; do
    printf 'logged while %s waits on its reader, %s' "$name" "$i" >note.txt
    run "$db" log -q --at "$at" "$(cat note.txt)"
    [ "$RC" -eq 0 ] || fail "log $i while $name waits on its reader: exit $RC: $ERR"
    acknowledged "$OUT" note.txt
  done
  kill -0 "$cmd" 2>/dev/null || fail "$name ended before the notes were logged: the test proves nothing"
  wait "$cmd" || fail "$name failed while its reader slept: $(cat "$name.err")"
  wait "$reader"
  cmp -s "$name.want" "$name.got" ||
    fail "$name: the slow reader got $(wc -c <"$name.got") bytes, not the $(wc -c <"$name.want") written alone"
}

later=2027-06-01 # after every entry: newest-first output has passed it
earlier=2021-06-01 # before every entry: oldest-first output has passed it
slow_reader export "$earlier" export
slow_reader markdown "$earlier" export --format markdown
slow_reader list "$later" --width 1000 list --limit 0 # whole bodies: enough to fill the pipe
slow_reader search "$later" search --limit 0 process
slow_reader report "$later" report --since 2020-01-01
slow_reader show "$later" show "$long"
check_journal
pass
