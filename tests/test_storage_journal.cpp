#include "core/error.hpp"
#include "storage/files.hpp"
#include "storage/journal.hpp"
#include "storage/schema.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace debrief;
namespace fs = std::filesystem;

namespace {

unsigned mode_of(const std::string& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777u;
}

/// A fresh directory under the test run's private temp dir.
std::string fresh_dir(const std::string& name) {
  fs::remove_all(name);
  fs::create_directories(name);
  return fs::absolute(name).string();
}

NewNote note(std::string body, std::optional<std::string> person = std::nullopt, std::vector<std::string> tags = {}) {
  NewNote n;
  n.body = std::move(body);
  n.person = std::move(person);
  n.tags = std::move(tags);
  n.at = Instant{1795428000, 0};
  return n;
}

struct Umask {
  explicit Umask(mode_t m) : old(::umask(m)) {}
  ~Umask() { ::umask(old); }
  mode_t old;
};

} // namespace

TEST_CASE("storage::Journal creation") {
  auto dir = fresh_dir("create");
  SUBCASE("directory 0700 and file 0600 whatever the umask") {
    for (mode_t m : {mode_t{0}, mode_t{022}, mode_t{077}}) {
      Umask u(m);
      auto base = dir + "/u" + std::to_string(m);
      auto path = base + "/data/debrief/journal.db";
      Journal::open_for_write(path);
      CHECK(mode_of(path) == 0600);
      CHECK(mode_of(base + "/data/debrief") == 0700);
      CHECK(mode_of(base + "/data") == 0700);
    }
  }
  SUBCASE("a new journal is marked, versioned and uses the rollback journal on this SQLite") {
    auto j = Journal::open_for_write(dir + "/j.db");
    CHECK(j.db().execAndGet("PRAGMA application_id").getInt() == k_application_id);
    CHECK(j.db().execAndGet("PRAGMA user_version").getInt() == k_schema_version);
    CHECK(j.db().execAndGet("PRAGMA synchronous").getInt() == 2); // FULL
    CHECK(j.db().execAndGet("PRAGMA foreign_keys").getInt() == 1);
    if (sqlite3_libversion_number() < 3051003) CHECK(j.db().execAndGet("PRAGMA journal_mode").getString() == "delete");
  }
  SUBCASE("open_existing does not create") {
    CHECK_FALSE(Journal::open_existing(dir + "/missing.db"));
    CHECK_FALSE(fs::exists(dir + "/missing.db"));
  }
  SUBCASE("an empty file (creation interrupted) becomes a journal") {
    REQUIRE(create_private_file(dir + "/empty.db"));
    auto j = Journal::open_for_write(dir + "/empty.db");
    CHECK(j.db().execAndGet("PRAGMA user_version").getInt() == k_schema_version);
  }
}

