// A deck's `sets = "outcome"` question makes its answer the entry's outcome (post-call's
// `result`), in ask, reflect and import.
#include "cli_fixture.hpp"

using debrief::test::CliFixture;

namespace {
// post-call, in its order: five discovery questions (each marked), result, declined (asked
// only when lost), affirm, then no commitment.
std::string post_call(const std::string& result) {
  std::string in = "pain\ns\ntried\nn\nwhy\nt\nturn\ns\nbetter\ns\n" + result + "\n";
  if (result == "lost") in += "no budget\n";
  return in + "kept calm\n\n";
}

/// The report's outcome rows: each outcome's calls and the discovery ratio of their own marks.
std::string outcomes_of(CliFixture& cli) {
  auto json = cli.ok({"report", "--format", "json"});
  auto at = json.find("\"outcomes\":[");
  return json.substr(at, json.find(']', at) - at + 1);
}

std::string row(const char* outcome, const char* ratio) {
  return std::string(R"({"outcome":")") + outcome + R"(","calls":1,"discovery_ratio":)" + ratio +
         R"(,"commitments_done":0,"commitments_closed":0})";
}
} // namespace

TEST_CASE("cli ask: the post-call result is the call's outcome") {
  CliFixture cli;
  REQUIRE(cli.run({"ask", "Müller"}, post_call("lost")).code == 0);
  CHECK(cli.ok({"export"}).find(R"("outcome":"lost")") != std::string::npos);
  CHECK(outcomes_of(cli) == "\"outcomes\":[" + row("lost", "0.8") + "]");
  SUBCASE("a resumed debrief answered again follows the new answer") {
    REQUIRE(cli.run({"ask", "José"}, "pain\ns\n:quit\n").code == 0);
    REQUIRE(cli.run({"ask", "--resume"}, "tried\nn\nwhy\nt\nturn\ns\nbetter\ns\nwon\n:back\nadvanced\nok\n\n").code ==
            0);
    CHECK(outcomes_of(cli) == "\"outcomes\":[" + row("lost", "0.8") + "," + row("advanced", "0.8") + "]");
  }
}

TEST_CASE("cli reflect: a user deck's outcome question sets the outcome") {
  CliFixture cli;
  cli.write_file("home/.config/debrief/decks/mine.toml", R"(title = "Mine"
audience = "rep"
[[question]]
id = "end"
text = "How did it end?"
type = "choice"
choices = ["won", "stalled"]
sets = "outcome"
)");
  REQUIRE(cli.run({"reflect", "--deck", "mine"}, "stalled\n").code == 0);
  CHECK(cli.ok({"export"}).find(R"("outcome":"stalled")") != std::string::npos);
}

TEST_CASE("cli decks check: sets must name a field and outcome values") {
  CliFixture cli;
  const auto bad = cli.write_file("bad.toml", R"(title = "Bad"
audience = "manager"
[[question]]
id = "end"
text = "How did it end?"
type = "choice"
choices = ["won", "meh"]
sets = "outcome"
)");
  auto r = cli.run({"decks", "check", bad});
  CHECK(r.code == 2);
  CHECK(r.err.find("bad.toml:8:8: sets = \"outcome\" but choice 'meh' is not an outcome (accepted: won, lost, "
                   "advanced, stalled)") != std::string::npos);
}

TEST_CASE("cli import: a line exported before outcomes came from answers gets its outcome") {
  CliFixture from;
  REQUIRE(from.run({"ask", "O'Brien, Jr."}, post_call("lost")).code == 0);
  auto line = from.ok({"export"});
  const std::string lost = R"("outcome":"lost")";
  REQUIRE(line.find(lost) != std::string::npos);
  line.replace(line.find(lost), lost.size(), R"("outcome":null)");
  CliFixture to;
  const auto file = to.write_file("old.jsonl", line);
  REQUIRE(to.run({"import", file}).code == 0);
  CHECK(to.ok({"export"}).find(lost) != std::string::npos);
  CHECK(outcomes_of(to) == "\"outcomes\":[" + row("lost", "0.8") + "]");
}

TEST_CASE("cli decks show: the question that sets the outcome says so") {
  CliFixture cli;
  CHECK(cli.ok({"decks", "show", "post-call"}).find("    id: result\n    sets the entry's outcome\n") !=
        std::string::npos);
}
