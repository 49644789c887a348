// Reading a database's header the way SQLite's recovery would leave it, without SQLite: see
// journal_file.hpp. The formats are SQLite's documented file formats
// (https://www.sqlite.org/fileformat.html, sections 1.3, 4 and 4.1).
#include "storage/journal_file.hpp"

#include "core/error.hpp"
#include "storage/schema.hpp"

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace debrief {

namespace {

/// Bytes of page 1 that are judged: the database header and page 1's b-tree header.
constexpr std::size_t k_page1_prefix = 108;

std::uint32_t be32(const unsigned char* p) {
  return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 | p[3];
}
std::uint32_t le32(const unsigned char* p) {
  return std::uint32_t{p[3]} << 24 | std::uint32_t{p[2]} << 16 | std::uint32_t{p[1]} << 8 | p[0];
}
const unsigned char* bytes(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); }

bool valid_page_size(std::uint32_t n) { return n >= 512 && n <= 65536 && (n & (n - 1)) == 0; }

/// A file opened for reading, never through a symbolic link; closed on scope exit.
class ReadOnlyFile {
 public:
  explicit ReadOnlyFile(const std::string& path)
      : fd_(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)), err_(fd_ < 0 ? errno : 0) {}
  ~ReadOnlyFile() {
    if (fd_ >= 0) ::close(fd_);
  }
  ReadOnlyFile(const ReadOnlyFile&) = delete;
  ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;
  bool ok() const { return fd_ >= 0; }
  std::uint64_t size() const {
    struct stat st {};
    return ::fstat(fd_, &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
  }
  int error() const { return err_; }
  /// Up to `n` bytes from `offset` (fewer at the end of the file).
  std::string read_at(std::uint64_t offset, std::size_t n) const {
    std::string out(n, '\0');
    std::size_t got = 0;
    while (got < n) {
      ssize_t r = ::pread(fd_, out.data() + got, n - got, static_cast<off_t>(offset + got));
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) break;
      got += static_cast<std::size_t>(r);
    }
    out.resize(got);
    return out;
  }

 private:
  int fd_;
  int err_;
};

/// A hot rollback journal's view of page 1: `created` when the interrupted transaction made
/// the database from nothing (rolling back empties it), else the original page 1 if it was
/// saved. nullopt when there is no journal with a valid header.
struct Rollback {
  bool created = false;
  std::optional<std::string> page1;
};

constexpr std::array<unsigned char, 8> k_journal_magic{0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};

/// Whether the journal names a super-journal (a transaction over several databases) that does
/// not exist: SQLite then deletes the journal without playing it back (pager.c readSuperJournal
/// and pager_playback).
bool names_missing_super_journal(const ReadOnlyFile& f, std::uint64_t size) {
  if (size < 16) return false;
  const auto tail = f.read_at(size - 16, 16);
  if (tail.size() < 16 || std::memcmp(tail.data() + 8, k_journal_magic.data(), 8) != 0) return false;
  const std::uint32_t len = be32(bytes(tail)), sum = be32(bytes(tail) + 4);
  if (len == 0 || len > 512 || len > size - 16) return false;
  const auto name = f.read_at(size - 16 - len, len);
  std::uint32_t check = sum;
  for (char c : name) check -= static_cast<unsigned char>(c);
  if (check != 0) return false;
  const std::string path(name.c_str()); // the name ends at its first NUL
  return !path.empty() && ::access(path.c_str(), F_OK) != 0;
}

std::optional<Rollback> hot_journal(const std::string& path) {
  ReadOnlyFile f(path + "-journal");
  if (!f.ok()) return std::nullopt;
  const auto header = f.read_at(0, 28);
  if (header.size() < 28 || std::memcmp(header.data(), k_journal_magic.data(), k_journal_magic.size()) != 0)
    return std::nullopt;
  const std::uint64_t size = f.size();
  if (names_missing_super_journal(f, size)) return std::nullopt;
  Rollback r;
  // Segments, each a sector-sized header and its records, follow one another; playback writes
  // every record in order (the last copy of page 1 is what stays) and stops for good at the
  // first bad record, page 0 or the page holding the lock bytes.
  std::uint64_t offset = 0;
  for (bool first = true;; first = false) {
    const auto h = f.read_at(offset, 28);
    if (h.size() < 28 || std::memcmp(h.data(), k_journal_magic.data(), k_journal_magic.size()) != 0) break;
    const auto* p = bytes(h);
    const std::uint32_t nonce = be32(p + 12), original_pages = be32(p + 16), sector = be32(p + 20),
                        page_size = be32(p + 24);
    std::uint32_t records = be32(p + 8);
    if (!valid_page_size(page_size) || sector < 32 || sector > 65536 || (sector & (sector - 1)) != 0) break;
    const std::uint64_t record = 4 + std::uint64_t{page_size} + 4;
    offset += sector;
    if (records == 0xFFFFFFFF) records = static_cast<std::uint32_t>((size - std::min(size, offset)) / record);
    if (first && original_pages == 0) {
      r.created = true; // the transaction made the database: rolling back empties it
      return r;
    }
    const std::uint32_t lock_page = static_cast<std::uint32_t>(0x40000000u / page_size + 1);
    for (std::uint32_t i = 0; i < records; ++i, offset += record) {
      const auto rec = f.read_at(offset, record);
      if (rec.size() < record) return r;
      const auto* q = bytes(rec);
      std::uint32_t sum = nonce;
      for (std::int64_t k = static_cast<std::int64_t>(page_size) - 200; k > 0; k -= 200) sum += q[4 + k];
      const std::uint32_t pgno = be32(q);
      if (pgno == 0 || pgno == lock_page || sum != be32(q + 4 + page_size)) return r;
      if (pgno == 1) r.page1 = rec.substr(4, page_size);
    }
    offset = (offset + sector - 1) / sector * sector; // the next segment starts at a sector boundary
  }
  return r;
}

