// Reading JSONL input (import, team) a line at a time without ever holding a huge line.
#pragma once

#include <istream>
#include <string>

namespace debrief::cli {

/// Lines of a file or stdin, each read only up to one byte past `max` (the rest of a longer
/// line is read and dropped, never held): `line` then holds max + 1 bytes.
class BoundedLines {
 public:
  BoundedLines(std::istream& in, std::size_t max) : buf_(in.rdbuf()), max_(max) {}
  /// The next line without its newline, and its full length; false at the end.
  bool next(std::string& line, std::size_t& length) {
    line.clear();
    length = 0;
    bool any = false;
    for (int c = buf_->sbumpc(); c != std::char_traits<char>::eof(); c = buf_->sbumpc()) {
      any = true;
      if (c == '\n') return true;
      if (++length <= max_ + 1) line += static_cast<char>(c);
    }
    return any;
  }

 private:
  std::streambuf* buf_;
  std::size_t max_;
};

} // namespace debrief::cli
