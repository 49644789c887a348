#include "core/error.hpp"
#include "core/json.hpp"

#include <doctest/doctest.h>

using namespace debrief;

TEST_CASE("core::parse_json") {
  SUBCASE("values") {
    auto v = parse_json(R"( {"a": [1, -2, true, false, null, "x"], "b": {"c": "d"}} )");
    const auto& o = *v.object();
    const auto& a = *o.at("a").array();
    CHECK(*a[0].integer() == 1);
    CHECK(*a[1].integer() == -2);
    CHECK(*a[2].boolean());
    CHECK_FALSE(*a[3].boolean());
    CHECK(a[4].is_null());
    CHECK(*a[5].string() == "x");
    CHECK(*o.at("b").object()->at("c").string() == "d");
  }
  SUBCASE("strings round-trip with json_string") {
    for (std::string s : {"plain", "quote \" backslash \\", "tab\tnew\nline", "esc \x1b[31m", "café 𝄞", "c1 \xC2\x9B"})
      CHECK(*parse_json(json_string(s)).string() == s);
    CHECK(*parse_json(R"("\u00e9\ud834\udd1e\/")").string() == "é𝄞/");
  }
  SUBCASE("errors name the byte and what was expected") {
    CHECK_THROWS_WITH_AS(parse_json("{\"a\": }"), "invalid JSON at byte 7: expected a value", UsageError);
    CHECK_THROWS_WITH_AS(parse_json("[1 2]"), "invalid JSON at byte 4: expected ',' or ']'", UsageError);
    CHECK_THROWS_WITH_AS(parse_json("{} x"), "invalid JSON at byte 4: expected end of input", UsageError);
    for (const char* bad : {"", "{", "\"abc", "\"\\x\"", "\"\\ud800\"", "\"\\u0000\"", "01", "1.5", "1e3",
                            "{\"a\":1,\"a\":2}", "\"\xFF\"", "[\"\x01\"]", "tru", "99999999999999999999"})
      CHECK_THROWS_AS(parse_json(bad), UsageError);
    CHECK_THROWS_AS(parse_json(std::string(40, '[') + std::string(40, ']')), UsageError);
    CHECK_NOTHROW(parse_json(std::string(30, '[') + std::string(30, ']')));
  }
}
