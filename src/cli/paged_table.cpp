// Rows in aligned columns, a page at a time: see paged_table.hpp.
#include "cli/paged_table.hpp"

#include <ostream>
#include <utility>

namespace debrief::cli {

PagedTable::PagedTable(std::vector<Column> columns, int width, std::ostream& out, Paint paint)
    : columns_(std::move(columns)), width_(width), out_(out), paint_(std::move(paint)) {}

void PagedTable::add(std::vector<std::string> cells, std::string below) {
  rows_.push_back(std::move(cells));
  below_.push_back(std::move(below));
  if (rows_.size() >= k_page) flush();
}

void PagedTable::flush() {
  if (rows_.empty()) return;
  auto lines = lay_out(rows_, columns_, width_);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (paint_) paint_(lines[i], rows_[i]);
    out_ << lines[i] << '\n';
    if (!below_[i].empty()) out_ << below_[i] << '\n';
  }
  rows_.clear();
  below_.clear();
}

} // namespace debrief::cli
