// Where debrief's files live: the journal, drafts, and (later) config and decks.
#pragma once

#include <optional>
#include <string>

namespace debrief {

/// The environment variables that decide paths, read once at the edge (cli) and passed in.
struct Env {
  std::optional<std::string> home;
  std::optional<std::string> xdg_data_home;
  std::optional<std::string> xdg_state_home;
  std::optional<std::string> xdg_config_home;
  std::optional<std::string> debrief_db;
  std::optional<std::string> visual;
  std::optional<std::string> editor;
  std::optional<std::string> no_color;
  std::optional<std::string> clicolor_force;
  std::optional<std::string> term;
  std::optional<std::string> lc_all, lc_ctype, lang; ///< whether the terminal takes UTF-8
  std::optional<std::string> busy_timeout_ms;        ///< $DEBRIEF_BUSY_TIMEOUT_MS: how long to wait for a lock
  std::optional<std::string> columns;                ///< $COLUMNS: the width text output fits
};

struct JournalPath {
  std::string path;
  std::string source; ///< "--db", "$DEBRIEF_DB", "$XDG_DATA_HOME" or "$HOME"
  /// debrief's own directory holding it (`.../debrief`) at a default location, kept private;
  /// empty for a path the user chose, whose directory is the user's business.
  std::string private_dir;
};

/// First match wins: `--db`, `$DEBRIEF_DB`, `$XDG_DATA_HOME/debrief/journal.db`,
/// `~/.local/share/debrief/journal.db`. Empty or relative XDG values are ignored, as the XDG
/// spec says. Throws RuntimeError when nothing gives a location.
JournalPath resolve_journal_path(const std::optional<std::string>& db_flag, const Env& env);

/// Where drafts of unsaved text are kept: `$XDG_STATE_HOME/debrief/drafts`, else
/// `~/.local/state/debrief/drafts`, else next to the journal.
std::string resolve_drafts_dir(const Env& env, const std::string& journal_path);

/// `$XDG_CONFIG_HOME/debrief/config.toml`, else `~/.config/debrief/config.toml`; empty when
/// neither is set.
std::string resolve_config_path(const Env& env);

/// The directory part of a path ("." when there is none).
std::string parent_dir(const std::string& path);

} // namespace debrief
