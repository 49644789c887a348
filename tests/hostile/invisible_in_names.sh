# Invisible and control characters in names and tags (zero-width and bidi characters, a BOM, a
# line separator, a no-break space, a tab, a control) are refused with exit 2 and one line that
# shows them escaped; nothing is stored. Such characters stored in other text reach the output
# removed (text) or escaped (JSON), never raw: no bidi override acts on the terminal.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

# no_hidden FILE: none of the invisible characters debrief removes from output is in FILE.
no_hidden() {
  "$PY" - "$1" <<'PYEOF'
import sys
text = open(sys.argv[1], 'rb').read().decode('utf-8', 'replace')
hidden = [0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF] + list(range(0x202A, 0x202F)) \
    + list(range(0x2060, 0x2065)) + list(range(0x2066, 0x2070))
sys.exit(1 if any(chr(c) in text for c in hidden) else 0)
PYEOF
}

seed 2
before=$(entry_count)
u() { printf '%b' "$1"; } # the shell's printf writes \u escapes as UTF-8 under C.UTF-8
while IFS='|' read -r name shown in_text; do
  name=$(u "$name")
  run "$db" log -r "$name" "text"
  expect_error 2 "invalid name '$shown': U+"
  expect_err_contains "(accepted: letters of any script, digits, punctuation, symbols and spaces inside"
  no_hidden "$SANDBOX/.err" || fail "a hidden character on stderr for $shown"
  run "$db" ask "$name"
  expect_error 2 "invalid name '$shown'"
  run "$db" list --rep "$name"
  expect_error 2 "invalid name '$shown'"
  run "$db" report --rep "$name"
  expect_error 2 "invalid name '$shown'"
  run "$db" commitments --rep "$name"
  expect_error 2 "invalid name '$shown'"
  run "$db" people rename alice "$name"
  expect_error 2 "invalid name '$shown'"
  if [ "$in_text" = mark ]; then # inside an @name in the text (else what follows @ is no letter, or ends the name)
    run "$db" log "a note about @$name"
    expect_error 2 "invalid name '$shown'"
  fi
  run "$db" log -t "tag$name" "text"
  expect_error 2 "invalid tag 'tag$shown'"
done <<'NAMES'
b\u200Bob|b\u200bob|mark
\u202Eevil|\u202eevil
a\u2066b|a\u2066b|mark
\uFEFFbob|\ufeffbob
a\u2028b|a\u2028b
a\u00A0b|a\u00a0b
a\tb|a\tb
a\x01b|a\u0001b
NAMES
[ "$(entry_count)" -eq "$before" ] || fail "something was stored"
[ "$(sql "$JOURNAL" "SELECT count(*) FROM person")" -eq 1 ] || fail "a person was added"

# Stored text holding them: shown without them, or escaped in JSON.
u 'pay \u202Eattention: \u2066b\u200Bob\u2069 and \uFEFFeve\u2028next' >note.txt
run "$db" log -q -r alice "$(cat note.txt)"
expect_rc 0
id=$OUT
acknowledged "$id" note.txt
for cmd in "show $id" "list" "search attention" "export --format markdown" "export --format csv"; do
  # shellcheck disable=SC2086 # the command's words
  run "$db" $cmd
  expect_rc 0
  expect_clean_output
  no_hidden "$SANDBOX/.out" || fail "$cmd shows a hidden character: $(od -c "$SANDBOX/.out" | head -5)"
done
run "$db" show "$id"
expect_out_contains "pay attention: bob and eve"
for cmd in "list --json" "export"; do
  # shellcheck disable=SC2086
  run "$db" $cmd
  expect_rc 0
  no_hidden "$SANDBOX/.out" || fail "$cmd writes a hidden character raw"
  grep -qF '\u202eattention' <<<"$OUT" || fail "$cmd does not keep the override escaped: $OUT"
done
# What export wrote imports back to the same text.
"$db" export >backup.jsonl
"$db" --db copy.db import backup.jsonl >/dev/null
[ "$(sql copy.db "SELECT hex(body) FROM entry WHERE body LIKE 'pay%'")" = "$(hex_of note.txt)" ] ||
  fail "the text changed through export and import"

# An import line naming such a person is refused like -r.
"$PY" - >bad.jsonl <<'PYEOF'
import json
print(json.dumps({"uuid": "0190a3c4-0000-7000-8000-0000000000aa", "kind": "note", "person": "b\u200bob", "deck": None,
    "at": "2026-11-20T10:00:00+00:00", "created": "2026-11-20T10:00:00+00:00", "updated": "2026-11-20T10:00:00+00:00",
    "outcome": None, "lesson": False, "status": "complete", "tags": [], "body": "x", "answers": [], "commitments": []}))
PYEOF
run "$db" import bad.jsonl
expect_rc 2
expect_err_contains "bad.jsonl:1: invalid name 'b\u200bob': U+200B is an invisible formatting character"
check_journal
pass
