// The recap as a Markdown note (`show --format markdown`): see recap.hpp. User text is escaped
// twice over: its inline markup everywhere (markdown_escape), and what would start a block
// (a heading, a list item, a quote, a rule) wherever wrapping puts it at the start of a row.
#include "core/line_edit.hpp"
#include "core/recap.hpp"
#include "core/recap_detail.hpp"
#include "core/sanitize.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>

namespace debrief {

namespace {

/// Whether `s[i]` ('&') starts a character reference (`&amp;`, `&#38;`), which Markdown would
/// turn into the character.
bool starts_entity(std::string_view s, std::size_t i) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') ++j;
  const std::size_t start = j;
  while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
  return j > start && j < s.size() && s[j] == ';';
}

bool space_or_end(std::string_view s, std::size_t i) { return i >= s.size() || s[i] == ' '; }

/// Escapes what the row's text from `at` would begin a block with: an ATX heading (`# `), a
/// bullet (`- `, `+ `, `* `), an ordered item (`1. `, `1) `), a rule or a setext underline (a
/// row of `-`, `=`, `*` or `_` and spaces).
void escape_row_start(std::string& row, std::size_t at) {
  if (at >= row.size()) return;
  const std::string_view rest = std::string_view(row).substr(at);
  const char c = rest[0];
  std::size_t hashes = 0;
  while (hashes < rest.size() && rest[hashes] == '#') ++hashes;
  const bool rule = rest.find_first_not_of(std::string(1, c) + " ") == std::string_view::npos;
  if ((hashes > 0 && hashes <= 6 && space_or_end(rest, hashes)) ||
      ((c == '-' || c == '+' || c == '*') && space_or_end(rest, 1)) ||
      ((c == '-' || c == '=' || c == '*' || c == '_') && rule)) {
    row.insert(at, 1, '\\');
    return;
  }
  std::size_t digits = 0;
  while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
  if (digits > 0 && digits <= 9 && digits < rest.size() && (rest[digits] == '.' || rest[digits] == ')') &&
      space_or_end(rest, digits + 1))
    row.insert(at + digits, 1, '\\');
}

} // namespace

namespace recap_detail {

std::string md_block(std::string_view text, int width, std::string_view first, std::string_view indent,
                     bool hard_break) {
  auto rows = wrap_hanging(text, width - (hard_break ? 2 : 1), first, indent);
  std::string out;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    escape_row_start(rows[i], (i == 0 ? first : indent).size());
    out += rows[i];
    if (hard_break && i + 1 == rows.size()) out += '\\';
    out += '\n';
  }
  return out;
}

std::string md_title(std::string_view escaped, int width) {
  std::string text;
  for (char c : escaped) {
    if (c == '#') text += '\\';
    text += c;
  }
  if (line_edit::text_width("# " + text) <= width) return "# " + text + "\n";
  return md_block(text, width) + "===\n";
}

} // namespace recap_detail

