// One process at a time per interview: a lock that dies with its process.
#pragma once

#include "core/entry.hpp"

#include <optional>
#include <string>

namespace debrief {

/// Holds the session lock of one entry (an `ask` or `reflect` being answered) until destroyed
/// or the process ends, however it ends. It is an open-file-description lock on one byte of the
/// journal file, far past the bytes SQLite locks (around 1 GiB), so it neither blocks nor is
/// released by SQLite's own locking, and it needs no file of its own.
class EntryLock {
 public:
  /// Takes the lock of entry `id` in the journal file at `path` (resolved, no link); nullopt
  /// when another process holds it. Throws RuntimeError when the file cannot be locked at all.
  static std::optional<EntryLock> try_lock(const std::string& path, Id id);

  EntryLock(EntryLock&& other) noexcept;
  EntryLock& operator=(EntryLock&& other) noexcept;
  EntryLock(const EntryLock&) = delete;
  EntryLock& operator=(const EntryLock&) = delete;
  ~EntryLock();

 private:
  explicit EntryLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

} // namespace debrief
