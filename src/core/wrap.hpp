// Text broken into lines that fit a width in display columns (a CJK character or most emoji
// take two), at spaces where it can and by characters where a word is wider than the line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace debrief {

/// `text` as lines of at most `first` columns for the first and `rest` for the others (room
/// left after a prompt or a hanging indent, which the caller adds). A newline in the text
/// starts a line; spaces where a line breaks are dropped, others kept; an empty text is one
/// empty line.
/// A width below 1 counts as 1. A word cut between characters is never cut between a backslash
/// and the character after it (a Markdown escape).
std::vector<std::string> wrap(std::string_view text, int first, int rest);

/// `text` wrapped to `width` columns, every line after `prefix` (the first) or `indent` (the
/// others, e.g. spaces as wide as the prefix), joined by newlines with a final one.
std::string wrap_with(std::string_view prefix, std::string_view text, int width, std::string_view indent);

/// `text` cut to `columns` terminal columns or fewer, ending in `…` when cut (one line of a
/// list; the full text is elsewhere): between words when that keeps two thirds of the room,
/// else between whole characters.
std::string fit_columns(std::string_view text, int columns);

} // namespace debrief