TEST_CASE("storage::Journal refuses what it must not touch") {
  auto dir = fresh_dir("refuse");
  auto bytes = [](const std::string& p) { return read_file(p); };
  SUBCASE("a text file") {
    auto p = dir + "/notes.txt";
    { std::ofstream(p) << "just some text, not a database\n"; }
    auto before = bytes(p);
    CHECK_THROWS_WITH_AS(Journal::open_for_write(p),
                         (p + " is not a debrief journal (not an SQLite database); left untouched").c_str(),
                         RuntimeError);
    CHECK_THROWS_AS(Journal::open_existing(p), RuntimeError);
    CHECK(bytes(p) == before);
  }
  SUBCASE("another program's SQLite database") {
    auto p = dir + "/other.db";
    {
      SQLite::Database other(p, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      other.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
    }
    auto before = bytes(p);
    CHECK_THROWS_WITH_AS(Journal::open_for_write(p),
                         (p + " is not a debrief journal (SQLite application_id 0x0); left untouched").c_str(),
                         RuntimeError);
    CHECK(bytes(p) == before);
  }
  SUBCASE("a journal from a newer debrief") {
    auto p = dir + "/newer.db";
    { Journal::open_for_write(p).db().exec("PRAGMA user_version = 99"); }
    auto before = bytes(p);
    CHECK_THROWS_WITH_AS(Journal::open_existing(p),
                         (p + " was written by a newer debrief (schema version 99; this one reads up to " +
                          std::to_string(k_schema_version) + "); left untouched, upgrade debrief to use it")
                             .c_str(),
                         RuntimeError);
    CHECK(bytes(p) == before);
  }
  SUBCASE("a symlink planted at the journal path is never followed") {
    auto target = dir + "/elsewhere.db";
    auto link = dir + "/journal.db";
    fs::create_symlink(target, link);
    CHECK_THROWS_AS(Journal::open_for_write(link), RuntimeError);
    CHECK_FALSE(fs::exists(target));
    CHECK(fs::is_symlink(link));
  }
}

TEST_CASE("storage::migrate") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  const std::vector<Migration> fake{{1, "CREATE TABLE t (x); INSERT INTO t VALUES (1);"},
                                    {2, "ALTER TABLE t ADD COLUMN y DEFAULT 7;"}};
  SUBCASE("a fake v0 → v1 applies the step and marks the file") {
    migrate(db, fake, 1);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 1);
    CHECK(db.execAndGet("PRAGMA application_id").getInt() == k_application_id);
    CHECK(db.execAndGet("SELECT count(*) FROM t").getInt() == 1);
    SUBCASE("then v1 → v2 applies only the new step") {
      migrate(db, fake, 2);
      CHECK(db.execAndGet("PRAGMA user_version").getInt() == 2);
      CHECK(db.execAndGet("SELECT count(*) FROM t").getInt() == 1);
      CHECK(db.execAndGet("SELECT y FROM t").getInt() == 7);
    }
    SUBCASE("migrating to the current version again does nothing") {
      migrate(db, fake, 1);
      CHECK(db.execAndGet("SELECT count(*) FROM t").getInt() == 1);
    }
  }
  SUBCASE("a failing step leaves the database as it was") {
    const std::vector<Migration> broken{{1, "CREATE TABLE t (x); INSERT INTO nowhere VALUES (1);"}};
    CHECK_THROWS_AS(migrate(db, broken, 1), RuntimeError);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 0);
    CHECK(db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0);
  }
  SUBCASE("the real migrations build every table of the data model") {
    migrate(db, migrations(), k_schema_version);
    for (const char* table : {"person", "entry", "answer", "tag", "commitment", "search"})
      CHECK(db.execAndGet(std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") + table + "'").getInt() ==
            1);
  }
}

TEST_CASE("storage::Journal notes") {
  auto dir = fresh_dir("notes");
  auto j = Journal::open_for_write(dir + "/j.db");
  SUBCASE("add and list, most recent first") {
    auto a = j.add_note(note("first", "alice", {"demo", "pricing"}), 1795428000, "u1");
    auto n2 = note("second", "Bob");
    n2.at.utc += 60;
    auto b = j.add_note(n2, 1795428060, "u2");
    CHECK(a.entry.id == 1);
    CHECK(b.entry.id == 2);
    auto all = j.list({});
    REQUIRE(all.size() == 2);
    CHECK(all[0].body == "second");
    CHECK(all[0].person == "Bob");
    CHECK(all[1].tags == std::vector<std::string>{"demo", "pricing"});
    CHECK(all[1].uuid == "u1");
    ListFilter only_alice;
    only_alice.person = "ALICE"; // names match case-insensitively
    auto mine = j.list(only_alice);
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].body == "first");
    ListFilter one;
    one.limit = 1;
    CHECK(j.list(one).size() == 1);
  }
  SUBCASE("a person is kept once, with the first spelling") {
    j.add_note(note("a", "Alice"), 1, "u1");
    auto again = j.add_note(note("b", "alice"), 2, "u2");
    CHECK(again.entry.person == "Alice");
    CHECK_FALSE(again.close_match);
    CHECK(j.people_names() == std::vector<std::string>{"Alice"});
  }
  SUBCASE("a new name close to a known one is flagged") {
    j.add_note(note("a", "alice"), 1, "u1");
    auto typo = j.add_note(note("b", "alicia"), 2, "u2");
    CHECK(typo.close_match == "alice");
    CHECK(j.people_names().size() == 2);
  }
  SUBCASE("an unknown person in a filter is a usage error with a suggestion") {
    j.add_note(note("a", "alice"), 1, "u1");
    ListFilter f;
    f.person = "alicia";
    CHECK_THROWS_WITH_AS(j.list(f), "no one called 'alicia' in the journal; did you mean 'alice'?", UsageError);
  }
  SUBCASE("the full-text index follows the bodies") {
    j.add_note(note("customer went cold after pricing"), 1, "u1");
    CHECK(j.db().execAndGet("SELECT count(*) FROM search WHERE search MATCH 'pricing'").getInt() == 1);
    CHECK(j.db().execAndGet("SELECT rowid FROM search WHERE search MATCH 'cold'").getInt64() == 1 * 4 + 1);
  }
  SUBCASE("SQL metacharacters are data") {
    j.add_note(note("'); DROP TABLE entry; --", "O'Brien", {"a'b"}), 1, "u1");
    auto all = j.list({});
    REQUIRE(all.size() == 1);
    CHECK(all[0].body == "'); DROP TABLE entry; --");
    CHECK(all[0].person == "O'Brien");
  }
}

