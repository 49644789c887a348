// The journal's exchange format for export and import: one JSON object per line and entry,
// carrying its tags, answers and commitments, identified by UUID. Pure: text in, values out.
#pragma once

#include "core/entry.hpp"
#include "core/interview.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

struct ExchangeAnswer {
  int position = 0;
  std::string question_id, question_text;
  std::optional<std::string> text;
  std::optional<int> scale;
  std::optional<Discovery> mark;
  int probes = 0;
  Seconds answered = 0;
};

struct ExchangeCommitment {
  std::string uuid;
  std::optional<std::string> person;
  std::string text;
  std::optional<Seconds> due;
  std::string status; ///< open, done, dropped
  std::optional<std::string> note;
  Seconds created = 0;
  std::optional<Seconds> closed;
  // Since schema 5, each written only when set (an older debrief's export has none of them).
  std::optional<std::string> skill;
  std::optional<std::string> review; ///< how it went, at its latest review
  std::optional<std::string> helped; ///< yes, partly, no
  std::optional<std::string> evidence;
  std::optional<Seconds> reviewed;
};

/// An entry as exported: everything but local ids (the UUID identifies it across journals).
struct ExchangeEntry {
  Entry entry; ///< entry.id and entry.deleted are not exported
  std::vector<ExchangeAnswer> answers;
  std::vector<ExchangeCommitment> commitments;
  /// Whether the line said if the entry is private (`"private"`, written since schema 4). When
  /// not, entry.is_private is false and the importer decides from the entry's deck.
  bool privacy_stated = true;
  /// The owner of the journal it was exported from (`"owner"`, its config.toml's `me`); written
  /// last, and only when set, so that a journal without `me` exports what it always did.
  std::optional<std::string> owner;
};

/// The longest line `import` reads (an entry with its answers and commitments), documented in
/// debrief(1) under LIMITS.
inline constexpr std::size_t k_max_import_line_bytes = 16u << 20;

/// One line of JSONL, without the newline. Times keep the entry's own UTC offset, so
/// export → import → export gives the same bytes.
std::string to_jsonl(const ExchangeEntry& e);

/// Parses and validates one line. Texts (bodies, questions as asked, answers, commitments, closing
/// notes) come back byte for byte as to_jsonl wrote them, UTF-8 or not; names, tags and ids are
/// checked as when typed. Throws UsageError saying what is wrong (without the line number, which
/// the caller adds).
ExchangeEntry parse_jsonl(std::string_view line);

/// The tag of an entry imported from another person's journal: `from-` and the owner's name as a
/// tag, spaces and commas as one `-`, cut to fit the 64 bytes of a tag: `from-o'brien-jr.` for
/// "O'Brien, Jr.".
std::string origin_tag(std::string_view owner);

/// An entry imported from the journal of `x.owner` into the journal of `me`. From another
/// person's journal (no `me`, or a `me` with another name_key), the entry and its commitments
/// without a person become the owner's, as they are in the owner's journal, and the entry is
/// tagged origin_tag(owner) (unless it has as many tags as an entry may). From one's own journal,
/// or from one without an owner, nothing changes.
void attribute_to_owner(ExchangeEntry& x, const std::optional<std::string>& me);

/// What an import tells two lines of one entry apart by: its line as export writes it, hashed
/// (FNV-1a, 64 bits, the same in every run and build). The same line twice is imported once;
/// other content under the same UUID is a clash (the file cannot say which is right).
std::uint64_t line_digest(const ExchangeEntry& x);

/// The same entry as Markdown (export --format markdown) and as a CSV row with its header.
std::string to_markdown(const ExchangeEntry& e, Seconds now);
extern const char* const k_export_csv_header;
std::string to_csv_row(const ExchangeEntry& e);

} // namespace debrief
