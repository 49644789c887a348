// Fuzzes fts_query, the translation of `debrief search` queries: any text either fails with a
// `search: ` UsageError or becomes an expression with no control bytes that a real FTS5 table
// (the journal's tokenizer, in memory) accepts, and that translates to itself again.
#include "fuzz.hpp"

#include "core/error.hpp"
#include "core/search_query.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <string>

using namespace debrief;

namespace {

SQLite::Database& fts_db() {
  static SQLite::Database db = [] {
    SQLite::Database d(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    d.exec("CREATE VIRTUAL TABLE search USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"
           "INSERT INTO search (text) VALUES ('a follow-up with Carol''s team'), ('C# and x@y.com on 1:1s'),"
           "('Café — naïve pricing 日本語')");
    return d;
  }();
  return db;
}

bool accepted_by_fts5(const std::string& match) {
  try {
    SQLite::Statement q(fts_db(), "SELECT count(*) FROM search WHERE search MATCH ?");
    q.bind(1, match);
    return q.executeStep();
  } catch (const SQLite::Exception& e) {
    std::fprintf(stderr, "FTS5 rejects %s: %s\n", match.c_str(), e.what());
    return false;
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = debrief::fuzz::as_text(data, size);
  std::string match;
  try {
    match = fts_query(text);
  } catch (const UsageError& e) {
    const std::string_view message = e.what();
    FUZZ_CHECK(message.starts_with("search: ") && message.ends_with(", parentheses)"));
    return 0;
  }
  FUZZ_CHECK(!match.empty());
  const auto control = [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; };
  FUZZ_CHECK(std::none_of(match.begin(), match.end(), control));
  FUZZ_CHECK(std::count(match.begin(), match.end(), '"') % 2 == 0);
  FUZZ_CHECK(accepted_by_fts5(match));
  // The expression is a query too, and a canonical one: terms with a doubled quote aside (`don"t`
  // is written "don""t", which reads back as two phrases), it translates to itself.
  if (match.find("\"\"") == std::string::npos) FUZZ_CHECK(fts_query(match) == match);
  return 0;
}
