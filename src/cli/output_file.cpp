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

/// Whether `path` names the journal: the same file, or the same place once links are resolved.
bool is_journal(const Context& ctx, const std::string& path) {
  std::string journal;
  try {
    journal = ctx.journal_path().path;
  } catch (const std::exception&) {
    return false; // no journal can be found: none to overwrite
  }
  struct stat a {
  }, b{};
  if (::stat(path.c_str(), &a) == 0 && ::stat(journal.c_str(), &b) == 0)
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
  std::error_code e1, e2;
  auto x = fs::weakly_canonical(fs::absolute(path, e1), e1);
  auto y = fs::weakly_canonical(fs::absolute(journal, e2), e2);
  return !e1 && !e2 && x == y;
}

/// The temporary file beside `path`, removed unless committed.
class TempFile {
 public:
  explicit TempFile(const std::string& path) : path_(path) {
    fs::path p(path);
    auto dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    temp_ = (dir / ("." + p.filename().string() + ".XXXXXX")).string();
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
  sub.add_option("-o,--output", path, "Write to FILE (mode 600, replaced whole) instead of stdout")
      ->option_text("FILE");
}

void write_output(const Context& ctx, const std::optional<std::string>& path,
                  const std::function<void(std::ostream&)>& write) {
  if (!path) {
    write(ctx.io.out);
    return;
  }
  if (path->empty()) throw UsageError("-o: the file name is empty");
  if (is_journal(ctx, *path))
    throw UsageError(fmt::format("-o: '{}' is the journal; choose another file", escape_unprintable(*path, 200)));
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
