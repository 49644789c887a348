// The line editor as values: see line_edit.hpp.
#include "core/line_edit.hpp"

#include "core/sanitize.hpp"
#include "core/unicode.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <string>

namespace debrief::line_edit {

namespace {

/// The code point at `pos` and its length; length 0 for a byte that is not well-formed UTF-8.
std::pair<char32_t, std::size_t> code_point(std::string_view text, std::size_t pos) {
  char32_t cp = 0;
  const std::size_t n = decode_utf8(text, pos, cp);
  return {cp, n};
}

/// Whether a byte sequence starting at `pos` could become a whole UTF-8 sequence with more
/// bytes: a lead byte followed only by continuation bytes, too few of them.
bool incomplete_utf8(std::string_view bytes, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(bytes[pos]);
  const std::size_t need = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
  if (need == 0 || bytes.size() - pos >= need) return false;
  for (std::size_t i = pos + 1; i < bytes.size(); ++i)
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) return false;
  return true;
}

bool is_word(std::string_view cluster) {
  const auto [cp, n] = code_point(cluster, 0);
  if (n == 0) return true;
  const auto k = unicode::kind_of(cp);
  return k == unicode::Kind::letter || k == unicode::Kind::mark || k == unicode::Kind::number;
}

std::string_view cluster_at(std::string_view text, std::size_t pos) {
  return text.substr(pos, next_cluster(text, pos) - pos);
}

std::size_t word_left(std::string_view text, std::size_t pos) {
  while (pos > 0 && !is_word(cluster_at(text, prev_cluster(text, pos)))) pos = prev_cluster(text, pos);
  while (pos > 0 && is_word(cluster_at(text, prev_cluster(text, pos)))) pos = prev_cluster(text, pos);
  return pos;
}

std::size_t word_right(std::string_view text, std::size_t pos) {
  while (pos < text.size() && !is_word(cluster_at(text, pos))) pos = next_cluster(text, pos);
  while (pos < text.size() && is_word(cluster_at(text, pos))) pos = next_cluster(text, pos);
  return pos;
}

/// A CSI sequence's key from its parameters and final byte.
Action csi_action(std::string_view params, char final) {
  const bool modified = params.find(';') != std::string_view::npos; // 1;5C: Ctrl, 1;3C: Alt
  switch (final) {
  case 'A': return Action::history_prev;
  case 'B': return Action::history_next;
  case 'C': return modified ? Action::word_right : Action::right;
  case 'D': return modified ? Action::word_left : Action::left;
  case 'H': return Action::home;
  case 'F': return Action::end;
  case '~':
    if (params == "1" || params == "7") return Action::home;
    if (params == "4" || params == "8") return Action::end;
    if (params == "3") return Action::delete_char;
    if (params == "200") return Action::paste_start;
    if (params == "201") return Action::paste_end;
    return Action::none;
  default: return Action::none;
  }
}

Action control_action(unsigned char c) {
  switch (c) {
  case 0x01: return Action::home;
  case 0x02: return Action::left;
  case 0x03: return Action::interrupt;
  case 0x04: return Action::eof_or_delete;
  case 0x05: return Action::end;
  case 0x06: return Action::right;
  case 0x08: return Action::backspace;
  case 0x09: return Action::tab; // inserted as text by apply: every key typed is kept
  case 0x0A:
  case 0x0D: return Action::enter;
  case 0x0B: return Action::kill_to_end;
  case 0x0C: return Action::redraw;
  case 0x0E: return Action::history_next;
  case 0x10: return Action::history_prev;
  case 0x15: return Action::kill_to_start;
  case 0x17: return Action::delete_word_back;
  case 0x7F: return Action::backspace;
  default: return Action::none;
  }
}

/// Text bytes from the front of `bytes`, up to the first control byte or Esc (all of them in
/// a paste, but for its end), each UTF-8 sequence whole; 0 when the first is incomplete.
std::size_t text_run(std::string_view bytes, bool in_paste, bool complete) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0x1B || (!in_paste && (c < 0x20 || c == 0x7F)) || (in_paste && (c == '\r' || c == '\n'))) break;
    if (c >= 0x80) {
      if (incomplete_utf8(bytes, i)) {
        if (complete) ++i; // what is there is all there is: kept as it came
        break;
      }
      char32_t cp = 0;
      const std::size_t n = decode_utf8(bytes, i, cp);
      i += n == 0 ? 1 : n;
      continue;
    }
    ++i;
  }
  return i;
}

} // namespace

