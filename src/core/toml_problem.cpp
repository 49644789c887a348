// toml++ parse errors in plain words: see toml_problem.hpp.
#include "core/toml_problem.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>

namespace debrief {

namespace {

/// The byte at 1-based `line`:`column` of `text`, or '\n' past the end of the line or the file.
char char_at(std::string_view text, long line, long column) {
  std::size_t at = 0;
  for (long l = 1; l < line; ++l) {
    at = text.find('\n', at);
    if (at == std::string_view::npos) return '\n';
    ++at;
  }
  at += static_cast<std::size_t>(column > 0 ? column - 1 : 0);
  return at < text.size() ? text[at] : '\n';
}

/// The name in "... 'name' ..." after `from` in `s`, if any.
std::optional<std::string_view> quoted_after(std::string_view s, std::size_t from) {
  auto open = s.find('\'', from);
  auto close = open == std::string_view::npos ? open : s.find('\'', open + 1);
  if (close == std::string_view::npos) return std::nullopt;
  return s.substr(open + 1, close - open - 1);
}

bool has(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

} // namespace

std::optional<std::string> plain_toml_problem(std::string_view description, std::string_view text, long line,
                                              long column) {
  // "Error while parsing <what>: <problem>"
  constexpr std::string_view lead = "Error while parsing ";
  std::string_view what;
  std::string_view problem = description;
  if (description.starts_with(lead)) {
    auto colon = description.find(": ", lead.size());
    if (colon != std::string_view::npos) {
      what = description.substr(lead.size(), colon - lead.size());
      problem = description.substr(colon + 2);
    }
  }
  if (auto at = problem.find("cannot redefine existing "); at != std::string_view::npos) {
    auto name = quoted_after(problem, at);
    if (!name) return "a key or table is defined twice";
    if (has(problem, "existing table '") && what == "table header")
      return fmt::format("the table [{}] is defined twice", *name);
    return fmt::format("'{}' is defined twice", *name);
  }
  if (what == "string" || what == "literal string") {
    if (has(problem, "end-of-file")) return "a quoted string is not closed before the end of the file";
    if (has(problem, "control characters")) {
      const char c = char_at(text, line, column);
      if (c == '\n' || c == '\r') return "a quoted string is not closed on its line (add the closing quote)";
      return "a control character in a quoted string (write it as an escape such as \\t)";
    }
    if (has(problem, "escape sequence"))
      return "an unknown escape in a quoted string (write \\\\ for a backslash, or use 'single quotes')";
    return "a malformed quoted string";
  }
  if (has(problem, "expected '=', saw")) return "a key without '= value' (write key = value)";
  if (what == "key-value pair" && (problem.starts_with("expected value, saw") || has(problem, "end-of-file")))
    return "a key with no value after '='";
  if (what == "key-value pair" && problem.starts_with("expected a comment or whitespace"))
    return "more after the value (one key = value per line; quote text with spaces)";
  if (what == "value" || what == "boolean")
    return "a value that is not a quoted string, number, true/false, date or array (quote text: \"like this\")";
  if (has(what, "integer") || has(what, "floating-point")) return "a malformed number";
  if (what == "date" || what == "time" || has(what, "date-time")) return "a malformed date or time";
  if (what == "table header") return "a malformed table header (write [name] on a line of its own)";
  if (what == "array") return "an array without its closing ']' (write [\"a\", \"b\"])";
  if (what == "inline table") return "a malformed inline table (write { key = value, ... } on one line)";
  if (what == "key") return "a malformed key (letters, digits, '-' and '_', or a quoted key)";
  if (what == "root table") return "a line that is not key = value, [table] or a # comment";
  return std::nullopt;
}

} // namespace debrief
