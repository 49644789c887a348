// What a command may touch of the outside world, passed explicitly: streams, terminal facts,
// environment, clock and zone.
#pragma once

#include "core/config.hpp"
#include "core/time.hpp"
#include "storage/paths.hpp"

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

namespace debrief {
class Journal;
}

namespace debrief::cli {

struct Io {
  std::ostream& out;
  std::ostream& err;
  std::istream& in;
  bool stdin_is_tty = false;
  bool stdout_is_tty = false;
  bool stderr_is_tty = false;
  std::optional<int> terminal_columns = std::nullopt; ///< stdout's terminal's width, when it is one
};

/// The width text output fits when nothing says otherwise (a pipe), and the bounds of any width.
inline constexpr int k_default_width = 80;
inline constexpr int k_min_width = 20;
inline constexpr int k_max_width = 1000;

enum class ColorChoice { auto_, always, never };

/// Everything a command runs against. `action` is set by the chosen subcommand's parser.
struct Context {
  Io& io;
  Env env;
  Seconds now = 0;
  const Zone& zone;
  std::optional<std::string> db_flag;
  ColorChoice color_choice = ColorChoice::auto_;
  std::function<int()> action;

  /// The columns human-readable output fits: --width, then $COLUMNS, then the terminal's width,
  /// else k_default_width (a pipe or a file).
  int width() const;
  /// Whether stdout gets colour: --color, then NO_COLOR, CLICOLOR_FORCE, TERM=dumb, a terminal.
  bool color() const;
  /// Whether output may use Unicode charts: a UTF-8 locale and not --color never.
  bool utf8() const;
  /// The journal's location; throws when none can be found.
  JournalPath journal_path() const;
  /// The journal, when it exists (nullopt before the first write). Throws RuntimeError.
  std::optional<Journal> open_journal() const;
  /// The journal, created on first use. Throws RuntimeError.
  Journal open_journal_for_write() const;
  /// Where text that cannot be saved is kept (see resolve_drafts_dir).
  std::string drafts_dir() const;
  /// Prints `debrief: warning: <text>` on stderr.
  void warn(const std::string& text) const;
  /// Prints the line that says what a write command did, at once: when it cannot be written
  /// (a full disk), the error still says what was done ("deleted #2, but cannot write output:
  /// ..."), so that a retry is not taken for the first try. A closed pipe ends quietly.
  void confirm(const std::string& line) const;
  /// config.toml, read on first use. Throws UsageError naming the first problem of a broken one.
  const Config& config() const;
  /// An instant as the config's date_format shows it.
  std::string show_time(const Instant& t) const;

  mutable std::optional<Config> config_cache;   ///< filled by config()
  std::optional<int> width_flag = std::nullopt; ///< --width
};

/// The process's real environment variables.
Env read_env();

} // namespace debrief::cli