std::pair<Key, std::size_t> decode_key(std::string_view bytes, bool in_paste, bool complete) {
  if (bytes.empty()) return {Key{}, 0};
  const auto c = static_cast<unsigned char>(bytes[0]);
  if (c == 0x1B) {
    if (bytes.size() == 1) return {Key{}, complete ? 1u : 0u};
    if (bytes[1] == '[') {
      std::size_t i = 2;
      while (i < bytes.size() && !(bytes[i] >= 0x40 && bytes[i] <= 0x7E)) ++i;
      if (i >= bytes.size()) return {Key{}, complete ? bytes.size() : 0};
      const auto action = csi_action(bytes.substr(2, i - 2), bytes[i]);
      if (in_paste && action != Action::paste_end)
        return {Key{Action::insert, std::string(bytes.substr(0, i + 1))}, i + 1};
      return {Key{action, {}}, i + 1};
    }
    if (in_paste) return {Key{Action::insert, "\x1b"}, 1};
    if (bytes[1] == 'O') {
      if (bytes.size() < 3) return {Key{}, complete ? 2u : 0u};
      return {Key{csi_action({}, bytes[2]), {}}, 3};
    }
    // Alt (Meta) with a key.
    switch (bytes[1]) {
    case 'b':
    case 'B': return {Key{Action::word_left, {}}, 2};
    case 'f':
    case 'F': return {Key{Action::word_right, {}}, 2};
    case 'd':
    case 'D': return {Key{Action::delete_word_forward, {}}, 2};
    case 0x7F:
    case 0x08: return {Key{Action::delete_word_back, {}}, 2};
    default: return {Key{}, 2};
    }
  }
  if (in_paste && (c == '\r' || c == '\n')) {
    if (c == '\r' && bytes.size() == 1 && !complete) return {Key{}, 0}; // a LF may follow
    const std::size_t n = c == '\r' && bytes.size() > 1 && bytes[1] == '\n' ? 2 : 1;
    return {Key{Action::insert, "\n"}, n};
  }
  if (!in_paste && (c < 0x20 || c == 0x7F)) return {Key{control_action(c), {}}, 1};
  const std::size_t n = text_run(bytes, in_paste, complete);
  if (n == 0) return {Key{}, 0};
  return {Key{Action::insert, std::string(bytes.substr(0, n))}, n};
}

namespace {

/// Whether the byte at `pos` is a cluster of its own for sure: ASCII followed by ASCII (or
/// the end) breaks everywhere but inside CR LF; the common case, taken without utf8proc.
bool ascii_cluster(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  return c < 0x80 && c != '\r' && (pos + 1 == text.size() || static_cast<unsigned char>(text[pos + 1]) < 0x80);
}

} // namespace

std::size_t next_cluster(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return text.size();
  if (ascii_cluster(text, pos)) return pos + 1;
  auto [prev, n] = code_point(text, pos);
  if (n == 0) return pos + 1;
  std::size_t end = pos + n;
  utf8proc_int32_t state = 0;
  while (end < text.size()) {
    const auto [cp, m] = code_point(text, end);
    if (m == 0) break;
    if (utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(prev), static_cast<utf8proc_int32_t>(cp),
                                         &state))
      break;
    prev = cp;
    end += m;
  }
  return end;
}

