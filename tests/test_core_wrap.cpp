#include "core/columns.hpp"
#include "core/line_edit.hpp"
#include "core/wrap.hpp"

#include <doctest/doctest.h>

using namespace debrief;

using Lines = std::vector<std::string>;

TEST_CASE("core::wrap breaks at spaces within the width") {
  CHECK(wrap("the quick brown fox", 10, 10) == Lines{"the quick", "brown fox"});
  CHECK(wrap("the quick brown fox", 9, 9) == Lines{"the quick", "brown fox"});
  CHECK(wrap("the quick brown fox", 20, 20) == Lines{"the quick brown fox"});
  CHECK(wrap("", 10, 10) == Lines{""});
  CHECK(wrap("one two", 4, 10) == Lines{"one", "two"}); // the first line has less room
}

TEST_CASE("core::wrap counts display columns, not bytes") {
  // Müller is 6 columns in 7 bytes; 日本語 is 6 columns in 9 bytes.
  CHECK(wrap("Müller café", 11, 11) == Lines{"Müller café"});
  CHECK(wrap("日本語 日本語", 7, 7) == Lines{"日本語", "日本語"});
  CHECK(wrap("日本語日本語", 7, 7) == Lines{"日本語", "日本語"}); // cut by characters, never half of one
  for (const auto& l : wrap("日本語のテキストはとても長いです 日本語 O'Brien, Jr.", 9, 9))
    CHECK(line_edit::text_width(l) <= 9);
}

TEST_CASE("core::wrap keeps newlines and cuts words wider than a line") {
  CHECK(wrap("a\nb c", 10, 10) == Lines{"a", "b c"});
  CHECK(wrap("abcdefghij", 4, 4) == Lines{"abcd", "efgh", "ij"});
  CHECK(wrap("x abcdefghij", 4, 4) == Lines{"x ab", "cdef", "ghij"});
  CHECK(wrap("abc", 0, 0) == Lines{"a", "b", "c"});
}

TEST_CASE("core::wrap_with adds a prefix and a hanging indent") {
  CHECK(wrap_with("  hint: ", "stay upstream of the close", 20, "        ") ==
        "  hint: stay\n        upstream of\n        the close\n");
  CHECK(wrap_with("> ", "short", 80, "  ") == "> short\n");
}

TEST_CASE("core::wrap drops spaces only where a line breaks") {
  CHECK(wrap("Pick one ", 20, 20) == Lines{"Pick one "});
  CHECK(wrap("one   two", 5, 5) == Lines{"one", "two"});
}

TEST_CASE("core::fit_columns cuts between words when that keeps most of the room") {
  CHECK(fit_columns("Great discovery call #discovery", 40) == "Great discovery call #discovery");
  CHECK(fit_columns("Great discovery call #discovery", 24) == "Great discovery call…");
  CHECK(fit_columns("Skipped discovery", 10) == "Skipped…");
  CHECK(fit_columns("Antidisestablishment", 10) == "Antidises…"); // one long word: between characters
  CHECK(fit_columns("a verylongwordindeed", 10) == "a verylon…"); // the space would keep too little
  CHECK(line_edit::text_width(fit_columns("日本語の会議はとても長かった", 9)) <= 9);
}

TEST_CASE("core::lay_out aligns by display width and fits the width") {
  const std::vector<Column> cols{{.right = true}, {}, {.flex = true}, {}};
  const std::vector<std::vector<std::string>> rows{{"#1", "Müller", "called about pricing", "(won)"},
                                                   {"#12", "日本語", "short", ""},
                                                   {"#3", "O'Brien, Jr.", "x", "(lost)"}};
  CHECK(lay_out(rows, cols, 80) == Lines{" #1  Müller        called about pricing  (won)", "#12  日本語        short",
                                         " #3  O'Brien, Jr.  x                     (lost)"});
  // Too narrow: the free text gives way first, with an ellipsis, and no line is wider.
  const auto narrow = lay_out(rows, cols, 36);
  CHECK(narrow[0] == " #1  Müller        called about…"); // the last column left out for the text
  for (const auto& line : narrow) CHECK(line_edit::text_width(line) <= 36);
  // A column empty in every row takes no room; an indent comes first.
  CHECK(lay_out({{"a", "", "b"}, {"cc", "", "d"}}, {{}, {}, {}}, 80, "  ") == Lines{"  a   b", "  cc  d"});
}

TEST_CASE("core::lay_out gives up aligning after the text when a long last cell would squeeze it") {
  const std::vector<Column> cols{{}, {.flex = true}, {}};
  const auto lines = lay_out({{"#1", "a note about the budget", "(won)"},
                              {"#2", "short", "(lost)  (lesson)  [discovery, pricing, renewal, q4]"}},
                             cols, 70);
  CHECK(lines ==
        Lines{"#1  a note about the budget  (won)", "#2  short  (lost)  (lesson)  [discovery, pricing, renewal, q4]"});
}
