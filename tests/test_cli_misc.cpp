// `debrief` itself run in-process: the overview, --help, --version, unknown commands and
// options, and the `decks` and `config` commands.
#include "cli_fixture.hpp"

#include <regex>

using debrief::test::CliFixture;

namespace {
const char* const k_commands = "  log          Capture a quick note after a call\n"
                               "  list         Show recent entries, most recent first\n"
                               "  show         Show an entry in full: text, answers, marks, tags, commitments\n"
                               "  delete       Hide an entry from list, search and report (undelete restores it)\n"
                               "  undelete     Restore a deleted entry\n"
                               "  edit         Change an entry in $VISUAL/$EDITOR: fields, text, tags, answers\n"
                               "  search       Search notes, answers and commitments, best match first\n"
                               "  ask          Run a Socratic debrief with a rep, question by question\n"
                               "  reflect      Reflect on a call on your own, guided by questions\n"
                               "  report       The weekly coaching report (text, Markdown, JSON, CSV or HTML)\n"
                               "  team         Roll several managers' exports or journals into one team report\n"
                               "  commitments  List commitments (open ones by default), or edit one\n"
                               "  commit       Add a commitment agreed outside a debrief\n"
                               "  done         Close a commitment as done, with how it went\n"
                               "  drop         Drop a commitment, with why\n"
                               "  reopen       Open a closed commitment again\n"
                               "  people       List the people in the journal with their counts\n"
                               "  person       One rep at a glance: what to read in the minute before a call\n"
                               "  compare      A rep's reflection beside the manager's debrief of the same call\n"
                               "  export       Write entries as JSONL (for import and backup), Markdown or CSV\n"
                               "  import       Add entries from a JSONL export (- for stdin)\n"
                               "  decks        List, show and check question decks\n"
                               "  config       Show the effective configuration and where each value comes from\n";

const char* const k_mini_deck = R"(title = "Mini"
audience = "either"

[[question]]
id = "what"
text = "What happened?"

[[question]]
id = "found"
text = "What was the real problem?"
discovery = true
)";
} // namespace

TEST_CASE("cli: no command prints the overview and where the journal is") {
  CliFixture cli;
  auto r = cli.run({});
  CHECK(r.code == 0);
  CHECK(r.err == "");
  CHECK(r.out == std::string("debrief: a coaching journal for sales managers and reps\n\nCommands:\n") + k_commands +
                     "\nJournal: <tmp>/home/.local/share/debrief/journal.db (from $HOME; not created yet)\n"
                     "Run 'debrief COMMAND --help' for a command's options and examples.\n");
  cli.ok({"log", "x"});
  CHECK(cli.ok({}).find("\nJournal: <tmp>/home/.local/share/debrief/journal.db (from $HOME)\n") != std::string::npos);
  cli.env.debrief_db = (cli.dir / "other.db").string();
  CHECK(cli.ok({}).find("\nJournal: <tmp>/other.db (from $DEBRIEF_DB; not created yet)\n") != std::string::npos);
}

TEST_CASE("cli: --help, --version") {
  CliFixture cli;
  auto r = cli.run({"--version"});
  CHECK(r.code == 0);
  CHECK(std::regex_match(r.out, std::regex("debrief [0-9]+\\.[0-9]+\\.[0-9]+\n")));
  CHECK(r.err == "");
  auto help = cli.ok({"--help"});
  CHECK(help.starts_with(
      "debrief: a coaching journal for sales managers and reps\nUsage: debrief [OPTIONS] [SUBCOMMAND]\n"));
  CHECK(help.find("\n  --color auto|always|never   Colour output: auto, always or never\n") != std::string::npos);
  CHECK(help.ends_with("Examples:\n"
                       "  debrief log \"Acme demo: pricing before the pain was clear #demo @alice\"\n"
                       "  debrief list --rep alice\n"
                       "  debrief --db ~/team.db list\n"));
  CHECK(cli.ok({"log", "--help"})
            .starts_with("Capture a quick note after a call\nUsage: debrief log [OPTIONS] [text...]\n"));
  CHECK(cli.ok({"config", "--help"})
            .starts_with("Show the effective configuration and where each value comes from\n"
                         "Usage: debrief config [OPTIONS]\n"));
  CHECK(!std::filesystem::exists(cli.journal()));
}