namespace {

using namespace recap_detail;

std::string item(std::string_view text, int width) { return md_block(text, width, "- ", "  "); }

std::string question_and_answer(const RecapAnswer& a) {
  std::string s = fmt::format("**{}** {}", markdown_escape(a.question), markdown_escape(a.text));
  if (a.mark) s += fmt::format(" *({})*", mark_label(*a.mark, a.probes));
  return s;
}

/// The line under the title: when, deck, entry number and the entry's facts.
std::string facts(const Recap& r, const RecapStyle& s) {
  const Entry& e = r.entry;
  std::vector<std::string> f{format_short(e.at, s.now)};
  if (e.deck) f.push_back("deck " + *e.deck);
  f.push_back(fmt::format("entry #{}", e.id));
  if (e.kind != Kind::note) f.push_back(fmt::format("{} answer{}", r.given, r.given == 1 ? "" : "s"));
  if (e.status == Status::in_progress) f.push_back("unfinished");
  if (e.is_private) f.push_back("private");
  if (e.outcome) f.push_back(fmt::format("outcome {}", to_string(*e.outcome)));
  if (e.lesson) f.push_back("lesson");
  if (!e.tags.empty()) f.push_back(fmt::format("tags {}", fmt::join(e.tags, ", ")));
  return markdown_escape(fmt::format("{}", fmt::join(f, " · ")));
}

/// A note's text: its lines kept (a backslash at a line's end), blank lines between paragraphs.
std::string body(std::string_view text, int width) {
  std::vector<std::string> lines;
  const std::string clean = sanitize_text(text);
  for (std::size_t at = 0; at <= clean.size();) {
    const std::size_t end = std::min(clean.find('\n', at), clean.size());
    lines.push_back(clean.substr(at, end - at));
    at = end + 1;
  }
  auto blank = [](const std::string& l) { return l.find_first_not_of(" \t\r") == std::string::npos; };
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (blank(lines[i])) {
      if (!out.empty() && !out.ends_with("\n\n")) out += '\n';
      continue;
    }
    const bool more = i + 1 < lines.size() && !blank(lines[i + 1]);
    out += md_block(markdown_escape(lines[i]), width, {}, {}, more);
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

std::string sections(const Recap& r, const RecapStyle& s) {
  std::vector<std::string> blocks;
  auto list = [&](std::string title, const std::vector<std::string>& items) {
    if (items.empty()) return;
    std::string b = "## " + title + "\n\n";
    for (const auto& i : items) b += item(i, s.width);
    blocks.push_back(b);
  };
  std::vector<std::string> found, told, other, reviewed, next;
  for (const auto& f : r.found) found.push_back(question_and_answer(f));
  for (const auto& q : r.told) told.push_back(markdown_escape(q));
  for (const auto& a : r.other) other.push_back(question_and_answer(a));
  for (const auto& v : r.reviewed) {
    std::string line =
        fmt::format("{}**{}**: {}", v.id ? fmt::format("#{} ", *v.id) : "", review_state(v), markdown_escape(v.text));
    if (!v.how.empty()) line += fmt::format(" — \"{}\"", markdown_escape(v.how));
    reviewed.push_back(line);
  }
  for (const auto& c : r.made) {
    const auto due = due_text(c, s);
    next.push_back(fmt::format("#{} {}{}", c.id, markdown_escape(c.text), due.empty() ? "" : " (due " + due + ")"));
  }
  const bool debrief = r.entry.kind == Kind::debrief;
  list("Insights", found);
  list("Told (below the target)", told);
  list(debrief ? "Also" : "Your answers", other);
  list("Commitments reviewed", reviewed);
  list(r.entry.kind == Kind::note ? "Commitments" : "Next", next);
  return fmt::format("{}", fmt::join(blocks, "\n"));
}

} // namespace

std::string markdown_escape(std::string_view text) {
  const std::string s = sanitize_line(text);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (std::string_view("\\`*_[]<>|~").find(c) != std::string_view::npos || (c == '&' && starts_entity(s, i)))
      out += '\\';
    out += c;
  }
  return out;
}

std::string recap_markdown(const Recap& r, const RecapStyle& s) {
  const Entry& e = r.entry;
  std::string title = e.kind == Kind::note ? "Note" : e.kind == Kind::debrief ? "Debrief" : "Reflection";
  if (e.person) title += (e.kind == Kind::note ? " about " : e.kind == Kind::debrief ? " with " : " by ") + *e.person;
  std::string out = md_title(markdown_escape(title), s.width) + "\n" + md_block(facts(r, s), s.width);
  if (e.kind == Kind::note && !e.body.empty()) out += "\n" + body(e.body, s.width);
  if (e.kind == Kind::debrief && r.tally.marked() > 0)
    out += "\n" + md_block(fmt::format("You found {} of the insights yourself or with a nudge (self {}, nudged {}, "
                                       "told {}); the target is {}.",
                                       format_ratio(r.tally.ratio()), r.tally.self, r.tally.nudged, r.tally.told,
                                       format_ratio(r.target)),
                           s.width);
  const std::string rest = sections(r, s);
  if (!rest.empty()) out += "\n" + rest;
  return out;
}

} // namespace debrief
