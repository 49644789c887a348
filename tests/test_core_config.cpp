#include "core/config.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace debrief;

namespace {
std::vector<std::string> messages(const ConfigLoad& l) {
  std::vector<std::string> out;
  for (const auto& d : l.diagnostics) out.push_back(format_diagnostic(d));
  return out;
}
const std::string k_target_accepted = "'discovery_target' must be a share above 0 and at most 1 (0.8), a whole "
                                      "percent from 1 to 100 (80) or a percent in quotes (\"80%\")";
} // namespace

TEST_CASE("core::load_config") {
  SUBCASE("empty: the defaults") {
    auto l = load_config("", "c.toml");
    CHECK(l.diagnostics.empty());
    CHECK(l.config.week_start == 1);
    CHECK(l.config.discovery_target == doctest::Approx(0.8));
    CHECK(l.config.ask_deck == "post-call");
    CHECK(l.config.sources.at("week_start") == "default");
  }
  SUBCASE("every key, with its source line") {
    auto l =
        load_config("week_start = \"sunday\"\ndiscovery_target = 0.75\ndefault_due = \"in 14 days\"\n"
                    "editor = \"nano\"\ndate_format = \"iso\"\n[decks]\nask = \"grow\"\nreflect = \"after-action\"\n",
                    "c.toml");
    REQUIRE(messages(l).empty());
    CHECK(l.config.week_start == 0);
    CHECK(l.config.discovery_target == doctest::Approx(0.75));
    CHECK(l.config.default_due == "in 14 days");
    CHECK(l.config.editor == "nano");
    CHECK(l.config.date_format == DateFormat::iso);
    CHECK(l.config.ask_deck == "grow");
    CHECK(l.config.reflect_deck == "after-action");
    CHECK(l.config.sources.at("decks.ask") == "c.toml:7");
    CHECK(config_value(l.config, "week_start") == "sunday");
  }
  SUBCASE("strict: every problem with its position") {
    auto l = load_config("week_starts = \"monday\"\ndiscovery_target = 180\ndefault_due = \"soonish\"\n"
                         "date_format = \"long\"\n[decks]\naks = \"grow\"\n",
                         "c.toml");
    auto m = messages(l);
    REQUIRE(m.size() == 5);
    CHECK(m[0] == "c.toml:1:1: unknown key 'week_starts' in the config; did you mean 'week_start'?");
    CHECK(m[1] == "c.toml:2:20: " + k_target_accepted);
    CHECK(m[2].starts_with("c.toml:3:15: 'default_due': invalid date 'soonish'"));
    CHECK(m[3] == "c.toml:4:15: invalid date_format 'long' (accepted: short, iso)");
    CHECK(m[4] == "c.toml:6:1: unknown key 'aks' in [decks]; did you mean 'ask'?");
  }
  SUBCASE("me: the journal's owner, a name as -r takes it") {
    CHECK_FALSE(load_config("", "c.toml").config.me);
    CHECK(config_value(load_config("", "c.toml").config, "me") == "(not set)");
    for (const std::string name : {"bob", "Müller", "José", "O'Brien, Jr."}) {
      auto l = load_config(fmt::format("week_start = \"monday\"\nme = \"  {}  \"\n", name), "c.toml");
      REQUIRE(messages(l).empty());
      CHECK(l.config.me == name);
      CHECK(config_value(l.config, "me") == name);
      CHECK(l.config.sources.at("me") == "c.toml:2");
    }
    // The NFC spelling, as a name typed with -r.
    CHECK(load_config("me = \"Jose\u0301\"", "c.toml").config.me == "Jos\u00e9");
    CHECK(messages(load_config("me = \"\"", "c.toml")) ==
          std::vector<std::string>{"c.toml:1:6: 'me': invalid name '': it is empty (accepted: letters of any script, "
                                   "digits, punctuation, symbols and spaces inside; not starting with '#' or '@'; at "
                                   "most 64 bytes)"});
    CHECK(messages(load_config("me = \"#bob\"", "c.toml"))
              .front()
              .starts_with("c.toml:1:6: 'me': invalid name '#bob': it starts with '#'"));
    CHECK(messages(load_config("me = 7", "c.toml")) == std::vector<std::string>{"c.toml:1:6: 'me' must be a string"});
    CHECK(messages(load_config("mee = \"bob\"", "c.toml")) ==
          std::vector<std::string>{"c.toml:1:1: unknown key 'mee' in the config; did you mean 'me'?"});
  }
  SUBCASE("invalid TOML: one problem, its line, in our words") {
    auto one = [](const std::string& text) {
      auto m = messages(load_config(text, "c.toml"));
      REQUIRE(m.size() == 1);
      return m.front();
    };
    const std::string see = "; see 'config' in debrief(1)";
    CHECK(one("week_start = ") == "c.toml line 1: a key with no value after '='" + see);
    CHECK(one("me = \"bob\nweek_start = \"monday\"\n") ==
          "c.toml line 1: a quoted string is not closed on its line (add the closing quote)" + see);
    CHECK(one("me = 'bob\n") ==
          "c.toml line 1: a quoted string is not closed on its line (add the closing quote)" + see);
    CHECK(one("editor = \"\"\"vim\n") ==
          "c.toml line 1: a quoted string is not closed before the end of the file" + see);
    CHECK(one("\n\nweek_start \"monday\"\n") == "c.toml line 3: a key without '= value' (write key = value)" + see);
    CHECK(one("me = \"bob\"\nme = \"ann\"\n") == "c.toml line 2: 'me' is defined twice" + see);
    CHECK(one("[decks]\nask = \"grow\"\n[decks]\n") == "c.toml line 3: the table [decks] is defined twice" + see);
    CHECK(one("week_start = monday\n") ==
          "c.toml line 1: a value that is not a quoted string, number, true/false, date or array (quote text: "
          "\"like this\")" +
              see);
    CHECK(one("discovery_target = 0.8.1\n") == "c.toml line 1: a malformed number" + see);
    CHECK(one("discovery_target = 80%\n") == "c.toml line 1: a malformed number" + see);
    CHECK(one("editor = \"vim\" -f\n") ==
          "c.toml line 1: more after the value (one key = value per line; quote text with spaces)" + see);
    CHECK(one("[decks\n") == "c.toml line 1: a malformed table header (write [name] on a line of its own)" + see);
    CHECK(one("editor = \"C:\\q\"\n") ==
          "c.toml line 1: an unknown escape in a quoted string (write \\\\ for a backslash, or use 'single quotes')" +
              see);
    for (const auto& m : {one("a = [1,\n"), one("= 3\n"), one("x = {a=1\n"), one("d = 2026-13-01\n")}) {
      CAPTURE(m);
      CHECK(m.find("TOML:") == std::string::npos);
      CHECK(m.find("Error while parsing") == std::string::npos);
      CHECK(m.ends_with(see));
    }
  }
}

