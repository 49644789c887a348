// Inline SVG charts: see svg.hpp. Coordinates are written with one decimal.
#include "core/svg.hpp"

#include "core/html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace debrief::svg {

namespace {

/// At most `n` code points of `s`, with `…` when cut (legend and bar labels have a fixed room).
std::string cut(std::string_view s, std::size_t n) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (points++ == n) return std::string(s.substr(0, i)) + "…";
  }
  return std::string(s);
}

std::optional<double> usable(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return std::nullopt;
  return std::clamp(*v, 0.0, 1.0);
}

std::string open_svg(std::string_view title, double width, double height) {
  return fmt::format("<svg viewBox=\"0 0 {0:.0f} {1:.0f}\" width=\"{0:.0f}\" height=\"{1:.0f}\" role=\"img\" "
                     "font-size=\"12\">\n<title>{2}</title>\n",
                     width, height, html::escape(title));
}

std::string no_data(double x, double y) {
  return fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"#555\">no data</text>\n", x, y);
}

std::string pct_text(double v) { return fmt::format("{}%", std::lround(v * 100)); }

/// The chart's frame: horizontal grid lines and their labels every 25%, the x labels.
std::string line_axes(const std::vector<std::string>& x_labels) {
  std::string out;
  for (int step = 0; step <= 4; ++step) {
    double y = y_of(step / 4.0);
    out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#ddd\"/>\n", k_left, y,
                       k_left + k_plot_width, y);
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"#444\">{}</text>\n", k_left - 6,
                       y + 4, pct_text(step / 4.0));
  }
  for (std::size_t i = 0; i < x_labels.size(); ++i)
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"#444\">{}</text>\n",
                       x_of(i, x_labels.size()), k_top + k_plot_height + 18, html::escape(x_labels[i]));
  return out;
}

/// A series' lines (one polyline per run of weeks with values) and a dot per value.
std::string line_series(const Series& s, std::size_t index, const std::vector<std::string>& x_labels) {
  const char* colour = k_palette[index % std::size(k_palette)];
  // Past the palette, lines are dashed as well, so that two series never look the same.
  std::string dash = index >= std::size(k_palette) ? " stroke-dasharray=\"2 3\"" : "";
  std::string out, points, dots;
  auto flush = [&] {
    if (points.find(' ') != std::string::npos)
      out += fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{} points=\"{}\"/>\n", colour, dash,
                         points);
    points.clear();
  };
  const std::size_t n = x_labels.size();
  for (std::size_t i = 0; i < n; ++i) {
    auto v = i < s.values.size() ? usable(s.values[i]) : std::nullopt;
    if (!v) {
      flush();
      continue;
    }
    auto point = fmt::format("{:.1f},{:.1f}", x_of(i, n), y_of(*v));
    points += points.empty() ? point : " " + point;
    dots +=
        fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\" fill=\"{}\"><title>{} · {}: {}</title></circle>\n",
                    x_of(i, n), y_of(*v), colour, html::escape(s.name), html::escape(x_labels[i]), pct_text(*v));
  }
  flush();
  return out + dots;
}

} // namespace

double y_of(double ratio) { return k_top + (1 - std::clamp(ratio, 0.0, 1.0)) * k_plot_height; }

double x_of(std::size_t i, std::size_t n) {
  return k_left + (static_cast<double>(i) + 0.5) * k_plot_width / static_cast<double>(std::max<std::size_t>(n, 1));
}

std::string line_chart(std::string_view title, const std::vector<std::string>& x_labels,
                       const std::vector<Series>& series, std::optional<double> target) {
  const double legend_row = 18;
  const double height = std::max(k_line_height, k_top + legend_row * static_cast<double>(series.size()) + 8);
  std::string out = open_svg(title, k_line_width, height) + line_axes(x_labels);
  bool any = false;
  for (const auto& s : series)
    for (std::size_t i = 0; i < x_labels.size() && i < s.values.size(); ++i) any = any || usable(s.values[i]);
  if (target && std::isfinite(*target)) {
    double y = y_of(*target);
    out +=
        fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\" stroke-width=\"1.5\" "
                    "stroke-dasharray=\"6 4\"><title>target {}</title></line>\n",
                    k_left, y, k_left + k_plot_width, y, k_target, pct_text(*target));
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"{}\">target {}</text>\n",
                       k_left + k_plot_width - 2, y - 4, k_target, pct_text(*target));
  }
  if (!any) return out + no_data(k_left + k_plot_width / 2, k_top + k_plot_height / 2) + "</svg>\n";
  const double legend_x = k_left + k_plot_width + 16;
  for (std::size_t i = 0; i < series.size(); ++i) {
    out += line_series(series[i], i, x_labels);
    double y = k_top + legend_row * static_cast<double>(i);
    out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"12\" height=\"4\" fill=\"{}\"/>"
                       "<text x=\"{:.1f}\" y=\"{:.1f}\" fill=\"#1a1a1a\">{}</text>\n",
                       legend_x, y - 2, k_palette[i % std::size(k_palette)], legend_x + 18, y + 4,
                       html::escape(cut(series[i].name, 16)));
  }
  return out + "</svg>\n";
}

std::string bar_chart(std::string_view title, const std::vector<BarRow>& rows, double max,
                      std::optional<double> marker) {
  const double top = 8, bar = 14;
  const double height = top * 2 + k_bar_row * static_cast<double>(std::max<std::size_t>(rows.size(), 1));
  std::string out = open_svg(title, k_bar_width, height);
  if (rows.empty()) return out + no_data(k_bar_width / 2, height / 2 + 4) + "</svg>\n";
  if (!std::isfinite(max) || max < 1) max = 1;
  auto width_of = [&](double v) { return std::isfinite(v) ? std::clamp(v, 0.0, max) / max * k_bar_span : 0.0; };
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& row = rows[r];
    double y = top + k_bar_row * static_cast<double>(r);
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"#1a1a1a\">{}</text>\n",
                       k_bar_left - 8, y + bar - 2, html::escape(cut(row.label, 24)));
    out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"#f0f0f0\"/>\n",
                       k_bar_left, y, k_bar_span, bar);
    double x = k_bar_left;
    for (const auto& s : row.segments) {
      double w = width_of(s.value);
      if (w <= 0) continue;
      out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\">"
                         "<title>{}</title></rect>\n",
                         x, y, w, bar, s.colour, html::escape(s.label));
      x += w;
    }
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" fill=\"#1a1a1a\">{}</text>\n", k_bar_left + k_bar_span + 10,
                       y + bar - 2, html::escape(row.note));
  }
  if (marker && std::isfinite(*marker)) {
    double x = k_bar_left + width_of(*marker);
    out +=
        fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\" stroke-width=\"1.5\" "
                    "stroke-dasharray=\"4 3\"/>\n",
                    x, top - 4, x, height - top + 4, k_target);
  }
  return out + "</svg>\n";
}

} // namespace debrief::svg