/// The newest copy of page 1 in a committed transaction of the -wal, if any.
std::optional<std::string> wal_page1(const std::string& path) {
  ReadOnlyFile f(path + "-wal");
  if (!f.ok()) return std::nullopt;
  const auto header = f.read_at(0, 32);
  if (header.size() < 32) return std::nullopt;
  const auto* h = bytes(header);
  const std::uint32_t magic = be32(h);
  if (magic != 0x377f0682 && magic != 0x377f0683) return std::nullopt;
  const bool big_endian = magic & 1;
  const std::uint32_t page_size = be32(h + 8); // unlike the database header, 1 is no page size here
  if (be32(h + 4) != 3007000 || !valid_page_size(page_size)) return std::nullopt;
  // The running checksum over the header, then each frame's first 8 bytes and its page.
  std::uint32_t s1 = 0, s2 = 0;
  auto checksum = [&](const unsigned char* p, std::size_t n) {
    for (std::size_t i = 0; i + 8 <= n; i += 8) {
      s1 += (big_endian ? be32(p + i) : le32(p + i)) + s2;
      s2 += (big_endian ? be32(p + i + 4) : le32(p + i + 4)) + s1;
    }
  };
  checksum(h, 24);
  if (s1 != be32(h + 24) || s2 != be32(h + 28)) return std::nullopt;
  std::optional<std::string> committed, pending;
  const std::size_t frame = 24 + page_size;
  for (std::uint64_t offset = 32;; offset += frame) {
    const auto fr = f.read_at(offset, frame);
    if (fr.size() < frame) break;
    const auto* p = bytes(fr);
    if (std::memcmp(p + 8, h + 16, 8) != 0) break; // salts of an older generation
    checksum(p, 8);
    checksum(p + 24, page_size);
    if (be32(p) == 0 || s1 != be32(p + 16) || s2 != be32(p + 20)) break;
    if (be32(p) == 1) pending = fr.substr(24, page_size);
    if (be32(p + 4) != 0) { // a commit frame
      if (pending) committed = std::move(pending);
      pending.reset();
    }
  }
  return committed;
}

} // namespace

FileHeader judge_page1(std::string_view page1) {
  FileHeader h;
  if (page1.empty()) return h;
  static constexpr std::string_view k_magic{"SQLite format 3\0", 16};
  if (page1.size() < 100 || page1.substr(0, 16) != k_magic) {
    h.kind = FileKind::not_database;
    return h;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(page1.data());
  h.user_version = be32(p + 60);
  h.application_id = be32(p + 68);
  if (h.application_id == static_cast<std::uint32_t>(k_application_id)) {
    h.kind =
        h.user_version > static_cast<std::uint32_t>(k_schema_version) ? FileKind::newer_journal : FileKind::journal;
    return h;
  }
  // An SQLite database without tables: page 1 is an empty leaf of the schema table.
  const bool no_tables = page1.size() >= 105 && p[100] == 0x0D && p[103] == 0 && p[104] == 0;
  h.kind = h.application_id == 0 && h.user_version == 0 && no_tables ? FileKind::empty : FileKind::other_database;
  return h;
}

std::string effective_page1(const std::string& path) {
  ReadOnlyFile main(path);
  if (!main.ok()) throw RuntimeError(fmt::format("cannot read the journal {}: {}", path, std::strerror(main.error())));
  std::string page1 = main.read_at(0, k_page1_prefix);
  if (auto rollback = hot_journal(path)) {
    if (rollback->created)
      page1.clear();
    else if (rollback->page1)
      page1 = rollback->page1->substr(0, k_page1_prefix);
  }
  if (auto wal = wal_page1(path)) page1 = wal->substr(0, k_page1_prefix);
  return page1;
}

FileHeader probe_journal_file(const std::string& path) { return judge_page1(effective_page1(path)); }

} // namespace debrief