TEST_CASE("core::load_config discovery_target: a share, a whole percent or a percent string") {
  auto target = [](const std::string& value) {
    auto l = load_config("discovery_target = " + value + "\n", "c.toml");
    REQUIRE(messages(l).empty());
    CHECK(l.config.sources.at("discovery_target") == "c.toml:1");
    return l.config.discovery_target;
  };
  SUBCASE("a float is a share: 1.0 is 100 %") {
    CHECK(target("0.8") == doctest::Approx(0.8));
    CHECK(target("1.0") == doctest::Approx(1.0));
    CHECK(target("0.05") == doctest::Approx(0.05));
  }
  SUBCASE("an integer is a percent: a bare 1 is 1 %") {
    CHECK(target("80") == doctest::Approx(0.8));
    CHECK(target("100") == doctest::Approx(1.0));
    CHECK(target("1") == doctest::Approx(0.01));
  }
  SUBCASE("a string is a percent with its sign") {
    CHECK(target("\"80%\"") == doctest::Approx(0.8));
    CHECK(target("\" 62.5 % \"") == doctest::Approx(0.625));
    CHECK(target("\"100%\"") == doctest::Approx(1.0));
    CHECK(config_value(load_config("discovery_target = \"80%\"", "c.toml").config, "discovery_target") == "0.8");
  }
  SUBCASE("anything else is refused, naming the forms accepted") {
    for (const std::string bad : {"0", "0.0", "-0.5", "1.5", "80.0", "101", "-3", "\"80\"", "\"0%\"", "\"101%\"",
                                  "\"%\"", "\"8x%\"", "\"1e2%\"", "\"-5%\"", "true", "[80]"}) {
      CAPTURE(bad);
      auto l = load_config("discovery_target = " + bad + "\n", "c.toml");
      CHECK(messages(l) == std::vector<std::string>{"c.toml:1:20: " + k_target_accepted});
      CHECK(l.config.discovery_target == doctest::Approx(0.8));
    }
  }
}

TEST_CASE("team_min_people is a whole number from 3 up; fewer is refused") {
  CHECK(load_config("", "c").config.team_min_people == 3);
  CHECK(load_config("team_min_people = 5\n", "c").config.team_min_people == 5);
  for (const char* bad :
       {"team_min_people = 2\n", "team_min_people = 0\n", "team_min_people = \"3\"\n", "team_min_people = 3.5\n"}) {
    auto r = load_config(bad, "c");
    REQUIRE_MESSAGE(r.diagnostics.size() == 1, bad);
    CHECK(r.diagnostics[0].message == "'team_min_people' must be a whole number from 3 to 1000 (default 3)");
    CHECK(r.config.team_min_people == 3);
  }
}
