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
