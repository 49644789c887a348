// What the HTML report and the HTML person view share: escaping, the page around them (one
// self-contained file: inline CSS, no script, nothing fetched) and tables. Internal to core.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace debrief::html {

/// Stored text for HTML content or a quoted attribute: made one line and stripped of control
/// sequences (sanitize_line), then `&`, `<`, `>`, `"` and `'` escaped.
std::string escape(std::string_view s);

/// From `<!DOCTYPE html>` to the opening `<body>`: the page's title (escaped here) and its style
/// sheet, made for the screen and for A4 or Letter paper.
std::string page_start(std::string_view title);
/// Closes what page_start opened, after a footer naming the program.
std::string page_end();

/// A table. `head` and the cells are HTML already (escape text first); `numeric[i]`: column i
/// holds numbers, right-aligned. A caption, when given, is text (escaped here).
std::string table(const std::vector<std::string>& head, const std::vector<std::vector<std::string>>& rows,
                  const std::vector<bool>& numeric, std::string_view caption = {});

/// `<h2>` with the text (escaped here), opening a `<section>` that section_end() closes.
std::string section_start(std::string_view title);
std::string section_end();

/// `16 Nov`: a short day for chart axes, from a civil date's day and month (1 to 12).
std::string short_day(unsigned day, unsigned month);

} // namespace debrief::html
