// Lines of `list`, `search` and `commitments`: rows in aligned columns that fit the width,
// written a page at a time so that memory stays flat however many rows there are.
#pragma once

#include "core/columns.hpp"

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace debrief::cli {

class PagedTable {
 public:
  /// Paints a laid-out line (colour) after its width is settled; given the row's cells.
  using Paint = std::function<void(std::string& line, const std::vector<std::string>& cells)>;

  PagedTable(std::vector<Column> columns, int width, std::ostream& out, Paint paint = {});
  PagedTable(const PagedTable&) = delete;
  PagedTable& operator=(const PagedTable&) = delete;
  ~PagedTable() = default; ///< rows not flushed are dropped (the command failed)

  /// A row, and text to print on the line after it (unaligned, e.g. a search snippet).
  void add(std::vector<std::string> cells, std::string below = {});
  /// Writes the rows held so far, aligned among themselves.
  void flush();

  /// Rows laid out together: columns line up within a page, and a page at most is held.
  static constexpr std::size_t k_page = 256;

 private:
  std::vector<Column> columns_;
  int width_;
  std::ostream& out_;
  Paint paint_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<std::string> below_;
};

} // namespace debrief::cli
