// Terminal, colour and environment facts for commands.
#include "cli/io.hpp"

#include <algorithm>

#include "cli/output.hpp"
#include "core/error.hpp"
#include "core/sanitize.hpp"
#include "storage/deck_store.hpp"
#include "storage/journal.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <ostream>

namespace debrief::cli {

namespace {
std::optional<std::string> getenv_opt(const char* name) {
  const char* v = std::getenv(name);
  if (!v) return std::nullopt;
  return std::string(v);
}
bool set(const std::optional<std::string>& v) { return v && !v->empty(); }
} // namespace

Env read_env() {
  Env e;
  e.home = getenv_opt("HOME");
  e.xdg_data_home = getenv_opt("XDG_DATA_HOME");
  e.xdg_state_home = getenv_opt("XDG_STATE_HOME");
  e.xdg_config_home = getenv_opt("XDG_CONFIG_HOME");
  e.debrief_db = getenv_opt("DEBRIEF_DB");
  e.visual = getenv_opt("VISUAL");
  e.editor = getenv_opt("EDITOR");
  e.no_color = getenv_opt("NO_COLOR");
  e.clicolor_force = getenv_opt("CLICOLOR_FORCE");
  e.term = getenv_opt("TERM");
  e.lc_all = getenv_opt("LC_ALL");
  e.lc_ctype = getenv_opt("LC_CTYPE");
  e.lang = getenv_opt("LANG");
  e.busy_timeout_ms = getenv_opt("DEBRIEF_BUSY_TIMEOUT_MS");
  e.columns = getenv_opt("COLUMNS");
  return e;
}

int Context::width() const {
  if (width_flag) return *width_flag;
  if (env.columns) {
    const auto& v = *env.columns;
    if (!v.empty() && v.size() <= 5 && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const int n = std::stoi(v);
      if (n >= k_min_width) return std::min(n, k_max_width);
    }
  }
  if (io.terminal_columns && *io.terminal_columns >= k_min_width) return std::min(*io.terminal_columns, k_max_width);
  return k_default_width;
}

bool Context::color() const {
  switch (color_choice) {
  case ColorChoice::always: return true;
  case ColorChoice::never: return false;
  case ColorChoice::auto_: break;
  }
  if (set(env.no_color)) return false;
  if (set(env.clicolor_force) && *env.clicolor_force != "0") return true;
  if (env.term && *env.term == "dumb") return false;
  return io.stdout_is_tty;
}

bool Context::utf8() const {
  if (color_choice == ColorChoice::never) return false;
  // The first set of LC_ALL, LC_CTYPE, LANG decides, as in POSIX.
  for (const auto* v : {&env.lc_all, &env.lc_ctype, &env.lang}) {
    if (!set(*v)) continue;
    std::string s;
    for (char c : **v) s += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s.find("utf-8") != std::string::npos || s.find("utf8") != std::string::npos;
  }
  return false;
}

JournalPath Context::journal_path() const { return resolve_journal_path(db_flag, env); }

namespace {
/// Says what opening the journal changed (permissions made private).
Journal told(const Context& ctx, Journal journal) {
  for (const auto& notice : journal.notices()) ctx.warn(notice);
  return journal;
}
} // namespace

// The user's decks are read only if opening upgrades a journal from before schema 4: its entries
// from the decks private then are marked private (storage/schema.cpp).
std::optional<Journal> Context::open_journal() const {
  const auto where = journal_path();
  auto journal = Journal::open_existing(where.path, where.private_dir, resolve_decks_dir(env));
  if (!journal) return std::nullopt;
  return told(*this, std::move(*journal));
}

Journal Context::open_journal_for_write() const {
  const auto where = journal_path();
  return told(*this, Journal::open_for_write(where.path, where.private_dir, resolve_decks_dir(env)));
}

std::string Context::drafts_dir() const { return resolve_drafts_dir(env, journal_path().path); }

void Context::confirm(const std::string& line) const {
  try {
    io.out << line << '\n';
    io.out.flush();
  } catch (const OutputError& e) {
    if (e.error == EPIPE) throw;
    throw RuntimeError(fmt::format("{}, but {}", line, e.message()));
  }
}

void Context::warn(const std::string& text) const {
  io.err << "debrief: warning: " << escape_unprintable(text, std::string_view::npos) << '\n';
}

const Config& Context::config() const {
  if (!config_cache) {
    auto loaded = load_config_file(resolve_config_path(env));
    if (!loaded.diagnostics.empty()) {
      auto more = loaded.diagnostics.size() - 1;
      throw UsageError(fmt::format("{}{}", format_diagnostic(loaded.diagnostics.front()),
                                   more ? fmt::format(" (and {} more; see 'debrief config')", more) : ""));
    }
    config_cache = loaded.config;
  }
  return *config_cache;
}

std::string Context::show_time(const Instant& t) const {
  return config().date_format == DateFormat::iso ? format_minute(t) : format_short(t, now);
}

} // namespace debrief::cli
