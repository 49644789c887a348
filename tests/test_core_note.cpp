#include "core/error.hpp"
#include "core/note.hpp"

#include <doctest/doctest.h>

using namespace debrief;
using strings = std::vector<std::string>;

TEST_CASE("core::scan_marks") {
  SUBCASE("tags and one person") {
    auto m = scan_marks("Acme demo went long #demo @alice");
    CHECK(m.tags == strings{"demo"});
    CHECK(m.people == strings{"alice"});
  }
  SUBCASE("+tag works like #tag, tags are lower-cased and deduplicated") {
    auto m = scan_marks("+Pricing then #pricing and #Demo, +demo.");
    CHECK(m.tags == strings{"pricing", "demo"});
  }
  SUBCASE("marks inside words are not marks") {
    auto m = scan_marks("C# and a+b, mail bob@acme.com");
    CHECK(m.tags.empty());
    CHECK(m.people.empty());
  }
  SUBCASE("a mark starts with a letter") {
    auto m = scan_marks("issue #42, +1 from @2x");
    CHECK(m.tags.empty());
    CHECK(m.people.empty());
  }
  SUBCASE("punctuation after a mark is prose") {
    auto m = scan_marks("(#follow-up) with @alice. Then #next-step.");
    CHECK(m.tags == strings{"follow-up", "next-step"});
    CHECK(m.people == strings{"alice"});
  }
  SUBCASE("a name ends where name characters end") {
    // Caught by fuzz_note_marks: `log "called @alice/bob"` failed with "invalid name 'alice/bob'".
    auto m = scan_marks("called @alice/bob about #q3/plan");
    CHECK(m.people == strings{"alice"});
    CHECK(m.tags == strings{"q3/plan"});
    CHECK(normalize_person(m.people.front()) == "alice");
  }
  SUBCASE("several people, case-insensitively distinct") {
    auto m = scan_marks("@alice and @Alice and @bob");
    CHECK(m.people == strings{"alice", "bob"});
  }
  SUBCASE("non-ASCII letters") {
    auto m = scan_marks("#café @zoë");
    CHECK(m.tags == strings{"café"});
    CHECK(m.people == strings{"zoë"});
  }
}

TEST_CASE("core::normalize_tag") {
  CHECK(normalize_tag("Demo") == "demo");
  CHECK(normalize_tag("#demo") == "demo");
  CHECK(normalize_tag("+q4/pipeline") == "q4/pipeline");
  CHECK_THROWS_WITH_AS(normalize_tag("two words"),
                       "invalid tag 'two words' (accepted: a letter, then letters, digits, '-', '_', '/' or '.'; at "
                       "most 64 bytes)",
                       UsageError);
  CHECK_THROWS_AS(normalize_tag(""), UsageError);
  CHECK_THROWS_AS(normalize_tag("42"), UsageError);
  CHECK_THROWS_AS(normalize_tag("a'; DROP TABLE entry;--"), UsageError);
  CHECK_THROWS_AS(normalize_tag(std::string(65, 'a')), UsageError);
}

TEST_CASE("core::normalize_person") {
  CHECK(normalize_person("alice") == "alice");
  CHECK(normalize_person("@Alice") == "Alice");
  CHECK(normalize_person("  Mary Ann O'Neil ") == "Mary Ann O'Neil");
  CHECK_THROWS_AS(normalize_person(""), UsageError);
  CHECK_THROWS_AS(normalize_person("bob\x1b[31m"), UsageError);
  CHECK_THROWS_AS(normalize_person("x;drop"), UsageError);
}

TEST_CASE("core::check_note_text") {
  CHECK_NOTHROW(check_note_text("fine"));
  CHECK_THROWS_WITH_AS(check_note_text(" \n\t "),
                       "empty note; nothing logged (give the text as arguments, on stdin, or in the editor)",
                       UsageError);
  CHECK_THROWS_WITH_AS(check_note_text("a\xFF"), "note is not valid UTF-8 text (convert it to UTF-8 first)",
                       UsageError);
  CHECK_THROWS_AS(check_note_text(std::string("a\0b", 3)), UsageError);
  CHECK_THROWS_AS(check_note_text(std::string(k_max_note_bytes + 1, 'x')), UsageError);
  CHECK_NOTHROW(check_note_text(std::string(k_max_note_bytes, 'x')));
}

TEST_CASE("core::text_problem") {
  CHECK(text_problem("fine", "answer").empty());
  CHECK(text_problem("", "answer").empty());
  CHECK(text_problem("a\xFF", "answer") == "answer is not valid UTF-8 text (convert it to UTF-8 first)");
  CHECK(text_problem(std::string("a\0b", 3), "commitment") == "commitment contains a NUL byte (accepted: text)");
  CHECK(text_problem(std::string(k_max_note_bytes + 1, 'x'), "answer") == "answer is too long (at most 1048576 bytes)");
  CHECK(text_problem(std::string(k_max_note_bytes, 'x'), "answer").empty());
  SUBCASE("text import restores may hold any bytes but NUL") {
    CHECK(text_problem("a\xFF", "\"text\"", TextBytes::any).empty());
    CHECK(text_problem(std::string("a\0\xFF", 3), "\"text\"", TextBytes::any) ==
          "\"text\" contains a NUL byte (accepted: text)");
    CHECK(text_problem(std::string(k_max_note_bytes + 1, '\xFF'), "\"text\"", TextBytes::any) ==
          "\"text\" is too long (at most 1048576 bytes)");
    CHECK_NOTHROW(check_note_text("\xC0\xAF", TextBytes::any));
    CHECK_THROWS_AS(check_note_text("\xC0\xAF"), UsageError);
  }
}
