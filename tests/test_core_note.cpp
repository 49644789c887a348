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
  SUBCASE("letters of any script, tags lower-cased by Unicode") {
    auto m = scan_marks("#Größe mit @José, #ÉTÉ und #日本");
    CHECK(m.tags == strings{"größe", "été", "日本"});
    CHECK(m.people == strings{"José"});
  }
  SUBCASE("punctuation and symbols of any script end a mark") {
    auto m = scan_marks("met @alice, then @Bob’s team «#demo» #q3… and @zoë🎉");
    CHECK(m.tags == strings{"demo", "q3"});
    CHECK(m.people == strings{"alice", "Bob", "zoë"});
    CHECK(scan_marks("—#demo").tags == strings{"demo"});
  }
  SUBCASE("people are distinct by their key: case and normal form") {
    auto m = scan_marks("@MÜLLER and @müller, @Jose\u0301 and @Jos\u00e9");
    CHECK(m.people == strings{"MÜLLER", "Jose\u0301"});
  }
  SUBCASE("an invisible character stays in the mark, for the name rule to refuse") {
    auto m = scan_marks("called @b\u200Bob about #de\u202Emo");
    REQUIRE(m.people == strings{"b\u200Bob"});
    CHECK_THROWS_AS(normalize_person(m.people.front()), UsageError);
    CHECK_THROWS_AS(normalize_tag(m.tags.front()), UsageError);
  }
}

TEST_CASE("core::normalize_tag") {
  CHECK(normalize_tag("Demo") == "demo");
  CHECK(normalize_tag("#demo") == "demo");
  CHECK(normalize_tag("+q4/pipeline") == "q4/pipeline");
  SUBCASE("any script, lower-cased in NFC") {
    CHECK(normalize_tag("#Müller") == "müller");
    CHECK(normalize_tag("#DEMO") == normalize_tag("#Demo"));
    CHECK(normalize_tag("Große") == "große");
    CHECK(normalize_tag("E\u0301TE\u0301") == "\u00e9t\u00e9");
    CHECK(normalize_tag("日本") == "日本");
    CHECK(normalize_tag("q&a") == "q&a");
    CHECK(normalize_tag("2026-q1") == "2026-q1");
    CHECK(normalize_tag("A';DROP--") == "a';drop--");
  }
  SUBCASE("refused, saying why and what is accepted") {
    const std::string rule = " (accepted: an optional '#' or '+', then letters of any script, digits, punctuation "
                             "and symbols, without spaces or commas; at most 64 bytes)";
    CHECK_THROWS_WITH_AS(normalize_tag("two words"), ("invalid tag 'two words': it contains a space" + rule).c_str(),
                         UsageError);
    CHECK_THROWS_WITH_AS(normalize_tag("a b"), ("invalid tag 'a b': it contains a space" + rule).c_str(), UsageError);
    CHECK_THROWS_WITH_AS(normalize_tag("a,b"), ("invalid tag 'a,b': it contains a comma" + rule).c_str(), UsageError);
    CHECK_THROWS_WITH_AS(normalize_tag(""), ("invalid tag '': it is empty" + rule).c_str(), UsageError);
    CHECK_THROWS_WITH_AS(normalize_tag("#"), ("invalid tag '#': it is empty" + rule).c_str(), UsageError);
    CHECK_THROWS_WITH_AS(normalize_tag("##x"), ("invalid tag '##x': it starts with '#'" + rule).c_str(), UsageError);
    CHECK_THROWS_WITH_AS(normalize_tag("de\u202Emo"),
                         ("invalid tag 'de\\u202emo': U+202E is an invisible formatting character" + rule).c_str(),
                         UsageError);
    CHECK_THROWS_WITH_AS(normalize_tag("a\tb"), ("invalid tag 'a\\tb': U+0009 is a control character" + rule).c_str(),
                         UsageError);
    CHECK_THROWS_WITH_AS(normalize_tag(std::string(65, 'a')),
                         ("invalid tag '" + std::string(65, 'a') + "': it is 65 bytes long" + rule).c_str(),
                         UsageError);
    CHECK_THROWS_AS(normalize_tag("a\u00A0b"), UsageError);
    CHECK_THROWS_AS(normalize_tag("t\xFEg"), UsageError);
    CHECK_THROWS_AS(normalize_tag("a'; DROP TABLE entry;--"), UsageError);
  }
}

