#include "core/error.hpp"
#include "core/search_query.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace debrief;

namespace {

const std::string k_accepted = R"( (accepted: words, "a phrase", prefix*, a AND b, a OR b, a NOT b, parentheses))";

/// The message fts_query throws for `query`, or "" when it translates.
std::string error_of(std::string_view query) {
  try {
    fts_query(query);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

} // namespace

TEST_CASE("core::fts_query") {
  SUBCASE("a word is a quoted FTS5 string") {
    CHECK(fts_query("pricing") == R"("pricing")");
    CHECK(fts_query("Q3") == R"("Q3")");
    CHECK(fts_query("  pricing\t") == R"("pricing")");
  }
  SUBCASE("letters of any script are words") {
    CHECK(fts_query("café") == R"("café")");
    CHECK(fts_query("日本語") == R"("日本語")");
    CHECK(fts_query("résumé naïve") == R"("résumé" "naïve")");
  }
  SUBCASE("a word with punctuation is the phrase of its text") {
    CHECK(fts_query("follow-up") == R"("follow-up")");
    CHECK(fts_query("don't") == R"("don't")");
    CHECK(fts_query("Carol's") == R"("Carol's")");
    CHECK(fts_query("quarter-end") == R"("quarter-end")");
    CHECK(fts_query("#demo") == R"("#demo")");
    CHECK(fts_query("@alice") == R"("@alice")");
    CHECK(fts_query("C#") == R"("C#")");
    CHECK(fts_query("x@y.com") == R"("x@y.com")");
    CHECK(fts_query("1:1s") == R"("1:1s")");
    CHECK(fts_query("follow-up call") == R"("follow-up" "call")");
  }
  SUBCASE("a double quote inside a word is doubled") {
    CHECK(fts_query(R"(don"t)") == R"("don""t")");
    CHECK(fts_query(R"(5")") == R"("5""")");
  }
  SUBCASE("FTS5's own syntax typed in a word is punctuation") {
    CHECK(fts_query("text:foo") == R"("text:foo")");
    CHECK(fts_query("^start") == R"("^start")");
    CHECK(fts_query("{text}:foo") == R"("{text}:foo")");
    CHECK(fts_query("-budget") == R"("-budget")");
    CHECK(fts_query("a+b") == R"("a+b")");
    CHECK(fts_query("NEAR") == R"("NEAR")");
    CHECK(fts_query("NEAR(") == R"("NEAR(")");
    CHECK(fts_query("NEAR(pricing") == R"("NEAR(pricing")");
    CHECK(fts_query("manager(s)") == R"x("manager(s)")x");
    CHECK(fts_query("(manager(s))") == R"x("manager(s)")x");
  }
  SUBCASE("a word with no letter or digit is left out") {
    CHECK(fts_query("pricing #") == R"("pricing")");
    CHECK(fts_query("pricing -- demo") == R"("pricing" "demo")");
    CHECK(fts_query(R"(pricing "" demo)") == R"("pricing" "demo")");
    CHECK(fts_query("* pricing") == R"("pricing")");
  }
  SUBCASE("lower-case and, or, not are words") {
    CHECK(fts_query("pricing and demo") == R"("pricing" "and" "demo")");
    CHECK(fts_query("or not") == R"("or" "not")");
    CHECK(fts_query("And Or Not") == R"("And" "Or" "Not")");
  }
  SUBCASE("phrases") {
    CHECK(fts_query(R"("current process")") == R"("current process")");
    CHECK(fts_query(R"("follow-up call" pricing)") == R"("follow-up call" "pricing")");
    CHECK(fts_query(R"("AND")") == R"("AND")");
    CHECK(fts_query(R"(pricing"demo")") == R"("pricing""demo""")");
    CHECK(fts_query(R"("a"b)") == R"("a" "b")");
  }
  SUBCASE("prefixes") {
    CHECK(fts_query("disc*") == R"("disc"*)");
    CHECK(fts_query("follow-up*") == R"("follow-up"*)");
    CHECK(fts_query(R"("current proc"*)") == R"("current proc"*)");
    CHECK(fts_query("AND*") == R"("AND"*)");
    CHECK(fts_query("*disc") == R"("*disc")");
    CHECK(fts_query("(disc*)") == R"("disc"*)");
  }
  SUBCASE("operators") {
    CHECK(fts_query("pricing demo") == R"("pricing" "demo")");
    CHECK(fts_query("pricing AND demo") == R"("pricing" "demo")");
    CHECK(fts_query("pricing OR demo") == R"("pricing" OR "demo")");
    CHECK(fts_query("pricing NOT demo") == R"("pricing" NOT "demo")");
    CHECK(fts_query("a NOT b NOT c") == R"("a" NOT "b" NOT "c")");
    CHECK(fts_query("a OR b c") == R"("a" OR "b" "c")");
  }
  SUBCASE("NOT binds tightest, then AND, then OR") {
    CHECK(fts_query("a NOT b c") == R"("a" NOT "b" AND "c")");
    CHECK(fts_query("a b NOT c") == R"("a" AND "b" NOT "c")");
    CHECK(fts_query("a OR b NOT c") == R"("a" OR "b" NOT "c")");
  }
  SUBCASE("parentheses") {
    CHECK(fts_query("(pricing OR demo) call") == R"(("pricing" OR "demo") AND "call")");
    CHECK(fts_query("call (pricing OR demo)") == R"("call" AND ("pricing" OR "demo"))");
    CHECK(fts_query("( pricing OR demo ) call") == R"(("pricing" OR "demo") AND "call")");
    CHECK(fts_query("(a b) NOT c") == R"(("a" "b") NOT "c")");
    CHECK(fts_query("a NOT (b OR c)") == R"("a" NOT ("b" OR "c"))");
    CHECK(fts_query("a NOT (b NOT c)") == R"("a" NOT ("b" NOT "c"))");
    CHECK(fts_query("((a))") == R"("a")");
    CHECK(fts_query(R"(("a phrase" OR b*))") == R"("a phrase" OR "b"*)");
    CHECK(fts_query("((((((((a))))))))") == R"("a")");
  }
  SUBCASE("malformed queries name the problem") {
    CHECK(error_of(R"("pricing)") == R"(search: unclosed quote in '"pricing')" + k_accepted);
    CHECK(error_of(R"(pricing "demo)") == R"(search: unclosed quote in 'pricing "demo')" + k_accepted);
    CHECK(error_of("(pricing OR demo") == "search: unclosed '(' in '(pricing OR demo'" + k_accepted);
    CHECK(error_of("pricing)") == "search: ')' without a matching '(' in 'pricing)'" + k_accepted);
    CHECK(error_of("(a) b)") == "search: ')' without a matching '(' in '(a) b)'" + k_accepted);
    CHECK(error_of("AND pricing") == "search: 'AND' has nothing before it in 'AND pricing'" + k_accepted);
    CHECK(error_of("pricing OR") == "search: 'OR' has nothing after it in 'pricing OR'" + k_accepted);
    CHECK(error_of("NOT demo") == "search: 'NOT' has nothing before it in 'NOT demo'" + k_accepted);
    CHECK(error_of("pricing NOT") == "search: 'NOT' has nothing after it in 'pricing NOT'" + k_accepted);
    CHECK(error_of("(OR a)") == "search: 'OR' has nothing before it in '(OR a)'" + k_accepted);
    CHECK(error_of("(a AND)") == "search: 'AND' has nothing after it in '(a AND)'" + k_accepted);
    CHECK(error_of("a AND OR b") == "search: two operators in a row ('AND OR') in 'a AND OR b'" + k_accepted);
    CHECK(error_of("a AND NOT b") == "search: two operators in a row ('AND NOT') in 'a AND NOT b'" + k_accepted);
    CHECK(error_of("a ()") == "search: empty parentheses in 'a ()'" + k_accepted);
    CHECK(error_of("pricing AND #") == "search: 'AND' has nothing after it in 'pricing AND #'" + k_accepted);
    CHECK(error_of("(((((((((a)))))))))") ==
          "search: parentheses nested deeper than 8 in '(((((((((a)))))))))'" + k_accepted);
  }
  SUBCASE("a query with nothing to search for") {
    CHECK(error_of("#") == "search: no words to search for in '#'" + k_accepted);
    CHECK(error_of("# -- *") == "search: no words to search for in '# -- *'" + k_accepted);
    CHECK(error_of(R"("")") == R"(search: no words to search for in '""')" + k_accepted);
    CHECK(error_of("") == "search: no words to search for in ''" + k_accepted);
    CHECK(error_of("(#)") == "search: no words to search for in '(#)'" + k_accepted);
    CHECK(error_of("AND") == "search: no words to search for in 'AND'" + k_accepted);
    CHECK(error_of("AND (") == "search: no words to search for in 'AND ('" + k_accepted);
  }
  SUBCASE("control characters separate words and never reach FTS5") {
    CHECK(fts_query(std::string_view("a\0b", 3)) == R"("a" "b")");
    CHECK(fts_query("a\nb\x1b") == R"("a" "b")");
    CHECK(error_of(std::string_view("(a\0\tb", 5)) == "search: unclosed '(' in '(a  b'" + k_accepted);
  }
}
