#include "storage/journal.hpp"
#include "storage/journal_file.hpp"
#include "storage/schema.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sqlite3.h>

using namespace debrief;
namespace fs = std::filesystem;

namespace {

std::string fresh_dir(const std::string& name) {
  fs::remove_all(name);
  fs::create_directories(name);
  return fs::absolute(name).string();
}

/// A 108-byte page-1 prefix with the given application_id and user_version.
std::string page1(std::uint32_t app_id, std::uint32_t version, unsigned char page_type = 0x0D, int cells = 0) {
  std::string p(108, '\0');
  p.replace(0, 16, std::string("SQLite format 3\0", 16));
  auto put = [&](std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) p[at + static_cast<std::size_t>(i)] = static_cast<char>(v >> (24 - 8 * i));
  };
  put(60, version);
  put(68, app_id);
  p[100] = static_cast<char>(page_type);
  p[104] = static_cast<char>(cells);
  return p;
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

TEST_CASE("storage::judge_page1") {
  CHECK(judge_page1("").kind == FileKind::empty);
  CHECK(judge_page1("shopping list\nmilk\n").kind == FileKind::not_database);
  CHECK(judge_page1(page1(0, 0).substr(0, 99)).kind == FileKind::not_database);
  CHECK(judge_page1(page1(0, 0)).kind == FileKind::empty); // SQLite, no tables
  CHECK(judge_page1(page1(0, 0, 0x0D, 1)).kind == FileKind::other_database);
  CHECK(judge_page1(page1(0, 0, 0x05)).kind == FileKind::other_database); // an interior schema page
  CHECK(judge_page1(page1(0, 3)).kind == FileKind::other_database);
  auto other = judge_page1(page1(0x12345678, 0));
  CHECK(other.kind == FileKind::other_database);
  CHECK(other.application_id == 0x12345678u);
  CHECK(judge_page1(page1(k_application_id, 1)).kind == FileKind::journal);
  CHECK(judge_page1(page1(k_application_id, k_schema_version)).kind == FileKind::journal);
  auto newer = judge_page1(page1(k_application_id, k_schema_version + 1));
  CHECK(newer.kind == FileKind::newer_journal);
  CHECK(newer.user_version == static_cast<std::uint32_t>(k_schema_version + 1));
}

TEST_CASE("storage::probe_journal_file reads what recovery would leave") {
  auto dir = fresh_dir("probe");
  SUBCASE("an empty file and a journal") {
    std::ofstream(dir + "/empty.db").close();
    CHECK(probe_journal_file(dir + "/empty.db").kind == FileKind::empty);
    Journal::open_for_write(dir + "/j.db");
    CHECK(probe_journal_file(dir + "/j.db").kind == FileKind::journal);
  }
  SUBCASE("the newest committed page 1 of a -wal, which the main file does not show yet") {
    const auto path = dir + "/wal.db";
    {
      SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
      db.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (x); PRAGMA application_id = " +
              std::to_string(k_application_id) + "; PRAGMA user_version = 99");
    }
    REQUIRE(fs::file_size(path + "-wal") > 0);
    CHECK(judge_page1(file_bytes(path).substr(0, 108)).kind != FileKind::newer_journal);
    auto h = probe_journal_file(path);
    CHECK(h.kind == FileKind::newer_journal);
    CHECK(h.user_version == 99u);
    // An uncommitted tail or a damaged frame is not read: cut the -wal inside its last frame.
    fs::resize_file(path + "-wal", fs::file_size(path + "-wal") - 10);
    CHECK(probe_journal_file(path).user_version != 99u);
  }
}
