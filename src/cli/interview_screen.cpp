// The interview's screen: see interview_screen.hpp.
#include "cli/interview_screen.hpp"

#include "core/sanitize.hpp"
#include "core/wrap.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace debrief::cli {

namespace {
constexpr std::string_view k_bold = "1";
constexpr std::string_view k_dim = "2";
constexpr std::string_view k_probe = "36"; // cyan
} // namespace

std::string InterviewScreen::paint(std::string_view sgr, std::string_view text) const {
  if (!color_ || sgr.empty() || text.empty()) return std::string(text);
  return fmt::format("\x1b[{}m{}\x1b[0m", sgr, text);
}

std::string InterviewScreen::wrapped(std::string_view prefix, std::string_view text, std::size_t indent) const {
  const int width = in_.width();
  if (width <= 0) return fmt::format("{}{}\n", prefix, text);
  return wrap_with(prefix, text, width, std::string(indent, ' '));
}

void InterviewScreen::question(std::size_t n, std::size_t total, const Question& q, int revealed) {
  auto& out = in_.screen();
  const std::string counter = fmt::format("[{}/{}] ", n, total);
  // The counter dim, the question bold: painted line by line after wrapping.
  const std::string text = wrapped(counter, sanitize_line(q.text), counter.size());
  out << '\n';
  bool first = true;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t nl = text.find('\n', at);
    std::string_view line(text.data() + at, nl - at);
    const std::size_t body = first ? counter.size() : std::min(counter.size(), line.size());
    out << paint(first ? k_dim : "", line.substr(0, body)) << paint(k_bold, line.substr(body)) << '\n';
    first = false;
    at = nl + 1;
  }
  if (q.type == QuestionType::scale) note(fmt::format("({} to {})", q.min, q.max));
  if (q.type == QuestionType::yesno) note("(yes or no)");
  if (q.type == QuestionType::choice) {
    std::vector<std::string> numbered;
    for (std::size_t i = 0; i < q.choices.size(); ++i)
      numbered.push_back(fmt::format("{} {}", i + 1, sanitize_line(q.choices[i])));
    note(fmt::format("({})", fmt::join(numbered, ", ")));
  }
  if (!q.hint.empty()) out << paint(k_dim, wrapped("  hint: ", sanitize_line(q.hint), 8));
  const int shown = in_.interactive() ? std::min<int>(revealed, static_cast<int>(q.probes.size()))
                                      : static_cast<int>(q.probes.size());
  for (int k = 1; k <= shown; ++k) out << probe(q, k);
  // No count: it would be stale after the first Tab, as the line stays on the screen.
  if (static_cast<int>(q.probes.size()) > shown) note("stuck? Tab shows a probe to ask, one at a time");
}

std::string InterviewScreen::probe(const Question& q, int k) const {
  const auto& text = q.probes.at(static_cast<std::size_t>(k - 1));
  return paint(k_probe, wrapped("  probe: ", sanitize_line(text), 9));
}

void InterviewScreen::labelled(std::string_view label, std::string_view text) {
  const std::string prefix = fmt::format("  {}: ", label);
  in_.screen() << wrapped(prefix, sanitize_line(text), prefix.size());
}

void InterviewScreen::note(std::string_view text) { in_.screen() << paint(k_dim, wrapped("  ", text, 2)); }

void InterviewScreen::help(std::string_view text, std::size_t indent) {
  for (std::size_t at = 0; at <= text.size();) {
    std::size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    in_.screen() << wrapped("", text.substr(at, nl - at), indent);
    at = nl + 1;
  }
}

void InterviewScreen::heading(std::string_view text) { in_.screen() << '\n' << paint(k_bold, wrapped("", text, 0)); }

std::optional<std::string> InterviewScreen::read(const std::string& prompt, bool remember, const std::string& initial) {
  std::string text;
  std::string p = prompt;
  std::string first = initial;
  for (;;) {
    std::optional<std::string> line;
    try {
      line = in_.read_line(p, remember, first);
    } catch (InputInterrupted& stopped) {
      stopped.pending = text + stopped.pending; // lines continued with `\` are pending too
      throw;
    }
    first.clear();
    if (!line) return text.empty() ? std::nullopt : std::optional<std::string>(text);
    if (!line->empty() && line->back() == '\\') {
      text += line->substr(0, line->size() - 1) + "\n";
      p = "... ";
      continue;
    }
    return text + *line;
  }
}

} // namespace debrief::cli
