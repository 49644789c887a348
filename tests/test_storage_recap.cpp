// What recaps read of the journal: an entry with the commitments it made and reviewed, and the
// last debrief with a rep before a new one (deleted, private, unfinished and others' left out).
#include "storage/journal.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace debrief;
namespace fs = std::filesystem;

namespace {

constexpr Seconds k_day = 86400;
constexpr Seconds k_start = 1795255200; // Sat 21 Nov 2026 10:00 UTC

struct Journaled {
  Journal j;
  int uuids = 0;

  explicit Journaled(const std::string& name) : j(open(name)) {}
  static Journal open(const std::string& name) {
    fs::remove_all(name);
    fs::create_directories(name);
    return Journal::open_for_write(fs::absolute(name).string() + "/journal.db");
  }
  std::string uuid() { return "u" + std::to_string(++uuids); }

  /// A debrief with `person` on day `day`, finished unless `finish` says not, with one answer.
  Id debrief(const std::string& person, int day, const std::string& better, bool finish = true,
             bool is_private = false) {
    NewInterview in;
    in.kind = Kind::debrief;
    in.person = person;
    in.deck = "post-call";
    in.is_private = is_private;
    in.at = Instant{k_start + day * k_day, 0};
    const Id id = j.start_interview(in, in.at.utc, uuid()).id;
    StoredAnswer a;
    a.question_id = "better";
    a.question_text = "What would have served the customer better?";
    a.text = better;
    a.mark = Discovery::self;
    j.save_answer(id, a, in.at.utc);
    if (finish) j.finish_entry(id, in.at.utc);
    return id;
  }

  /// Answers the review of commitment `c` in entry `id`.
  void review(Id id, const Commitment& c, const std::string& how) {
    StoredAnswer a;
    a.question_id = "review/" + c.uuid;
    a.question_text = "How did it go: " + c.text;
    a.text = how;
    j.save_answer(id, a, k_start);
  }
};

} // namespace

TEST_CASE("storage::Journal recap_input: the entry, its answers, commitments made and reviewed") {
  Journaled t("recap_input");
  const Id first = t.debrief("alice", 0, "asking sooner");
  const auto c = t.j.add_commitment(first, "ask about budget", std::nullopt, k_start, t.uuid());
  const Id second = t.debrief("alice", 7, "listening");
  t.review(second, c, "it worked");
  t.j.close_commitment(c.id, CommitmentStatus::done, "it worked", k_start + 7 * k_day);
  const auto next = t.j.add_commitment(second, "pause", k_start + 14 * k_day, k_start, t.uuid());

  auto in = t.j.recap_input(second);
  REQUIRE(in);
  CHECK(in->entry.id == second);
  CHECK(in->answers.size() == 2);
  REQUIRE(in->made.size() == 1);
  CHECK(in->made[0].id == next.id);
  REQUIRE(in->reviewed.size() == 1);
  CHECK(in->reviewed[0].id == c.id);
  CHECK(in->reviewed[0].status == CommitmentStatus::done);
  CHECK(!t.j.recap_input(99));
}

TEST_CASE("storage::Journal call_context: the last finished debrief with the same rep") {
  Journaled t("call_context");
  const Id older = t.debrief("alice", 0, "older");
  const Id last = t.debrief("alice", 7, "the last one");
  const auto c = t.j.add_commitment(last, "pause", std::nullopt, k_start, t.uuid());
  t.debrief("bob", 8, "another rep");
  // Not the last debrief: unfinished, private, deleted. Their reviews: only the unfinished
  // one's is read (a private or deleted entry's words are never shown).
  const Id unfinished = t.debrief("alice", 9, "unfinished", false);
  t.review(unfinished, c, "paused twice");
  const Id secret = t.debrief("alice", 10, "private", true, true);
  t.review(secret, c, "private words");
  const Id deleted = t.debrief("alice", 11, "deleted");
  t.review(deleted, c, "deleted words");
  t.j.set_deleted(deleted, true, k_start);
  const Id current = t.debrief("alice", 14, "now", false);

  auto context = t.j.call_context(current);
  REQUIRE(context);
  CHECK(context->last.id == last);
  REQUIRE(context->answers.size() == 1);
  CHECK(context->answers[0].text == "the last one");
  REQUIRE(context->made.size() == 1);
  CHECK(context->made[0].id == c.id);
  REQUIRE(context->reviews.size() == 1);
  CHECK(context->reviews[0].uuid == c.uuid);
  CHECK(context->reviews[0].how == "paused twice");
  CHECK(context->reviews[0].at.utc == k_start + 9 * k_day);

  t.j.set_deleted(last, true, k_start);
  context = t.j.call_context(current);
  REQUIRE(context);
  CHECK(context->last.id == older);
  CHECK(context->made.empty());
  CHECK(context->reviews.empty());

  CHECK(!t.j.call_context(t.debrief("carol", 14, "first", false)));
  NewNote n;
  n.body = "no one";
  n.at = Instant{k_start, 0};
  CHECK(!t.j.call_context(t.j.add_note(n, k_start, t.uuid()).entry.id));
}