TEST_CASE("storage::Journal people are one by their name key") {
  auto dir = fresh_dir("names");
  auto j = Journal::open_for_write(dir + "/j.db");
  auto person_of = [&](long long id) { return *j.entry(id)->person; };
  auto count = [&](const std::string& name) {
    ListFilter f;
    f.person = name;
    return j.list(f).size();
  };
  SUBCASE("case, in any script, and normal form") {
    const auto a = j.add_note(note("1", "Alice"), 1, "u1").entry.id;
    CHECK(person_of(j.add_note(note("2", "ALICE"), 2, "u2").entry.id) == "Alice");
    CHECK(person_of(j.add_note(note("3", "alice"), 3, "u3").entry.id) == "Alice");
    CHECK(person_of(a) == "Alice");
    j.add_note(note("4", "MÜLLER"), 4, "u4");
    CHECK(person_of(j.add_note(note("5", "müller"), 5, "u5").entry.id) == "MÜLLER");
    j.add_note(note("6", "Jos\u00e9"), 6, "u6");
    CHECK(person_of(j.add_note(note("7", "Jose\u0301"), 7, "u7").entry.id) == "Jos\u00e9");
    CHECK(j.people_names() == std::vector<std::string>{"Alice", "Jos\u00e9", "MÜLLER"});
    CHECK(count("alice") == 3);
    CHECK(count("Müller") == 2);
    CHECK(count("JOSÉ") == 2);
    CHECK(j.db()
              .execAndGet("SELECT group_concat(name_key, '|') FROM (SELECT name_key FROM person ORDER BY id)")
              .getString() == "alice|müller|jos\u00e9");
  }
  SUBCASE("commitments, renames and suggestions go by the key") {
    const auto e = j.add_note(note("call", "Müller"), 1, "u1").entry.id;
    CHECK(j.add_commitment(e, "ask more", std::nullopt, 2, "c1").person == "Müller");
    REQUIRE(j.open_commitments_of_entry_person(e).size() == 1);
    CHECK(j.commitments({false, std::string("müller"), std::nullopt}).front().person == "Müller");
    CHECK(j.commitments({false, std::string("MüLLER"), std::nullopt}).size() == 1);
    CHECK_FALSE(j.rename_person("MÜLLER", "Müller-Lüdenscheidt", false));
    CHECK(j.people_names() == std::vector<std::string>{"Müller-Lüdenscheidt"});
    CHECK_FALSE(j.rename_person("müller-lüdenscheidt", "MÜLLER-LÜDENSCHEIDT", false));
    CHECK(j.people_names() == std::vector<std::string>{"MÜLLER-LÜDENSCHEIDT"});
    CHECK(j.person_named("Müller-Lüdenscheidt") == "MÜLLER-LÜDENSCHEIDT");
    ListFilter f;
    f.person = "Muller-Ludenscheidt";
    CHECK_THROWS_WITH_AS(j.list(f),
                         "no one called 'Muller-Ludenscheidt' in the journal; did you mean 'MÜLLER-LÜDENSCHEIDT'?",
                         UsageError);
  }
  SUBCASE("a person the sqlite3 shell added, without a key, is found by name") {
    j.db().exec("INSERT INTO person (name, created_at) VALUES ('Shell Added', 0)");
    CHECK(person_of(j.add_note(note("x", "shell added"), 1, "u1").entry.id) == "Shell Added");
    CHECK(j.people_names().size() == 1);
  }
}

