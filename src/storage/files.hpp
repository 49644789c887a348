// Private files and directories: created 0700/0600 whatever the umask, never through a link.
#pragma once

#include "core/error.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

/// Creates `dir` and any missing parents, each new one 0700. Existing directories are left as
/// they are. Throws RuntimeError naming the directory.
void make_private_dirs(const std::string& dir);

/// Makes an existing file (`directory` false) or directory of debrief's private again. When it
/// is open to group or others and belongs to this user, its mode becomes 0600 (0700 for a
/// directory) and a notice says so ("the journal PATH was open to others (mode 644); it is now
/// 600"). When it belongs to someone else, a file open to others or a directory others may
/// write to is refused with a RuntimeError saying how to fix it. A directory with the sticky
/// bit (shared by design, as /tmp) is left as it is. A file is never reached through a symbolic
/// link; a directory may be one. `what` names it ("the journal").
std::optional<std::string> make_private(const std::string& path, bool directory, std::string_view what);

/// Creates `path` as a new empty file, mode 0600, failing if anything (a file or a symlink)
/// is already there. Returns false when it exists; throws RuntimeError on other failures.
bool create_private_file(const std::string& path);

/// Writes `text` to a new private file in `dir` named `<stem>-<time>-<random>.txt` and returns
/// its path. Used to keep text that could not be saved. With `own_dir`, `dir` is debrief's own:
/// it and a parent named `debrief` are made private (make_private) when they were not.
std::string write_draft(const std::string& dir, std::string_view stem, std::string_view text, bool own_dir = true);

/// A draft written in pieces (text too long to hold at once): created as write_draft creates
/// one, then write() as often as needed and finish() to make it durable and get its path. A
/// draft not finished (a failed write, an exception) is removed: a partial one would pass for
/// the text.
class DraftFile {
 public:
  /// `notices` (when given) gets what was made private on the way (make_private).
  DraftFile(const std::string& dir, std::string_view stem, bool own_dir = true,
            std::vector<std::string>* notices = nullptr);
  ~DraftFile();
  DraftFile(const DraftFile&) = delete;
  DraftFile& operator=(const DraftFile&) = delete;
  /// Appends `text`. Throws RuntimeError naming the draft.
  void write(std::string_view text);
  /// Syncs and closes the draft; returns its path. Throws RuntimeError naming the draft.
  std::string finish();
  const std::string& path() const { return path_; }

 private:
  [[noreturn]] void fail(int err);
  std::string path_;
  int fd_ = -1;
};

/// Reads a whole file. Throws RuntimeError naming it.
std::string read_file(const std::string& path);

/// Thrown by read_private_file for a file longer than the caller takes.
struct FileTooLarge : RuntimeError {
  FileTooLarge(const std::string& path, std::uint64_t held, std::uint64_t most);
  std::uint64_t size, max;
};

/// Reads a whole private file (a draft) that must be a regular file, never through a symlink
/// planted in its place, holding at most `max_bytes` of it: a longer one is not read at all
/// (FileTooLarge). Throws RuntimeError naming it.
std::string read_private_file(const std::string& path, std::uint64_t max_bytes = UINT64_MAX);

/// Replaces the contents of an existing file (no link following). Throws RuntimeError.
void overwrite_file(const std::string& path, std::string_view text);

/// Fills `buf` from the kernel's random source.
void random_bytes(void* buf, std::size_t n);

/// A new UUIDv7 for an entry or commitment made at `now` (Unix seconds).
std::string new_uuid(std::int64_t now);

} // namespace debrief
