// Reading team inputs: see team_inputs.hpp.
#include "cli/team_inputs.hpp"

#include "cli/bounded_lines.hpp"
#include "core/error.hpp"
#include "core/note.hpp"
#include "storage/journal.hpp"
#include "storage/journal_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

namespace debrief::cli {

namespace {

bool exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

std::string stem(const std::string& path) {
  auto name = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  if (auto dot = name.find_last_of('.'); dot != std::string::npos && dot > 0) name.resize(dot);
  return name.empty() ? path : name;
}

void read_journal(const TeamInput& in, TeamSource& source, const std::function<void(const ExchangeEntry&)>& each) {
  auto journal = Journal::open_read_only(in.path);
  ListFilter all;
  all.limit = 0;
  all.include_private = true; // counted here, never passed on
  journal.export_entries(all, [&](const ExchangeEntry& x) {
    ++source.entries;
    if (x.entry.is_private) {
      ++source.private_skipped;
      return;
    }
    each(x);
  });
}

void read_jsonl(const TeamInput& in, const std::set<std::string>& private_decks, bool strict, TeamSource& source,
                const std::function<void(const ExchangeEntry&)>& each) {
  std::ifstream file(in.path, std::ios::binary);
  if (!file) throw RuntimeError(fmt::format("cannot read {}: {}", in.given, std::strerror(errno)));
  BoundedLines lines(file, k_max_import_line_bytes);
  std::string line;
  std::size_t length = 0, number = 0;
  while (lines.next(line, length)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ExchangeEntry x;
    try {
      if (length > k_max_import_line_bytes)
        throw UsageError(fmt::format("line is too long ({} bytes; at most {})", length, k_max_import_line_bytes));
      x = parse_jsonl(line);
    } catch (const UsageError& e) {
      // What is wrong with a line that says it is private would quote what it holds.
      const bool secret = line.find("\"private\":true") != std::string::npos;
      const auto where = fmt::format("line {}: {}", number, secret ? "a private entry that cannot be read" : e.what());
      if (strict) throw UsageError(fmt::format("{}:{}", in.given, where.substr(5)));
      if (++source.bad_lines == 1) source.first_bad = where;
      continue;
    }
    ++source.entries;
    const bool is_private =
        x.privacy_stated ? x.entry.is_private : (x.entry.deck && private_decks.count(*x.entry.deck) > 0);
    if (is_private) {
      ++source.private_skipped;
      continue;
    }
    each(x);
  }
  if (file.bad()) throw RuntimeError(fmt::format("cannot read {}: {}", in.given, std::strerror(errno)));
}

} // namespace

TeamInput team_input(const std::string& given) {
  TeamInput in{given, given, stem(given), false, true};
  if (auto eq = given.find('='); eq != std::string::npos && eq > 0 && !exists(given)) {
    try {
      in.label = normalize_person(given.substr(0, eq));
    } catch (const UsageError& e) {
      throw UsageError(fmt::format("{}: the manager's name before '=' {}", given, e.what()));
    }
    in.path = given.substr(eq + 1);
  }
  struct stat st {};
  in.regular = ::stat(in.path.c_str(), &st) != 0 || S_ISREG(st.st_mode); // a missing file is named when read
  if (!in.regular) return in;
  try {
    char real[PATH_MAX];
    const std::string resolved = ::realpath(in.path.c_str(), real) ? real : in.path; // a link to a journal is one
    const auto kind = exists(in.path) ? probe_journal_file(resolved).kind : FileKind::not_database;
    in.journal = kind != FileKind::not_database && kind != FileKind::empty;
  } catch (const RuntimeError&) {
    in.journal = false; // unreadable: reading it says why
  }
  return in;
}

TeamSource team_source(const TeamInput& in) {
  TeamSource s;
  s.name = in.given;
  s.kind = in.journal ? "journal" : "jsonl";
  return s;
}

void read_team_input(const TeamInput& in, const std::set<std::string>& private_decks, bool strict, TeamSource& source,
                     const std::function<void(const ExchangeEntry&)>& each) {
  source = team_source(in);
  if (!in.regular)
    throw RuntimeError(fmt::format("{} is not a regular file; team reads each input twice, so save it to a "
                                   "file first",
                                   in.given));
  if (in.journal)
    read_journal(in, source, each); // a journal stores each entry's privacy
  else
    read_jsonl(in, private_decks, strict, source, each);
}

} // namespace debrief::cli
