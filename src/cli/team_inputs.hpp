// What `team` reads: JSONL exports and journal files, each read twice (first to choose which
// copy of each entry counts, then to count it), a line or a chunk at a time.
#pragma once

#include "core/team.hpp"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace debrief::cli {

struct TeamInput {
  std::string given;    ///< as on the command line
  std::string path;     ///< the file
  std::string label;    ///< the manager of entries without an owner
  bool journal = false; ///< an SQLite journal (else JSONL)
  bool regular = true;  ///< false: not a regular file (a FIFO, a directory): never read
};

/// `NAME=FILE` names the manager of FILE's entries that name no owner (UsageError for a NAME
/// that is not a name); a plain FILE (or one that exists as written) is labelled with its name
/// without directory and extension. A link is followed to tell a journal from an export.
TeamInput team_input(const std::string& given);

/// The input's source record before it is read: its name and kind, nothing counted.
TeamSource team_source(const TeamInput& in);

/// Reads every entry of `in`, passing those that are not private to `each`: a journal's entries
/// (read-only, a chunk at a time, never changed) or an export's lines. Private entries (by the
/// entry's flag, or for lines that do not say, by `private_decks`) are counted in `source`,
/// never passed. A line that is not an entry is counted in `source` (and, with `strict`,
/// throws UsageError naming it). Throws RuntimeError when the file cannot be read.
void read_team_input(const TeamInput& in, const std::set<std::string>& private_decks, bool strict, TeamSource& source,
                     const std::function<void(const ExchangeEntry&)>& each);

} // namespace debrief::cli
