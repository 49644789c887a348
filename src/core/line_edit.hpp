// The line editor of the interview prompts, as values: keys decoded from the bytes a terminal
// sends, edits of a line by whole characters (grapheme clusters: a letter with its combining
// marks, a CJK character, an emoji sequence), and where each character lands on a screen of a
// given width. No I/O: cli/line_reader.cpp reads the terminal and draws what this computes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace debrief::line_edit {

enum class Action {
  none,   ///< a key that does nothing here (an unknown sequence, a lone Esc)
  insert, ///< Key::text is inserted at the cursor
  left,
  right,
  home,
  end,
  word_left,
  word_right,
  backspace,           ///< the character before the cursor
  delete_char,         ///< the character under the cursor (Delete)
  delete_word_back,    ///< Ctrl-W, Alt-Backspace
  delete_word_forward, ///< Alt-D
  kill_to_start,       ///< Ctrl-U
  kill_to_end,         ///< Ctrl-K
  history_prev,
  history_next,
  enter,
  interrupt,     ///< Ctrl-C
  eof_or_delete, ///< Ctrl-D: end of input on an empty line, else delete_char
  redraw,        ///< Ctrl-L
  tab,
  paste_start,
  paste_end, ///< bracketed paste: what comes between is text, newlines included
};

struct Key {
  Action action = Action::none;
  std::string text; ///< for insert
};

/// The first key in `bytes` and how many bytes it takes. Returns 0 bytes when `bytes` may be
/// the start of a longer key (an escape sequence, a UTF-8 sequence) unless `complete` says no
/// more bytes are coming soon (then a lone Esc is Action::none). In a paste, every byte is text
/// (CR, LF and CR LF are a newline) up to the paste's end. A byte that is not UTF-8 is inserted
/// as it is: what is typed is kept exactly, and checked when the line is entered.
std::pair<Key, std::size_t> decode_key(std::string_view bytes, bool in_paste, bool complete);

/// A line being edited: UTF-8 text and the cursor, a byte offset at a cluster boundary.
struct Line {
  std::string text;
  std::size_t cursor = 0;
};

/// Applies an editing key (insert, moves, deletions); the others leave the line as it is.
void apply(Line& line, const Key& key);

/// The cluster boundary before/after `pos` (0 and text.size() at the ends). A byte that is not
/// part of well-formed UTF-8 is a cluster of its own.
std::size_t prev_cluster(std::string_view text, std::size_t pos);
std::size_t next_cluster(std::string_view text, std::size_t pos);

/// The columns a cluster takes: 2 for wide (CJK, most emoji), 1 otherwise, also for a control
/// character or a byte that is not UTF-8, shown as a replacement.
int cluster_width(std::string_view cluster);

/// Columns of a whole one-line text.
int text_width(std::string_view text);

struct Position {
  int row = 0, col = 0;
};

/// The prompt and the line drawn from the start of a row on a screen `columns` wide: the rows
/// to write (wrapping made explicit, never left to the terminal; newlines in the text start a
/// row; control characters and bytes that are not UTF-8 drawn as `?`, a tab as a space; a last
/// row filled to the edge is followed by an empty one), and where the text ends and the cursor
/// stands, in rows below the first and columns.
struct Layout {
  std::vector<std::string> rows;
  Position end;
  Position cursor;
  /// Rows `first` to `first + count` (clamped), joined by CR LF: what to write.
  std::string drawn(std::size_t first = 0, std::size_t count = std::string::npos) const;
};
Layout layout(std::string_view prompt, const Line& line, int columns);

} // namespace debrief::line_edit
