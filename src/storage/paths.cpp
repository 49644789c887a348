// Path resolution from an Env: see paths.hpp.
#include "storage/paths.hpp"

#include "core/error.hpp"

namespace debrief {

namespace {
bool usable(const std::optional<std::string>& v) { return v && !v->empty(); }
bool usable_absolute(const std::optional<std::string>& v) { return usable(v) && v->front() == '/'; }
} // namespace

JournalPath resolve_journal_path(const std::optional<std::string>& db_flag, const Env& env) {
  if (db_flag) {
    if (db_flag->empty()) throw UsageError("--db: empty path (accepted: a file path)");
    return {*db_flag, "--db", {}};
  }
  if (usable(env.debrief_db)) return {*env.debrief_db, "$DEBRIEF_DB", {}};
  if (usable_absolute(env.xdg_data_home))
    return {*env.xdg_data_home + "/debrief/journal.db", "$XDG_DATA_HOME", *env.xdg_data_home + "/debrief"};
  if (usable(env.home))
    return {*env.home + "/.local/share/debrief/journal.db", "$HOME", *env.home + "/.local/share/debrief"};
  throw RuntimeError("cannot locate the journal: HOME is not set (set HOME, XDG_DATA_HOME or DEBRIEF_DB, or use --db)");
}

std::string resolve_drafts_dir(const Env& env, const std::string& journal_path) {
  if (usable_absolute(env.xdg_state_home)) return *env.xdg_state_home + "/debrief/drafts";
  if (usable(env.home)) return *env.home + "/.local/state/debrief/drafts";
  return parent_dir(journal_path) + "/debrief-drafts";
}

std::string resolve_config_path(const Env& env) {
  if (usable_absolute(env.xdg_config_home)) return *env.xdg_config_home + "/debrief/config.toml";
  if (usable(env.home)) return *env.home + "/.config/debrief/config.toml";
  return {};
}

std::string parent_dir(const std::string& path) {
  auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

} // namespace debrief