TEST_CASE("cli: unknown commands and options are usage errors") {
  CliFixture cli;
  auto r = cli.run({"frobnicate"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(
      r.err ==
      "debrief: unknown command 'frobnicate' (commands: log, list, show, delete, undelete, edit, search, ask, "
      "reflect, report, team, commitments, commit, done, drop, reopen, people, person, compare, export, import, decks, "
      "config)\n");
  r = cli.run({"lgo", "x"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: unknown command 'lgo'; did you mean 'log'?\n");
  r = cli.run({"list", "--frob"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: unknown option '--frob' for 'debrief list' (see 'debrief list --help')\n");
  r = cli.run({"--color", "sometimes", "list"});
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("debrief: --color: "));
  CHECK(!std::filesystem::exists(cli.journal()));
}

TEST_CASE("cli: a bad DEBRIEF_BUSY_TIMEOUT_MS is a usage error") {
  CliFixture cli;
  cli.env.busy_timeout_ms = "soon";
  auto r = cli.run({"list"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: DEBRIEF_BUSY_TIMEOUT_MS: invalid value 'soon' (accepted: milliseconds, 0 to 600000)\n");
}

TEST_CASE("cli decks: list, ids, show, path") {
  CliFixture cli;
  CHECK(cli.ok({"decks"}) == "ID                   AUDIENCE QUESTIONS  TITLE\n"
                             "after-action         either           6  After-action review\n"
                             "assignment-review    manager          7  Assignment review\n"
                             "fast-failure         either           8  Fast failure\n"
                             "grow                 manager          8  GROW 1:1\n"
                             "post-call            manager          8  Post-call debrief\n"
                             "quick                manager          3  Quick debrief\n"
                             "self-review          rep              8  Self-review\n"
                             "trust-check          rep              5  Trust check (private)\n");
  CHECK(cli.ok({"decks", "--ids"}) ==
        "after-action\nassignment-review\nfast-failure\ngrow\npost-call\nquick\nself-review\ntrust-check\n");
  CHECK(cli.ok({"decks", "path"}) == "<tmp>/home/.config/debrief/decks\n");
  CHECK(cli.ok({"decks", "show", "fast-failure"}) ==
        "Fast failure (fast-failure)\n"
        "audience: either; entries are lessons; source: built-in\n"
        "Start from what was worth trying, name what went wrong plainly, and pass the lesson on.\n"
        "\n"
        " 1. What were you trying, and why was it worth a try?\n"
        "    id: attempt\n"
        "    hint: Start from the intent: a useful mistake comes from trying something.\n"
        "\n"
        " 2. What went wrong? Describe it plainly, without blame.\n"
        "    id: mistake\n"
        "\n"
        " 3. How soon did you notice? [choice: minutes, hours, days, weeks]\n"
        "    id: noticed\n"
        "\n"
        " 4. What told you?\n"
        "    id: signal\n"
        "\n"
        " 5. What did it cost? [choice: nothing, time, trust, deal]\n"
        "    id: cost\n"
        "\n"
        " 6. What is the lesson, in one sentence someone else could use? [discovery]\n"
        "    id: lesson\n"
        "\n"
        " 7. Who else should hear about this so they don't repeat it?\n"
        "    id: who\n"
        "\n"
        " 8. Could it happen again next week? [yes/no]\n"
        "    id: again\n"
        "\n"
        "Commitment: What will you do differently from now on? (due in 7 days)\n");
}

TEST_CASE("cli decks check") {
  CliFixture cli;
  const auto good = cli.write_file("mini.toml", k_mini_deck);
  auto r = cli.run({"decks", "check", good});
  CHECK(r.code == 0);
  CHECK(r.out == "<tmp>/mini.toml: ok (mini, 2 questions)\n");
  CHECK(r.err == "");

  const auto bad = cli.write_file("bad.toml", "title = \"X\"\n[[question]]\nid = \"a\"\n");
  r = cli.run({"decks", "check", bad});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "<tmp>/bad.toml:1:1: the deck has no 'audience' (accepted: manager, rep, either)\n"
                 "<tmp>/bad.toml:2:1: question 1 has no 'text'\n"
                 "debrief: 2 errors in 1 of 1 deck file\n");

  r = cli.run({"decks", "show", "nope"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: unknown deck 'nope' (decks: after-action, assignment-review, fast-failure, grow, post-call, "
                 "quick, self-review, trust-check)\n");
}

TEST_CASE("cli config: defaults, a set value, and a broken file") {
  CliFixture cli;
  CHECK(cli.ok({"config"}) == "# <tmp>/home/.config/debrief/config.toml (not present; defaults apply)\n"
                              "me                (not set)                          default\n"
                              "week_start        monday                             default\n"
                              "discovery_target  0.8                                default\n"
                              "default_due       in 7 days                          default\n"
                              "editor            ($VISUAL, else $EDITOR, else vi)   default\n"
                              "date_format       short                              default\n"
                              "team_min_people   3                                  default\n"
                              "decks.ask         post-call                          default\n"
                              "decks.reflect     self-review                        default\n");
  cli.write_file("home/.config/debrief/config.toml", "week_start = \"sunday\"\ndiscovery_target = 0.7\n");
  CHECK(cli.ok({"config"}) ==
        "# <tmp>/home/.config/debrief/config.toml\n"
        "me                (not set)                          default\n"
        "week_start        sunday                             <tmp>/home/.config/debrief/config.toml:1\n"
        "discovery_target  0.7                                <tmp>/home/.config/debrief/config.toml:2\n"
        "default_due       in 7 days                          default\n"
        "editor            ($VISUAL, else $EDITOR, else vi)   default\n"
        "date_format       short                              default\n"
        "team_min_people   3                                  default\n"
        "decks.ask         post-call                          default\n"
        "decks.reflect     self-review                        default\n");
  // The config counts: the report's week starts on Sunday and its target is 70%.
  cli.ok({"log", "x"});
  CHECK(cli.ok({"report"})
            .starts_with("Coaching report · Sun 15 Nov – Sat 21 Nov 2026\n"
                         "compared with Sun 8 Nov – Sat 14 Nov 2026 · discovery target 70%\n"));

  cli.write_file("home/.config/debrief/config.toml", "week_start = \"funday\"\n");
  auto r = cli.run({"config"});
  CHECK(r.code == 2);
  CHECK(r.out == "");
  CHECK(r.err ==
        "<tmp>/home/.config/debrief/config.toml:1:14: invalid week_start 'funday' (accepted: monday … sunday)\n"
        "debrief: 1 problem in <tmp>/home/.config/debrief/config.toml\n");
  r = cli.run({"config", "--bogus"});
  CHECK(r.code == 2);
  CHECK(r.err == "debrief: unknown option '--bogus' for 'debrief config' (see 'debrief config --help')\n");
}

TEST_CASE("cli: --db naming a directory is a runtime error") {
  CliFixture cli;
  auto r = cli.run({"--db", cli.dir.string(), "list"});
  CHECK(r.code == 1);
  CHECK(r.out == "");
  CHECK(r.err == "debrief: the journal path <tmp> is not a regular file\n");
}
