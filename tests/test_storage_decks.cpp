// The deck catalogue's quick path for completion gives what the full one gives.
#include "storage/deck_store.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace debrief;

TEST_CASE("storage::builtin_catalog_ids") {
  SUBCASE("no user decks: the built-ins' ids, as parsing them gives, in the same order") {
    auto ids = builtin_catalog_ids("no-such-dir");
    REQUIRE(ids);
    CHECK(*ids == load_catalog("no-such-dir").ids());
    CHECK(ids->size() >= 5);
    CHECK(builtin_catalog_ids("") == ids);
  }
  SUBCASE("user decks must be read: no quick answer") {
    std::filesystem::create_directories("user-decks");
    std::ofstream("user-decks/mine.toml") << "title = \"Mine\"\n";
    CHECK_FALSE(builtin_catalog_ids("user-decks"));
  }
}
