// Interviews in the journal: hidden until their first answer (Entry::begun), discarded when
// stopped before it, found again as unfinished by kind, person and deck; and the upgrade to
// schema 5, which takes the deck titles out of their bodies.
#include "core/report.hpp"
#include "storage/files.hpp"
#include "storage/journal.hpp"
#include "storage/schema.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <map>

using namespace debrief;
namespace fs = std::filesystem;

namespace {

std::string fresh_dir(const std::string& name) {
  fs::remove_all(name);
  fs::create_directories(name);
  return fs::absolute(name).string();
}

constexpr Seconds k_now = 1795428000;

NewInterview interview(std::optional<std::string> person, std::string deck = "post-call") {
  NewInterview in;
  in.person = std::move(person);
  in.deck = std::move(deck);
  in.at = Instant{k_now, 0};
  return in;
}

StoredAnswer answer(std::string question_id, std::optional<std::string> text, std::optional<int> scale = {}) {
  StoredAnswer a;
  a.question_id = std::move(question_id);
  a.question_text = "Q?";
  a.text = std::move(text);
  a.scale = scale;
  return a;
}

long count(Journal& j, const std::string& sql) { return j.db().execAndGet(sql).getInt64(); }

/// What the reads that count and show entries see: list, people, the report, export.
struct Seen {
  std::size_t listed = 0, exported = 0;
  int debriefs_of_bob = -1; ///< -1: bob is not in people
  long reported = 0;
};

Seen seen(Journal& j) {
  Seen s;
  ListFilter all;
  all.limit = 0;
  s.listed = j.list(all).size();
  j.export_entries(all, [&](const ExchangeEntry&) { ++s.exported; });
  for (const auto& p : j.people())
    if (p.name == "bob") s.debriefs_of_bob = p.debriefs;
  const FixedZone utc(0);
  ReportInput in = report_frame(Period{k_now - 86400, k_now + 86400, false}, k_now + 86400, utc, 1);
  j.fill_report(in);
  s.reported = build_report(in).debriefs;
  return s;
}

} // namespace

TEST_CASE("storage::Journal::start_interview: hidden until its first answer, and its new person with it") {
  auto dir = fresh_dir("interview-begun");
  auto j = Journal::open_for_write(dir + "/j.db");
  auto in = interview("bob");
  in.about = "Acme renewal";
  in.tags = {"renewal", "q4", "renewal"};
  const Entry started = j.start_interview(in, k_now, "u1");
  CHECK_FALSE(started.begun);
  CHECK(started.person == "bob");
  CHECK(started.tags == std::vector<std::string>{"q4", "renewal"});
  std::vector<Id> began;
  j.on_begun([&](Id id) { began.push_back(id); });

  // Not begun: no read shows it or counts it, and bob is not in the journal yet.
  auto s = seen(j);
  CHECK(s.listed == 0);
  CHECK(s.exported == 0);
  CHECK(s.debriefs_of_bob == -1);
  CHECK(s.reported == 0);
  CHECK(j.people_names().empty());
  CHECK_FALSE(j.last_in_progress(Kind::debrief));
  REQUIRE(j.entry(started.id));
  CHECK_FALSE(j.entry(started.id)->begun);
  CHECK_FALSE(j.entry(started.id)->deleted);
  CHECK_THROWS_WITH_AS(j.set_deleted(started.id, true, k_now), "no entry #1", UsageError);
  CHECK_THROWS_WITH_AS(j.set_deleted(started.id, false, k_now), "no entry #1", UsageError);

  // The first answer begins it, with bob.
  j.save_answer(started.id, answer("pain", "onboarding takes months"), k_now);
  CHECK(began == std::vector<Id>{started.id});
  s = seen(j);
  CHECK(s.listed == 1);
  CHECK(s.exported == 1);
  CHECK(s.debriefs_of_bob == 1);
  CHECK(s.reported == 1);
  const auto e = j.entry(started.id);
  REQUIRE(e);
  CHECK(e->begun);
  CHECK(e->person == "bob");
  CHECK(e->body == "Acme renewal");
  CHECK(e->tags == std::vector<std::string>{"q4", "renewal"});
  CHECK(e->status == Status::in_progress);
  CHECK(j.last_in_progress(Kind::debrief)->id == started.id);
  CHECK_FALSE(j.discard_unbegun(started.id)); // begun: kept
  j.save_answer(started.id, answer("tried", "spreadsheets"), k_now);
  CHECK(began.size() == 1); // begun once
}

