// Terminal and pipe line readers: see line_reader.hpp.
#include "cli/line_reader.hpp"

#include "core/line_edit.hpp"
#include "core/note.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <istream>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace debrief::cli {

namespace {

namespace le = line_edit;

/// Set by SIGINT, SIGTERM and SIGHUP while a line is read: the read returns (EINTR) and the
/// typed text goes to the caller instead of being lost with the process.
volatile std::sig_atomic_t g_signal = 0;
extern "C" void on_signal_while_reading(int sig) { g_signal = sig; }

/// The terminal in raw mode (keys as they come, no echo, Ctrl-C as a byte) with bracketed
/// paste, and the signal handlers above, while alive; everything restored after.
class RawMode {
 public:
  RawMode(int in, int out) : in_(in), out_(out) {
    ok_ = ::tcgetattr(in_, &saved_) == 0;
    if (ok_) {
      termios raw = saved_;
      raw.c_iflag &= ~static_cast<tcflag_t>(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
      raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | IEXTEN | ISIG);
      raw.c_cc[VMIN] = 1;
      raw.c_cc[VTIME] = 0;
      ok_ = ::tcsetattr(in_, TCSADRAIN, &raw) == 0;
    }
    write_all("\x1b[?2004h");
    g_signal = 0;
    struct sigaction sa {};
    sa.sa_handler = on_signal_while_reading;
    sigemptyset(&sa.sa_mask); // no SA_RESTART: the read must return
    sigaction(SIGINT, &sa, &old_int_);
    sigaction(SIGTERM, &sa, &old_term_);
    sigaction(SIGHUP, &sa, &old_hup_);
  }
  ~RawMode() {
    write_all("\x1b[?2004l");
    if (ok_) ::tcsetattr(in_, TCSADRAIN, &saved_);
    if (stopping_) return; // the handlers stay: a second SIGHUP must not end the keeping of the text
    sigaction(SIGINT, &old_int_, nullptr);
    sigaction(SIGTERM, &old_term_, nullptr);
    sigaction(SIGHUP, &old_hup_, nullptr);
  }
  /// The read stops for good (Ctrl-C, a signal, a hang-up): what follows keeps the typed text,
  /// and the signals that come with a hang-up (the shell passes its SIGHUP on) must not end it.
  void stopping() { stopping_ = true; }
  RawMode(const RawMode&) = delete;
  RawMode& operator=(const RawMode&) = delete;

  void write_all(std::string_view s) const {
    while (!s.empty()) {
      ssize_t n = ::write(out_, s.data(), s.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return; // a terminal gone: the read notices
      s.remove_prefix(static_cast<std::size_t>(n));
    }
  }

 private:
  int in_, out_;
  bool ok_ = false;
  bool stopping_ = false;
  termios saved_{};
  struct sigaction old_int_ {
  }, old_term_{}, old_hup_{};
};

/// The terminal's size: columns (else $COLUMNS, else 80) and rows (else 24).
std::pair<int, int> terminal_size(int fd) {
  winsize ws{};
  const bool known = ::ioctl(fd, TIOCGWINSZ, &ws) == 0;
  int columns = known && ws.ws_col > 0 ? ws.ws_col : 0;
  if (columns == 0)
    if (const char* c = std::getenv("COLUMNS"); c && std::atoi(c) > 0) columns = std::atoi(c);
  return {columns > 0 ? columns : 80, known && ws.ws_row > 0 ? ws.ws_row : 24};
}

/// One line being edited on the terminal, and where it is drawn.
struct DrawnLine {
  const RawMode& raw;
  const std::string& prompt;
  int out; // the terminal's output descriptor
  le::Line line;
  int row = 0;         // the cursor's row on screen, below the first drawn
  std::size_t top = 0; // the first row drawn, when the line is taller than the screen

  void redraw(bool cursor_at_end = false) {
    le::Line shown = line;
    if (cursor_at_end) shown.cursor = shown.text.size();
    const auto [columns, height] = terminal_size(out);
    const auto l = le::layout(prompt, shown, columns);
    // A line taller than the screen is drawn in a window of its rows that holds the cursor:
    // the terminal cannot move the cursor above its top.
    const auto visible = static_cast<std::size_t>(std::max(height - 1, 1));
    const auto cursor_row = static_cast<std::size_t>(l.cursor.row);
    if (l.rows.size() <= visible)
      top = 0;
    else {
      if (cursor_row < top) top = cursor_row;
      if (cursor_row >= top + visible) top = cursor_row - visible + 1;
      top = std::min(top, l.rows.size() - visible);
    }
    const auto last = std::min(static_cast<std::size_t>(l.end.row), top + visible - 1);
    std::string s = "\r";
    if (row > 0) s += fmt::format("\x1b[{}A", row);
    s += "\x1b[J" + l.drawn(top, visible);
    if (last > cursor_row) s += fmt::format("\x1b[{}A", last - cursor_row);
    s += "\r";
    if (l.cursor.col > 0) s += fmt::format("\x1b[{}C", l.cursor.col);
    row = static_cast<int>(cursor_row - top);
    raw.write_all(s);
  }

  /// Writes `lines` (ending in a newline) where the line starts, and the line again below.
  void above(const std::string& lines) {
    std::string s = "\r";
    if (row > 0) s += fmt::format("\x1b[{}A", row);
    s += "\x1b[J";
    for (char c : lines) {
      if (c == '\n') s += '\r';
      s += c;
    }
    raw.write_all(s);
    row = 0;
    top = 0;
    redraw();
  }
};

/// Our own small line editor on the terminal (core/line_edit.hpp has the rules): every byte
/// typed or pasted is kept, whatever the locale; moves and deletions go by whole characters.
class TerminalReader final : public LineReader {
 public:
  explicit TerminalReader(Io& io) : io_(io) {}

