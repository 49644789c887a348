#include "core/error.hpp"
#include "core/exchange.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"

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

TEST_CASE("core::parse_jsonl privacy as the line says") {
  auto x = debrief_entry();
  x.entry.is_private = true;
  const std::string line = to_jsonl(x);
  CHECK(line.find(R"("lesson":false,"private":true,"status")") != std::string::npos);
  auto y = parse_jsonl(line);
  CHECK(y.entry.is_private);
  CHECK(y.privacy_stated);
  CHECK_FALSE(parse_jsonl(with(x, R"("private":true)", R"("private":false)")).entry.is_private);
  CHECK_THROWS_WITH_AS(parse_jsonl(with(x, R"("private":true)", R"("private":1)")), "\"private\" must be true or false",
                       UsageError);
  // An export from before schema 4: the importer decides.
  y = parse_jsonl(with(x, R"("private":true,)", ""));
  CHECK_FALSE(y.privacy_stated);
  CHECK_FALSE(y.entry.is_private);
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
  // The last hours of 9999 in UTC are accepted; where the entry's offset would take them past 9999, export writes
  // them in UTC, so they read back. Past 9999 in UTC is refused.
  auto late = parse_jsonl(with(x, created, R"("created":"9999-12-31T23:30:00+00:00")"));
  CHECK(to_jsonl(late).find(R"("created":"9999-12-31T23:30:00+00:00")") != std::string::npos);
  CHECK(to_jsonl(parse_jsonl(to_jsonl(late))) == to_jsonl(late));
  CHECK_THROWS_AS(parse_jsonl(with(x, created, R"("created":"9999-12-31T23:00:00-01:00")")), UsageError);
  auto early = parse_jsonl(with(x, created, R"("created":"1900-01-01T00:00:00+00:00")"));
  CHECK(to_jsonl(parse_jsonl(to_jsonl(early))) == to_jsonl(early));
}

