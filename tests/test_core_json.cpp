#include "core/error.hpp"
#include "core/json.hpp"
#include "core/sanitize.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

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
    CHECK(*parse_json(R"("a\u0000b")").string() == std::string("a\0b", 3)); // valid JSON; fields decide
  }
  SUBCASE("errors name the byte and what was expected") {
    CHECK_THROWS_WITH_AS(parse_json("{\"a\": }"), "invalid JSON at byte 7: expected a value", UsageError);
    CHECK_THROWS_WITH_AS(parse_json("[1 2]"), "invalid JSON at byte 4: expected ',' or ']'", UsageError);
    CHECK_THROWS_WITH_AS(parse_json("{} x"), "invalid JSON at byte 4: expected end of input", UsageError);
    for (const char* bad : {"", "{", "\"abc", "\"\\x\"", "\"\\ud800\"", "01", "1.5", "1e3", "{\"a\":1,\"a\":2}",
                            "\"\xFF\"", "[\"\x01\"]", "tru", "99999999999999999999"})
      CHECK_THROWS_AS(parse_json(bad), UsageError);
    CHECK_THROWS_AS(parse_json(std::string(40, '[') + std::string(40, ']')), UsageError);
    CHECK_NOTHROW(parse_json(std::string(30, '[') + std::string(30, ']')));
  }
}

