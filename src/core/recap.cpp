// The recap of an entry: see recap.hpp. The Markdown note is in recap_markdown.cpp.
#include "core/recap.hpp"

#include "core/line_edit.hpp"
#include "core/recap_detail.hpp"
#include "core/sanitize.hpp"
#include "core/wrap.hpp"

#include <fmt/format.h>

#include <cctype>

namespace debrief {

namespace le = line_edit;

std::vector<std::string> wrap_hanging(std::string_view text, int width, std::string_view first,
                                      std::string_view indent) {
  // One line, its runs of spaces made one.
  std::string line;
  for (char c : sanitize_line(text))
    if (c != ' ' || (!line.empty() && line.back() != ' ')) line += c;
  while (!line.empty() && line.back() == ' ') line.pop_back();
  auto rows = wrap(line, width - le::text_width(first), width - le::text_width(indent));
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i].insert(0, i == 0 ? first : indent);
  return rows;
}

std::vector<std::string> wrap_capped(std::string_view text, int width, std::string_view first, std::string_view indent,
                                     std::size_t max_rows) {
  auto rows = wrap_hanging(text, width, first, indent);
  max_rows = std::max<std::size_t>(max_rows, 1);
  if (rows.size() <= max_rows) return rows;
  rows.resize(max_rows);
  auto& last = rows.back();
  const std::size_t keep = (max_rows == 1 ? first : indent).size();
  while (last.size() > keep && le::text_width(last) + 1 > width) last.erase(le::prev_cluster(last, last.size()));
  while (last.size() > keep && last.back() == ' ') last.pop_back();
  last += "…";
  return rows;
}

namespace recap_detail {

std::optional<std::string> better_line(const std::vector<StoredAnswer>& answers) {
  auto given = [](const StoredAnswer& a) {
    return a.text && a.text->find_first_not_of(" \t\n") != std::string::npos && !parse_review_answer_id(a.question_id);
  };
  auto marked = [](const StoredAnswer& a) { return a.mark ? fmt::format(" ({})", to_string(*a.mark)) : ""; };
  for (const auto& a : answers)
    if (a.question_id == "better" && given(a)) return "What would have been better: " + *a.text + marked(a);
  for (auto it = answers.rbegin(); it != answers.rend(); ++it)
    if (it->mark && given(*it)) return "Last insight: " + *it->text + marked(*it);
  for (auto it = answers.rbegin(); it != answers.rend(); ++it)
    if (given(*it)) return "Last answer: " + *it->text;
  return std::nullopt;
}

std::string mark_label(Discovery d, int probes) {
  return probes > 1 ? fmt::format("{}, {} probes", to_string(d), probes) : std::string(to_string(d));
}

std::string review_state(const RecapReview& v) {
  if (!v.status) return "reviewed";
  switch (*v.status) {
  case CommitmentStatus::open: return "kept open";
  case CommitmentStatus::done: return "done";
  case CommitmentStatus::dropped: return "dropped";
  }
  return "reviewed";
}

std::string due_text(const Commitment& c, const RecapStyle& s) {
  if (!c.due || !s.zone) return {};
  return format_day(at_zone(*c.due, *s.zone), s.now);
}

bool below_target(const Recap& r) {
  const auto ratio = r.tally.ratio();
  return ratio && *ratio < r.target - 1e-9;
}

std::string answer_with_question(const RecapAnswer& a) {
  const std::string q = sanitize_line(a.question);
  const bool asks = !q.empty() && (q.back() == '?' || q.back() == ':');
  return q.empty() ? a.text : fmt::format("{}{} {}", q, asks ? "" : ":", a.text);
}

} // namespace recap_detail

namespace {

using namespace recap_detail;

RecapReview review_of(const StoredAnswer& a, const std::string& uuid, const std::vector<Commitment>& reviewed) {
  RecapReview v;
  v.how = a.text.value_or("");
  for (const auto& c : reviewed)
    if (c.uuid == uuid) {
      v.id = c.id;
      v.text = c.text;
      v.status = c.status;
      return v;
    }
  // No longer in the journal: the text as the review asked it.
  constexpr std::string_view asked = "How did it go: ";
  v.text = a.question_text.starts_with(asked) ? a.question_text.substr(asked.size()) : a.question_text;
  return v;
}

} // namespace

