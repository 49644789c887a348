// Two commands writing one journal: each Journal here is another process's connection. A write
// that read the journal earlier (an edit, a closing, a debrief's commitment) must not undo or
// lose what the other wrote meanwhile.
#include "core/error.hpp"
#include "storage/journal.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <filesystem>

using namespace debrief;
namespace fs = std::filesystem;

namespace {

/// Two connections to a fresh journal in the test run's private temp dir.
struct TwoWriters {
  explicit TwoWriters(const std::string& name) {
    fs::remove_all(name);
    fs::create_directories(name);
    path = fs::absolute(name).string() + "/journal.db";
    a = std::make_unique<Journal>(Journal::open_for_write(path));
    b = std::make_unique<Journal>(Journal::open_for_write(path));
  }
  std::string path;
  std::unique_ptr<Journal> a, b;
};

long long note(Journal& j, const std::string& body, const std::string& person, const std::string& uuid) {
  NewNote n;
  n.body = body;
  n.person = person;
  n.tags = {"demo"};
  n.at = Instant{1795428000, 0};
  return j.add_note(n, 1795428000, uuid).entry.id;
}

/// The edit `edit` would save of `e` with a new text.
EditedEntry edited(const Entry& e, std::string body) {
  EditedEntry ed;
  ed.at = e.at;
  ed.person = e.person;
  ed.tags = e.tags;
  ed.outcome = e.outcome;
  ed.lesson = e.lesson;
  ed.body = std::move(body);
  return ed;
}

long long version_of(Journal& j, long long id) { return j.entry(id)->version; }

} // namespace

TEST_CASE("storage::Journal every write to an entry raises its version") {
  TwoWriters w("versions");
  Journal& j = *w.a;
  const auto id = note(j, "call", "alice", "u1");
  const auto other = note(j, "another call", "bob", "u2");
  CHECK(version_of(j, id) == 0);
  long long v = 0;
  auto raised = [&] { return version_of(j, id) == ++v; };
  CHECK_FALSE(j.update_entry(id, edited(*j.entry(id), "call, edited"), v, 10));
  CHECK(raised());
  j.set_deleted(id, true, 11);
  CHECK(raised());
  j.set_deleted(id, false, 12);
  CHECK(raised());
  j.rename_person("alice", "Alice Smith", false);
  CHECK(raised());
  CHECK(version_of(j, other) == 0);
  j.rename_person("Alice Smith", "bob", true); // a merge: alice's entries now name bob
  CHECK(raised());
  CHECK(version_of(j, other) == 0); // bob's own entries read as before
  NewInterview in;
  in.person = "bob";
  in.deck = "post-call";
  in.about = "Acme renewal";
  in.at = Instant{1795428000, 0};
  const auto debrief = j.start_interview(in, 20, "u3").id;
  CHECK(version_of(j, debrief) == 0);
  StoredAnswer a;
  a.question_id = "pain";
  a.question_text = "What was their problem?";
  a.text = "budget";
  j.save_answer(debrief, a, 21);
  CHECK(version_of(j, debrief) == 1);
  j.add_commitment(debrief, "ask about the budget", std::nullopt, 22, "c1"); // not a change to the entry
  CHECK(version_of(j, debrief) == 1);
  j.finish_entry(debrief, 23);
  CHECK(version_of(j, debrief) == 2);
}

