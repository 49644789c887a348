#!/usr/bin/env bash
# Times search, export and import on a journal of 100,000 entries (bench/make-journal.sh),
# with hyperfine, and the sqlite3 shell's FTS5 query as a floor for search.
# Targets: search (one word, top 20) median under 30 ms; export and import each under 3 s.
# Usage: bench/browse.sh [RUNS]     (default 30 runs for search, 5 for export and import)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-30}
[ -x build/debrief ] && command -v hyperfine >/dev/null && command -v sqlite3 >/dev/null || scripts/setup --bench >&2
out=bench/out
mkdir -p "$out"
journal="$out/browse-100000.db"
[ -f "$journal" ] || bench/make-journal.sh 100000 "$journal" build/debrief
build/debrief --db "$journal" export >"$out/export-100000.jsonl"

median() { python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"] * 1000))' "$@"; }
hyperfine -N --warmup 3 --runs "$runs" --style none --export-json "$out/search.json" \
  "build/debrief --db $journal search pricing --limit 20" \
  "build/debrief --db $journal search '\"current process\"' --limit 20" \
  "sqlite3 $journal \"SELECT rowid, snippet(search, 0, '[', ']', '...', 12) FROM search WHERE search MATCH 'pricing' ORDER BY rank LIMIT 20\"" \
  >/dev/null 2>"$out/search.log"
hyperfine --warmup 1 --runs 5 --style none --export-json "$out/export.json" \
  "build/debrief --db $journal export > /dev/null" >/dev/null 2>"$out/export.log"
hyperfine --runs 5 --style none --export-json "$out/import.json" --prepare "rm -f $out/import.db $out/import.db-journal" \
  "build/debrief --db $out/import.db import $out/export-100000.jsonl" >/dev/null 2>"$out/import.log"

printf '%-44s %10s\n' "operation (100,000 entries)" "median ms"
printf '%-44s %10s\n' "search pricing (top 20)" "$(median "$out/search.json" 0)"
printf '%-44s %10s\n' "search \"current process\" (top 20)" "$(median "$out/search.json" 1)"
printf '%-44s %10s\n' "sqlite3 shell: FTS5 pricing (top 20)" "$(median "$out/search.json" 2)"
printf '%-44s %10s\n' "export (JSONL)" "$(median "$out/export.json" 0)"
printf '%-44s %10s\n' "import (JSONL, into an empty journal)" "$(median "$out/import.json" 0)"
