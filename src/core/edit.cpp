// The text form of an entry: see edit.hpp.
//
//   at: 2026-11-20T14:30:00+01:00
//   person: alice
//   tags: demo pricing
//   outcome: stalled
//   lesson: no
//
//   The text, any number of lines.
//
//   === pain (mark: self) ===
//   The answer, any number of lines.
#include "core/edit.hpp"

#include "core/error.hpp"
#include "core/note.hpp"
#include "core/text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace debrief {

namespace {

const char* const k_fields = "at, person, tags, outcome, lesson";

[[noreturn]] void fail(std::size_t line, const std::string& what) {
  throw UsageError(fmt::format("line {}: {}", line, what));
}

/// `=== id ===` or `=== id (mark: self) ===`: the question id and mark text, if a section line.
std::optional<std::pair<std::string, std::string>> section(const std::string& line) {
  if (!line.starts_with("=== ") || !line.ends_with(" ===") || line.size() < 8) return std::nullopt;
  std::string inner(trim(line.substr(4, line.size() - 8)));
  std::string mark;
  if (auto open = inner.find(" (mark: "); open != std::string::npos && inner.ends_with(")")) {
    mark = inner.substr(open + 8, inner.size() - open - 9);
    inner = inner.substr(0, open);
  }
  return std::pair{inner, mark};
}

} // namespace

std::string render_edit(const Entry& e, const std::vector<EditAnswer>& answers) {
  std::string out = fmt::format("at: {}\nperson: {}\ntags: {}\noutcome: {}\nlesson: {}\n\n{}\n", format_iso(e.at),
                                e.person.value_or(""), fmt::join(e.tags, " "), e.outcome ? to_string(*e.outcome) : "",
                                e.lesson ? "yes" : "no", e.body);
  for (const auto& a : answers) {
    out += fmt::format("\n=== {}", a.question_id);
    if (a.mark) out += fmt::format(" (mark: {})", to_string(*a.mark));
    out += " ===\n";
    if (a.text) out += *a.text + "\n";
  }
  return out;
}

