// Which copy of each entry a team report counts, when several inputs hold copies of one entry
// (same UUID): kept in a private temporary SQLite database that SQLite deletes when it is
// closed, so memory stays flat at any number of entries.
#pragma once

#include "core/time.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace debrief {

class CopyIndex {
 public:
  /// Throws RuntimeError when the temporary database cannot be made ($TMPDIR full, say).
  CopyIndex();
  ~CopyIndex();
  CopyIndex(const CopyIndex&) = delete;
  CopyIndex& operator=(const CopyIndex&) = delete;

  enum class Offer {
    first,    ///< the first copy of this entry
    repeated, ///< the same content as the copy kept: counted once
    newer,    ///< different content, newer than the copy kept: kept instead of it
    older,    ///< different content, not newer: the copy kept stays
  };
  /// Offers input `source`'s copy of entry `uuid`, last changed at `updated`, whose content
  /// has `digest` (entry_digest). For newer and older, `other` and `other_updated` are set to
  /// the input and time of the copy it was compared with.
  Offer offer(std::string_view uuid, int source, Seconds updated, std::uint64_t digest, int& other,
              Seconds& other_updated);
  /// Whether input `source`'s copy of `uuid` is the one kept, the first time it is asked for
  /// it (true once per entry at most): the second reading of the inputs counts each entry once.
  bool take(std::string_view uuid, int source);

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt *insert_ = nullptr, *find_ = nullptr, *replace_ = nullptr, *take_ = nullptr;
  void check(int rc, const char* what) const;
};

} // namespace debrief
