#include "core/line_edit.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace debrief::line_edit;

namespace {

/// Every key in `bytes`, decoded as the terminal reader does when nothing more is coming.
std::vector<Key> keys(std::string_view bytes) {
  std::vector<Key> out;
  bool paste = false;
  while (!bytes.empty()) {
    auto [key, used] = decode_key(bytes, paste, true);
    REQUIRE(used > 0);
    bytes.remove_prefix(used);
    if (key.action == Action::paste_start)
      paste = true;
    else if (key.action == Action::paste_end)
      paste = false;
    else
      out.push_back(key);
  }
  return out;
}

/// The line after typing `bytes` into an empty one.
Line typed(std::string_view bytes) {
  Line line;
  for (const auto& k : keys(bytes)) apply(line, k);
  return line;
}

} // namespace

TEST_CASE("core::line_edit decode_key") {
  CHECK(keys("\x1b[D")[0].action == Action::left);
  CHECK(keys("\x1bOH")[0].action == Action::home);
  CHECK(keys("\x1b[3~")[0].action == Action::delete_char);
  CHECK(keys("\x1b[1;5C")[0].action == Action::word_right);
  CHECK(keys("\x1b"
             "b")[0]
            .action == Action::word_left);
  CHECK(keys("\x03")[0].action == Action::interrupt);
  CHECK(keys("\r")[0].action == Action::enter);
  CHECK(keys("\x7f")[0].action == Action::backspace);
  SUBCASE("text comes whole, in any locale's bytes") {
    auto k = keys("Müller café 日本");
    REQUIRE(k.size() == 1);
    CHECK(k[0].text == "Müller café 日本");
    CHECK(keys("caf\xe9")[0].text == "caf\xe9"); // not UTF-8: kept as typed, checked on Enter
  }
  SUBCASE("a sequence cut short waits for the rest") {
    CHECK(decode_key("\x1b[", false, false).second == 0);
    CHECK(decode_key("\xc3", false, false).second == 0);
    CHECK(decode_key("\xe6\x97", false, false).second == 0);
    CHECK(decode_key("\x1b", false, false).second == 0);
    CHECK(decode_key("\x1b", false, true).first.action == Action::none);
    CHECK(decode_key("\xc3", false, true).first.text == "\xc3");
  }
  SUBCASE("a paste is text, newlines and tabs included") {
    auto k = keys("\x1b[200~one\r\ntwo\tthree\x1b[201~\r");
    std::string text;
    for (const auto& key : k)
      if (key.action == Action::insert) text += key.text;
    CHECK(text == "one\ntwo\tthree");
    CHECK(k.back().action == Action::enter);
  }
}

TEST_CASE("core::line_edit edits by whole characters") {
  const std::string e_acute = "e\xcc\x81";                       // e + U+0301
  const std::string thumbs = "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd"; // U+1F44D U+1F3FD
  CHECK(typed("Müller café 日本語\x1b[D\x1b[DX").text == "Müller café 日X本語");
  CHECK(typed("日本語\x7f").text == "日本");
  CHECK(typed("a" + e_acute + "\x7f").text == "a");
  CHECK(typed("a" + thumbs + "b\x1b[D\x1b[D|").text == "a|" + thumbs + "b");
  CHECK(typed("one two three\x17").text == "one two ");
  CHECK(typed("one two three\x1b"
              "b\x1b"
              "bX")
            .text == "one Xtwo three");
  CHECK(typed("one two\x01\x1b"
              "d")
            .text == " two");
  CHECK(typed("abc\x1b[D\x0b").text == "ab");
  CHECK(typed("abc\x1b[D\x15").text == "c");
  CHECK(typed("abc\x01\x04").text == "bc");
  CHECK(typed("\xff\xfe\x1b[DX").text == "\xffX\xfe"); // bytes that are not UTF-8: one each
  CHECK(typed("a\tb").text == "a\tb");                 // a typed Tab is kept
}

TEST_CASE("core::line_edit widths and layout") {
  CHECK(text_width("abc") == 3);
  CHECK(text_width("日本") == 4);
  CHECK(text_width("e\xcc\x81") == 1);
  CHECK(text_width("\xf0\x9f\x87\xab\xf0\x9f\x87\xb7") == 2); // a flag
  CHECK(text_width("a\xe2\x80\x8b"
                   "b") == 3); // U+200B shown as '?', never hidden
  SUBCASE("ASCII is counted a byte at a time, except where a cluster goes on past it") {
    CHECK(text_width("Caf"
                     "e\xcc\x81 ok") == 7); // e + U+0301 is one column
    CHECK(text_width("a\r\nb") == 3);       // CR LF is one cluster
    CHECK(text_width("x\x01y") == 3);       // a control byte is drawn as '?'
    CHECK(next_cluster("ab", 0) == 1);
    CHECK(next_cluster("e\xcc\x81!", 0) == 3);
    CHECK(next_cluster("\r\n", 0) == 2);
  }
  SUBCASE("wrapping is explicit and never splits a wide character") {
    Line line{"abcd日", 7};
    auto l = layout("> ", line, 6); // "> abcd" fills the row: 日 goes to the next
    CHECK(l.drawn() == "> abcd\r\n日");
    CHECK(l.drawn(1, 1) == "日");
    CHECK(l.end.row == 1);
    CHECK(l.end.col == 2);
    CHECK(l.cursor.row == 1);
    CHECK(l.cursor.col == 2);
  }
  SUBCASE("a full last row moves the end to the next one") {
    auto l = layout("> ", Line{"abcd", 4}, 6);
    CHECK(l.drawn() == "> abcd\r\n");
    CHECK(l.end.row == 1);
    CHECK(l.end.col == 0);
  }
  SUBCASE("the cursor in the middle, newlines and hidden characters") {
    auto l = layout("> ", Line{"ab\ncd\x1b", 4}, 80);
    CHECK(l.drawn() == "> ab\r\ncd?");
    CHECK(l.cursor.row == 1);
    CHECK(l.cursor.col == 1);
  }
}
