// Rows laid out in aligned columns that fit a width in display columns (a CJK character or
// most emoji take two): `list`, `commitments` and the report's tables.
#pragma once

#include <string>
#include <vector>

namespace debrief {

struct Column {
  bool right = false; ///< right-aligned (numbers); left otherwise
  bool flex = false;  ///< the free text: cut first (with `…`) when the row is too wide
  int max = 0;        ///< cells wider than this are cut (0: no limit)
  int keep = 24;      ///< flex: the columns it keeps before the last column is cut for it
};

/// `rows` as lines: each column as wide as its widest cell, columns two spaces apart after
/// `indent`, the last one not padded and no trailing spaces. A column empty in every row takes
/// no room. When the lines would be wider than `width`, the flex column gives way down to 8
/// columns, then the last column. When that leaves the flex column fewer than its `keep`
/// columns, the cells after it are no longer aligned but follow it in each row, and that row's
/// last cell is cut, or left out, for the text to keep them. A line is wider than `width` only
/// when even that is not enough.
std::vector<std::string> lay_out(const std::vector<std::vector<std::string>>& rows, const std::vector<Column>& columns,
                                 int width, const std::string& indent = "");

} // namespace debrief
