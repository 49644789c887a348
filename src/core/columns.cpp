// Aligned columns: see columns.hpp.
#include "core/columns.hpp"

#include "core/line_edit.hpp"
#include "core/wrap.hpp"

#include <algorithm>
#include <cstddef>

namespace debrief {

namespace {

/// The fewest columns the free text (or, after it, the last column) is cut to.
constexpr int k_min_cut = 8;

/// The columns before `flex` aligned (widths `w`); the free text then takes what each row's
/// own later cells leave of `width`, and those follow it two spaces apart.
std::vector<std::string> ragged(const std::vector<std::vector<std::string>>& rows, const std::vector<Column>& columns,
                                const std::vector<int>& w, std::size_t flex, int width, const std::string& indent) {
  using line_edit::text_width;
  std::vector<std::string> lines;
  lines.reserve(rows.size());
  for (const auto& r : rows) {
    std::string line = indent;
    for (std::size_t i = 0; i < flex; ++i) {
      if (w[i] == 0) continue;
      std::string cell = i < r.size() ? fit_columns(r[i], w[i]) : std::string();
      const std::string pad(static_cast<std::size_t>(w[i] - text_width(cell)), ' ');
      line += columns[i].right ? pad + cell : cell + pad;
      line += "  ";
    }
    // The cells after the text follow it; the last one gives way (cut, or left out below 8
    // columns) for the text to keep `keep` columns, the others never.
    std::string tail;
    const std::size_t n = std::min(r.size(), columns.size());
    for (std::size_t i = flex + 1; i + 1 < n; ++i)
      if (!r[i].empty()) tail += "  " + r[i];
    const std::string text = flex < r.size() ? r[flex] : std::string();
    const int left = width - text_width(line);
    const int keep = std::min(text_width(text), columns[flex].keep);
    if (n > flex + 1 && !r[n - 1].empty()) {
      const int room = left - keep - text_width(tail) - 2;
      if (text_width(r[n - 1]) <= room)
        tail += "  " + r[n - 1];
      else if (room >= k_min_cut)
        tail += "  " + fit_columns(r[n - 1], room);
    }
    line += fit_columns(text, std::max(left - text_width(tail), k_min_cut)) + tail;
    if (text_width(line) > width) line = fit_columns(line, std::max(width, k_min_cut));
    while (line.size() > indent.size() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

} // namespace

std::vector<std::string> lay_out(const std::vector<std::vector<std::string>>& rows, const std::vector<Column>& columns,
                                 int width, const std::string& indent) {
  using line_edit::text_width;
  const std::size_t n = columns.size();
  std::vector<int> w(n, 0);
  for (const auto& r : rows)
    for (std::size_t i = 0; i < n && i < r.size(); ++i) {
      const int cell = text_width(r[i]);
      w[i] = std::max(w[i], columns[i].max > 0 ? std::min(cell, columns[i].max) : cell);
    }
  int total = text_width(indent);
  for (std::size_t i = 0, shown = 0; i < n; ++i)
    if (w[i] > 0) total += w[i] + (shown++ > 0 ? 2 : 0);
  // Too wide: the free text gives way, then the last column, never below k_min_cut.
  auto give_way = [&](std::size_t i) {
    if (total <= width || w[i] <= k_min_cut) return;
    const int cut = std::min(total - width, w[i] - k_min_cut);
    w[i] -= cut;
    total -= cut;
  };
  std::size_t flex = n;
  for (std::size_t i = 0; i < n; ++i)
    if (columns[i].flex) flex = i;
  if (flex < n) {
    const int natural = w[flex];
    give_way(flex);
    // Squeezed by a few long cells after it: those rows are not aligned after the text instead.
    if (w[flex] < natural && w[flex] < columns[flex].keep) return ragged(rows, columns, w, flex, width, indent);
  }
  std::size_t last = n;
  while (last > 0 && w[last - 1] == 0) --last;
  if (last > 0) give_way(last - 1);

  std::vector<std::string> lines;
  lines.reserve(rows.size());
  for (const auto& r : rows) {
    std::string line = indent;
    bool first = true;
    for (std::size_t i = 0; i < last; ++i) {
      if (w[i] == 0) continue;
      std::string cell = i < r.size() ? fit_columns(r[i], w[i]) : std::string();
      const std::string pad(static_cast<std::size_t>(w[i] - text_width(cell)), ' ');
      if (!first) line += "  ";
      first = false;
      line += columns[i].right ? pad + cell : i + 1 == last ? cell : cell + pad;
    }
    while (line.size() > indent.size() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

} // namespace debrief
