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
    CHECK(sanitize_text("a\x1b"
                        "cb") == "ab");
    CHECK(sanitize_text("a\x1b(Bb") == "ab");
  }
  SUBCASE("C1 controls in UTF-8 and lone controls") {
    CHECK(sanitize_text("a\xC2\x9B"
                        "31mb") == "ab");
    CHECK(sanitize_text("a\xC2\x85"
                        "b") == "ab");
    CHECK(sanitize_text("bell\x07 back\x08 del\x7f cr\r") == "bell back del cr");
  }
  SUBCASE("a truncated escape at the end") {
    CHECK(sanitize_text("text\x1b[") == "text");
    CHECK(sanitize_text("text\x1b") == "text");
  }
  SUBCASE("invalid UTF-8 becomes U+FFFD") {
    CHECK(sanitize_text("a\xFF"
                        "b") == "a\xEF\xBF\xBD"
                                "b");
    CHECK(sanitize_text("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  }
  SUBCASE("sanitize_line flattens newlines") { CHECK(sanitize_line("one\ntwo\tthree") == "one two three"); }
  SUBCASE("bidi controls and invisible characters are removed") {
    CHECK(sanitize_text("\u202Eevil") == "evil");
    CHECK(sanitize_text("a\u2066b\u2069c") == "abc");
    CHECK(sanitize_text("a\u202A\u202B\u202C\u202D\u2067\u2068\u200E\u200F\u061Cb") == "ab");
    CHECK(sanitize_text("b\u200Bob") == "bob");
    CHECK(sanitize_text("\uFEFFbob\u2060") == "bob");
  }
  SUBCASE("joiners that scripts and emoji need are kept") {
    CHECK(sanitize_text("\U0001F469\u200D\U0001F4BB") == "\U0001F469\u200D\U0001F4BB");
    CHECK(sanitize_text("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645") ==
          "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
  }
  SUBCASE("line and paragraph separators are line breaks") {
    CHECK(sanitize_text("a\u2028b\u2029c") == "a\nb\nc");
    CHECK(sanitize_line("a\u2028b\u2029c") == "a b c");
  }
}

TEST_CASE("core::escape_unprintable") {
  CHECK(escape_unprintable("Smith, Jr. — José 日本") == "Smith, Jr. — José 日本");
  CHECK(escape_unprintable("b\u200Bob") == "b\\u200bob");
  CHECK(escape_unprintable("\u202Eevil\u2028") == "\\u202eevil\\u2028");
  CHECK(escape_unprintable("a\tb\nc\rd") == "a\\tb\\nc\\rd");
  CHECK(escape_unprintable("\x1b[2J\x07") == "\\u001b[2J\\u0007");
  CHECK(escape_unprintable("c1\xC2\x9B") == "c1\\u009b");
  CHECK(escape_unprintable("tag\U000E0041") == "tag\\U000e0041");
  CHECK(escape_unprintable("a\xFF"
                           "b") == "a\\xffb");
  CHECK(escape_unprintable("a\u00A0b") == "a\\u00a0b");
  CHECK(escape_unprintable(std::string(100, 'x')) == std::string(80, 'x') + "…");
  CHECK(escape_unprintable("abcdef", 3) == "abc…");
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
  SUBCASE("bidi controls, invisible characters and line separators are escaped") {
    CHECK(json_string("\u202Eevil") == "\"\\u202eevil\"");
    CHECK(json_string("b\u200Bob\uFEFF") == "\"b\\u200bob\\ufeff\"");
    CHECK(json_string("a\u2028b\u2029") == "\"a\\u2028b\\u2029\"");
    CHECK(json_string("\U0001F469\u200D\U0001F4BB") == "\"\U0001F469\u200D\U0001F4BB\"");
  }
}
