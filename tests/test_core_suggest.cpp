#include "core/suggest.hpp"

#include <doctest/doctest.h>

using namespace debrief;

TEST_CASE("core::edit_distance") {
  CHECK(edit_distance("log", "log") == 0);
  CHECK(edit_distance("lgo", "log") == 1);
  CHECK(edit_distance("reprot", "report") == 1);
  CHECK(edit_distance("alice", "alicia") == 2);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("ALICE", "alice") == 0);
}

TEST_CASE("core::did_you_mean") {
  std::vector<std::string> commands{"log", "list", "ask", "reflect", "report"};
  CHECK(did_you_mean("lgo", commands) == "log");
  CHECK(did_you_mean("lst", commands) == "list");
  CHECK(did_you_mean("reprot", commands) == "report");
  CHECK_FALSE(did_you_mean("xyzzy", commands));
  CHECK(did_you_mean("alicia", {"bob", "alice"}) == "alice");
  CHECK_FALSE(did_you_mean("al", {"bob"}));
}