TEST_CASE("storage::Journal::discard_unbegun leaves no trace of an interview stopped before its first answer") {
  auto dir = fresh_dir("interview-discard");
  auto j = Journal::open_for_write(dir + "/j.db");
  NewNote n;
  n.body = "a note";
  n.person = "alice";
  n.at = Instant{k_now, 0};
  j.add_note(n, k_now, "n1");
  auto in = interview("bob");
  in.tags = {"demo"};
  const Id bob = j.start_interview(in, k_now, "u1").id;
  const Id alice = j.start_interview(interview("ALICE"), k_now, "u2").id;
  CHECK(j.entry(alice)->person == "alice"); // someone known: as the journal spells them
  CHECK(j.discard_unbegun(bob));
  CHECK(j.discard_unbegun(alice));
  CHECK_FALSE(j.discard_unbegun(alice)); // gone already
  CHECK_FALSE(j.entry(bob));
  CHECK(count(j, "SELECT count(*) FROM entry") == 1);
  CHECK(count(j, "SELECT count(*) FROM tag") == 0);
  CHECK(count(j, "SELECT count(*) FROM search") == 1); // the note's text alone
  CHECK(j.people_names() == std::vector<std::string>{"alice"});

  SUBCASE("a commitment begins it too, and then it is kept") {
    const Id id = j.start_interview(interview("carol"), k_now, "u3").id;
    j.add_commitment(id, "ask about the budget", std::nullopt, k_now, "c1");
    CHECK_FALSE(j.discard_unbegun(id));
    CHECK(j.entry(id)->begun);
    CHECK(j.commitment(1)->person == "carol");
  }
  SUBCASE("finishing begins it") {
    const Id id = j.start_interview(interview(std::nullopt, "self-review"), k_now, "u3").id;
    j.finish_entry(id, k_now);
    CHECK(j.entry(id)->begun);
    CHECK(j.entry(id)->status == Status::complete);
  }
}

TEST_CASE("storage::Journal::last_in_progress by kind, person and deck, and first answers") {
  auto dir = fresh_dir("interview-unfinished");
  auto j = Journal::open_for_write(dir + "/j.db");
  auto begun = [&](NewInterview in, Seconds at, std::vector<StoredAnswer> answers) {
    const Id id = j.start_interview(in, at, "u" + std::to_string(at)).id;
    for (const auto& a : answers) j.save_answer(id, a, at);
    return id;
  };
  const Id bob_post = begun(interview("bob"), 10,
                            {answer("review/x", "it went well"), answer("pain", std::nullopt), answer("rate", "4", 4),
                             answer("tried", "spreadsheets\nand a lot")});
  const Id bob_grow = begun(interview("Bob", "grow"), 20, {answer("goal", "win Acme")});
  auto reflection = interview(std::nullopt, "self-review");
  reflection.kind = Kind::reflection;
  const Id mine = begun(reflection, 30, {answer("what", "I rushed")});
  j.start_interview(interview("bob"), 40, "u40"); // not begun: never unfinished

  CHECK(j.last_in_progress(Kind::debrief)->id == bob_grow);
  CHECK(j.last_in_progress(Kind::debrief, std::string("BOB"))->id == bob_grow);
  CHECK(j.last_in_progress(Kind::debrief, std::string("bob"), std::string("post-call"))->id == bob_post);
  CHECK_FALSE(j.last_in_progress(Kind::debrief, std::string("alice")));
  CHECK_FALSE(j.last_in_progress(Kind::debrief, std::string("bob"), std::string("assignment-review")));
  CHECK(j.last_in_progress(Kind::reflection, std::nullopt, std::string("self-review"))->id == mine);
  j.finish_entry(bob_grow, 50);
  CHECK(j.last_in_progress(Kind::debrief)->id == bob_post);

  // What list shows of an interview without --about: its first written answer (read by list
  // and search alone).
  auto in = interview("bob");
  in.about = "Acme";
  const Id about = begun(in, 60, {answer("pain", "budget")});
  ListFilter all;
  all.limit = 0;
  std::map<Id, std::optional<std::string>> first;
  for (const auto& e : j.list(all)) first[e.id] = e.first_answer;
  CHECK(first.at(bob_post) == "spreadsheets\nand a lot"); // not the review's, a skip or a scale
  CHECK(first.at(bob_grow) == "win Acme");
  CHECK_FALSE(first.at(about)); // it has its --about text
  CHECK_FALSE(j.entry(bob_post)->first_answer);
}

