#include "core/uuid.hpp"

#include <doctest/doctest.h>

using namespace debrief;

TEST_CASE("core::make_uuid_v7") {
  std::array<std::uint8_t, 10> zeros{};
  std::array<std::uint8_t, 10> ones{};
  ones.fill(0xFF);
  SUBCASE("layout: timestamp, version 7, variant 10") {
    CHECK(make_uuid_v7(0x0123456789ABull, zeros) == "01234567-89ab-7000-8000-000000000000");
    CHECK(make_uuid_v7(0x0123456789ABull, ones) == "01234567-89ab-7fff-bfff-ffffffffffff");
  }
  SUBCASE("later ids sort later") { CHECK(make_uuid_v7(1000, ones) < make_uuid_v7(1001, zeros)); }
  SUBCASE("is_uuid") {
    CHECK(is_uuid(make_uuid_v7(1763900000000ull, ones)));
    CHECK_FALSE(is_uuid("01234567-89ab-7000-8000-00000000000"));
    CHECK_FALSE(is_uuid("01234567-89AB-7000-8000-000000000000"));
    CHECK_FALSE(is_uuid("0123456789ab-7000-8000-0000000000000"));
  }
}
