// Terminal and pipe line readers: see line_reader.hpp.
#include "cli/line_reader.hpp"

#include "core/note.hpp"

#include <cstdio>
#include <cstdlib>
#include <istream>

#include <editline/readline.h>

namespace debrief::cli {

namespace {

class TerminalReader final : public LineReader {
public:
  explicit TerminalReader(Io& io) : io_(io) {}
  std::optional<std::string> read_line(const std::string& prompt) override {
    io_.out.flush();
    std::fflush(stdout);
    char* line = ::readline(prompt.c_str());
    if (!line) return std::nullopt;
    std::string text(line);
    std::free(line);
    if (!text.empty()) ::add_history(text.c_str());
    return text;
  }
  std::ostream& screen() override { return io_.out; }
  bool interactive() const override { return true; }

private:
  Io& io_;
};

class PipeReader final : public LineReader {
public:
  explicit PipeReader(Io& io) : io_(io) {}
  std::optional<std::string> read_line(const std::string& prompt) override {
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

private:
  Io& io_;
};

} // namespace

std::unique_ptr<LineReader> make_terminal_reader(Io& io) { return std::make_unique<TerminalReader>(io); }
std::unique_ptr<LineReader> make_pipe_reader(Io& io) { return std::make_unique<PipeReader>(io); }

} // namespace debrief::cli
