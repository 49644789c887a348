// Rendering a Report: text (with small charts), Markdown, JSON (schema debrief.report/2), CSV
// and HTML. Each writes to the stream it is given as it goes: a report's lists of overdue commitments
// and lessons are read from their sources while they are written, never held whole.
#pragma once

#include "core/report.hpp"

#include <iosfwd>
#include <string>

namespace debrief {

struct RenderStyle {
  const Zone* zone = nullptr; ///< for dates
  Seconds now = 0;            ///< dates in this year omit the year
  bool utf8 = true;           ///< Unicode bars and sparklines; ASCII otherwise
  bool color = false;         ///< ANSI bold section titles
  int width = 80;             ///< text output fits this many terminal columns
};

inline constexpr const char* k_report_schema = "debrief.report/2";

void render_text(const Report& r, const RenderStyle& style, std::ostream& out);
void render_markdown(const Report& r, const RenderStyle& style, std::ostream& out);
void render_json(const Report& r, const RenderStyle& style, std::ostream& out);
void render_csv(const Report& r, const RenderStyle& style, std::ostream& out);
/// One self-contained HTML page (inline CSS and SVG charts, no script, nothing fetched), for the
/// screen and for print; every stored string escaped.
void render_html(const Report& r, const RenderStyle& style, std::ostream& out);

/// A chart of values in [0, 1] (nullopt: no data), one character each.
std::string sparkline(const std::vector<std::optional<double>>& values, bool utf8);

} // namespace debrief