TEST_CASE("storage::migrate to schema 3 keys the people of a schema 2 journal, keeping NOCASE's apart") {
  auto dir = fresh_dir("migrate-v3");
  const auto path = dir + "/v2.db";
  REQUIRE(create_private_file(path));
  {
    SQLite::Database v2(path, SQLite::OPEN_READWRITE);
    migrate(v2, migrations(), 2);
    REQUIRE(v2.execAndGet("PRAGMA user_version").getInt() == 2);
    // Under v1's NOCASE, which folds ASCII letters only, `Müller`, `MÜLLER` and the NFD
    // spelling of `Müller` were three people.
    v2.exec("INSERT INTO person (id, name, created_at) VALUES (1, 'Müller', 0), (2, 'alice', 0), (3, 'MÜLLER', 0), "
            "(4, 'Jose' || char(769), 0), (5, 'Mu' || char(776) || 'ller', 0)");
    v2.exec("INSERT INTO entry (uuid, kind, person_id, at_utc, at_offset, created_at, updated_at, body) VALUES "
            "('u1', 'note', 1, 1, 0, 1, 1, 'one'), ('u3', 'note', 3, 3, 0, 3, 3, 'three'), "
            "('u5', 'note', 5, 5, 0, 5, 5, 'five'), ('u4', 'note', 4, 4, 0, 4, 4, 'four')");
  }
  auto j = Journal::open_existing(path);
  REQUIRE(j);
  CHECK(j->db().execAndGet("PRAGMA user_version").getInt() == k_schema_version);
  auto keys = [&] {
    std::vector<std::string> out;
    SQLite::Statement q(j->db(), "SELECT name_key FROM person ORDER BY id");
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
  };
  CHECK(keys() == std::vector<std::string>{"müller", "alice", "müller\t3", "jos\u00e9", "müller\t5"});
  CHECK(j->people_names().size() == 5); // no one lost
  auto bodies = [&](const std::string& name) {
    ListFilter f;
    f.person = name;
    std::string out;
    for (const auto& e : j->list(f)) out += e.body + ";";
    return out;
  };
  // Each is found by their own spelling (ASCII case aside); any other finds the first.
  CHECK(bodies("Müller") == "one;");
  CHECK(bodies("MÜLLER") == "three;");
  CHECK(bodies("mÜller") == "three;");
  CHECK(bodies("Mu\u0308ller") == "five;");
  CHECK(bodies("MüLLER") == "one;");
  CHECK(bodies("Jos\u00e9") == "four;");
  CHECK(bodies("JOSÉ") == "four;");
  // A note for a spelling of neither joins the first, and adds no one.
  CHECK(j->add_note(note("six", "MÜller"), 6, "u6").entry.person == "MÜLLER");
  CHECK(j->add_note(note("seven", "müLLer"), 7, "u7").entry.person == "Müller");
  CHECK(j->people_names().size() == 5);
  // A new case of one's own name keeps one's key apart; --merge joins them.
  CHECK_FALSE(j->rename_person("MÜLLER", "MÜLLEr", false));
  CHECK(keys()[2] == "müller\t3");
  CHECK_THROWS_AS(j->rename_person("MÜLLEr", "Müller", false), UsageError);
  CHECK(j->rename_person("MÜLLEr", "Müller", true));
  CHECK(j->rename_person("Mu\u0308ller", "Müller", true));
  CHECK(bodies("MÜLLER") == "seven;six;five;three;one;");
  CHECK(j->people_names() == std::vector<std::string>{"alice", "Jose\u0301", "Müller"});
  CHECK(keys() == std::vector<std::string>{"müller", "alice", "jos\u00e9"});
}

namespace {

/// A schema 3 journal at `path` (the first three migrations, as a release before privacy made
/// it) with a note and, from the decks named, one reflection each, one with a commitment.
void make_v3_journal(const std::string& path, const std::vector<std::string>& decks) {
  REQUIRE(create_private_file(path));
  SQLite::Database v3(path, SQLite::OPEN_READWRITE);
  migrate(v3, migrations(), 3);
  REQUIRE(v3.execAndGet("PRAGMA user_version").getInt() == 3);
  v3.exec("INSERT INTO entry (uuid, kind, at_utc, at_offset, created_at, updated_at, body) "
          "VALUES ('note', 'note', 1, 0, 1, 1, 'a note')");
  SQLite::Statement add(v3, "INSERT INTO entry (uuid, kind, deck_id, at_utc, at_offset, created_at, updated_at, body) "
                            "VALUES (?1, 'reflection', ?1, 2, 0, 2, 2, 'a reflection')");
  for (const auto& deck : decks) {
    add.bind(1, deck);
    add.exec();
    add.reset();
  }
  v3.exec("INSERT INTO commitment (uuid, entry_id, text, created_at) VALUES ('c', 2, 'a commitment', 2)");
}

/// Each entry's uuid (its deck's id, or "note") and private flag, in order.
std::string privacy(SQLite::Database& db) {
  std::string out;
  SQLite::Statement q(db, "SELECT uuid, private FROM entry ORDER BY id");
  while (q.executeStep()) out += q.getColumn(0).getString() + "=" + q.getColumn(1).getString() + " ";
  return out;
}

} // namespace