TEST_CASE("core::json_string bytes that are not UTF-8") {
  SUBCASE("each byte of an ill-formed sequence is written as \\udcXX") {
    CHECK(json_string("\xFF") == R"("\udcff")");                                         // never in UTF-8
    CHECK(json_string("a\x80z") == R"("a\udc80z")");                                     // stray continuation byte
    CHECK(json_string("\xC0\xAF") == R"("\udcc0\udcaf")");                               // overlong, 2 bytes
    CHECK(json_string("\xE0\x80\xAF") == R"("\udce0\udc80\udcaf")");                     // overlong, 3 bytes
    CHECK(json_string("\xF0\x80\x80\xAF") == R"("\udcf0\udc80\udc80\udcaf")");           // overlong, 4 bytes
    CHECK(json_string("\xED\xA0\x80") == R"("\udced\udca0\udc80")");                     // encoded surrogate U+D800
    CHECK(json_string("\xF4\x90\x80\x80") == R"("\udcf4\udc90\udc80\udc80")");           // past U+10FFFF
    CHECK(json_string("\xF8\x88\x80\x80\x80") == R"("\udcf8\udc88\udc80\udc80\udc80")"); // old five-byte form
    CHECK(json_string("x\xE2\x82") == R"("x\udce2\udc82")");                             // truncated at the end
    CHECK(json_string("\xE2\x82x") == R"("\udce2\udc82x")");                             // truncated before ASCII
    CHECK(json_string("\xC2") == R"("\udcc2")"); // C2 alone, the lead of C1 controls
    CHECK(json_string("\xC2\n") == R"("\udcc2\n")");
    CHECK(json_string("f\xF0(\x8C\xBC") == R"("f\udcf0(\udc8c\udcbc")");
    CHECK(json_string("\xE2\x82\xAC\xAC") == R"("€\udcac")"); // valid, then a stray byte
  }
  SUBCASE("valid UTF-8 is written as before") {
    CHECK(json_string("café 𝄞 € \xEF\xBF\xBD \xF4\x8F\xBF\xBF") == "\"café 𝄞 € \xEF\xBF\xBD \xF4\x8F\xBF\xBF\"");
    CHECK(json_string("q\"b\\n\nt\tr\r\x01\x1b\x7f") == R"("q\"b\\n\nt\tr\r\u0001\u001b\u007f")");
    CHECK(json_string("c1 \xC2\x80\xC2\x9B nbsp \xC2\xA0") == "\"c1 \\u0080\\u009b nbsp \xC2\xA0\"");
  }
  SUBCASE("the result is UTF-8 for any bytes") {
    std::string all;
    for (int b = 1; b < 256; ++b) all += static_cast<char>(b);
    CHECK(is_valid_utf8(json_string(all)));
  }
}

TEST_CASE("core::parse_json escaped bytes that are not UTF-8") {
  SUBCASE("a lone \\udc80 to \\udcff is that byte") {
    CHECK(*parse_json(R"("\udcff")").string() == "\xFF");
    CHECK(*parse_json(R"("a\udce2\udc82z")").string() == "a\xE2\x82z");
    CHECK(*parse_json(R"("\uDC80")").string() == "\x80");
    // Escaped bytes that happen to form UTF-8 are that UTF-8 (export never writes them so).
    CHECK(*parse_json(R"("\udce2\udc82\udcac")").string() == "€");
  }
  SUBCASE("a surrogate pair is its code point, whatever the low half") {
    CHECK(*parse_json(R"("\ud800\udc80")").string() == "\xF0\x90\x82\x80");
    CHECK(*parse_json(R"("\udbff\udfff")").string() == "\xF4\x8F\xBF\xBF");
  }
  SUBCASE("other lone surrogates are refused") {
    CHECK_THROWS_WITH_AS(parse_json(R"("ab\ud800")"),
                         "invalid JSON at byte 4: expected a low surrogate after \\ud800 (a lone surrogate is "
                         "not text)",
                         UsageError);
    CHECK_THROWS_WITH_AS(parse_json(R"("\ud83d\u0041")"),
                         "invalid JSON at byte 2: expected a low surrogate after \\ud83d (a lone surrogate is "
                         "not text)",
                         UsageError);
    CHECK_THROWS_WITH_AS(parse_json(R"("\ud83d\ud83d\ude00")"),
                         "invalid JSON at byte 2: expected a low surrogate after \\ud83d (a lone surrogate is "
                         "not text)",
                         UsageError);
    CHECK_THROWS_WITH_AS(parse_json(R"("\udc7f")"),
                         "invalid JSON at byte 2: expected \\udc80 to \\udcff for a lone low surrogate (one byte that "
                         "is not UTF-8), not \\udc7f",
                         UsageError);
    CHECK_THROWS_WITH_AS(parse_json(R"(["\udd00"])"),
                         "invalid JSON at byte 3: expected \\udc80 to \\udcff for a lone low surrogate (one byte that "
                         "is not UTF-8), not \\udd00",
                         UsageError);
  }
  SUBCASE("raw bytes that are not UTF-8 are still refused") {
    CHECK_THROWS_WITH_AS(parse_json("\"ab\xFF\""), "invalid JSON at byte 4: expected valid UTF-8 text", UsageError);
    CHECK_THROWS_WITH_AS(parse_json("\"\xE2\x82\""), "invalid JSON at byte 2: expected valid UTF-8 text", UsageError);
    // An escaped lead byte does not make raw continuation bytes after it text.
    CHECK_THROWS_WITH_AS(parse_json("\"\\udce2\x82\xAC\""), "invalid JSON at byte 8: expected valid UTF-8 text",
                         UsageError);
    CHECK_THROWS_AS(parse_json("{\"\xC0\xAF\":1}"), UsageError);
  }
}

TEST_CASE("core::json_string and parse_json round-trip any bytes") {
  auto round_trip = [](const std::string& s) {
    const std::string json = json_string(s);
    REQUIRE(is_valid_utf8(json));
    return *parse_json(json).string();
  };
  SUBCASE("every byte and every pair of bytes but NUL") {
    for (int a = 1; a < 256; ++a) {
      std::string one(1, static_cast<char>(a));
      REQUIRE(round_trip(one) == one);
      for (int b = 1; b < 256; ++b) {
        std::string two = one + static_cast<char>(b);
        REQUIRE(round_trip(two) == two);
      }
    }
  }
  SUBCASE("random strings of lead, continuation and ASCII bytes") {
    const std::string bytes = "a\n\"\\\x7f\x80\x8f\x90\x9f\xa0\xbf\xc0\xc1\xc2\xdf\xe0\xed\xef\xf0\xf4\xf5\xff";
    std::uint32_t seed = 12;
    for (int n = 0; n < 20000; ++n) {
      std::string s;
      for (int k = 0; k < n % 13; ++k) {
        seed = seed * 1664525u + 1013904223u;
        s += bytes[(seed >> 16) % bytes.size()];
      }
      REQUIRE(round_trip(s) == s);
    }
  }
}
