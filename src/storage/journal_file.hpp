// What a file at the journal's path holds, judged from its bytes before SQLite opens it: SQLite
// would roll back a hot rollback journal or checkpoint a -wal of any database it opens, so a
// file that is not ours must be recognised without it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace debrief {

enum class FileKind {
  empty,          ///< nothing yet (no bytes, or an SQLite database without tables): ours to set up
  journal,        ///< a debrief journal this build reads
  newer_journal,  ///< a debrief journal from a newer schema
  other_database, ///< another program's SQLite database
  not_database,   ///< not an SQLite database at all
};

struct FileHeader {
  FileKind kind = FileKind::empty;
  std::uint32_t application_id = 0;
  std::uint32_t user_version = 0;
};

/// Judges the first bytes of a database's page 1 (at least the 100-byte header and the page's
/// b-tree header; fewer bytes than a header is not a database). `page1` empty: an empty file.
FileHeader judge_page1(std::string_view page1);

/// Page 1 as SQLite would see it after recovering `path`'s side files: the original page from a
/// hot `-journal` (or nothing when the transaction created the file), then the newest committed
/// copy in a `-wal`, else the main file's. Reads only; never follows a symbolic link. Throws
/// RuntimeError when the main file cannot be read.
std::string effective_page1(const std::string& path);

/// judge_page1(effective_page1(path)).
FileHeader probe_journal_file(const std::string& path);

} // namespace debrief
