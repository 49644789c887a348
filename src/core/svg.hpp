// Small charts for the HTML pages, drawn by us as inline SVG (no script, no library): a line
// chart of ratios in [0, 1] against a target, and horizontal bars. Labels are escaped here.
// Internal to core.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief::svg {

/// Line charts in viewBox units: the plot spans x from k_left to k_left + k_plot_width and y from
/// k_top (100%) to k_top + k_plot_height (0%); the legend goes on the right.
inline constexpr double k_left = 48, k_plot_width = 552, k_top = 20, k_plot_height = 160;
inline constexpr double k_line_width = 780, k_line_height = 220;

/// A colour-blind-safe palette that stays apart in grey print (Okabe–Ito), and the colours of
/// yes / partly / no.
inline constexpr const char* k_palette[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                            "#E69F00", "#56B4E9", "#000000"};
inline constexpr const char* k_yes = "#009E73";
inline constexpr const char* k_partly = "#E69F00";
inline constexpr const char* k_no = "#D55E00";
inline constexpr const char* k_target = "#a3001b";

/// One line of a line chart: a value per x label, nullopt (or not finite) where there is none.
struct Series {
  std::string name;
  std::vector<std::optional<double>> values;
};

/// The y coordinate of a ratio (clamped to [0, 1]).
double y_of(double ratio);
/// The x coordinate of the i-th of n labels (the middle of its slot).
double x_of(std::size_t i, std::size_t n);

/// Ratios by x label, y from 0 to 100%, a dashed line at `target`, a legend naming each series.
/// With no value at all it draws the axes and says "no data". `title` is the chart's text
/// alternative (its <title>).
std::string line_chart(std::string_view title, const std::vector<std::string>& x_labels,
                       const std::vector<Series>& series, std::optional<double> target);

struct Segment {
  double value = 0;
  const char* colour = k_palette[0];
  std::string label; ///< what the segment is, for its tooltip (`yes 2`)
};

/// A horizontal bar: its label on the left, segments stacked left to right, a note on the right.
struct BarRow {
  std::string label;
  std::vector<Segment> segments;
  std::string note;
};

/// Bars in viewBox units: labels end at k_bar_left, bars span k_bar_span, notes start after.
inline constexpr double k_bar_left = 170, k_bar_span = 300, k_bar_width = 780, k_bar_row = 26;

/// Horizontal bars scaled so that `max` spans the whole width (at least 1), with a dashed line
/// at `marker` when given; with no rows it says "no data".
std::string bar_chart(std::string_view title, const std::vector<BarRow>& rows, double max,
                      std::optional<double> marker = std::nullopt);

} // namespace debrief::svg