TEST_CASE("storage::migrate to schema 4 marks private the entries of built-in private decks") {
  auto dir = fresh_dir("migrate-v4-builtin");
  const auto path = dir + "/v3.db";
  make_v3_journal(path, {"trust-check", "self-review", "candid"});
  // Without the user's decks, as any program opening the journal: the built-in ones are known.
  auto j = Journal::open_existing(path);
  REQUIRE(j);
  CHECK(j->db().execAndGet("PRAGMA user_version").getInt() == k_schema_version);
  CHECK(privacy(j->db()) == "note=0 trust-check=1 self-review=0 candid=0 ");
}

TEST_CASE("storage::migrate to schema 4 marks private the entries of the user's private decks") {
  auto dir = fresh_dir("migrate-v4-user");
  const auto path = dir + "/v3.db";
  make_v3_journal(path, {"candid", "trust-check", "open-door", "gone"});
  fs::create_directories(dir + "/decks");
  auto deck = [&](const std::string& id, bool is_private) {
    std::ofstream(dir + "/decks/" + id + ".toml")
        << "title = \"" << id << "\"\naudience = \"rep\"\nprivate = " << (is_private ? "true" : "false")
        << "\n[[question]]\nid = \"q\"\ntext = \"Q?\"\n";
  };
  deck("candid", true);
  deck("open-door", false);
  deck("trust-check", false); // replacing the built-in does not make its past entries shared
  {
    auto j = Journal::open_existing(path, {}, dir + "/decks");
    REQUIRE(j);
    CHECK(privacy(j->db()) == "note=0 candid=1 trust-check=1 open-door=0 gone=0 ");
    CHECK(j->db().execAndGet("SELECT private FROM commitment").getInt() == 1); // made in candid's entry
    // Later, every privacy rule reads the flag: the report leaves out the private reflections and
    // the commitment made in one.
    const FixedZone utc(0);
    ReportInput in = report_frame(Period{0, 86400, false}, 86400, utc, 1);
    j->fill_report(in);
    const Report r = build_report(in);
    CHECK(r.notes == 1);
    CHECK(r.reflections == 2);
    REQUIRE(r.people.size() == 1);
    CHECK(r.people[0].opened == 0);
    in.include_private = true;
    const Report all = build_report(in);
    CHECK(all.reflections == 4);
    CHECK(all.people[0].opened == 1);
  }
  SUBCASE("opening it again, with other decks, changes nothing") {
    fs::remove_all(dir + "/decks");
    auto j = Journal::open_existing(path);
    REQUIRE(j);
    CHECK(privacy(j->db()) == "note=0 candid=1 trust-check=1 open-door=0 gone=0 ");
  }
}

TEST_CASE("storage::Journal keeps privacy with the entry") {
  auto dir = fresh_dir("private-entries");
  auto j = Journal::open_for_write(dir + "/j.db");
  NewInterview in;
  in.kind = Kind::reflection;
  in.deck = "candid";
  in.is_private = true;
  in.at = Instant{1795428000, 0};
  const auto secret = j.start_interview(in, 1795428000, "u-private").id;
  j.add_commitment(secret, "secret plan", std::nullopt, 1795428000, "c-private");
  in.is_private = false;
  in.deck = "self-review";
  const auto shared_id = j.start_interview(in, 1795428000, "u-shared").id;
  StoredAnswer a; // begun: an interview without an answer is not kept (Entry::begun)
  a.question_id = "q";
  a.question_text = "How did it go?";
  a.text = "fine";
  j.save_answer(shared_id, a, 1795428000);
  CHECK(j.entry(secret)->is_private);
  CHECK(j.db().execAndGet("SELECT private FROM commitment WHERE uuid = 'c-private'").getInt() == 1);
  auto exported = [&](bool include_private) {
    ListFilter f;
    f.include_private = include_private;
    std::string out;
    j.export_entries(f,
                     [&](const ExchangeEntry& x) { out += x.entry.uuid + (x.entry.is_private ? "(private) " : " "); });
    return out;
  };
  CHECK(exported(true) == "u-private(private) u-shared ");
  CHECK(exported(false) == "u-shared ");
  ListFilter shared;
  shared.include_private = false;
  CHECK(j.list(shared).size() == 1);
}