Recap build_recap(const RecapInput& in) {
  Recap r;
  r.entry = in.entry;
  r.target = in.target;
  r.made = in.made;
  for (const auto& a : in.answers) {
    if (const auto review = parse_review_answer_id(a.question_id)) {
      // How it went names the review; the decision shows in the commitment's state.
      if (review->part == ReviewPart::account) r.reviewed.push_back(review_of(a, review->uuid, in.reviewed));
      continue;
    }
    if (!a.text) continue; // skipped
    ++r.given;
    RecapAnswer x{a.question_text, *a.text, a.mark, a.probes, a.scale.has_value()};
    if (a.mark) {
      r.tally.add(*a.mark);
      r.found.push_back(std::move(x));
    } else {
      r.other.push_back(std::move(x));
    }
  }
  if (below_target(r))
    for (const auto& f : r.found)
      if (f.mark == Discovery::told) r.told.push_back(f.question);
  return r;
}

std::string recap_text(const Recap& r, const RecapStyle& s) {
  std::string out;
  auto add = [&](std::string_view text, std::string_view first = {}, std::string_view indent = "  ") {
    for (const auto& row : wrap_hanging(text, s.width, first, indent)) out.append(row).append("\n");
  };
  const Entry& e = r.entry;
  const bool debrief = e.kind == Kind::debrief;
  const std::string what = e.kind == Kind::note ? "Note" : debrief ? "Debrief" : "Reflection";
  add(fmt::format("{} #{}{} saved{}: {} answer{}.", what, e.id, e.person ? " with " + *e.person : "",
                  e.deck ? " (" + *e.deck + ")" : "", r.given, r.given == 1 ? "" : "s"));
  if (debrief) {
    if (r.tally.marked() > 0)
      add(fmt::format("Discovery: {} found by the rep (self {}, nudged {}, told {}); target {}.",
                      format_ratio(r.tally.ratio()), r.tally.self, r.tally.nudged, r.tally.told,
                      format_ratio(r.target)));
    else
      add("Discovery: — (no insight marked)");
    for (const auto& f : r.found) add(fmt::format("{} ({})", f.text, mark_label(*f.mark, f.probes)), "  - ", "    ");
    if (!r.told.empty()) add("Below the target; told:");
    for (const auto& q : r.told) add(q, "  - ", "    ");
  } else {
    for (const auto& a : r.other) add(a.scale ? answer_with_question(a) : a.text, "  - ", "    ");
  }
  if (!r.reviewed.empty()) add("Reviewed:");
  for (const auto& v : r.reviewed) {
    std::string line = v.id ? fmt::format("#{} {}: {}", *v.id, review_state(v), v.text)
                            : fmt::format("{}: {}", review_state(v), v.text);
    if (!v.how.empty()) line += fmt::format(" — \"{}\"", v.how);
    add(line, "  - ", "    ");
  }
  for (const auto& c : r.made) {
    const auto due = due_text(c, s);
    add(fmt::format("Commitment #{}: {}{}", c.id, c.text, due.empty() ? "" : " (due " + due + ")"));
  }
  return out;
}

namespace {

/// A commitment agreed then, and how it went: its review since, else its state.
std::string commitment_then(const Commitment& c, const std::vector<CommitmentReview>& reviews, const RecapStyle& s) {
  std::string state;
  std::string words; // how it went, in the rep's (or a closing note's) words
  const CommitmentReview* review = nullptr;
  for (const auto& r : reviews)
    if (r.uuid == c.uuid) review = &r;
  if (review) {
    RecapReview v;
    v.status = c.status;
    state = review_state(v);
    words = review->how;
  } else if (c.status == CommitmentStatus::open) {
    const auto due = due_text(c, s);
    state = due.empty() ? "open" : fmt::format("open, {} {}", c.due && *c.due < s.now ? "was due" : "due", due);
  } else {
    state = std::string(to_string(c.status));
    words = c.closing_note.value_or("");
  }
  if (!words.empty()) state += fmt::format(": \"{}\"", words);
  // A long commitment is shortened so that what became of it is still shown.
  return fmt::format("Commitment #{}: {} — {}", c.id, wrap_capped(c.text, s.width * 2 / 3, "", "", 1).front(), state);
}

} // namespace

std::string context_text(const CallContext& c, const RecapStyle& s) {
  std::string out;
  auto add = [&](std::string_view text, std::string_view first, std::string_view indent) {
    for (const auto& row : wrap_capped(text, s.width, first, indent, 2)) out.append(row).append("\n");
  };
  const Entry& e = c.last;
  add(fmt::format("Last debrief{}: {} ({}#{})", e.person ? " with " + *e.person : "", format_day(e.at, s.now),
                  e.deck ? *e.deck + ", " : "", e.id),
      "", "  ");
  if (auto better = recap_detail::better_line(c.answers)) add(*better, "  ", "    ");
  for (const auto& m : c.made) add(commitment_then(m, c.reviews, s), "  ", "    ");
  return out;
}

} // namespace debrief
