#!/usr/bin/env bash
# Times `debrief log` against bench/floor_log.c (a minimal C program doing the same insert
# with the same pragmas) on an empty journal and on one of 100,000 entries, with hyperfine.
# Prints one table: size, median ms for each, and the ratio. Raw results go to bench/out/.
# Usage: bench/log.sh [RUNS]     (default 200 runs per command and size)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-200}
[ -x build/debrief ] && command -v hyperfine >/dev/null && command -v sqlite3 >/dev/null || scripts/setup --bench >&2
out=bench/out
mkdir -p "$out"
cc -O2 -o "$out/floor_log" bench/floor_log.c -lsqlite3

printf '%-10s %14s %14s %8s\n' "entries" "debrief (ms)" "C floor (ms)" "ratio"
for size in 0 100000; do
  base="$out/journal-$size.db"
  bench/make-journal.sh "$size" "$base" build/debrief
  cp "$base" "$out/debrief-$size.db"
  cp "$base" "$out/floor-$size.db"
  hyperfine -N --warmup 10 --runs "$runs" --style none --export-json "$out/log-$size.json" \
    "build/debrief --db $out/debrief-$size.db log -q -r alice -t bench benchmark-note" \
    "$out/floor_log $out/floor-$size.db" >/dev/null 2>"$out/hyperfine-$size.log"
  python3 - "$out/log-$size.json" "$size" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
d, f = (x["median"] * 1000 for x in r)
print(f"{sys.argv[2]:<10} {d:14.2f} {f:14.2f} {d / f:8.2f}")
PY
done
