#include "core/error.hpp"
#include "core/exchange.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace debrief;

namespace {

ExchangeEntry debrief_entry() {
  ExchangeEntry x;
  x.entry.uuid = "01a1c478-9800-76a2-abf2-857e9aa19555";
  x.entry.kind = Kind::debrief;
  x.entry.person = "alice";
  x.entry.deck = "post-call";
  x.entry.at = Instant{1795428000, 3600};
  x.entry.created = x.entry.updated = 1795428000;
  for (int i = 1; i <= 2; ++i) {
    ExchangeAnswer a;
    a.position = i;
    a.question_id = "q" + std::to_string(i);
    a.question_text = "Q?";
    a.text = "3";
    a.scale = 3;
    a.answered = 1795428000;
    x.answers.push_back(a);
  }
  ExchangeCommitment c;
  c.uuid = "01a1c478-9800-76a2-abf2-857e9aa19556";
  c.text = "Try";
  c.status = "open";
  c.created = 1795428000;
  x.commitments.push_back(c);
  return x;
}

/// The entry's JSONL line with the first `from` replaced by `to`.
std::string with(const ExchangeEntry& x, const std::string& from, const std::string& to) {
  std::string line = to_jsonl(x);
  auto pos = line.find(from);
  REQUIRE(pos != std::string::npos);
  return line.replace(pos, from.size(), to);
}

} // namespace

TEST_CASE("core::parse_jsonl round trip") {
  const auto x = debrief_entry();
  CHECK(to_jsonl(parse_jsonl(to_jsonl(x))) == to_jsonl(x));
}

TEST_CASE("core::parse_jsonl numbers the journal keeps as int") {
  // Caught by fuzz_import_line's checks: 4294967299 was imported as 3, and a repeated position failed the
  // whole import with a journal constraint error instead of naming the line.
  const auto x = debrief_entry();
  CHECK_THROWS_WITH_AS(parse_jsonl(with(x, R"("scale":3)", R"("scale":4294967299)")),
                       "answers[0]: \"scale\" must be from -1000 to 1000, not 4294967299", UsageError);
  CHECK_THROWS_WITH_AS(parse_jsonl(with(x, R"("position":1)", R"("position":4294967297)")),
                       "answers[0]: \"position\" must be from 1 to 2147483647, not 4294967297", UsageError);
  CHECK_THROWS_WITH_AS(parse_jsonl(with(x, R"("position":1)", R"("position":0)")),
                       "answers[0]: \"position\" must be from 1 to 2147483647, not 0", UsageError);
  CHECK_THROWS_WITH_AS(parse_jsonl(with(x, R"("position":2)", R"("position":1)")),
                       "answers[1]: \"position\" must be greater than the previous answer's (1)", UsageError);
  CHECK_THROWS_WITH_AS(parse_jsonl(with(x, R"("probes":0)", R"("probes":-1)")),
                       "answers[0]: \"probes\" must be from 0 to 1000, not -1", UsageError);
  CHECK(parse_jsonl(with(x, R"("scale":3)", R"("scale":-1000)")).answers[0].scale == -1000);
  CHECK(parse_jsonl(with(x, R"("position":2)", R"("position":7)")).answers[1].position == 7);
}

TEST_CASE("core::parse_jsonl commitments") {
  auto x = debrief_entry();
  x.commitments.push_back(x.commitments.front());
  CHECK_THROWS_WITH_AS(parse_jsonl(to_jsonl(x)), "commitments[1]: \"uuid\" is used twice in this entry", UsageError);
}

TEST_CASE("core::parse_jsonl times export can write back") {
  // Caught by fuzz_import_line's round trip: a created time in year 0000 formatted in the entry's offset as
  // year -001, which import then refused.
  const auto x = debrief_entry();
  const std::string created = R"("created":"2026-11-23T11:00:00+01:00")";
  CHECK_THROWS_AS(parse_jsonl(with(x, created, R"("created":"0000-01-01T00:00:00+00:00")")), UsageError);
  CHECK_THROWS_AS(parse_jsonl(with(x, created, R"("created":"9999-12-31T20:00:00+00:00")")), UsageError);
  auto early = parse_jsonl(with(x, created, R"("created":"1900-01-01T00:00:00+00:00")"));
  CHECK(to_jsonl(parse_jsonl(to_jsonl(early))) == to_jsonl(early));
}
