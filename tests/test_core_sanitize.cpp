#include "core/json.hpp"
#include "core/sanitize.hpp"

#include <doctest/doctest.h>

using namespace debrief;

TEST_CASE("core::sanitize_text") {
  SUBCASE("plain text and UTF-8 pass through") {
    CHECK(sanitize_text("Acme demo — café #demo") == "Acme demo — café #demo");
    CHECK(sanitize_text("two\nlines\tand tab") == "two\nlines\tand tab");
  }
  SUBCASE("CSI sequences are removed") {
    CHECK(sanitize_text("\x1b[31mred\x1b[0m text") == "red text");
    CHECK(sanitize_text("\x1b[2J\x1b[Hclear") == "clear");
    CHECK(sanitize_text("\x1b[?1049h alt") == " alt");
  }
  SUBCASE("OSC sequences are removed, BEL or ST terminated") {
    CHECK(sanitize_text("\x1b]0;pwned\x07title") == "title");
    CHECK(sanitize_text("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\") == "link");
  }
  SUBCASE("DCS and two-byte escapes") {
    CHECK(sanitize_text("\x1bPq#0;2;0;0;0\x1b\\after") == "after");
    CHECK(sanitize_text("a\x1b" "cb") == "ab");
    CHECK(sanitize_text("a\x1b(Bb") == "ab");
  }
  SUBCASE("C1 controls in UTF-8 and lone controls") {
    CHECK(sanitize_text("a\xC2\x9B" "31mb") == "ab");
    CHECK(sanitize_text("a\xC2\x85" "b") == "ab");
    CHECK(sanitize_text("bell\x07 back\x08 del\x7f cr\r") == "bell back del cr");
  }
  SUBCASE("a truncated escape at the end") {
    CHECK(sanitize_text("text\x1b[") == "text");
    CHECK(sanitize_text("text\x1b") == "text");
  }
  SUBCASE("invalid UTF-8 becomes U+FFFD") {
    CHECK(sanitize_text("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(sanitize_text("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  }
  SUBCASE("sanitize_line flattens newlines") {
    CHECK(sanitize_line("one\ntwo\tthree") == "one two three");
  }
}

TEST_CASE("core::is_valid_utf8") {
  CHECK(is_valid_utf8("héllo €𝄞"));
  CHECK_FALSE(is_valid_utf8("\xFF"));
  CHECK_FALSE(is_valid_utf8("\xE2\x82"));         // truncated
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));     // surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // past U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));     // overlong
}

TEST_CASE("core::json_string") {
  CHECK(json_string("plain") == "\"plain\"");
  CHECK(json_string("q\"b\\") == "\"q\\\"b\\\\\"");
  CHECK(json_string("a\nb\x1b[0m") == "\"a\\nb\\u001b[0m\"");
  CHECK(json_string("c1\xC2\x9B") == "\"c1\\u009b\"");
  CHECK(json_string("é") == "\"é\"");
}