TEST_CASE("core::normalize_person") {
  CHECK(normalize_person("alice") == "alice");
  CHECK(normalize_person("@Alice") == "Alice");
  CHECK(normalize_person("  Mary Ann O'Neil ") == "Mary Ann O'Neil");
  SUBCASE("printable text of any script") {
    for (const char* name : {"Smith, Jr.", "Anne (SDR)", "O'Brien, Jr.", "José", "Müller", "日本語", "x;drop",
                             "Zoë & co", "R2-D2", "Ελένη", "محمد", "Dr. Ng #2", "a  b"})
      CHECK(normalize_person(name) == name);
    CHECK(normalize_person("@ Smith, Jr. ") == "Smith, Jr.");
  }
  SUBCASE("returned in NFC") {
    CHECK(normalize_person("Jose\u0301") == "Jos\u00e9");
    CHECK(normalize_person("Jos\u00e9") == "Jos\u00e9");
  }
  SUBCASE("refused, with the name escaped, why and what is accepted") {
    const std::string rule = " (accepted: letters of any script, digits, punctuation, symbols and spaces inside; not "
                             "starting with '#' or '@'; at most 64 bytes)";
    auto refused = [&](const std::string& name, const std::string& shown, const std::string& why) {
      CHECK_THROWS_WITH_AS(normalize_person(name), ("invalid name '" + shown + "': " + why + rule).c_str(), UsageError);
    };
    refused("b\u200Bob", "b\\u200bob", "U+200B is an invisible formatting character");
    refused("\u202Eevil", "\\u202eevil", "U+202E is an invisible formatting character");
    refused("a\u2066b", "a\\u2066b", "U+2066 is an invisible formatting character");
    refused("\uFEFFbob", "\\ufeffbob", "U+FEFF is an invisible formatting character");
    refused("a\u2028b", "a\\u2028b", "U+2028 is a space or line separator other than the plain space");
    refused("a\u00A0b", "a\\u00a0b", "U+00A0 is a space or line separator other than the plain space");
    refused("a\tb", "a\\tb", "U+0009 is a control character");
    refused("bob\x1b[31m", "bob\\u001b[31m", "U+001B is a control character");
    refused("a\xC2\x9B"
            "b",
            "a\\u009bb", "U+009B is a control character");
    refused("x\uE000", "x\\ue000", "U+E000 is a private-use character");
    refused("x\U000E0001", "x\\U000e0001", "U+E0001 is an invisible formatting character");
    refused("x\xF3\xB0\x80\x80", "x\\U000f0000", "U+F0000 is a private-use character");
    refused("x\u0378", "x\\u0378", "U+0378 is an unassigned code point");
    refused("al\xFF"
            "ce",
            "al\\xffce", "it is not valid UTF-8");
    refused("", "", "it is empty");
    refused("@", "@", "it is empty");
    refused("   ", "   ", "it is empty");
    refused("#alice", "#alice", "it starts with '#'");
    refused("@@alice", "@@alice", "it starts with '@'");
    refused(std::string(65, 'n'), std::string(65, 'n'), "it is 65 bytes long");
    CHECK(normalize_person(std::string(64, 'n')) == std::string(64, 'n'));
  }
  SUBCASE("a long refused name is cut in the message") {
    std::string huge(100000, 'h');
    std::string message;
    try {
      normalize_person(huge);
    } catch (const UsageError& e) {
      message = e.what();
    }
    CHECK(message.starts_with("invalid name '" + std::string(80, 'h') + "…': it is 100000 bytes long ("));
  }
}

TEST_CASE("core::name_key") {
  CHECK(name_key("ALICE") == name_key("alice"));
  CHECK(name_key("Alice") == name_key("alice"));
  CHECK(name_key("MÜLLER") == name_key("müller"));
  CHECK(name_key("Jose\u0301") == name_key("Jos\u00e9"));
  CHECK(name_key("JOSÉ") == name_key("josé"));
  CHECK(name_key("Straße") == name_key("STRASSE"));
  CHECK(name_key("ı") == name_key("I"));
  CHECK(name_key("bob") != name_key("b\u200Bob"));
  CHECK(name_key("alice") != name_key("alicia"));
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
  SUBCASE("text import restores may hold any bytes, NUL included") {
    CHECK(text_problem("a\xFF", "\"text\"", TextBytes::any).empty());
    CHECK(text_problem(std::string("a\0\xFF", 3), "\"text\"", TextBytes::any).empty());
    CHECK(text_problem(std::string(k_max_note_bytes + 1, '\xFF'), "\"text\"", TextBytes::any) ==
          "\"text\" is too long (at most 1048576 bytes)");
    CHECK_NOTHROW(check_note_text("\xC0\xAF", TextBytes::any));
    CHECK_THROWS_AS(check_note_text("\xC0\xAF"), UsageError);
  }
}
