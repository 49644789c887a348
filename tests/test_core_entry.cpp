#include "core/entry.hpp"
#include "core/error.hpp"

#include <doctest/doctest.h>

using namespace debrief;

TEST_CASE("core::parse_number is decimal only") {
  CHECK(parse_number("7", Numbered::entry) == 7);
  CHECK(parse_number("010", Numbered::entry) == 10);
  CHECK(parse_number("0", Numbered::entry) == 0);
  CHECK(parse_number("000", Numbered::commitment) == 0);
  CHECK(parse_number("999999999999999999", Numbered::entry) == 999999999999999999LL);
  CHECK_THROWS_WITH_AS(parse_number("0x3", Numbered::entry), "expected an entry number, got '0x3'", UsageError);
  CHECK_THROWS_WITH_AS(parse_number("1.0", Numbered::commitment), "expected a commitment number, got '1.0'",
                       UsageError);
  for (const char* bad : {"", "-1", "+1", " 1", "1 ", "1e3", "alice", "\xd9\xa3"}) // U+0663 ARABIC-INDIC THREE
    CHECK_THROWS_AS(parse_number(bad, Numbered::entry), UsageError);
  CHECK_THROWS_WITH_AS(parse_number("0099999999999999999999", Numbered::entry), "no entry #99999999999999999999",
                       UsageError);
}
