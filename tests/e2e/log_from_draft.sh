# A draft kept by `log` names the command that logs it (quoted for the shell), and
# `log --from-draft FILE` logs the text above the template's scissors line with the same checks
# as typed text, leaving the file in place; an unreadable file or an empty text is refused.
source "$DEBRIEF_TEST_LIB"
sandbox
# Drafts under a directory with a space and a quote: the suggested command must still work.
export XDG_STATE_HOME="$SANDBOX/st ate's"

# An editor that writes a note above the template, then fails.
cat >"$SANDBOX/write-fail" <<'SH'
#!/bin/sh
{ printf 'Pricing before pain #demo\nsecond line\n'; cat "$1"; } >"$1.new" && mv "$1.new" "$1"
exit 3
SH
chmod +x "$SANDBOX/write-fail"

tty_run "EDITOR='$SANDBOX/write-fail' '$db' log -r dana"
[ "$RC" -eq 1 ] || fail "a failing editor exited $RC: $TTY_OUT"
line=$(grep -o "reuse it with: .*" "$SANDBOX/.tty" | tr -d '\r' | head -1)
[ -n "$line" ] || fail "no reuse command in: $TTY_OUT"
suggested=${line#reuse it with: }
[[ "$suggested" == "debrief log --from-draft '"* ]] || fail "the path is not quoted for the shell: $line"
draft=$(eval "printf '%s' ${suggested#debrief log --from-draft }")
[ -f "$draft" ] || fail "the named draft is not there: $draft"
[ "$(entry_count)" -eq 0 ] || fail "a failing editor logged something"

# The suggested command, as printed (plus -r), logs the text without the template.
eval "run \"\$db\" ${suggested#debrief } -r dana -q"
expect_rc 0
[ "$OUT" = 1 ] || fail "not logged as #1: $OUT $ERR"
[ "$(sql "$JOURNAL" "SELECT body FROM entry")" = "Pricing before pain #demo
second line" ] || fail "body: $(sql "$JOURNAL" "SELECT body FROM entry")"
[ "$(sql "$JOURNAL" "SELECT tag FROM tag")" = demo ] || fail "the #tag was not read as in the editor"
[ -f "$draft" ] || fail "--from-draft removed the draft"

# The same checks as typed text: two @names without -r are refused, nothing logged.
printf 'Met @ann and @bob\n' >"$SANDBOX/two.txt"
run "$db" log --from-draft "$SANDBOX/two.txt"
expect_rc 2
expect_one_error_line
expect_err_contains "the note names several people (@ann, @bob)"
[ "$(entry_count)" -eq 1 ] || fail "a refused draft was logged"

# Only the template (an editor that wrote nothing): refused like an empty note.
tty_run "EDITOR=false '$db' log"
[ "$RC" -eq 1 ] || fail "EDITOR=false exited $RC"
line=$(grep -o "reuse it with: .*" "$SANDBOX/.tty" | tr -d '\r' | head -1)
empty=$(eval "printf '%s' ${line#reuse it with: debrief log --from-draft }")
run "$db" log --from-draft "$empty"
expect_rc 2
expect_one_error_line
[ "$ERR" = "debrief: empty note in $empty; nothing logged" ] || fail "empty draft: $ERR"

# A file that cannot be read: one line, exit 1; with text arguments too: a usage error.
run "$db" log --from-draft "$SANDBOX/nope.txt"
expect_rc 1
expect_one_error_line
[ "$ERR" = "debrief: --from-draft: cannot read $SANDBOX/nope.txt: No such file or directory" ] || fail "$ERR"
run "$db" log --from-draft "$SANDBOX"
expect_rc 1
expect_one_error_line
expect_err_contains "is not a regular file"
run "$db" log --from-draft "$SANDBOX/two.txt" "typed text"
expect_rc 2
expect_one_error_line
[ "$(entry_count)" -eq 1 ] || fail "a refused --from-draft logged something"

# The draft's text, not stdin, is the note; stdin is left alone.
printf 'From the file @carl\n' >"$SANDBOX/plain.txt"
run bash -c "echo 'from stdin' | '$db' log --from-draft '$SANDBOX/plain.txt' --json"
expect_rc 0
python3 -c 'import json,sys; e=json.loads(sys.argv[1]); assert e["body"]=="From the file @carl" and e["person"]=="carl", e' "$OUT" ||
  fail "--json: $OUT"
pass
