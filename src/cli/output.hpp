// Standard output as a stream that knows why a write failed: a reader that stopped reading (a
// closed pipe, as in `debrief report | head -3`) ends the command quietly, and any other
// failure (a full disk) is reported with its real cause.
#pragma once

#include <streambuf>
#include <string>

namespace debrief::cli {

/// Thrown out of an output stream whose writes fail; `error` is the errno of the failed write.
/// Deliberately not a std::exception: handlers that keep typed text on a save failure must
/// let it through to run(), which reports it.
struct OutputError {
  int error = 0;
  /// "cannot write output: No space left on device".
  std::string message() const;
};

/// A buffered stream buffer writing to a file descriptor, flushing at every line end when
/// `line_buffered` (a terminal). A failed write throws OutputError; use it in an ostream whose
/// exceptions() include badbit so the error reaches the caller.
class FdOutputBuffer : public std::streambuf {
 public:
  FdOutputBuffer(int fd, bool line_buffered);
  ~FdOutputBuffer() override;
  FdOutputBuffer(const FdOutputBuffer&) = delete;
  FdOutputBuffer& operator=(const FdOutputBuffer&) = delete;

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  /// Writes out what is buffered; throws OutputError.
  void drain();
  int fd_;
  bool line_buffered_;
  char buffer_[65536];
};

} // namespace debrief::cli