TEST_CASE("storage::Journal::fill_report counts what the period holds") {
  auto dir = fresh_dir("report");
  auto j = Journal::open_for_write(dir + "/j.db");
  const Seconds monday = 1794787200; // 2026-11-16 00:00 UTC
  auto at = [&](Seconds t, std::string body, std::optional<std::string> person, std::vector<std::string> tags = {}) {
    auto n = note(std::move(body), std::move(person), std::move(tags));
    n.at = Instant{t, 0};
    n.lesson = true;
    return j.add_note(n, t, "u" + std::to_string(t)).entry.id;
  };
  at(monday + 3600, "in the period\nsecond line", "alice", {"demo"});
  at(monday + 2 * 86400, "also in", "bob", {"demo", "pricing"});
  at(monday + 4 * 86400, "after the period, in its last trend week", "alice", {"demo"});
  at(monday - 2 * 86400, "in the previous period", "alice", {"demo"});
  j.set_deleted(at(monday + 7200, "deleted", "alice", {"demo"}), true, monday);
  const FixedZone utc(0);
  // Monday to Wednesday inclusive: the period ends mid-week.
  ReportInput in = report_frame(Period{monday, monday + 3 * 86400, false}, monday + 10 * 86400, utc, 1);
  for (auto b : report_boundaries(in)) CHECK(b <= in.period.end);
  j.fill_report(in);
  const Report r = build_report(in);
  CHECK(r.notes == 2);
  REQUIRE(r.people.size() == 2);
  CHECK(r.people[0].name == "alice");
  CHECK(r.people[0].notes == 1);
  REQUIRE(r.tags.size() == 2);
  CHECK(r.tags[0].tag == "demo");
  CHECK(r.tags[0].count == 2);
  CHECK(r.lesson_count == 2);
  std::vector<std::string> lessons;
  r.each_lesson([&](const LessonRow& l) { lessons.push_back(l.text); });
  CHECK(lessons == std::vector<std::string>{"in the period", "also in"});
}

TEST_CASE("storage::Journal::fill_report reads open commitments in due order, again at each call") {
  auto dir = fresh_dir("report-commitments");
  auto j = Journal::open_for_write(dir + "/j.db");
  const Seconds monday = 1794787200; // 2026-11-16 00:00 UTC
  const auto entry = j.add_note(note("call", "alice"), monday - 30 * 86400, "u0").entry.id;
  auto commit = [&](std::string text, Seconds due) {
    return j.add_commitment(entry, text, due, monday - 20 * 86400, "c-" + text).id;
  };
  commit("c", monday - 3 * 86400);
  commit("a", monday - 9 * 86400);
  const auto b = commit("b", monday - 5 * 86400);
  commit("d", monday + 2 * 86400); // due soon
  const auto e = commit("e", monday - 9 * 86400);
  commit("later", monday + 30 * 86400);
  j.close_commitment(b, CommitmentStatus::done, "", monday + 86400); // after the report: still open at as_of
  j.close_commitment(e, CommitmentStatus::done, "", monday - 86400); // before it: not overdue
  const FixedZone utc(0);
  ReportInput in = report_frame(Period{monday - 7 * 86400, monday, false}, monday + 10 * 86400, utc, 1);
  j.fill_report(in);
  const Report r = build_report(in);
  CHECK(r.overdue_count == 3);
  REQUIRE(r.people.size() == 1);
  CHECK(r.people[0].overdue == 3);
  REQUIRE(r.due_soon.size() == 1);
  CHECK(r.due_soon[0].text == "d");
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<std::string> overdue;
    r.each_overdue([&](const CommitmentRow& c) { overdue.push_back(c.text); });
    CHECK(overdue == std::vector<std::string>{"a", "b", "c"});
  }
  // More than a chunk (256 rows), many due at the same instant: every one, once, in order.
  for (int i = 0; i < 600; ++i) commit("x" + std::to_string(i), monday - 10 * 86400 - (i % 7) * 3600);
  j.fill_report(in = report_frame(Period{monday - 7 * 86400, monday, false}, monday + 10 * 86400, utc, 1));
  const Report more = build_report(in);
  CHECK(more.overdue_count == 603);
  std::vector<std::pair<Seconds, long long>> keys;
  more.each_overdue([&](const CommitmentRow& c) { keys.emplace_back(c.due, c.id); });
  CHECK(keys.size() == 603);
  CHECK(std::is_sorted(keys.begin(), keys.end()));
  CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());
}

