// `debrief import`: JSONL from export back in (one transaction, idempotent by UUID, nothing
// imported when any line is bad).
#include "cli/bounded_lines.hpp"
#include "cli/commands.hpp"

#include "core/exchange.hpp"
#include "core/sanitize.hpp"
#include "storage/deck_store.hpp"
#include "storage/files.hpp"
#include "storage/journal.hpp"
#include "storage/journal_import.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
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

/// "importing: 4096 lines read (37%)" on stderr (the share of a file's bytes read; none for a pipe),
/// when it is a terminal and the import has taken a second already.
class Progress {
 public:
  Progress(const Context& ctx, std::uintmax_t size) : ctx_(ctx), size_(size) {}
  void operator()(std::size_t lines, std::uintmax_t bytes) {
    if (!ctx_.io.stderr_is_tty) return;
    if (!showing && std::chrono::steady_clock::now() - started_ < std::chrono::seconds(1)) return;
    showing = true;
    ctx_.io.err << fmt::format("\rimporting: {} lines read", lines);
    if (size_ > 0) ctx_.io.err << fmt::format(" ({}%)", std::min<std::uintmax_t>(bytes * 100 / size_, 100));
    ctx_.io.err << std::flush;
  }
  /// The last count on the progress line, if one is shown, and the line ended.
  void end(std::size_t lines, std::uintmax_t bytes) {
    if (!showing) return;
    (*this)(lines, bytes);
    ctx_.io.err << '\n';
    showing = false;
  }
  bool showing = false; ///< a progress line is on the screen

 private:
  const Context& ctx_;
  std::uintmax_t size_;
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

/// The decks' facts an old line needs (privacy and outcomes: see below), read once when first needed.
class DeckFacts {
 public:
  explicit DeckFacts(const Context& ctx) : ctx_(ctx) {}
  /// Lines exported before schema 4 do not say whether their entry is private: it is if its
  /// deck is private here and now (a built-in private deck, or one of the user's marked
  /// private), as the upgrade to schema 4 decides for the entries of a journal.
  void decide_privacy(ExchangeEntry& x) {
    if (x.privacy_stated || !x.entry.deck) return;
    if (!private_decks_) private_decks_ = private_deck_ids(resolve_decks_dir(ctx_.env));
    x.entry.is_private = private_decks_->count(*x.entry.deck) > 0;
  }
  /// Lines exported before schema 6 may hold a debrief whose outcome was only answered
  /// (post-call's `result`): an entry without an outcome takes it from its deck's outcome
  /// question's answer, as the upgrade to schema 6 fills the entries of a journal.
  void decide_outcome(ExchangeEntry& x) {
    if (x.entry.outcome || !x.entry.deck) return;
    if (!questions_) questions_ = outcome_questions(resolve_decks_dir(ctx_.env));
    for (const auto& a : x.answers)
      if (questions_->count({*x.entry.deck, a.question_id}))
        if (auto o = outcome_of_answer(a.text)) x.entry.outcome = o;
  }

 private:
  const Context& ctx_;
  std::optional<std::set<std::string>> private_decks_;
  std::optional<std::set<std::pair<std::string, std::string>>> questions_;
};

int run_import(const ImportOptions& o, Context& ctx) {
  const std::string name = o.file == "-" ? "(stdin)" : o.file;
  std::ifstream file;
  std::uintmax_t size = 0; // a regular file's, for the progress; 0 for a pipe
  if (o.file != "-") {
    file.open(o.file, std::ios::binary);
    if (!file) throw cannot_read(o.file);
    std::error_code ignored;
    const auto status = std::filesystem::status(o.file, ignored);
    if (std::filesystem::is_directory(status)) {
      errno = EISDIR;
      throw cannot_read(o.file);
    }
    if (std::filesystem::is_regular_file(status)) size = std::filesystem::file_size(o.file, ignored);
  }
  std::istream& in = o.file == "-" ? ctx.io.in : file;
  Progress progress(ctx, size);
  Rejects rejects{name, {}, 0};
  DeckFacts decks(ctx);
  const auto me = ctx.config().me;
  // One transaction, filled as the lines are read: a line at a time in memory. Every line is
  // checked even after a bad one, so that one fix of the file is enough; then nothing is kept.
  auto journal = ctx.open_journal_for_write();
  Journal::Import import(journal);
  std::size_t lines = 0, entries = 0, repeated = 0;
  std::uintmax_t bytes = 0;
  long added = 0, skipped = 0;
  BoundedLines reader(in, k_max_import_line_bytes);
  std::string line;
  std::size_t length = 0;
  std::vector<std::string> problems;
  while (reader.next(line, length)) {
    ++lines;
    bytes += length + 1;
    if (lines % 4096 == 0) progress(lines, bytes);
    if (lines == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3); // a byte order mark, as editors write
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++entries;
    ExchangeEntry x;
    try {
      if (length > k_max_import_line_bytes)
        throw UsageError(fmt::format("line is too long ({} bytes; at most {} bytes)", length, k_max_import_line_bytes));
      x = parse_jsonl(line);
    } catch (const UsageError& e) {
      rejects.add(lines, e.what());
      continue;
    }
    const auto digest = line_digest(x); // as the file says it, before what follows
    // From a rep's journal (its lines name their owner): their reflections and commitments stay theirs.
    attribute_to_owner(x, me);
    decks.decide_privacy(x);
    decks.decide_outcome(x);
    problems.clear();
    switch (import.add(x, digest, lines, problems)) {
    case Journal::Import::Outcome::added: ++added; break;
    case Journal::Import::Outcome::skipped: ++skipped; break;
    case Journal::Import::Outcome::repeated: ++repeated; break;
    case Journal::Import::Outcome::refused: break;
    }
    for (const auto& why : problems) rejects.add(lines, why);
  }
  if (file.bad()) throw cannot_read(o.file);
  progress.end(lines, bytes);
  if (rejects.count > 0) throw refuse(ctx, progress, rejects, entries);
  import.commit();
  ctx.confirm(fmt::format("imported {}: {} added, {} skipped (already in the journal{}), 0 rejected", name, added,
                          skipped + static_cast<long>(repeated),
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