std::size_t prev_cluster(std::string_view text, std::size_t pos) {
  pos = std::min(pos, text.size());
  std::size_t at = 0, last = 0;
  while (at < pos) {
    last = at;
    at = next_cluster(text, at);
  }
  return last;
}

int cluster_width(std::string_view cluster) {
  const auto [cp, n] = code_point(cluster, 0);
  if (n == 0 || cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 1;       // drawn as '?'
  if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return 2;                         // a flag's regional indicators
  if (cluster.find("\xEF\xB8\x8F") != std::string_view::npos) return 2; // U+FE0F: emoji presentation
  const int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
  return w <= 0 ? 1 : w; // an invisible character is drawn as '?', never hidden
}

int text_width(std::string_view text) {
  int w = 0;
  for (std::size_t at = 0; at < text.size();) {
    if (ascii_cluster(text, at)) { // one column, as cluster_width says of any ASCII byte
      ++w;
      ++at;
      continue;
    }
    const std::size_t next = next_cluster(text, at);
    w += cluster_width(text.substr(at, next - at));
    at = next;
  }
  return w;
}

void apply(Line& line, const Key& key) {
  auto& t = line.text;
  auto& c = line.cursor;
  auto erase = [&](std::size_t from, std::size_t to) {
    t.erase(from, to - from);
    c = from;
  };
  switch (key.action) {
  case Action::insert:
    t.insert(c, key.text);
    c += key.text.size();
    break;
  case Action::tab:
    t.insert(c, 1, '\t');
    c += 1;
    break;
  case Action::left: c = prev_cluster(t, c); break;
  case Action::right: c = next_cluster(t, c); break;
  case Action::home: c = 0; break;
  case Action::end: c = t.size(); break;
  case Action::word_left: c = word_left(t, c); break;
  case Action::word_right: c = word_right(t, c); break;
  case Action::backspace:
    if (c > 0) erase(prev_cluster(t, c), c);
    break;
  case Action::delete_char:
  case Action::eof_or_delete:
    if (c < t.size()) t.erase(c, next_cluster(t, c) - c);
    break;
  case Action::delete_word_back: erase(word_left(t, c), c); break;
  case Action::delete_word_forward: t.erase(c, word_right(t, c) - c); break;
  case Action::kill_to_start: erase(0, c); break;
  case Action::kill_to_end: t.erase(c); break;
  default: break;
  }
}

std::string Layout::drawn(std::size_t first, std::size_t count) const {
  std::string out;
  for (std::size_t r = first; r < rows.size() && r - first < count; ++r) {
    if (r > first) out += "\r\n";
    out += rows[r];
  }
  return out;
}

Layout layout(std::string_view prompt, const Line& line, int columns) {
  columns = std::max(columns, 2);
  Layout out;
  out.rows.emplace_back();
  Position at;
  auto newline = [&] {
    out.rows.emplace_back();
    ++at.row;
    at.col = 0;
  };
  auto draw = [&](std::string_view text, std::size_t cursor) {
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t next = next_cluster(text, i);
      const std::string_view cluster = text.substr(i, next - i);
      if (cluster == "\n") {
        if (i == cursor) out.cursor = at;
        newline();
        i = next;
        continue;
      }
      const int w = cluster_width(cluster);
      if (at.col + w > columns) newline();
      if (i == cursor) out.cursor = at;
      const auto [cp, n] = code_point(cluster, 0);
      if (n == 0 || cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ||
          utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp)) <= 0)
        out.rows.back() += cp == '\t' ? " " : "?";
      else
        out.rows.back() += cluster;
      at.col += w;
      i = next;
    }
  };
  draw(prompt, std::string_view::npos);
  draw(line.text, line.cursor);
  if (at.col >= columns) newline(); // out of the terminal's pending wrap, onto the next row
  out.end = at;
  if (line.cursor >= line.text.size()) out.cursor = at;
  return out;
}

} // namespace debrief::line_edit
