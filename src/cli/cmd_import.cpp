// `debrief import`: JSONL from export back in (one transaction, idempotent by UUID, nothing
// imported when any line is bad).
#include "cli/bounded_lines.hpp"
#include "cli/commands.hpp"

#include "core/exchange.hpp"
#include "core/sanitize.hpp"
#include "storage/deck_store.hpp"
#include "storage/files.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <istream>
#include <memory>
#include <ostream>
#include <set>

namespace debrief::cli {

namespace {

struct ImportOptions {
  std::string file;
};

/// Rejected lines shown before the summary; the rest are counted.
constexpr std::size_t k_shown_rejects = 20;

RuntimeError cannot_read(const std::string& file) {
  return RuntimeError(fmt::format("cannot read {}: {}", file, std::strerror(errno)));
}

/// "reading 4096" / "importing 10/20" on stderr, when it is a terminal and the import has
/// taken a second already.
class Progress {
 public:
  explicit Progress(const Context& ctx) : ctx_(ctx) {}
  void operator()(std::size_t done, std::size_t total, const char* what) {
    if (!ctx_.io.stderr_is_tty) return;
    if (!showing && std::chrono::steady_clock::now() - started_ < std::chrono::seconds(1)) return;
    showing = true;
    if (total)
      ctx_.io.err << fmt::format("\r{} {}/{}", what, done, total) << std::flush;
    else
      ctx_.io.err << fmt::format("\r{} {}", what, done) << std::flush;
  }
  bool showing = false; ///< a progress line is on the screen

