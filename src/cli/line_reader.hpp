// Where interview answers come from: a terminal with real line editing (our own small editor,
// core/line_edit.hpp), or one line per prompt from a pipe, with the prompts on stderr.
#pragma once

#include "cli/io.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace debrief::cli {

/// Thrown by read_line when the person interrupts (Ctrl-C, SIGINT, SIGTERM) or the terminal
/// goes away (hang-up) while a line is being typed: `pending` is what was typed and not yet
/// entered, for the caller to keep. Not a std::exception: handlers that keep text on a failed
/// save must let it through.
struct InputInterrupted {
  std::string pending;
  bool hangup = false; ///< the terminal went away or debrief was told to stop, rather than Ctrl-C
};

class LineReader {
 public:
  virtual ~LineReader() = default;
  /// Shows `prompt` and reads one line, without its newline; nullopt at end of input. With
  /// `remember`, the line joins the history Up and Down browse (answers, not marks or choices).
  /// `initial` is on the line, ready to edit, at a terminal (an earlier answer); a pipe ignores it.
  virtual std::optional<std::string> read_line(const std::string& prompt, bool remember = true,
                                               const std::string& initial = {}) = 0;
  /// While set, Tab at a terminal runs `action` instead of inserting a tab, and shows the lines
  /// it returns above the line being typed, which stays as it is. Empty: Tab is text again.
  virtual void set_tab_action(std::function<std::string()> action) { (void)action; }
  /// Where questions, hints and messages are shown.
  virtual std::ostream& screen() = 0;
  /// A person at a terminal (line editing, :edit), rather than a script.
  virtual bool interactive() const = 0;
  /// The columns text on screen() may take: the terminal's width, or 0 (no limit) when
  /// screen() is not a terminal.
  virtual int width() const = 0;
};

/// Line editing on the terminal, in any locale: arrow keys, Home/End (Ctrl-A/E), word moves
/// (Alt-B/F, Ctrl-arrows), Backspace/Delete, Ctrl-W, Alt-D, Ctrl-U/K, this session's history
/// (Up/Down), Ctrl-L, bracketed paste; by whole characters (combining marks, wide CJK, emoji).
std::unique_ptr<LineReader> make_terminal_reader(Io& io);
/// Plain lines from stdin; prompts and questions go to stderr.
std::unique_ptr<LineReader> make_pipe_reader(Io& io);

} // namespace debrief::cli
