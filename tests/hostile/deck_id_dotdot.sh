# Deck ids that look like paths (../) never name a file: --deck, decks show, a deck's own id,
# config's default deck and an imported entry's deck are all refused in one line; no entry
# is started and nothing outside the deck directory is read.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

seed 2
before=$(entry_count)
mkdir -p "$HOME/.config/debrief/decks"
# A valid deck outside the deck directory, which ../ would reach.
printf 'title = "Outside"\naudience = "manager"\n[[question]]\nid = "a"\ntext = "A?"\n' >"$HOME/.config/debrief/outside.toml"
for id in ../outside ../../.config/debrief/outside /etc/passwd ../outside.toml; do
  run "$db" ask alice --deck "$id"
  expect_error 2 "--deck: unknown deck '$id'"
  run "$db" decks show "$id"
  expect_error 2 "unknown deck '$id'"
done
[ "$(entry_count)" -eq "$before" ] || fail "an entry was started"
printf 'id = "../evil"\ntitle = "Evil"\naudience = "manager"\n[[question]]\nid = "../q"\ntext = "Q?"\n' >evil.toml
run "$db" decks check evil.toml
expect_rc 2
expect_err_contains "invalid deck id '../evil'"
expect_err_contains "invalid question id '../q'"
printf '[decks]\nask = "../outside"\n' >"$HOME/.config/debrief/config.toml"
run "$db" ask alice
expect_rc 2
expect_one_error_line
expect_err_contains "../outside"
rm "$HOME/.config/debrief/config.toml"
"$db" export | head -n 1 | sed 's/"deck":null/"deck":"..\/..\/outside"/; s/"uuid":"0/"uuid":"1/' >dotdot.jsonl
grep -q '"deck":"../../outside"' dotdot.jsonl || fail "test setup: $(cat dotdot.jsonl)"
run "$db" import dotdot.jsonl
expect_rc 2
expect_err_contains "dotdot.jsonl:1: invalid deck id '../../outside'"
"$db" export | head -n 1 | sed 's/"answers":\[\]/"answers":[{"position":1,"question":"..\/x","question_text":"Q","text":"a","scale":null,"mark":null,"probes":0,"answered":"2026-11-20T10:00:00+00:00"}]/; s/"uuid":"0/"uuid":"1/' >qid.jsonl
run "$db" import qid.jsonl
expect_rc 2
expect_err_contains "qid.jsonl:1: answers[0]: invalid question id '../x'"
[ "$(entry_count)" -eq "$before" ] || fail "an entry was imported"
check_journal
pass
