// Interview rules: see interview.hpp.
#include "core/interview.hpp"

#include "core/uuid.hpp"

#include "core/note.hpp"
#include "core/text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace debrief {

namespace {

/// An answer without spaces and tabs at its ends, nor the '\r' of a CRLF line; a line break
/// inside an edited answer stays.
std::string_view trim_answer(std::string_view s) { return trim_end(trim_start(s, " \t"), " \t\r"); }

std::optional<int> parse_int(std::string_view s) {
  if (s.empty() || s.size() > 5) return std::nullopt;
  bool negative = s.front() == '-';
  if (negative) s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return negative ? -v : v;
}

} // namespace

std::string_view to_string(Discovery d) {
  switch (d) {
  case Discovery::self: return "self";
  case Discovery::nudged: return "nudged";
  case Discovery::told: return "told";
  }
  return "self";
}

std::optional<Discovery> parse_discovery(std::string_view s) {
  if (s == "self") return Discovery::self;
  if (s == "nudged") return Discovery::nudged;
  if (s == "told") return Discovery::told;
  return std::nullopt;
}

std::optional<Mark> parse_mark(std::string_view input) {
  auto s = ascii_lower(trim_answer(input));
  if (s == "s" || s == "self") return Mark{Discovery::self, 0};
  if (s == "t" || s == "told") return Mark{Discovery::told, 0};
  if (s == "n" || s == "nudged") return Mark{Discovery::nudged, 1};
  if (s.size() == 2 && s[0] == 'n' && s[1] >= '1' && s[1] <= '9') return Mark{Discovery::nudged, s[1] - '0'};
  return std::nullopt;
}

CheckedAnswer check_answer(const Question& q, std::string_view input) {
  CheckedAnswer a;
  if (a.error = text_problem(input, "answer"); !a.error.empty()) return a;
  auto s = trim_answer(input);
  switch (q.type) {
  case QuestionType::text: a.text = std::string(s); break;
  case QuestionType::scale: {
    auto v = parse_int(s);
    if (!v || *v < q.min || *v > q.max) {
      a.error = fmt::format("answer with a whole number from {} to {}", q.min, q.max);
      break;
    }
    a.scale = *v;
    a.text = std::to_string(*v);
    break;
  }
  case QuestionType::choice: {
    auto lower = ascii_lower(s);
    if (auto n = parse_int(s); n && *n >= 1 && static_cast<std::size_t>(*n) <= q.choices.size()) {
      a.text = q.choices[static_cast<std::size_t>(*n - 1)];
      break;
    }
    std::vector<std::string> matches;
    for (const auto& c : q.choices) {
      if (ascii_lower(c) == lower) {
        matches = {c};
        break;
      }
      if (!lower.empty() && ascii_lower(c).starts_with(lower)) matches.push_back(c);
    }
    if (matches.size() == 1)
      a.text = matches.front();
    else
      a.error = fmt::format("answer with one of: {} (or its number)", fmt::join(q.choices, ", "));
    break;
  }
  case QuestionType::yesno: {
    auto lower = ascii_lower(s);
    if (lower == "y" || lower == "yes")
      a.text = "yes";
    else if (lower == "n" || lower == "no")
      a.text = "no";
    else
      a.error = "answer yes or no (y/n)";
    break;
  }
  }
  return a;
}

SessionCommand parse_session_command(std::string_view input) {
  auto s = trim_answer(input);
  if (s.empty() || s.front() != ':') return SessionCommand::none;
  if (s == ":skip" || s == ":s") return SessionCommand::skip;
  if (s == ":back" || s == ":b") return SessionCommand::back;
  if (s == ":edit" || s == ":e") return SessionCommand::edit;
  if (s == ":quit" || s == ":q") return SessionCommand::quit;
  if (s == ":help" || s == ":h" || s == ":?") return SessionCommand::help;
  // ":-)" and other text starting with a colon is an answer, not a typo'd command.
  bool word = s.size() > 1 && std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return word ? SessionCommand::unknown : SessionCommand::none;
}

std::optional<std::size_t> next_question(const Deck& deck, const AnswerMap& answers) {
  auto answer_of = [&](const std::string& id) -> std::optional<std::string> {
    auto it = answers.find(id);
    return it == answers.end() ? std::nullopt : it->second;
  };
  for (std::size_t i = 0; i < deck.questions.size(); ++i) {
    const auto& q = deck.questions[i];
    if (answers.count(q.id)) continue;
    if (is_asked(q, answer_of)) return i;
  }
  return std::nullopt;
}

std::vector<std::string> answers_no_longer_asked(const Deck& deck, AnswerMap answers) {
  auto answer_of = [&](const std::string& id) -> std::optional<std::string> {
    auto it = answers.find(id);
    return it == answers.end() ? std::nullopt : it->second;
  };
  std::vector<std::string> out;
  for (bool dropped = true; dropped;) { // a dropped answer may be another question's condition
    dropped = false;
    for (const auto& q : deck.questions)
      if (answers.count(q.id) && !is_asked(q, answer_of)) {
        out.push_back(q.id);
        answers.erase(q.id);
        dropped = true;
      }
  }
  return out;
}

std::size_t questions_remaining(const Deck& deck, const AnswerMap& answers) {
  std::size_t n = 0;
  // A question whose condition depends on an unanswered one is counted once it is known to be
  // asked: the total grows by one when a follow-up comes, it never drops under the counter.
  for (const auto& q : deck.questions) {
    if (answers.count(q.id)) continue;
    if (!q.when ||
        (answers.count(q.when->question) && is_asked(q, [&](const std::string& id) { return answers.at(id); })))
      ++n;
  }
  return n;
}

namespace {
constexpr std::array<std::pair<ReviewPart, std::string_view>, 5> k_review_suffixes{{{ReviewPart::helped, "/helped"},
                                                                                    {ReviewPart::evidence, "/evidence"},
                                                                                    {ReviewPart::decision, "/decision"},
                                                                                    {ReviewPart::due, "/due"},
                                                                                    {ReviewPart::subject, "/subject"}}};
}

std::string review_answer_id(std::string_view uuid, ReviewPart part) {
  std::string id = fmt::format("review/{}", uuid);
  for (const auto& [p, suffix] : k_review_suffixes)
    if (p == part) id += suffix;
  return id;
}

std::optional<ReviewAnswerId> parse_review_answer_id(std::string_view id) {
  constexpr std::string_view prefix = "review/";
  if (!id.starts_with(prefix)) return std::nullopt;
  id.remove_prefix(prefix.size());
  ReviewAnswerId r;
  for (const auto& [part, suffix] : k_review_suffixes)
    if (id.ends_with(suffix)) {
      id.remove_suffix(suffix.size());
      r.part = part;
      break;
    }
  r.uuid = std::string(id);
  if (!is_uuid(r.uuid)) return std::nullopt;
  return r;
}

void DiscoveryTally::add(Discovery d) {
  switch (d) {
  case Discovery::self: ++self; break;
  case Discovery::nudged: ++nudged; break;
  case Discovery::told: ++told; break;
  }
}

std::optional<double> DiscoveryTally::ratio() const {
  if (marked() == 0) return std::nullopt;
  return static_cast<double>(self + nudged) / marked();
}

std::string format_ratio(std::optional<double> ratio) {
  if (!ratio) return "—";
  return fmt::format("{}%", static_cast<int>(std::lround(*ratio * 100)));
}

} // namespace debrief