TEST_CASE("storage::Journal::search takes entries in rank order across its batches of texts") {
  auto dir = fresh_dir("search-batches");
  auto j = Journal::open_for_write(dir + "/j.db");
  // 700 notes about pricing, shorter ones ranking higher; bob's are one of the shortest and
  // three of the longest, so a search for his alone reads more than its first batch (512
  // texts when filtered) and sizes the next by the rate of the first.
  std::vector<long long> bob;
  for (int i = 0; i < 700; ++i) {
    const bool about_bob = i == 10 || i == 600 || i == 650 || i == 699;
    auto n = note("pricing " + std::string(static_cast<std::size_t>(i), 'x') + " words", about_bob ? "bob" : "alice");
    auto id = j.add_note(n, 1795428000 + i, "s" + std::to_string(i)).entry.id;
    if (about_bob) bob.push_back(id);
  }
  std::vector<long long> ranked; // every match, best first, as FTS5 ranks them
  SQLite::Statement q(j.db(), "SELECT rowid / 4 FROM search WHERE search MATCH 'pricing' ORDER BY rank");
  while (q.executeStep()) ranked.push_back(q.getColumn(0).getInt64());
  REQUIRE(ranked.size() == 700);
  auto ids = [](const std::vector<SearchHit>& hits) {
    std::vector<long long> out;
    for (const auto& h : hits) out.push_back(h.entry.id);
    return out;
  };
  ListFilter f;
  f.limit = 100;
  CHECK(ids(j.search("pricing", f)) == std::vector<long long>(ranked.begin(), ranked.begin() + 100));
  f.limit = 0;
  CHECK(ids(j.search("pricing", f)) == ranked);
  f.person = "bob";
  f.limit = 2;
  std::vector<long long> bob_ranked;
  for (auto id : ranked)
    if (std::find(bob.begin(), bob.end(), id) != bob.end()) bob_ranked.push_back(id);
  CHECK(ids(j.search("pricing", f)) == std::vector<long long>(bob_ranked.begin(), bob_ranked.begin() + 2));
  f.limit = 20;
  CHECK(ids(j.search("pricing", f)) == bob_ranked);
}

namespace {

/// Every row of the journal's tables but the entries' outcomes, in order (the columns of schema
/// 5): what an upgrade must leave as it was.
std::string all_but_outcomes(SQLite::Database& db) {
  std::string out;
  for (const char* sql :
       {"SELECT id, uuid, kind, person_id, deck_id, at_utc, at_offset, created_at, updated_at, body, lesson, status, "
        "deleted_at, version, private FROM entry ORDER BY id",
        "SELECT * FROM answer ORDER BY id",
        "SELECT id, uuid, person_id, entry_id, text, due_utc, status, closing_note, closed_at, created_at, private "
        "FROM commitment ORDER BY id",
        "SELECT * FROM person ORDER BY id", "SELECT * FROM tag ORDER BY entry_id, tag"}) {
    SQLite::Statement q(db, sql);
    while (q.executeStep()) {
      for (int i = 0; i < q.getColumnCount(); ++i)
        out += (q.getColumn(i).isNull() ? "∅" : q.getColumn(i).getString()) + "|";
      out += "\n";
    }
  }
  return out;
}

std::string outcomes(SQLite::Database& db) {
  std::string out;
  SQLite::Statement q(db, "SELECT uuid, coalesce(outcome, '-') FROM entry ORDER BY id");
  while (q.executeStep()) out += q.getColumn(0).getString() + "=" + q.getColumn(1).getString() + " ";
  return out;
}

} // namespace

