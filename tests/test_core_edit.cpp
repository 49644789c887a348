// What `edit` says changed in an entry while its editor was open.
#include "core/edit.hpp"

#include <doctest/doctest.h>

using namespace debrief;

TEST_CASE("core::changed_parts") {
  Entry then;
  then.person = "alice";
  then.at = Instant{1795428000, 3600};
  then.body = "Acme demo went long";
  then.tags = {"demo"};
  const std::vector<EditAnswer> answers{{"pain", std::string("budget"), Discovery::self, false}};
  Entry now = then;
  CHECK(changed_parts(then, answers, now, answers).empty());
  SUBCASE("one part") {
    now.person = "alicia";
    CHECK(changed_parts(then, answers, now, answers) == "its person");
  }
  SUBCASE("two parts") {
    now.body = "Acme call";
    now.tags = {"pricing"};
    CHECK(changed_parts(then, answers, now, answers) == "its text and tags");
  }
  SUBCASE("every part, in the order of the message") {
    now.body = "x", now.tags = {}, now.person.reset(), now.at.offset = 0, now.outcome = Outcome::won;
    now.lesson = true, now.status = Status::in_progress;
    auto more = answers;
    more.push_back({"tried", std::nullopt, std::nullopt, false});
    CHECK(changed_parts(then, answers, now, more) ==
          "its text, tags, person, time, outcome, lesson flag, answers and status");
  }
  SUBCASE("an answer's mark") {
    auto marked = answers;
    marked[0].mark = Discovery::told;
    CHECK(changed_parts(then, answers, now, marked) == "its answers");
  }
}
