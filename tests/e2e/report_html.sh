# `report --format html` and `person --format html`: one self-contained page, valid to a strict
# HTML parser, with no script and nothing fetched, every name escaped; rendered by a real
# headless browser (a screenshot that is not blank, a PDF of the expected pages). `-o FILE`
# writes it with mode 600, whole or not at all, never over the journal. `team` has no html.
source "$DEBRIEF_TEST_LIB"
sandbox
here="$(cd "$(dirname "$DEBRIEF_TEST_LIB")/.." && pwd)"
check="$here/html/check_html.py"
"$here/report/make-fixture.sh" "$db" "$SANDBOX/fixture.db"
export TZ="CET-1CEST,M3.5.0,M10.5.0/3" DEBRIEF_NOW=2026-11-25T12:00
fixture=(--db "$SANDBOX/fixture.db")

# -o: nothing on stdout, a 600 file replacing the one there (whatever its mode), deterministic.
printf 'old\n' >report.html
chmod 644 report.html
run "$db" "${fixture[@]}" report --week 2026-11-16 --format html -o report.html
expect_rc 0
[ -z "$OUT$ERR" ] || fail "output besides the file: $OUT $ERR"
[ "$(mode_of report.html)" = 600 ] || fail "mode $(mode_of report.html)"
run "$db" "${fixture[@]}" report --week 2026-11-16 --format HTML
cmp -s report.html <(printf '%s\n' "$OUT") || fail "-o differs from stdout"
ls -A | grep -q '^\.report\.html\.' && fail "a temporary file was left"
for part in '<h1>Coaching report</h1>' 'Mon 16 Nov – Sun 22 Nov 2026' '<h2>People</h2>' \
  '<h2>Discovery ratio by week (target 80%)</h2>' '<h2>Commitments kept by skill</h2>' '<h2>Useful mistakes</h2>' \
  '<h2>Outcomes against coaching</h2>' '<h2>Your coaching</h2>' 'stroke-dasharray="6 4"' '<td class="n">80%</td>'; do
  grep -qF -- "$part" report.html || fail "report.html lacks $part"
done
run "$db" "${fixture[@]}" person alice --format html -o alice.html
expect_rc 0
grep -qF '<h1>alice</h1>' alice.html || fail "person page: $(head -c 300 alice.html)"
/usr/bin/python3 "$check" valid report.html alice.html || fail "invalid HTML"

# Hostile and non-ASCII names are escaped and the page stays valid.
names=("Müller" "José" "日本語" "O'Brien, Jr." "<script>alert(1)</script>" "Tom & Jerry" '"Quoted" Name')
for n in "${names[@]}"; do
  DEBRIEF_NOW=2026-11-18T10:00 "$db" log -q -r "$n" --outcome won "<b>bold</b> & a 'note' #tag" >/dev/null
  printf '%s\n' "pain of $n" s "x" n "y" t "z" s "w" s 3 "ok" "<i>try</i> this" "" |
    DEBRIEF_NOW=2026-11-18T11:00 "$db" ask "$n" >/dev/null 2>&1
done
run "$db" report --week 2026-11-16 --format html -o names.html
expect_rc 0
run "$db" person "<script>alert(1)</script>" --format html -o script.html
expect_rc 0
/usr/bin/python3 "$check" valid names.html script.html || fail "invalid HTML with hostile names"
grep -qi '<script' names.html script.html && fail "a raw <script> in the output"
grep -qF '&lt;script&gt;alert(1)&lt;/script&gt;' names.html || fail "the script name is not shown escaped"
for n in "Müller" "José" "日本語" "O&#39;Brien, Jr." "Tom &amp; Jerry" "&quot;Quoted&quot; Name"; do
  grep -qF -- "$n" names.html || fail "names.html lacks $n"
done

# -o failures: one line, exit 1, nothing partial left, the file there before unchanged.
run "$db" "${fixture[@]}" report --format html -o "$SANDBOX/missing/dir/r.html"
expect_rc 1
expect_one_error_line
[ "$ERR" = "debrief: cannot write '$SANDBOX/missing/dir/r.html': No such file or directory" ] || fail "$ERR"
printf 'keep\n' >kept.html
run bash -c 'ulimit -f 1; exec "$0" "$@"' "$db" "${fixture[@]}" report --week 2026-11-16 --format html -o kept.html
expect_rc 1
[ "$ERR" = "debrief: cannot write 'kept.html': File too large" ] || fail "$ERR"
[ "$(cat kept.html)" = keep ] || fail "a failed write changed the file"
ls -A | grep -q '^\.debrief-output\.' && fail "a partial temporary file was left"
before=$(sha256sum "$SANDBOX/fixture.db")
run "$db" "${fixture[@]}" report --format html -o "$SANDBOX/./fixture.db"
expect_rc 2
expect_err_contains "is the journal or one of its files; choose another file"
[ "$(sha256sum "$SANDBOX/fixture.db")" = "$before" ] || fail "the journal was changed"
run "$db" "${fixture[@]}" report --format html -o "$SANDBOX/fixture.db-wal"
expect_rc 2
expect_err_contains "is the journal or one of its files; choose another file"
# Only a regular file is replaced: a rename would swap a device, a pipe or a link for a file.
mkfifo pipe
ln -s kept.html link.html
mkdir dir.html
for target in pipe link.html dir.html; do
  run "$db" "${fixture[@]}" report --format html -o "$target"
  expect_rc 2
  expect_one_error_line
  expect_err_contains "-o: '$target' is"
  expect_err_contains "; give a new or a regular file (- for stdout)"
done
[ -p pipe ] && [ -L link.html ] && [ -d dir.html ] || fail "a target was replaced"
[ "$(cat kept.html)" = keep ] || fail "the link's file was changed"
# -o - is stdout.
run "$db" "${fixture[@]}" report --week 2026-11-16 --format json -o -
expect_rc 0
[ ! -e ./- ] || fail "-o - wrote a file named -"
jq -e .period <<<"$OUT" >/dev/null || fail "-o - printed no report: $OUT"

# Only report and person take html.
run "$db" "${fixture[@]}" team "$SANDBOX/fixture.db" --format html
expect_rc 2
[ "$ERR" = "debrief: --format: unknown value 'html' (accepted: text, markdown, json, csv)" ] || fail "team: $ERR"
for cmd in team "compare 1"; do
  # shellcheck disable=SC2086 # the command and its argument
  run "$db" "${fixture[@]}" $cmd --format html
  expect_rc 2
  expect_one_error_line
  expect_err_contains "unknown value 'html'"
done

# A real browser renders it: a screenshot with more than a few colours, and a PDF whose pages
# are those of the fixture's report on Letter (Chromium's default paper) at the @page margins.
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --hide-scrollbars
  "--user-data-dir=$SANDBOX/chrome" --window-size=1000,1400)
"${chrome[@]}" --screenshot="$SANDBOX/report.png" "file://$SANDBOX/report.html" >chrome.log 2>&1 ||
  fail "chromium --screenshot: $(tail -5 chrome.log)"
/usr/bin/python3 "$check" png "$SANDBOX/report.png" 16 || fail "blank screenshot"
"${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$SANDBOX/report.pdf" "file://$SANDBOX/report.html" \
  >chrome.log 2>&1 || fail "chromium --print-to-pdf: $(tail -5 chrome.log)"
pages=$(pdfinfo "$SANDBOX/report.pdf" | awk '/^Pages:/ {print $2}')
[ "$pages" = 3 ] || fail "the PDF has $pages pages, not 3"
pass