TEST_CASE("storage::migrate to schema 6 fills debriefs' outcomes from their answers, and nothing else") {
  auto dir = fresh_dir("migrate-v6");
  const auto path = dir + "/v5.db";
  REQUIRE(create_private_file(path));
  std::string before;
  {
    SQLite::Database v5(path, SQLite::OPEN_READWRITE);
    migrate(v5, migrations(), 5);
    REQUIRE(v5.execAndGet("PRAGMA user_version").getInt() == 5);
    v5.exec("INSERT INTO person (id, name, created_at, name_key) VALUES (1, 'Müller', 0, 'müller')");
    v5.exec("INSERT INTO entry (id, uuid, kind, person_id, deck_id, at_utc, at_offset, created_at, updated_at, body, "
            "outcome, version) VALUES "
            "(1, 'lost', 'debrief', 1, 'post-call', 1, 0, 1, 5, 'Post-call', NULL, 3), "
            "(2, 'kept', 'debrief', 1, 'post-call', 2, 0, 2, 2, 'Post-call', 'won', 1), "
            "(3, 'unanswered', 'debrief', 1, 'post-call', 3, 0, 3, 3, 'Post-call', NULL, 0), "
            "(4, 'mine', 'reflection', NULL, 'mine', 4, 0, 4, 4, 'Mine', NULL, 0), "
            "(5, 'other-deck', 'debrief', 1, 'grow', 5, 0, 5, 5, 'GROW', NULL, 0), "
            "(6, 'note', 'note', 1, NULL, 6, 0, 6, 6, 'a note', NULL, 0), "
            "(7, 'not-an-outcome', 'debrief', 1, 'post-call', 7, 0, 7, 7, 'Post-call', NULL, 0)");
    v5.exec("INSERT INTO answer (entry_id, position, question_id, question_text, answer_text, discovery, probes_used, "
            "answered_at) VALUES "
            "(1, 1, 'pain', 'Pain?', 'budget', 'told', 2, 1), (1, 2, 'result', 'Where?', 'lost', NULL, NULL, 1), "
            "(2, 1, 'result', 'Where?', 'lost', NULL, NULL, 2), (3, 1, 'result', 'Where?', NULL, NULL, NULL, 3), "
            "(4, 1, 'end', 'End?', 'stalled', NULL, NULL, 4), (5, 1, 'result', 'Result?', 'won', NULL, NULL, 5), "
            "(7, 1, 'result', 'Where?', 'Lost', NULL, NULL, 7)");
    v5.exec("INSERT INTO commitment (uuid, person_id, entry_id, text, created_at) VALUES ('c', 1, 1, 'ask', 1)");
    v5.exec("INSERT INTO tag (entry_id, tag) VALUES (1, 'pricing')");
    before = all_but_outcomes(v5);
  }
  fs::create_directories(dir + "/decks");
  std::ofstream(dir + "/decks/mine.toml") << "title = \"Mine\"\naudience = \"rep\"\n[[question]]\nid = \"end\"\n"
                                             "text = \"End?\"\ntype = \"choice\"\nchoices = [\"won\", \"stalled\"]\n"
                                             "sets = \"outcome\"\n";
  {
    auto j = Journal::open_existing(path, {}, dir + "/decks");
    REQUIRE(j);
    CHECK(j->db().execAndGet("PRAGMA user_version").getInt() == k_schema_version);
    // Post-call's result and the user deck's outcome question fill an empty outcome; one already
    // set, a skipped answer, another deck's `result` and a misspelt value leave it as it was.
    CHECK(outcomes(j->db()) == "lost=lost kept=won unanswered=- mine=stalled other-deck=- note=- not-an-outcome=- ");
    CHECK(all_but_outcomes(j->db()) == before);
  }
  SUBCASE("an older debrief refuses the upgraded journal, untouched") {
    {
      SQLite::Database(path, SQLite::OPEN_READWRITE)
          .exec("PRAGMA user_version = " + std::to_string(k_schema_version + 1));
    }
    auto bytes_before = read_file(path);
    CHECK_THROWS_WITH_AS(Journal::open_existing(path),
                         (path + " was written by a newer debrief (schema version " +
                          std::to_string(k_schema_version + 1) + "; this one reads up to " +
                          std::to_string(k_schema_version) + "); left untouched, upgrade debrief to use it")
                             .c_str(),
                         RuntimeError);
    CHECK(read_file(path) == bytes_before);
  }
}