TEST_CASE("storage::migrate to schema 5 takes the deck titles out of interviews' bodies") {
  auto dir = fresh_dir("migrate-v5");
  const auto path = dir + "/v4.db";
  {
    REQUIRE(create_private_file(path));
    SQLite::Database v4(path, SQLite::OPEN_READWRITE);
    migrate(v4, migrations(), 4);
    SQLite::Statement add(v4, "INSERT INTO entry (uuid, kind, deck_id, at_utc, at_offset, created_at, updated_at, "
                              "body) VALUES (?, ?, ?, 1, 0, 1, 1, ?)");
    for (const auto& [uuid, kind, deck, body] :
         std::vector<std::array<std::string, 4>>{{"post", "debrief", "post-call", "Post-call debrief"},
                                                 {"edited", "debrief", "post-call", "Acme call"},
                                                 {"other-title", "debrief", "grow", "Post-call debrief"},
                                                 {"note", "note", "", "Post-call debrief"},
                                                 {"self", "reflection", "self-review", "Self-review"},
                                                 {"mine", "reflection", "candid", "Candid talk"},
                                                 {"replaced", "debrief", "grow", "My grow"}}) {
      add.bind(1, uuid);
      add.bind(2, kind);
      if (deck.empty())
        add.bind(3);
      else
        add.bind(3, deck);
      add.bind(4, body);
      add.exec();
      add.reset();
    }
  }
  fs::create_directories(dir + "/decks");
  auto deck = [&](const std::string& id, const std::string& title) {
    std::ofstream(dir + "/decks/" + id + ".toml")
        << "title = \"" << title << "\"\naudience = \"either\"\n[[question]]\nid = \"q\"\ntext = \"Q?\"\n";
  };
  deck("candid", "Candid talk");
  deck("grow", "My grow"); // replaces the built-in: entries made with either title lose it
  auto j = Journal::open_existing(path, {}, dir + "/decks");
  REQUIRE(j);
  CHECK(j->db().execAndGet("PRAGMA user_version").getInt() == k_schema_version); // through 5 and on
  std::string bodies;
  SQLite::Statement q(j->db(), "SELECT uuid, body FROM entry ORDER BY id");
  while (q.executeStep()) bodies += q.getColumn(0).getString() + "=" + q.getColumn(1).getString() + ";";
  CHECK(bodies == "post=;edited=Acme call;other-title=Post-call debrief;note=Post-call debrief;self=;mine=;replaced=;");
  CHECK(count(*j, "SELECT count(*) FROM search WHERE search MATCH 'debrief'") == 2); // the index follows
}

TEST_CASE("storage::Journal::finish_review decides the commitment, records it and finishes the entry at once") {
  auto dir = fresh_dir("finish-review");
  auto j = Journal::open_for_write(dir + "/j.db");
  const Id made = j.start_interview(interview("Müller"), k_now, "u1").id;
  j.save_answer(made, answer("pain", "budget"), k_now);
  const auto c =
      j.add_commitment(made, "Ask for the budget first", k_now + 86400, k_now, "00000000-0000-4000-8000-000000000001");
  j.finish_entry(made, k_now);
  CHECK(j.commitment_by_uuid(c.uuid)->id == c.id);
  CHECK_FALSE(j.commitment_by_uuid("00000000-0000-4000-8000-000000000002"));

  const Id review = j.start_interview(interview("Müller", "assignment-review"), k_now + 10, "u2").id;
  j.save_answer(review, answer("happened", "asked on two calls"), k_now + 10);
  Journal::Decision d;
  d.status = CommitmentStatus::done;
  d.review = LatestReview{"asked on two calls", Helped::yes, std::string("they named a number"), k_now + 20};
  auto closing = j.finish_review(review, c.id, d, {answer("review/" + c.uuid + "/decision", "done")}, k_now + 20);
  CHECK(closing.closed);
  CHECK(closing.commitment.status == CommitmentStatus::done);
  CHECK(closing.commitment.review->helped == Helped::yes);
  CHECK(closing.commitment.review->evidence == "they named a number");
  CHECK(j.entry(review)->status == Status::complete);
  CHECK(j.answers(review).back().question_id == "review/" + c.uuid + "/decision");

  // Closed meanwhile: a second decision changes nothing of it, and still finishes its entry.
  const Id late = j.start_interview(interview("Müller", "assignment-review"), k_now + 30, "u3").id;
  j.save_answer(late, answer("happened", "again"), k_now + 30);
  d.status = CommitmentStatus::dropped;
  closing = j.finish_review(late, c.id, d, {}, k_now + 40);
  CHECK_FALSE(closing.closed);
  CHECK(closing.commitment.status == CommitmentStatus::done);
  CHECK(j.entry(late)->status == Status::complete);
}