  std::optional<std::string> read_line(const std::string& prompt, bool remember, const std::string& initial) override {
    io_.out.flush();
    const int out = output_fd();
    RawMode raw(STDIN_FILENO, out);
    DrawnLine d{raw, prompt, out, {initial, initial.size()}, 0, 0};
    le::Line& line = d.line;
    std::size_t browsing = history_.size(); // the history entry shown; size(): the new line
    std::string fresh;                      // the new line, kept while browsing history
    d.redraw();
    std::string& pending = pending_;
    bool in_paste = false;
    char buf[4096];
    for (bool first = true;; first = false) {
      bool complete = false;
      if (!pending.empty() && !first) {
        // More of an escape or UTF-8 sequence may be on its way: wait a moment for it.
        pollfd p{STDIN_FILENO, POLLIN, 0};
        complete = ::poll(&p, 1, 50) <= 0;
      }
      if (pending.empty() || (!first && !complete)) {
        ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n < 0 && errno == EINTR && !g_signal) continue;
        if (n <= 0) { // a signal, or the terminal gone (hang-up): what was typed goes to the caller
          raw.stopping();
          d.redraw(true);
          raw.write_all("\r\n");
          throw InputInterrupted{line.text, g_signal != SIGINT};
        }
        pending.append(buf, static_cast<std::size_t>(n));
      }
      while (!pending.empty()) {
        auto [key, used] = le::decode_key(pending, in_paste, complete);
        if (used == 0) break;
        pending.erase(0, used);
        switch (key.action) {
        case le::Action::paste_start: in_paste = true; continue;
        case le::Action::paste_end: in_paste = false; continue;
        case le::Action::enter:
          d.redraw(true);
          raw.write_all("\r\n");
          if (remember && !line.text.empty() && (history_.empty() || history_.back() != line.text))
            history_.push_back(line.text);
          return line.text;
        case le::Action::interrupt:
          raw.stopping();
          d.redraw(true);
          raw.write_all("^C\r\n");
          throw InputInterrupted{line.text, false};
        case le::Action::eof_or_delete:
          if (line.text.empty()) {
            raw.write_all("\r\n");
            return std::nullopt;
          }
          break;
        case le::Action::history_prev:
        case le::Action::history_next:
          if (browse(line, key.action == le::Action::history_prev, browsing, fresh)) d.redraw();
          continue;
        case le::Action::tab:
          if (!tab_action_) break;
          if (auto above = tab_action_(); !above.empty()) d.above(above);
          continue;
        case le::Action::redraw:
          raw.write_all("\x1b[H\x1b[2J");
          d.row = 0;
          d.redraw();
          continue;
        default: break;
        }
        le::apply(line, key);
        d.redraw();
      }
    }
  }
  std::ostream& screen() override { return io_.out; }
  bool interactive() const override { return true; }
  int width() const override { return terminal_size(output_fd()).first; }
  void set_tab_action(std::function<std::string()> action) override { tab_action_ = std::move(action); }

 private:
  /// Where the line is drawn: the terminal on stdout, else on stderr.
  static int output_fd() { return ::isatty(STDOUT_FILENO) ? STDOUT_FILENO : STDERR_FILENO; }

  /// Shows the previous (`back`) or next history entry in `line`; false at either end.
  bool browse(le::Line& line, bool back, std::size_t& browsing, std::string& fresh) const {
    if (back ? browsing == 0 : browsing >= history_.size()) return false;
    if (browsing == history_.size()) fresh = line.text;
    if (back)
      --browsing;
    else
      ++browsing;
    line.text = browsing == history_.size() ? fresh : history_[browsing];
    line.cursor = line.text.size();
    return true;
  }

  Io& io_;
  std::function<std::string()> tab_action_;
  std::vector<std::string> history_; ///< this session's lines, for Up and Down
  std::string pending_;              ///< bytes read past the last line (typed ahead), not yet keys
};

class PipeReader final : public LineReader {
 public:
  explicit PipeReader(Io& io) : io_(io) {}
  std::optional<std::string> read_line(const std::string& prompt, bool, const std::string&) override {
    io_.err << prompt << '\n';
    // A line is kept up to one byte past the longest answer (so it is refused as too long);
    // the rest of a longer one is read and dropped, never held in memory.
    std::string line;
    std::streambuf* buf = io_.in.rdbuf();
    bool any = false;
    for (int c = buf->sbumpc(); c != std::char_traits<char>::eof(); c = buf->sbumpc()) {
      any = true;
      if (c == '\n') break;
      if (line.size() <= k_max_note_bytes) line += static_cast<char>(c);
    }
    if (!any) {
      io_.in.setstate(std::ios::eofbit);
      return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }
  std::ostream& screen() override { return io_.err; }
  bool interactive() const override { return false; }
  int width() const override { return io_.stderr_is_tty ? terminal_size(STDERR_FILENO).first : 0; }

 private:
  Io& io_;
};

} // namespace

std::unique_ptr<LineReader> make_terminal_reader(Io& io) { return std::make_unique<TerminalReader>(io); }
std::unique_ptr<LineReader> make_pipe_reader(Io& io) { return std::make_unique<PipeReader>(io); }

} // namespace debrief::cli
