#include "core/error.hpp"
#include "storage/paths.hpp"

#include <doctest/doctest.h>

using namespace debrief;

TEST_CASE("storage::resolve_journal_path") {
  Env env;
  env.home = "/home/u";
  SUBCASE("home default") {
    auto p = resolve_journal_path(std::nullopt, env);
    CHECK(p.path == "/home/u/.local/share/debrief/journal.db");
    CHECK(p.source == "$HOME");
  }
  SUBCASE("XDG_DATA_HOME beats HOME; empty or relative values are ignored") {
    env.xdg_data_home = "/data";
    CHECK(resolve_journal_path(std::nullopt, env).path == "/data/debrief/journal.db");
    env.xdg_data_home = "";
    CHECK(resolve_journal_path(std::nullopt, env).path == "/home/u/.local/share/debrief/journal.db");
    env.xdg_data_home = "relative/dir";
    CHECK(resolve_journal_path(std::nullopt, env).path == "/home/u/.local/share/debrief/journal.db");
  }
  SUBCASE("DEBRIEF_DB beats XDG; --db beats everything") {
    env.xdg_data_home = "/data";
    env.debrief_db = "/x/env.db";
    CHECK(resolve_journal_path(std::nullopt, env).path == "/x/env.db");
    CHECK(resolve_journal_path(std::nullopt, env).source == "$DEBRIEF_DB");
    CHECK(resolve_journal_path(std::string("flag.db"), env).path == "flag.db");
    CHECK(resolve_journal_path(std::string("flag.db"), env).source == "--db");
  }
  SUBCASE("nothing to go on") {
    Env empty;
    CHECK_THROWS_AS(resolve_journal_path(std::nullopt, empty), RuntimeError);
    CHECK_THROWS_AS(resolve_journal_path(std::string(""), env), UsageError);
  }
}

TEST_CASE("storage::resolve_drafts_dir") {
  Env env;
  env.home = "/home/u";
  CHECK(resolve_drafts_dir(env, "/j/journal.db") == "/home/u/.local/state/debrief/drafts");
  env.xdg_state_home = "/state";
  CHECK(resolve_drafts_dir(env, "/j/journal.db") == "/state/debrief/drafts");
  Env none;
  CHECK(resolve_drafts_dir(none, "/j/journal.db") == "/j/debrief-drafts");
}

TEST_CASE("storage::parent_dir") {
  CHECK(parent_dir("/a/b/c.db") == "/a/b");
  CHECK(parent_dir("c.db") == ".");
  CHECK(parent_dir("/c.db") == "/");
}
