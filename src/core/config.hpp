// config.toml: the user's defaults, parsed and validated as strictly as decks.
#pragma once

#include "core/error.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

enum class DateFormat { short_, iso };

struct Config {
  /// The journal's owner (`me`): a person's name, as -r takes it. Their reflections and the
  /// commitments made in them are theirs, and export names them as the entries' owner.
  std::optional<std::string> me;
  int week_start = 1;            ///< 0 Sunday … 6 Saturday
  double discovery_target = 0.8; ///< share of insights found by the rep (self + nudged)
  std::string ask_deck = "post-call";
  std::string reflect_deck = "self-review";
  std::string default_due = "in 7 days"; ///< for commitments whose deck sets no due date
  std::optional<std::string> editor;     ///< beats $VISUAL and $EDITOR, as in git
  DateFormat date_format = DateFormat::short_;
  /// A team report shows scale averages over at least this many people (never fewer than 3).
  int team_min_people = 3;
  /// Where each effective value came from: "default" or "file:line".
  std::map<std::string, std::string> sources;
};

struct ConfigLoad {
  Config config;
  std::vector<Diagnostic> diagnostics;
};

/// The keys, in display order (dotted for tables: `decks.ask`).
extern const std::vector<std::string> k_config_keys;

/// Parses config.toml text; unknown keys and bad values are diagnostics with positions.
ConfigLoad load_config(std::string_view text, std::string_view source_name);

/// The effective value of a key, as text (for `debrief config`).
std::string config_value(const Config& c, const std::string& key);

/// Weekday names, Sunday first, for week_start.
std::string_view weekday_name(int day);

} // namespace debrief
