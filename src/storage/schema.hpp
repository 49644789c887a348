// The journal's schema, its version and the forward migrations between versions.
#pragma once

#include <SQLiteCpp/Database.h>

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace debrief {

/// `PRAGMA application_id` of every journal: "DBRF".
inline constexpr int k_application_id = 0x44425246;
/// The schema version this build reads and writes (`PRAGMA user_version`).
inline constexpr int k_schema_version = 8;

/// What the C++ steps of migrations may need beyond the journal itself.
struct MigrationFacts {
  /// The ids of the user's decks marked private now (schema 4 marks their entries private, with
  /// those of the built-in private decks, which it always knows). Asked only when that step runs.
  std::function<std::set<std::string>()> private_decks;
  /// The (deck id, question id) pairs of the user's decks whose answer is the entry's outcome
  /// (`sets = "outcome"`); schema 6 fills outcomes from them and from the built-in decks'.
  std::function<std::set<std::pair<std::string, std::string>>()> outcome_questions;
  /// The id and title of each deck now, the built-in ones' and the user's (deck_titles()):
  /// schema 5 empties the bodies of interviews that hold their deck's title. Asked only when that
  /// step runs; unset, the built-in decks' alone.
  std::function<std::vector<std::pair<std::string, std::string>>()> deck_titles;
};

/// One step forward: SQL that takes a journal from `to_version - 1` to `to_version`, then, when
/// the step needs C++ (schema 3's name keys, schema 4's private entries, schema 5's bodies), `after` in the same
/// transaction.
struct Migration {
  int to_version;
  const char* sql;
  void (*after)(SQLite::Database& db, const MigrationFacts& facts) = nullptr;
};

/// The real migrations, in order; migrations()[i].to_version == i + 1.
const std::vector<Migration>& migrations();

/// The triggers that index new bodies, answers and commitments for search, and the SQL that
/// drops them: a bulk import suspends them inside its transaction and indexes in bulk.
const char* search_insert_triggers();
const char* drop_search_insert_triggers();

/// Applies, in one IMMEDIATE transaction, every migration above the journal's current
/// user_version up to `target`, then sets user_version and application_id. Safe to race: the
/// version is read again once the write lock is held. Throws RuntimeError.
void migrate(SQLite::Database& db, const std::vector<Migration>& steps, int target, const MigrationFacts& facts = {});

} // namespace debrief
