// Output written to a file, whole or not at all: see output_file.hpp.
#include "cli/output_file.hpp"

#include "cli/output.hpp"
#include "core/error.hpp"
#include "core/sanitize.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <ostream>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace debrief::cli {

namespace {

namespace fs = std::filesystem;

/// Whether `path` names the journal or one of SQLite's files beside it (-journal, -wal, -shm):
/// the same file, or the same place once links are resolved.
bool is_journal(const Context& ctx, const std::string& path) {
  std::string journal;
  try {
    journal = ctx.journal_path().path;
  } catch (const std::exception&) {
    return false; // no journal can be found: none to overwrite
  }
  struct stat a {
  }, b{};
  if (::stat(path.c_str(), &a) == 0 && ::stat(journal.c_str(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
    return true;
  std::error_code e1, e2;
  const auto x = fs::weakly_canonical(fs::absolute(path, e1), e1).string();
  const auto y = fs::weakly_canonical(fs::absolute(journal, e2), e2).string();
  if (e1 || e2) return false;
  return x == y || x == y + "-journal" || x == y + "-wal" || x == y + "-shm";
}

/// Why `path` cannot be replaced by a new file, or empty: only a regular file is (not a device,
/// a pipe, a directory or a symbolic link, which a rename would replace, not write through).
std::string not_replaceable(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return {}; // a new file
  if (S_ISREG(st.st_mode)) return {};
  if (S_ISLNK(st.st_mode)) return "is a symbolic link";
  if (S_ISDIR(st.st_mode)) return "is a directory";
  return "is not a regular file";
}

/// The temporary file beside `path`, removed unless committed.
class TempFile {
 public:
  explicit TempFile(const std::string& path) : path_(path) {
    fs::path p(path);
    auto dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    temp_ = (dir / ".debrief-output.XXXXXX").string(); // short: any file name fits beside it
    fd_ = ::mkostemp(temp_.data(), O_CLOEXEC);
    if (fd_ < 0) fail(errno);
    if (::fchmod(fd_, 0600) != 0) fail(errno);
  }
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(temp_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  int fd() const { return fd_; }
  /// Syncs the file, renames it over the path and syncs the directory.
  void commit() {
    if (::fsync(fd_) != 0) fail(errno);
    int fd = std::exchange(fd_, -1);
    if (::close(fd) != 0) fail(errno);
    if (::rename(temp_.c_str(), path_.c_str()) != 0) fail(errno);
    committed_ = true;
    auto dir = fs::path(path_).parent_path();
    int dfd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
      ::fsync(dfd); // the rename durable too; a file system that cannot sync a directory still renamed
      ::close(dfd);
    }
  }
  [[noreturn]] void fail(int err) const {
    throw RuntimeError(fmt::format("cannot write '{}': {}", escape_unprintable(path_, 200), std::strerror(err)));
  }

 private:
  std::string path_, temp_;
  int fd_ = -1;
  bool committed_ = false;
};

} // namespace

void add_output_option(CLI::App& sub, std::optional<std::string>& path) {
  sub.add_option("-o,--output", path, "Write to FILE instead of stdout (mode 600, replaced whole; - is stdout)")
      ->option_text("FILE");
}

void write_output(const Context& ctx, const std::optional<std::string>& path,
                  const std::function<void(std::ostream&)>& write) {
  if (!path || *path == "-") { // `-o -`: stdout, as usual for a file argument
    write(ctx.io.out);
    return;
  }
  if (path->empty()) throw UsageError("-o: the file name is empty");
  if (is_journal(ctx, *path))
    throw UsageError(fmt::format("-o: '{}' is the journal or one of its files; choose another file",
                                 escape_unprintable(*path, 200)));
  if (const auto why = not_replaceable(*path); !why.empty())
    throw UsageError(
        fmt::format("-o: '{}' {}; give a new or a regular file (- for stdout)", escape_unprintable(*path, 200), why));
  TempFile file(*path);
  FdOutputBuffer buffer(file.fd(), false);
  std::ostream os(&buffer);
  os.exceptions(std::ios::badbit);
  try {
    write(os);
    os.flush();
  } catch (const OutputError& e) {
    file.fail(e.error);
  }
  file.commit();
}

} // namespace debrief::cli
