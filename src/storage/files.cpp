// File system helpers for private data: see files.hpp.
#include "storage/files.hpp"

#include "core/error.hpp"
#include "core/uuid.hpp"
#include "storage/paths.hpp"

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

namespace debrief {

namespace {

std::string os_error(int err) { return std::strerror(err); }

/// Writes all of `text` to `fd`, then fsyncs. Returns errno on failure, 0 on success.
int write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return ::fsync(fd) == 0 ? 0 : errno;
}

} // namespace

void make_private_dirs(const std::string& dir) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode)) throw RuntimeError(fmt::format("{} exists and is not a directory", dir));
    return;
  }
  auto parent = parent_dir(dir);
  if (parent != dir && parent != "." && parent != "/") make_private_dirs(parent);
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
    throw RuntimeError(fmt::format("cannot create directory {}: {}", dir, os_error(errno)));
  // mkdir honours the umask; the mode must not depend on it.
  if (::chmod(dir.c_str(), 0700) != 0)
    throw RuntimeError(fmt::format("cannot set permissions of {}: {}", dir, os_error(errno)));
}

std::optional<std::string> make_private(const std::string& path, bool directory, std::string_view what) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | (directory ? O_DIRECTORY : O_NOFOLLOW));
  if (fd < 0) throw RuntimeError(fmt::format("cannot access {} {}: {}", what, path, os_error(errno)));
  struct stat st {};
  int err = ::fstat(fd, &st) == 0 ? 0 : errno;
  const unsigned mode = st.st_mode & 07777;
  const unsigned wanted = directory ? 0700 : 0600;
  std::optional<std::string> notice;
  // A shared directory with the sticky bit (a /tmp) is shared by design: files of ours in it are
  // 0600, and others can neither remove nor rename them. It is never changed.
  const bool shared = directory && (mode & S_ISVTX) != 0;
  if (!err && !shared && (mode & 077) != 0) {
    if (st.st_uid == ::geteuid()) {
      if (::fchmod(fd, (mode & ~07777u) | wanted) != 0)
        err = errno;
      else
        notice = fmt::format("{} {} was open to others (mode {:o}); it is now {:o}", what, path, mode, wanted);
    } else if (!directory || (mode & 022) != 0) {
      ::close(fd);
      throw RuntimeError(fmt::format("{} {} is open to others (mode {:o}) and belongs to another user; left "
                                     "untouched (its owner can fix it with: chmod {:o} {})",
                                     what, path, mode, wanted, path));
    }
  }
  ::close(fd);
  if (err) throw RuntimeError(fmt::format("cannot set permissions of {}: {}", path, os_error(err)));
  return notice;
}

bool create_private_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return false;
    throw RuntimeError(fmt::format("cannot create {}: {}", path, os_error(errno)));
  }
  int err = ::fchmod(fd, 0600) == 0 ? 0 : errno;
  ::close(fd);
  if (err) throw RuntimeError(fmt::format("cannot set permissions of {}: {}", path, os_error(err)));
  return true;
}

DraftFile::DraftFile(const std::string& dir, std::string_view stem, bool own_dir, std::vector<std::string>* notices) {
  make_private_dirs(dir);
  if (own_dir) {
    auto note = [&](std::optional<std::string> n) {
      if (n && notices) notices->push_back(*n);
    };
    note(make_private(dir, true, "the drafts directory"));
    if (auto parent = parent_dir(dir); parent.ends_with("/debrief")) note(make_private(parent, true, "the directory"));
  }
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
  for (int attempt = 0; attempt < 16; ++attempt) {
    unsigned random = 0;
    random_bytes(&random, sizeof random);
    path_ = fmt::format("{}/{}-{}-{:06x}.txt", dir, stem, stamp, random & 0xFFFFFFu);
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd_ >= 0) break;
    if (errno != EEXIST) throw RuntimeError(fmt::format("cannot create draft {}: {}", path_, os_error(errno)));
  }
  if (fd_ < 0) throw RuntimeError(fmt::format("cannot create a draft file in {}", dir));
  if (::fchmod(fd_, 0600) != 0) fail(errno);
}

DraftFile::~DraftFile() {
  if (fd_ < 0) return;
  ::close(fd_); // never finished: what was written is not the whole text
  ::unlink(path_.c_str());
}

void DraftFile::fail(int err) {
  ::close(fd_);
  fd_ = -1;
  ::unlink(path_.c_str()); // a partial draft would pass for the text
  throw RuntimeError(fmt::format("cannot write draft {}: {}", path_, os_error(err)));
}

void DraftFile::write(std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(fd_, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(errno);
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

std::string DraftFile::finish() {
  if (::fsync(fd_) != 0) fail(errno);
  ::close(fd_);
  fd_ = -1;
  return path_;
}

std::string write_draft(const std::string& dir, std::string_view stem, std::string_view text, bool own_dir) {
  DraftFile draft(dir, stem, own_dir);
  draft.write(text);
  return draft.finish();
}

namespace {

std::string read_fd(int fd, const std::string& path, std::uint64_t max_bytes = UINT64_MAX) {
  std::string out;
  char buf[65536];
  for (;;) {
    if (out.size() > max_bytes) {
      ::close(fd);
      throw FileTooLarge(path, out.size(), max_bytes); // it grew while being read
    }
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      throw RuntimeError(fmt::format("cannot read {}: {}", path, os_error(err)));
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return out;
}

} // namespace

std::string read_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw RuntimeError(fmt::format("cannot read {}: {}", path, os_error(errno)));
  return read_fd(fd, path);
}

FileTooLarge::FileTooLarge(const std::string& path, std::uint64_t held, std::uint64_t most)
    : RuntimeError(fmt::format("{} holds {} bytes, more than {}", path, held, most)), size(held), max(most) {}

std::string read_private_file(const std::string& path, std::uint64_t max_bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    if (err == ELOOP)
      throw RuntimeError(fmt::format("{} has been replaced by a symbolic link; not following it", path));
    throw RuntimeError(fmt::format("cannot read {}: {}", path, os_error(err)));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw RuntimeError(fmt::format("{} is no longer a regular file; not reading it", path));
  }
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    ::close(fd);
    throw FileTooLarge(path, static_cast<std::uint64_t>(st.st_size), max_bytes);
  }
  return read_fd(fd, path, max_bytes);
}

void overwrite_file(const std::string& path, std::string_view text) {
  int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) throw RuntimeError(fmt::format("cannot write {}: {}", path, os_error(errno)));
  int err = write_all(fd, text);
  ::close(fd);
  if (err) throw RuntimeError(fmt::format("cannot write {}: {}", path, os_error(err)));
}

void random_bytes(void* buf, std::size_t n) {
  auto* p = static_cast<unsigned char*>(buf);
  while (n > 0) {
    ssize_t got = ::getrandom(p, n, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw RuntimeError(fmt::format("cannot read random bytes: {}", os_error(errno)));
    }
    p += got;
    n -= static_cast<std::size_t>(got);
  }
}

std::string new_uuid(std::int64_t now) {
  std::array<std::uint8_t, 10> random{};
  random_bytes(random.data(), random.size());
  return make_uuid_v7(static_cast<std::uint64_t>(now) * 1000u, random);
}

} // namespace debrief