TEST_CASE("core::parse_jsonl restores bytes that are not UTF-8") {
  // A journal written by another tool or damaged may hold them; export escapes each as \udcXX and import
  // restores the same bytes.
  auto x = debrief_entry();
  x.entry.body = "body \xF0(\x8C\xBC";
  x.answers[0].question_text = "Q\xFF?";
  x.answers[0].text = "caf\xE9";
  x.answers[1].text = "\xED\xA0\x80 \xE2\x82";
  x.commitments[0].text = "Try \xC0\xAF";
  x.commitments[0].note = "\x80";
  const std::string line = to_jsonl(x);
  CHECK(is_valid_utf8(line));
  CHECK(line.find(R"("body":"body \udcf0(\udc8c\udcbc")") != std::string::npos);
  CHECK(line.find(R"("text":"caf\udce9")") != std::string::npos);
  const auto y = parse_jsonl(line);
  CHECK(y.entry.body == x.entry.body);
  CHECK(y.answers[0].question_text == x.answers[0].question_text);
  CHECK(y.answers[0].text == x.answers[0].text);
  CHECK(y.answers[1].text == x.answers[1].text);
  CHECK(y.commitments[0].text == x.commitments[0].text);
  CHECK(y.commitments[0].note == x.commitments[0].note);
  CHECK(to_jsonl(y) == line);

  SUBCASE("in a note's body") {
    auto note = debrief_entry();
    note.entry.kind = Kind::note;
    note.entry.deck.reset();
    note.answers.clear();
    note.entry.body = "\xFE\xFF note";
    CHECK(parse_jsonl(to_jsonl(note)).entry.body == note.entry.body);
    note.entry.body = " \n";
    CHECK_THROWS_WITH_AS(parse_jsonl(to_jsonl(note)),
                         "empty note; nothing logged (give the text as arguments, on stdin, or in the editor)",
                         UsageError);
  }
  SUBCASE("but not in names and tags, nor raw in the line") {
    auto bad = debrief_entry();
    bad.entry.person = "al\xFF";
    CHECK_THROWS_WITH_AS(parse_jsonl(to_jsonl(bad)),
                         "invalid name 'al\\xff': it is not valid UTF-8 (accepted: letters of any script, digits, "
                         "punctuation, symbols and spaces inside; not starting with '#' or '@'; at most 64 bytes)",
                         UsageError);
    bad = debrief_entry();
    bad.entry.tags = {"d\xE9mo"};
    CHECK_THROWS_AS(parse_jsonl(to_jsonl(bad)), UsageError);
    CHECK_THROWS_WITH_AS(parse_jsonl(with(debrief_entry(), R"("text":"Try")", "\"text\":\"Try \xFF\"")),
                         doctest::Contains("expected valid UTF-8 text"), UsageError);
    // A NUL in a text is restored (a journal written by another tool may hold one); in a name it is refused.
    CHECK(parse_jsonl(with(debrief_entry(), R"("text":"Try")", R"("text":"Try \u0000")")).commitments[0].text ==
          std::string("Try \0", 5));
    CHECK_THROWS_AS(parse_jsonl(with(debrief_entry(), R"("person":"alice")", R"("person":"al\u0000ice")")), UsageError);
  }
}

TEST_CASE("core::to_jsonl and parse_jsonl: the owner") {
  ExchangeEntry x = debrief_entry();
  const std::string plain = to_jsonl(x);
  CHECK(plain.find("owner") == std::string::npos); // without one, the line an older debrief wrote
  CHECK_FALSE(parse_jsonl(plain).owner);
  x.owner = "O'Brien, Jr.";
  const std::string owned = to_jsonl(x);
  CHECK(owned == plain.substr(0, plain.size() - 1) + R"(,"owner":"O'Brien, Jr."})"); // added last, nothing else changed
  CHECK(parse_jsonl(owned).owner == "O'Brien, Jr.");
  CHECK(to_jsonl(parse_jsonl(owned)) == owned);
  CHECK_FALSE(parse_jsonl(with(x, R"("owner":"O'Brien, Jr.")", R"("owner":null)")).owner);
  CHECK_THROWS_WITH(parse_jsonl(with(x, R"("owner":"O'Brien, Jr.")", R"("owner":"#bob")")),
                    doctest::Contains("invalid name '#bob'"));
  CHECK_THROWS_WITH(parse_jsonl(with(x, R"("owner":"O'Brien, Jr.")", R"("owner":7)")),
                    "\"owner\" must be a string or null");
}

TEST_CASE("core::origin_tag") {
  CHECK(origin_tag("bob") == "from-bob");
  CHECK(origin_tag("O'Brien, Jr.") == "from-o'brien-jr.");
  CHECK(origin_tag("Müller") == "from-müller");
  CHECK(origin_tag("José Ramón") == "from-josé-ramón");
  // 64 bytes at most, cut between code points.
  auto e_acute = [](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += "é";
    return s;
  };
  CHECK(origin_tag(std::string(30, 'x') + e_acute(15)) == "from-" + std::string(30, 'x') + e_acute(14));
  CHECK(origin_tag(std::string(64, 'a')) == "from-" + std::string(59, 'a'));
  const std::string cut = origin_tag(std::string(58, 'a') + "ü");
  CHECK(cut == "from-" + std::string(58, 'a'));
}

TEST_CASE("core::attribute_to_owner") {
  auto reflection = [] {
    ExchangeEntry x = debrief_entry();
    x.entry.kind = Kind::reflection;
    x.entry.person.reset();
    x.entry.tags = {"demo"};
    return x;
  };
  SUBCASE("from another person's journal: theirs, tagged where it came from") {
    for (const auto& me : {std::optional<std::string>(), std::optional<std::string>("alice")}) {
      ExchangeEntry x = reflection();
      x.owner = "José";
      x.commitments.push_back(x.commitments.front());
      x.commitments.back().person = "carol"; // someone else's stays theirs
      attribute_to_owner(x, me);
      CHECK(x.entry.person == "José");
      CHECK(x.commitments[0].person == "José");
      CHECK(x.commitments[1].person == "carol");
      CHECK(x.entry.tags == std::vector<std::string>{"demo", "from-josé"});
      attribute_to_owner(x, me); // once
      CHECK(x.entry.tags == std::vector<std::string>{"demo", "from-josé"});
    }
  }
  SUBCASE("an entry with a person keeps it") {
    ExchangeEntry x = debrief_entry();
    x.owner = "bob";
    attribute_to_owner(x, std::nullopt);
    CHECK(x.entry.person == "alice");
    CHECK(x.commitments[0].person == "bob"); // made in alice's debrief with no one: the export was bob's
    CHECK(x.entry.tags == std::vector<std::string>{"from-bob"});
  }
  SUBCASE("from one's own journal (the same name, any case) or one without an owner: as it was") {
    ExchangeEntry x = reflection();
    x.owner = "MÜLLER";
    attribute_to_owner(x, "müller");
    CHECK_FALSE(x.entry.person);
    CHECK_FALSE(x.commitments[0].person);
    CHECK(x.entry.tags == std::vector<std::string>{"demo"});
    ExchangeEntry y = reflection();
    attribute_to_owner(y, "alice");
    CHECK_FALSE(y.entry.person);
    CHECK(y.entry.tags == std::vector<std::string>{"demo"});
  }
  SUBCASE("an entry with all the tags it may have gets no more") {
    ExchangeEntry x = reflection();
    x.owner = "bob";
    x.entry.tags.clear();
    for (std::size_t i = 0; i < k_max_tags; ++i) x.entry.tags.push_back("t" + std::to_string(i));
    attribute_to_owner(x, std::nullopt);
    CHECK(x.entry.person == "bob");
    CHECK(x.entry.tags.size() == k_max_tags);
  }
}
