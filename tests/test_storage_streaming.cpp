// The whole-journal reads (list, search, export) pass rows on a chunk at a time: every row
// once and in order across chunk boundaries that fall among entries of the same instant, and
// no lock held while a row is passed on, so that a writer never waits on a slow reader.
#include "storage/journal.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace debrief;
namespace fs = std::filesystem;

namespace {

constexpr Seconds k_same = 1795428000; // the instant 400 of the entries share

/// A journal of 700 notes about pricing, alice's (odd ids) and bob's (even ids): ids 1–100
/// before k_same, one a minute, 101–500 all at k_same (more than a chunk of 256, on both sides
/// of a chunk's end), 501–700 after it. Every third has an answer, every fifth a second one,
/// every fourth a commitment.
struct Streaming {
  std::string path;
  Journal journal;

  explicit Streaming(const std::string& name) : path(fresh(name)), journal(Journal::open_for_write(path)) {
    auto& db = journal.db();
    db.exec("BEGIN");
    db.exec("INSERT INTO person (name, name_key, created_at) VALUES ('alice', 'alice', 0), ('bob', 'bob', 0)");
    SQLite::Statement add(db, "INSERT INTO entry (uuid, kind, person_id, at_utc, at_offset, created_at, updated_at, "
                              "body) VALUES (?1, 'note', 2 - ?2 % 2, ?3, 0, 0, 0, 'pricing note ' || ?2)");
    for (int i = 1; i <= 700; ++i) {
      add.bind(1, "u" + std::to_string(i));
      add.bind(2, i);
      add.bind(3, static_cast<std::int64_t>(at_of(i)));
      add.exec();
      add.reset();
    }
    db.exec("INSERT INTO answer (entry_id, position, question_id, question_text, answer_text, answered_at) "
            "SELECT id, 1, 'q1', 'First?', 'one ' || id, 0 FROM entry WHERE id % 3 = 0 "
            "UNION ALL SELECT id, 2, 'q2', 'Second?', 'two ' || id, 0 FROM entry WHERE id % 5 = 0");
    db.exec("INSERT INTO commitment (uuid, person_id, entry_id, text, created_at) "
            "SELECT 'c' || id, person_id, id, 'try ' || id, 0 FROM entry WHERE id % 4 = 0");
    db.exec("COMMIT");
  }

  static Seconds at_of(long long id) {
    return id <= 100 ? k_same - (101 - id) * 60 : id <= 500 ? k_same : k_same + (id - 500) * 60;
  }

  static std::string fresh(const std::string& name) {
    fs::remove_all(name);
    fs::create_directories(name);
    return fs::absolute(name).string() + "/j.db";
  }

  /// Ids 1–700 in the order (at, id), descending when `newest_first`, with at in [since, until).
  static std::vector<long long> expected(bool newest_first, Seconds since = 0, Seconds until = k_same * 2) {
    std::vector<long long> ids;
    for (long long id = 1; id <= 700; ++id)
      if (at_of(id) >= since && at_of(id) < until) ids.push_back(id);
    std::sort(ids.begin(), ids.end(),
              [](long long a, long long b) { return std::pair(at_of(a), a) < std::pair(at_of(b), b); });
    if (newest_first) std::reverse(ids.begin(), ids.end());
    return ids;
  }
};

/// Another process's connection, waiting at most 100 ms for a lock: its writes fail at once
/// if the reader holds the journal.
struct Writer {
  Journal journal;
  explicit Writer(const std::string& path) : journal(open(path)) {}
  static Journal open(const std::string& path) {
    Journal::set_busy_timeout_ms(100);
    auto j = Journal::open_for_write(path);
    Journal::set_busy_timeout_ms(Journal::k_busy_timeout_ms);
    return j;
  }
  /// Logs a note at `at` (not about pricing); fails (RuntimeError, "locked") if it must wait.
  long long log(Seconds at, const std::string& uuid) {
    NewNote n;
    n.body = "logged meanwhile";
    n.at = Instant{at, 0};
    return journal.add_note(n, at, uuid).entry.id;
  }
};

} // namespace