namespace {

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  for (std::size_t start = 0; start <= text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

/// One header field, `key: value`, from line `line`, into `out`.
void parse_field(const std::string& key, const std::string& value, std::size_t line, Seconds now, const Zone& zone,
                 EditedEntry& out) {
  if (key == "at")
    out.at = parse_when(value, now, zone).at;
  else if (key == "person") {
    if (!value.empty()) out.person = normalize_person(value);
  } else if (key == "tags") {
    for (std::size_t s = 0; s < value.size();) {
      auto e = value.find_first_of(" ,", s);
      if (e == std::string::npos) e = value.size();
      if (e > s) out.tags.push_back(normalize_tag(value.substr(s, e - s)));
      s = e + 1;
    }
    std::sort(out.tags.begin(), out.tags.end());
    out.tags.erase(std::unique(out.tags.begin(), out.tags.end()), out.tags.end());
  } else if (key == "outcome") {
    if (!value.empty()) out.outcome = parse_outcome(value);
  } else if (key == "lesson") {
    if (value != "yes" && value != "no") fail(line, "lesson must be yes or no");
    out.lesson = value == "yes";
  } else {
    fail(line, fmt::format("unknown field '{}' (fields: {})", key, k_fields));
  }
}

/// The header, every field once, up to the first empty line; returns the index of that line.
std::size_t parse_header(const std::vector<std::string>& lines, Seconds now, const Zone& zone, EditedEntry& out) {
  std::size_t i = 0;
  std::vector<std::string> seen;
  for (; i < lines.size() && !trim(lines[i]).empty(); ++i) {
    const auto& l = lines[i];
    auto colon = l.find(':');
    if (colon == std::string::npos) fail(i + 1, fmt::format("expected 'field: value' (fields: {})", k_fields));
    std::string key(trim(l.substr(0, colon))), value(trim(l.substr(colon + 1)));
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) fail(i + 1, fmt::format("'{}' given twice", key));
    seen.push_back(key);
    try {
      parse_field(key, value, i + 1, now, zone, out);
    } catch (const UsageError& e) {
      if (std::string_view(e.what()).starts_with("line ")) throw;
      fail(i + 1, e.what());
    }
  }
  for (const char* required : {"at", "person", "tags", "outcome", "lesson"})
    if (std::find(seen.begin(), seen.end(), required) == seen.end())
      fail(i + 1,
           fmt::format("the header lacks '{}:' (fields: {}; then an empty line and the text)", required, k_fields));
  return i;
}

/// The answer section at line `i`, with its text up to the next section; returns where that is.
std::size_t parse_answer(const std::vector<std::string>& lines, std::size_t i, const std::vector<EditAnswer>& original,
                         EditedEntry& out) {
  auto head = section(lines[i]);
  const std::size_t at_line = i + 1;
  auto it =
      std::find_if(original.begin(), original.end(), [&](const EditAnswer& a) { return a.question_id == head->first; });
  if (it == original.end())
    fail(at_line, fmt::format("no answer '{}' in this entry; answers cannot be added", head->first));
  if (std::any_of(out.answers.begin(), out.answers.end(),
                  [&](const EditAnswer& a) { return a.question_id == head->first; }))
    fail(at_line, fmt::format("answer '{}' given twice", head->first));
  EditAnswer a = *it;
  a.mark.reset();
  if (!head->second.empty() && head->second != "none") {
    a.mark = parse_discovery(head->second);
    if (auto m = a.mark ? std::nullopt : parse_mark(head->second)) {
      a.mark = m->who; // a mark as `ask` takes it: s, t, n, n2…n9
      a.probes = m->probes;
    }
    if (!a.mark)
      fail(at_line,
           fmt::format("invalid mark '{}' (accepted: self, nudged, told, none; or {})", head->second, k_mark_help));
  }
  std::string answer;
  for (++i; i < lines.size() && !section(lines[i]); ++i) answer += lines[i] + "\n";
  answer = trim(answer);
  if (answer.empty())
    a.text.reset();
  else
    a.text = answer;
  if (auto problem = text_problem(answer, fmt::format("answer '{}'", a.question_id)); !problem.empty())
    fail(at_line, problem);
  if (a.scale && a.text && a.text->find_first_not_of("-0123456789") != std::string::npos)
    fail(at_line, fmt::format("answer '{}' is a scale: a whole number, or empty", a.question_id));
  out.answers.push_back(std::move(a));
  return i;
}

} // namespace

EditedEntry parse_edit(std::string_view text, const std::vector<EditAnswer>& original, Seconds now, const Zone& zone) {
  const std::vector<std::string> lines = split_lines(text);
  EditedEntry out;
  std::size_t i = parse_header(lines, now, zone, out);

  // The text, up to the first answer section. A note has none: a line like `=== agenda ===` in
  // its text is text.
  const bool sections = !original.empty();
  std::string body;
  for (; i < lines.size() && !(sections && section(lines[i])); ++i) body += lines[i] + "\n";
  out.body = trim(body);

  // The answers, in any order, each exactly once.
  while (i < lines.size()) i = parse_answer(lines, i, original, out);
  for (const auto& a : original)
    if (std::none_of(out.answers.begin(), out.answers.end(),
                     [&](const EditAnswer& b) { return b.question_id == a.question_id; }))
      fail(lines.size(),
           fmt::format("answer '{}' is missing (answers cannot be removed; leave it empty to skip it)", a.question_id));
  if (original.empty())
    check_note_text(out.body);
  else if (auto problem = text_problem(out.body, "text"); !problem.empty())
    throw UsageError(problem);
  return out;
}

std::string changed_parts(const Entry& then, const std::vector<EditAnswer>& then_answers, const Entry& now,
                          const std::vector<EditAnswer>& now_answers) {
  std::vector<std::string_view> parts;
  if (then.body != now.body) parts.push_back("text");
  if (then.tags != now.tags) parts.push_back("tags");
  if (then.person != now.person) parts.push_back("person");
  if (then.at.utc != now.at.utc || then.at.offset != now.at.offset) parts.push_back("time");
  if (then.outcome != now.outcome) parts.push_back("outcome");
  if (then.lesson != now.lesson) parts.push_back("lesson flag");
  if (then_answers != now_answers) parts.push_back("answers");
  if (then.status != now.status) parts.push_back("status");
  if (parts.empty()) return {};
  std::string out = "its ";
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

} // namespace debrief
