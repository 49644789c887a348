// The journal's records as plain values: entries and their kinds, outcomes and states.
#pragma once

#include "core/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

class JsonObject;

/// The number of an entry, a commitment or a person, as the journal gives it.
using Id = std::int64_t;

enum class Kind { note, debrief, reflection };
enum class Outcome { won, lost, advanced, stalled };
enum class Status { complete, in_progress };

std::string_view to_string(Kind k);
std::string_view to_string(Outcome o);
std::string_view to_string(Status s);

/// Parse the user-facing spelling; UsageError naming the accepted values otherwise.
Kind parse_kind(std::string_view s);
Outcome parse_outcome(std::string_view s);
/// The outcome an answer names, spelt exactly as an outcome value; nullopt for anything else.
std::optional<Outcome> outcome_of_answer(const std::optional<std::string>& answer);
Status parse_status(std::string_view s);

/// What a number typed on the command line names.
enum class Numbered { entry, commitment };

/// An entry's or commitment's number as typed: decimal digits only, so `010` is 10 (never
/// octal, hex or a fraction). Throws UsageError "expected an entry number, got '…'" for
/// anything else, and "no entry #N" for a number too large to name one.
Id parse_number(std::string_view text, Numbered what);

/// Accepted spellings, for help texts and completions.
extern const char* const k_outcome_values;

/// An entry as stored: a note, a debrief or a reflection.
struct Entry {
  Id id = 0;
  std::string uuid;
  Kind kind = Kind::note;
  std::optional<std::string> person;
  std::optional<std::string> deck;
  Instant at;
  Seconds created = 0;
  Seconds updated = 0;
  std::string body; ///< a note's text; an interview's --about text (empty for none)
  std::optional<Outcome> outcome;
  bool lesson = false;
  /// Made with a private deck: left out of the report and `export --no-private`. Decided when
  /// the entry is made and kept with it, whatever becomes of the deck.
  bool is_private = false;
  Status status = Status::complete;
  bool deleted = false;
  /// false: an interview with no answer yet. It is kept hidden, as a deleted entry is (no list,
  /// count, report, export, search or lookup by number sees it), until its first answer; one
  /// stopped before that is discarded, and one whose process was killed stays hidden.
  bool begun = true;
  std::vector<std::string> tags;
  /// An interview's first written answer (not a review's, a scale's or a skipped one), read by
  /// list and search when its body is empty: what their lines show for it instead. Not stored.
  std::optional<std::string> first_answer;
  long long version = 0; ///< raised by every change to the entry, its answers and its person's name
};

/// The entry as one JSON object (`--json` of log and list).
std::string entry_json(const Entry& e);
/// entry_json's object, open for more fields (search adds its snippet).
JsonObject entry_json_object(const Entry& e);

} // namespace debrief