TEST_CASE("storage::Journal::list passes every entry once, in order, with no lock held") {
  Streaming s("stream-list");
  Writer w(s.path);
  ListFilter all;
  all.limit = 0;
  SUBCASE("the whole journal, through entries of one instant on both sides of a chunk's end") {
    std::vector<long long> ids;
    int logged = 0;
    s.journal.list(all, [&](const Entry& e) {
      ids.push_back(e.id);
      // Newer than every entry: not in this list (its first chunk was read before).
      if (ids.size() % 100 == 0) w.log(k_same + 86400 * 365, "w" + std::to_string(++logged));
      // The newest entry, already listed, moves to the oldest place: not listed again.
      if (ids.size() == 1) w.journal.db().exec("UPDATE entry SET at_utc = 0 WHERE id = 700");
    });
    CHECK(logged == 7);
    CHECK(ids == Streaming::expected(true));
  }
  SUBCASE("a limit past a chunk") {
    ListFilter f;
    f.limit = 300;
    std::vector<long long> ids;
    s.journal.list(f, [&](const Entry& e) { ids.push_back(e.id); });
    auto want = Streaming::expected(true);
    want.resize(300);
    CHECK(ids == want);
    CHECK(s.journal.list(f).size() == 300);
  }
  SUBCASE("a period, and a person, whose bounds fall on the shared instant") {
    ListFilter f = all;
    f.since = k_same;
    f.until = k_same + 1;
    std::vector<long long> ids;
    for (const auto& e : s.journal.list(f)) ids.push_back(e.id);
    CHECK(ids == Streaming::expected(true, k_same, k_same + 1));
    CHECK(ids.size() == 400);
    f.person = "bob"; // even ids
    f.since = k_same - 30 * 60;
    f.until = k_same;
    ids.clear();
    for (const auto& e : s.journal.list(f)) ids.push_back(e.id);
    CHECK(ids == std::vector<long long>{100, 98, 96, 94, 92, 90, 88, 86, 84, 82, 80, 78, 76, 74, 72});
  }
}

TEST_CASE("storage::Journal::export_entries passes every entry once, with its rows, with no lock held") {
  Streaming s("stream-export");
  Writer w(s.path);
  ListFilter all;
  SUBCASE("the whole journal") {
    std::vector<long long> ids;
    std::vector<std::string> answers, commitments;
    int logged = 0;
    s.journal.export_entries(all, [&](const ExchangeEntry& x) {
      ids.push_back(x.entry.id);
      for (const auto& a : x.answers) answers.push_back(*a.text);
      for (const auto& c : x.commitments) commitments.push_back(c.text);
      // Older than every entry: not in this export (its first chunk was read before).
      if (ids.size() % 100 == 0) w.log(k_same - 86400 * 365, "w" + std::to_string(++logged));
      // The oldest entry, already exported, moves to the newest place: not exported again.
      if (ids.size() == 1) w.journal.db().exec("UPDATE entry SET at_utc = at_utc + 86400 * 365 WHERE id = 1");
    });
    CHECK(logged == 7);
    CHECK(ids == Streaming::expected(false));
    std::vector<std::string> want_answers, want_commitments;
    for (auto id : Streaming::expected(false)) {
      if (id % 3 == 0) want_answers.push_back("one " + std::to_string(id));
      if (id % 5 == 0) want_answers.push_back("two " + std::to_string(id));
      if (id % 4 == 0) want_commitments.push_back("try " + std::to_string(id));
    }
    CHECK(answers == want_answers);
    CHECK(commitments == want_commitments);
  }
  SUBCASE("a period and a person") {
    ListFilter f;
    f.since = k_same;
    f.until = k_same + 120;
    f.person = "alice"; // odd ids
    std::vector<long long> ids;
    std::size_t answers = 0;
    s.journal.export_entries(f, [&](const ExchangeEntry& x) {
      ids.push_back(x.entry.id);
      answers += x.answers.size();
    });
    std::vector<long long> want;
    for (auto id : Streaming::expected(false, k_same, k_same + 120))
      if (id % 2 == 1) want.push_back(id);
    CHECK(ids == want);
    CHECK(ids.size() == 201);  // 200 at the shared instant, 501
    CHECK(answers == 67 + 40); // first answers (odd multiples of 3 to 501), second ones (of 5)
  }
}

TEST_CASE("storage::Journal::search passes every hit once, with no lock held") {
  Streaming s("stream-search");
  Writer w(s.path);
  ListFilter all;
  all.limit = 0;
  std::set<long long> ids;
  std::size_t hits = 0;
  int logged = 0;
  s.journal.search("pricing", all, [&](const SearchHit& h) {
    ids.insert(h.entry.id);
    ++hits;
    if (hits % 100 == 0) w.log(k_same, "w" + std::to_string(++logged));
  });
  CHECK(logged == 7);
  CHECK(hits == 700);
  CHECK(ids.size() == 700);
  ListFilter some;
  some.limit = 300;
  hits = 0;
  s.journal.search("pricing", some, [&](const SearchHit&) { ++hits; });
  CHECK(hits == 300);
}