TEST_CASE("storage::Journal::update_entry saves only an entry still as it was read") {
  TwoWriters w("stale-edit");
  const auto id = note(*w.a, "Acme demo went long", "alice", "u1");
  const auto read_a = w.a->entry_state(id); // a's editor opens
  REQUIRE(read_a);
  const auto read_b = w.b->entry_state(id); // and b's
  REQUIRE(read_b);
  CHECK(read_a->entry.version == read_b->entry.version);

  SUBCASE("two edits: the second to save is refused, the first's change stays") {
    CHECK_FALSE(w.b->update_entry(id, edited(read_b->entry, "b's words"), read_b->entry.version, 10));
    auto now = w.a->update_entry(id, edited(read_a->entry, "a's words"), read_a->entry.version, 11);
    REQUIRE(now);
    CHECK(now->entry.body == "b's words");
    CHECK(w.a->entry(id)->body == "b's words");
    CHECK(w.a->entry(id)->updated == 10);
  }
  SUBCASE("a rename meanwhile: the old name is not brought back") {
    w.b->rename_person("alice", "alicia", false);
    auto now = w.a->update_entry(id, edited(read_a->entry, "a's words"), read_a->entry.version, 11);
    REQUIRE(now);
    CHECK(now->entry.person == "alicia");
    CHECK(w.a->people_names() == std::vector<std::string>{"alicia"});
    CHECK(w.a->entry(id)->body == "Acme demo went long");
  }
  SUBCASE("a merge meanwhile: the entry stays with the merged person") {
    note(*w.b, "carol's call", "carol", "u2");
    w.b->rename_person("alice", "carol", true);
    auto now = w.a->update_entry(id, edited(read_a->entry, "a's words"), read_a->entry.version, 11);
    REQUIRE(now);
    CHECK(now->entry.person == "carol");
    CHECK(w.a->people_names() == std::vector<std::string>{"carol"});
  }
  SUBCASE("a delete meanwhile: it stays deleted") {
    w.b->set_deleted(id, true, 10);
    auto now = w.a->update_entry(id, edited(read_a->entry, "a's words"), read_a->entry.version, 11);
    REQUIRE(now);
    CHECK(now->entry.deleted);
    CHECK(w.a->entry(id)->deleted);
    CHECK(w.a->entry(id)->body == "Acme demo went long");
  }
  SUBCASE("no such entry") {
    CHECK_THROWS_WITH_AS(w.a->update_entry(99, edited(read_a->entry, "x"), 0, 11), "no entry #99", UsageError);
  }
}

TEST_CASE("storage::Journal::close_commitment closes an open commitment once") {
  TwoWriters w("close-once");
  const auto id = note(*w.a, "call", "alice", "u1");
  const auto c = w.a->add_commitment(id, "ask about their process", std::nullopt, 5, "c1").id;
  // `done` and `drop` have both read it open.
  REQUIRE(w.a->commitment(c)->status == CommitmentStatus::open);
  REQUIRE(w.b->commitment(c)->status == CommitmentStatus::open);
  auto done = w.a->close_commitment(c, CommitmentStatus::done, "worked", 10);
  CHECK(done.closed);
  CHECK(done.commitment.status == CommitmentStatus::done);
  auto drop = w.b->close_commitment(c, CommitmentStatus::dropped, "gave up", 11);
  CHECK_FALSE(drop.closed);
  CHECK(drop.commitment.status == CommitmentStatus::done);
  CHECK(drop.commitment.closing_note == "worked");
  CHECK(w.a->commitment(c)->closing_note == "worked");
  CHECK(w.a->commitment(c)->closed == 10);
  CHECK_THROWS_WITH_AS(w.a->close_commitment(99, CommitmentStatus::done, "", 12), "no commitment #99", UsageError);
}

TEST_CASE("storage::Journal::add_commitment gives the commitment to the entry's person as they are now") {
  TwoWriters w("commitment-person");
  note(*w.a, "alice's call", "alice", "u1");
  NewInterview in;
  in.person = "alicia";
  in.deck = "post-call";
  in.about = "Acme renewal";
  in.at = Instant{1795428000, 0};
  const auto debrief = w.a->start_interview(in, 5, "u2").id; // `ask alicia` begins
  const auto first = w.a->add_commitment(debrief, "first", std::nullopt, 6, "c1");
  CHECK(first.person == "alicia");

  SUBCASE("merged meanwhile") {
    w.b->rename_person("alicia", "alice", true);
    const auto c = w.a->add_commitment(debrief, "open with their goal", std::nullopt, 7, "c2");
    CHECK(c.person == "alice");
    CHECK(w.a->commitment(c.id)->person == "alice");
    CHECK(w.a->commitments({false, std::string("alice"), std::nullopt}).size() == 2);
    CHECK(w.a->open_commitments_of_entry_person(debrief).size() == 2);
  }
  SUBCASE("renamed meanwhile") {
    w.b->rename_person("alicia", "Alicia Keys", false);
    CHECK(w.a->add_commitment(debrief, "open with their goal", std::nullopt, 7, "c2").person == "Alicia Keys");
    CHECK(w.a->open_commitments_of_entry_person(debrief).size() == 2);
  }
  CHECK(w.a->db().execAndGet("SELECT count(*) FROM commitment WHERE person_id IS NULL").getInt() == 0);
  CHECK_THROWS_WITH_AS(w.a->add_commitment(99, "x", std::nullopt, 8, "c3"), "no entry #99", UsageError);
}
