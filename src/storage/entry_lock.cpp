// Session locks on entries: see entry_lock.hpp.
#include "storage/entry_lock.hpp"

#include "core/error.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace debrief {

namespace {
/// Entry locks start at 2^62: SQLite's lock bytes are at 2^30 up to 2^30 + 511.
constexpr off_t k_entry_lock_base = off_t{1} << 62;
} // namespace

std::optional<EntryLock> EntryLock::try_lock(const std::string& path, Id id) {
  const int fd = ::open(path.c_str(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) throw RuntimeError(fmt::format("cannot lock the journal {}: {}", path, std::strerror(errno)));
  struct flock lock {};
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  lock.l_start = k_entry_lock_base + static_cast<off_t>(id);
  lock.l_len = 1;
  if (::fcntl(fd, F_OFD_SETLK, &lock) == 0) return EntryLock(fd);
  const int err = errno;
  ::close(fd);
  if (err == EAGAIN || err == EACCES) return std::nullopt;
  throw RuntimeError(fmt::format("cannot lock the journal {}: {}", path, std::strerror(err)));
}

EntryLock::EntryLock(EntryLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

EntryLock& EntryLock::operator=(EntryLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

EntryLock::~EntryLock() {
  if (fd_ >= 0) ::close(fd_); // closing the description releases its lock
}

} // namespace debrief