 private:
  const Context& ctx_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

/// The refused lines, as `file:line: why`: the first k_shown_rejects to show, and how many.
struct Rejects {
  std::string name;
  std::vector<std::string> shown;
  std::size_t count = 0;
  void add(std::size_t at, const std::string& why) {
    if (++count <= k_shown_rejects) shown.push_back(fmt::format("{}:{}: {}", name, at, why));
  }
};

/// Prints the refused lines and returns the error that ends the import.
UsageError refuse(const Context& ctx, const Progress& progress, const Rejects& rejects, std::size_t total) {
  if (progress.showing) ctx.io.err << '\n';
  for (const auto& r : rejects.shown) ctx.io.err << sanitize_line(r) << '\n';
  if (rejects.count > rejects.shown.size())
    ctx.io.err << fmt::format("… and {} more\n", rejects.count - rejects.shown.size());
  return UsageError(fmt::format("import: {} of {} entries rejected; nothing imported", rejects.count, total));
}

/// The entries of a file, each with its line number.
struct ReadEntries {
  std::vector<ExchangeEntry> entries;
  std::vector<std::size_t> line_of; // each entry's line number
};

/// Every entry of `in`; a line that is not one goes to `rejects`, a blank one is passed over.
ReadEntries read_entries(std::istream& in, Progress& progress, Rejects& rejects) {
  ReadEntries read;
  std::size_t lines = 0;
  BoundedLines reader(in, k_max_import_line_bytes);
  std::string line;
  std::size_t length = 0;
  while (reader.next(line, length)) {
    ++lines;
    if (lines % 4096 == 0) progress(lines, 0, "reading");
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      if (length > k_max_import_line_bytes)
        throw UsageError(fmt::format("line is too long ({} bytes; at most {} bytes)", length, k_max_import_line_bytes));
      read.entries.push_back(parse_jsonl(line));
      read.line_of.push_back(lines);
    } catch (const UsageError& e) {
      rejects.add(lines, e.what());
    }
  }
  return read;
}

/// Takes out the entries the file repeats word for word; returns how many.
std::size_t drop_repeated(ReadEntries& read, const ImportDuplicates& twice) {
  std::size_t repeated = 0;
  for (std::size_t i = read.entries.size(); i-- > 0;)
    if (twice.repeated[i]) {
      read.entries.erase(read.entries.begin() + static_cast<std::ptrdiff_t>(i));
      read.line_of.erase(read.line_of.begin() + static_cast<std::ptrdiff_t>(i));
      ++repeated;
    }
  return repeated;
}

/// Lines exported before schema 4 do not say whether their entry is private: it is if its deck
/// is private here and now (a built-in private deck, or one of the user's marked private), as
/// the upgrade to schema 4 decides for the entries of a journal.
void decide_privacy(std::vector<ExchangeEntry>& entries, const Context& ctx) {
  std::optional<std::set<std::string>> private_decks;
  for (auto& x : entries) {
    if (x.privacy_stated || !x.entry.deck) continue;
    if (!private_decks) private_decks = private_deck_ids(resolve_decks_dir(ctx.env));
    x.entry.is_private = private_decks->count(*x.entry.deck) > 0;
  }
}

/// Lines exported before schema 6 may hold a debrief whose outcome was only answered (post-call's
/// `result`): an entry without an outcome takes it from its deck's outcome question's answer, as
/// the upgrade to schema 6 fills the entries of a journal.
void decide_outcomes(std::vector<ExchangeEntry>& entries, const Context& ctx) {
  std::optional<std::set<std::pair<std::string, std::string>>> questions;
  for (auto& x : entries) {
    if (x.entry.outcome || !x.entry.deck) continue;
    if (!questions) questions = outcome_questions(resolve_decks_dir(ctx.env));
    for (const auto& a : x.answers)
      if (questions->count({*x.entry.deck, a.question_id}))
        if (auto o = outcome_of_answer(a.text)) x.entry.outcome = o;
  }
}

int run_import(const ImportOptions& o, Context& ctx) {
  const std::string name = o.file == "-" ? "(stdin)" : o.file;
  std::ifstream file;
  if (o.file != "-") {
    file.open(o.file, std::ios::binary);
    if (!file) throw cannot_read(o.file);
  }
  std::istream& in = o.file == "-" ? ctx.io.in : file;
  Progress progress(ctx);
  Rejects rejects{name, {}, 0};
  auto read = read_entries(in, progress, rejects);
  auto& entries = read.entries;
  const auto& line_of = read.line_of;
  if (file.bad()) throw cannot_read(o.file);
  // What the file says twice: the same line twice is imported once; two versions of an entry,
  // or one commitment in two entries, cannot both be right.
  const auto twice = import_duplicates(entries);
  for (const auto& c : twice.clashes)
    rejects.add(line_of[c.index], fmt::format("{} on line {}", c.what, line_of[c.earlier]));
  const std::size_t repeated = drop_repeated(read, twice);
  if (rejects.count > 0) {
    const std::size_t total = rejects.count + entries.size() + repeated - twice.clashes.size();
    // The journal's own conflicts too, so that one fix of the file is enough.
    if (auto journal = ctx.open_journal()) {
      std::set<std::size_t> clashing;
      for (const auto& c : twice.clashes) clashing.insert(c.index);
      for (const auto& [index, why] : journal->import_conflicts(entries))
        if (!clashing.count(index)) rejects.add(line_of[index], why);
    }
    throw refuse(ctx, progress, rejects, total);
  }
  // From a rep's journal (its lines name their owner): their reflections and commitments stay theirs.
  for (auto& x : entries) attribute_to_owner(x, ctx.config().me);
  decide_privacy(entries, ctx);
  decide_outcomes(entries, ctx);
  auto journal = ctx.open_journal_for_write();
  progress.showing = false;
  auto counts = journal.import_entries(entries, [&](std::size_t done) { progress(done, entries.size(), "importing"); });
  if (!counts.conflicts.empty()) {
    for (const auto& [index, why] : counts.conflicts) rejects.add(line_of[index], why);
    throw refuse(ctx, progress, rejects, entries.size() + repeated);
  }
  if (progress.showing) ctx.io.err << '\n';
  ctx.confirm(fmt::format("imported {}: {} added, {} skipped (already in the journal{}), 0 rejected", name,
                          counts.added, counts.skipped + static_cast<long>(repeated),
                          repeated ? fmt::format(" or repeated in the file: {}", repeated) : ""));
  return 0;
}

} // namespace

void setup_import(CLI::App& app, Context& ctx) {
  auto [imp, iopt] =
      add_command<ImportOptions>(app, ctx, "import", "Add entries from a JSONL export (- for stdin)", run_import);
  imp->add_option("file", iopt->file, "A file written by 'debrief export', or - for stdin")->required();
  imp->footer(R"(One transaction: if any line is malformed, nothing is imported and every bad line is named
(file:line: what is wrong). Entries already in the journal (same UUID) are skipped, so
importing the same file twice adds nothing the second time. Lines exported from another
person's journal (with "owner", from their `me`) are theirs: entries and commitments without
a person become the owner's (matched by name as -r matches it, or added), tagged from-NAME.

Examples:
  debrief import journal-backup.jsonl
  ssh laptop debrief export | debrief import -)");
}

} // namespace debrief::cli
