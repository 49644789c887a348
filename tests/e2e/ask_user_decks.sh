# A user deck with the id post-call replaces the built-in one for `ask`; a broken user deck is
# a warning naming file:line:column and `ask` still runs.
source "$DEBRIEF_TEST_LIB"
sandbox
decks="$HOME/.config/debrief/decks"
mkdir -p "$decks"
cat >"$decks/post-call.toml" <<'TOML'
title = "Team post-call"
audience = "manager"

[[question]]
id = "what"
text = "What happened, in one line?"
discovery = true

[[question]]
id = "next"
text = "What next?"
TOML
printf 'title = "Broken"\naudience = "manager"\n[[question]]\nid = "x"\ntext = "X"\ntype = "scael"\n' >"$decks/zz-broken.toml"

run bash -c "printf '%s\n' 'It stalled' n 'Call back' | '$db' ask erin"
expect_rc 0
expect_err_contains "debrief: warning: skipping a broken deck: $decks/zz-broken.toml:6:8: invalid type 'scael'; did you mean 'scale'?"
expect_err_contains "[1/2] What happened, in one line?"
expect_out_contains "Debrief #1 with erin saved (post-call): 2 answers."
[ "$(sql "$JOURNAL" "SELECT question_text FROM answer ORDER BY position")" = $'What happened, in one line?\nWhat next?' ] \
  || fail "question text as asked not stored"

# A debrief whose deck is gone since it started: --resume says so, not "--deck: unknown deck".
sed 's/^title = .*/id = "team-only"\ntitle = "Team only"/' "$decks/post-call.toml" >"$decks/team-only.toml"
run bash -c "printf '%s\n' 'Half done' | '$db' ask frank --deck team-only"
expect_rc 1
rm "$decks/team-only.toml"
run "$db" ask --resume
expect_rc 1
expect_err_contains "debrief #2 was started with the deck 'team-only', which is no longer installed; put the deck back"
[[ "$ERR" != *"--deck"* ]] || fail "resume blames an option that was not given: $ERR"
pass
