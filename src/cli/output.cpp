// Standard output with the cause of a failed write: see output.hpp.
#include "cli/output.hpp"

#include <cerrno>
#include <cstring>
#include <string_view>
#include <unistd.h>

namespace debrief::cli {

std::string OutputError::message() const { return std::string("cannot write output: ") + std::strerror(error); }

FdOutputBuffer::FdOutputBuffer(int fd, bool line_buffered) : fd_(fd), line_buffered_(line_buffered) {
  setp(buffer_, buffer_ + sizeof buffer_);
}

FdOutputBuffer::~FdOutputBuffer() = default; // main() flushes; a destructor must not throw

void FdOutputBuffer::drain() {
  const char* p = pbase();
  std::size_t left = static_cast<std::size_t>(pptr() - pbase());
  while (left > 0) {
    ssize_t n = ::write(fd_, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      setp(buffer_, buffer_ + sizeof buffer_); // what could not be written is dropped, not retried
      throw OutputError{err};
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  setp(buffer_, buffer_ + sizeof buffer_);
}

FdOutputBuffer::int_type FdOutputBuffer::overflow(int_type c) {
  drain();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  if (line_buffered_ && traits_type::to_char_type(c) == '\n') drain();
  return c;
}

std::streamsize FdOutputBuffer::xsputn(const char* s, std::streamsize n) {
  std::streamsize done = 0;
  while (done < n) {
    if (pptr() == epptr()) drain();
    const auto room = static_cast<std::streamsize>(epptr() - pptr());
    const auto chunk = std::min(room, n - done);
    std::memcpy(pptr(), s + done, static_cast<std::size_t>(chunk));
    pbump(static_cast<int>(chunk));
    done += chunk;
  }
  if (line_buffered_ && std::string_view(s, static_cast<std::size_t>(n)).find('\n') != std::string_view::npos) drain();
  return n;
}

int FdOutputBuffer::sync() {
  drain();
  return 0;
}

} // namespace debrief::cli
