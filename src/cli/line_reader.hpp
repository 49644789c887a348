// Where interview answers come from: a terminal with real line editing (libedit), or one line
// per prompt from a pipe, with the prompts on stderr.
#pragma once

#include "cli/io.hpp"

#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace debrief::cli {

class LineReader {
public:
  virtual ~LineReader() = default;
  /// Shows `prompt` and reads one line, without its newline; nullopt at end of input.
  virtual std::optional<std::string> read_line(const std::string& prompt) = 0;
  /// Where questions, hints and messages are shown.
  virtual std::ostream& screen() = 0;
  /// A person at a terminal (line editing, :edit), rather than a script.
  virtual bool interactive() const = 0;
};

/// libedit on the terminal: arrow keys, Home/End, word delete, this session's history.
std::unique_ptr<LineReader> make_terminal_reader(Io& io);
/// Plain lines from stdin; prompts and questions go to stderr.
std::unique_ptr<LineReader> make_pipe_reader(Io& io);

} // namespace debrief::cli
