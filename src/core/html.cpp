// HTML pages and tables: see html.hpp.
#include "core/html.hpp"

#include "core/sanitize.hpp"

#include <fmt/format.h>

namespace debrief::html {

namespace {

/// The length of the noncharacter (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) at `s[i]` in UTF-8, or 0:
/// valid text, yet an HTML parse error, so the page shows U+FFFD instead.
std::size_t noncharacter_at(std::string_view s, std::size_t i) {
  char32_t cp = 0;
  const std::size_t n = decode_utf8(s, i, cp);
  return n > 0 && ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) ? n : 0;
}

} // namespace

std::string escape(std::string_view s) {
  std::string out;
  const std::string line = sanitize_line(s);
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (const auto n = noncharacter_at(line, i); n > 0) {
      out += "\uFFFD";
      i += n - 1;
      continue;
    }
    const char c = line[i];
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

namespace {

// A print-safe palette (Okabe–Ito, readable in grey too); no font, image or sheet is fetched.
constexpr const char* k_style = R"(@page { size: auto; margin: 15mm; }
:root { color-scheme: light; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  max-width: 60rem; margin: 0 auto; padding: 1.5rem; color: #1a1a1a; background: #fff; line-height: 1.4;
  overflow-wrap: break-word; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid #bbb;
  break-after: avoid; }
p { margin: .3rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5rem 0; break-inside: avoid; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { padding: .25rem .4rem; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
td:first-child { white-space: nowrap; }
th { background: #f0f0f0; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
figure { margin: .5rem 0; break-inside: avoid; }
figcaption { font-size: .85rem; color: #444; }
svg { max-width: 100%; height: auto; font-family: inherit; }
ul, ol { padding-left: 1.4rem; }
li { margin: .2rem 0; break-inside: avoid; }
.below { color: #a3001b; font-weight: 600; }
.muted { color: #555; }
footer { margin-top: 2rem; font-size: .8rem; color: #555; }
@media print { body { padding: 0; max-width: none; font-size: 10pt; } h2 { margin-top: 1rem; } }
)";

} // namespace

std::string page_start(std::string_view title) {
  return fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n",
                     escape(title), k_style);
}

std::string page_end() { return "<footer>Made by debrief, the coaching journal.</footer>\n</body>\n</html>\n"; }

std::string table(const std::vector<std::string>& head, const std::vector<std::vector<std::string>>& rows,
                  const std::vector<bool>& numeric, std::string_view caption) {
  auto cls = [&](std::size_t i) { return i < numeric.size() && numeric[i] ? " class=\"n\"" : ""; };
  std::string out = "<table>\n";
  if (!caption.empty()) out += fmt::format("<caption>{}</caption>\n", escape(caption));
  out += "<thead><tr>";
  for (std::size_t i = 0; i < head.size(); ++i) out += fmt::format("<th scope=\"col\"{}>{}</th>", cls(i), head[i]);
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& r : rows) {
    out += "<tr>";
    for (std::size_t i = 0; i < r.size(); ++i) out += fmt::format("<td{}>{}</td>", cls(i), r[i]);
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string section_start(std::string_view title) { return fmt::format("<section>\n<h2>{}</h2>\n", escape(title)); }

std::string section_end() { return "</section>\n"; }

std::string short_day(unsigned day, unsigned month) {
  static const char* const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return fmt::format("{} {}", day, month >= 1 && month <= 12 ? names[month - 1] : "?");
}

} // namespace debrief::html
