#!/usr/bin/env bash
# Builds the report fixture: six weeks (Mon 19 Oct – Sun 29 Nov 2026) of notes with outcomes and
# tags, debriefs with marks (post-call's result is their outcome), reflections with scales,
# lessons (fast-failure: how soon noticed, what it cost) and commitments with their reviews,
# through the real binary with a faked clock (DEBRIEF_NOW) in Central European time.
# Usage: make-fixture.sh DEBRIEF_BINARY JOURNAL
set -euo pipefail
db=${1:?usage: make-fixture.sh DEBRIEF JOURNAL}
journal=${2:?usage: make-fixture.sh DEBRIEF JOURNAL}
export TZ="CET-1CEST,M3.5.0,M10.5.0/3"
at() { DEBRIEF_NOW="$1" "$db" --db "$journal" "${@:2}" >/dev/null 2>&1; }
lines() { printf '%s\n' "$@"; }

# Week 1: Mon 9 – Sun 15 Nov.
at 2026-11-10T09:00 log -r alice --outcome stalled "Demo went long #demo"
lines "Slow onboarding" s "Spreadsheets" n "Boss pressure" t "Pricing" t "Ask about the timeline" s 2 "Good rapport" \
  "Ask about their current process" 2026-11-18 | at 2026-11-11T10:00 ask alice
at 2026-11-12T15:00 log -r bob --outcome advanced "First discovery call #discovery"

# Week 2, the report's week: Mon 16 – Sun 22 Nov.
at 2026-11-16T10:00 log -r alice --outcome lost "Pricing came too early #pricing #demo"
lines "Did it twice, both opened up" d "Budget freeze" s "Nothing yet" s "Their bonus" n "The demo" t "Slow down" s \
  4 "Too expensive now" "Stayed calm" "Pause after pricing" 2026-11-20 | at 2026-11-17T10:00 ask alice
lines "Unsure" t "Not sure" t "Growth" n2 "The opening" s "Ask more" t 1 "Energy" "Open with their goal" 2026-11-27 \
  | at 2026-11-18T11:00 ask bob
at 2026-11-19T16:00 log -r bob --lesson --outcome lost "Skipped discovery and pitched; customer went cold #discovery"
lines "A next meeting" "A maybe" "Slow onboarding" "Spreadsheets" "Their bonus" "Listening" "The pricing moment" 3 "" \
  | at 2026-11-19T18:00 reflect
lines 4 5 3 "Not much time together" "More 1:1s" | at 2026-11-20T17:00 reflect --deck trust-check
at 2026-11-20T09:00 log -r carol --outcome won "Great discovery call #discovery"
lines "Closing in one call" "Sent the proposal before the call" days "Customer silence" time \
  "Never send pricing before the pain is agreed" "The team" no "Agree the pain first" - \
  | at 2026-11-21T10:00 reflect --deck fast-failure

# Week 3: Mon 23 – Sun 29 Nov.
at 2026-11-24T10:00 log -r alice --outcome won "Signed #pricing"
at 2026-11-24T12:00 done 2 "worked on the next call"
lines "Opened with the goal twice" k ":quit" | at 2026-11-25T10:00 ask bob

# Week 3, after the rest: carol's fast failure, noticed within minutes (entry #14).
lines "A cheaper option up front" "Led with the rebate" minutes "The buyer frowned" nothing \
  "Price follows value, never leads" s "Everyone" no "" | at 2026-11-26T12:00 ask carol --deck fast-failure

# Six weeks: the three before (19 Oct – 8 Nov), made after the rest so that the ids above stay.
# Debriefs with dave and erin for the coaching months; assignments with a skill, reviewed with
# evidence (erin's in the week before the report's, alice's and dave's in it, beside alice's
# closed without), and one agreed in the report's week with the default due date (in 7 days);
# dave's useful mistake, noticed within hours.
lines "No budget owner" s "A consultant" s "Her promotion" n "The demo" n2 "Ask who signs" t 3 "Warm opening" "" \
  | at 2026-10-20T10:00 ask dave
lines "Price" t "Nothing" n "Growth" s "The objection" t "Slow down" n 4 "Too early" "Kept going" "" \
  | at 2026-10-28T14:00 ask erin
at 2026-11-03T09:00 commit erin "Summarise their words back #listening" --due 2026-11-10
at 2026-11-04T09:00 commit alice "Name the next step before hanging up #closing" --due 2026-11-13
at 2026-11-05T09:00 commit dave "Let the silence work #discovery" --due 2026-11-12
at 2026-11-12T17:00 done 5 "did it on two calls" --helped no --evidence "talked over the summary twice"
at 2026-11-18T09:00 done 6 "asked for the next meeting" --helped partly --evidence "booked one of two"
at 2026-11-19T09:00 done 7 "waited three seconds" --helped yes --evidence "the customer named the budget unprompted"
lines "A shorter demo" "Cut the Q&A short" hours "The champion asked twice" trust "Leave time for their questions" s \
  "The team" no "" | at 2026-11-21T09:00 ask dave --deck fast-failure
lines "Nobody owns it" s "Nothing" s "Her team" s "The demo" n "Listen" s 1 "Good questions" "Ask two pain questions" "" \
  | at 2026-11-20T12:00 ask dave
