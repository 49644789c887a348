// Wrapping by display columns: see wrap.hpp.
#include "core/wrap.hpp"

#include "core/line_edit.hpp"

#include <algorithm>

namespace debrief {

namespace {

/// The width of `word`, counted only up to `limit` + 1 columns: a word longer than a line is
/// not measured to its end for every line it fills (a 1 MiB word would take minutes).
int width_up_to(std::string_view word, int limit) {
  int used = 0;
  for (std::size_t at = 0; at < word.size() && used <= limit;) {
    const auto next = line_edit::next_cluster(word, at);
    used += line_edit::cluster_width(word.substr(at, next - at));
    at = next;
  }
  return used;
}

/// Appends one paragraph (no newline) to `lines`, the first line `first` columns wide.
void wrap_paragraph(std::string_view text, int first, int rest, std::vector<std::string>& lines) {
  std::string line;
  int used = 0;
  int room = std::max(first, 1);
  auto flush = [&](bool at_break) {
    while (at_break && !line.empty() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
    line.clear();
    used = 0;
    room = std::max(rest, 1);
  };
  std::size_t at = 0;
  while (at < text.size()) {
    if (text[at] == ' ') {
      if (used < room) { // a space at the very end of a line is where it breaks
        line += ' ';
        ++used;
      } else
        flush(true);
      ++at;
      continue;
    }
    std::size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(at, end - at);
    const int w = width_up_to(word, std::max({room, rest, 1}));
    if (used + w <= room) {
      line += word;
      used += w;
      at = end;
      continue;
    }
    if (used > 0 && w <= std::max(rest, 1)) { // the word fits on a line of its own
      flush(true);
      continue;
    }
    // Wider than a whole line: as many characters as fit, the rest on the next line.
    std::size_t cut = at;
    while (cut < end) {
      std::size_t next = line_edit::next_cluster(text, cut);
      if (text[cut] == '\\' && next < end) next = line_edit::next_cluster(text, next); // an escape stays whole
      const int cw = line_edit::text_width(text.substr(cut, next - cut));
      if (used + cw > room && used > 0) break;
      line += text.substr(cut, next - cut);
      used += cw;
      cut = next;
    }
    at = cut;
    if (at < end) flush(true);
  }
  flush(false);
}

} // namespace

std::vector<std::string> wrap(std::string_view text, int first, int rest) {
  std::vector<std::string> lines;
  for (;;) {
    const std::size_t nl = text.find('\n');
    wrap_paragraph(text.substr(0, nl), lines.empty() ? first : rest, rest, lines);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return lines;
}

std::string wrap_with(std::string_view prefix, std::string_view text, int width, std::string_view indent) {
  const auto lines = wrap(text, width - line_edit::text_width(prefix), width - line_edit::text_width(indent));
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += i == 0 ? prefix : indent;
    out += lines[i];
    out += '\n';
  }
  return out;
}

std::string fit_columns(std::string_view text, int columns) {
  using line_edit::cluster_width, line_edit::next_cluster, line_edit::text_width;
  if (text_width(text) <= columns) return std::string(text);
  std::size_t end = 0;
  for (int used = 0; end < text.size();) {
    const auto next = next_cluster(text, end);
    used += cluster_width(text.substr(end, next - end));
    if (used > columns - 1) break;
    end = next;
  }
  // Cut between words when that keeps most of the room: "Great discovery…", not "discove…".
  const auto space = text.substr(0, end).find_last_of(' ');
  if (space != std::string_view::npos && text_width(text.substr(0, space)) * 3 >= (columns - 1) * 2) end = space;
  while (end > 0 && text[end - 1] == ' ') --end;
  return std::string(text.substr(0, end)) + "…";
}

} // namespace debrief
