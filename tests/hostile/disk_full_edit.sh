# A full disk while `edit` saves: one line, exit 1, the edited text kept in its private draft,
# the entry unchanged.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 3
"$PY" -c 'import sys; sys.stdout.write(" ".join("edited%d" % i for i in range(5000)))' >body.txt
cat >"$SANDBOX/append-editor" <<SH
#!/bin/sh
# Replaces the text (the lines after the header's empty line, before the scissors) with body.txt.
"$PY" - "\$1" "$SANDBOX/body.txt" <<'PYEOF'
import sys
path, body = sys.argv[1], open(sys.argv[2]).read()
text = open(path).read()
head, rest = text.split("\n\n", 1)
scissors = rest.index("# ------------------------ >8")
open(path, "w").write(head + "\n\n" + body + "\n\n" + rest[scissors:])
PYEOF
SH
chmod +x "$SANDBOX/append-editor"
limit=$(size_kib "$JOURNAL")
EDITOR=$SANDBOX/append-editor file_limit_run "$limit" "$db" edit 2
expect_error 1 "nothing saved, your edit is kept in"
d=$(draft_in_error)
[ "$(mode_of "$d")" = 600 ] || fail "draft mode $(mode_of "$d")"
grep -q "edited4999" "$d" || fail "the draft lacks the edited text"
check_journal
EDITOR=$SANDBOX/append-editor run "$db" edit 2
expect_rc 0
cp body.txt "$SANDBOX/.seeded/2"
check_journal
pass
