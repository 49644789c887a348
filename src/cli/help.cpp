// Help text at 80 columns: see help.hpp.
#include "cli/help.hpp"

#include "core/line_edit.hpp"
#include "core/wrap.hpp"

#include <algorithm>
#include <sstream>
#include <vector>

namespace debrief::cli {

namespace {

int width_of(std::string_view s) { return static_cast<int>(line_edit::text_width(s)); }

/// A command's words, each quoted string whole: where a long example may break.
std::vector<std::string> shell_words(std::string_view line) {
  std::vector<std::string> words;
  std::string word;
  char quote = 0;
  for (char c : line) {
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == ' ') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
      continue;
    }
    word += c;
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

/// A command too long for a line, broken between words (never inside quotes), each part but the
/// last ending with ` \`, the rest indented four more.
std::string wrap_command(std::string_view indent, std::string_view command) {
  std::string out(indent), line;
  const std::string more = std::string(indent) + "    ";
  int used = width_of(indent);
  for (const auto& w : shell_words(command)) {
    if (!line.empty() && used + 1 + width_of(w) + 2 > k_help_width) {
      out += line + " \\\n" + more;
      line.clear();
      used = width_of(more);
    }
    if (!line.empty()) line += ' ', ++used;
    line += w;
    used += width_of(w);
  }
  return out + line + "\n";
}

std::string wrap_line(std::string_view line) {
  if (width_of(line) <= k_help_width) return std::string(line) + "\n";
  const auto first = line.find_first_not_of(' ');
  const auto indent = line.substr(0, first == std::string_view::npos ? 0 : first);
  const auto rest = line.substr(indent.size());
  if (rest.starts_with("debrief ") || rest.find(" | debrief ") != std::string_view::npos)
    return wrap_command(indent, rest);
  return wrap_with(indent, rest, k_help_width, indent);
}

} // namespace

std::string wrap_help_text(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    const auto end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (text.ends_with('\n')) lines.pop_back(); // the empty "line" after the last newline
  // A paragraph of prose (unindented lines) with a line too wide is joined and wrapped again,
  // so that its lines end where the width does, not where the source's did.
  auto prose = [](std::string_view l) { return !l.empty() && l.front() != ' '; };
  std::string out;
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t end = i + 1;
    if (prose(lines[i]))
      while (end < lines.size() && prose(lines[end]) && !lines[end - 1].ends_with(':')) ++end;
    const bool too_wide =
        std::any_of(lines.begin() + static_cast<std::ptrdiff_t>(i), lines.begin() + static_cast<std::ptrdiff_t>(end),
                    [](std::string_view l) { return width_of(l) > k_help_width; });
    if (end > i + 1 && too_wide) {
      std::string joined(lines[i]);
      for (std::size_t k = i + 1; k < end; ++k) joined += ' ' + std::string(lines[k]);
      out += wrap_with("", joined, k_help_width, "");
    } else {
      for (std::size_t k = i; k < end; ++k) out += wrap_line(lines[k]);
    }
    i = end;
  }
  if (!text.ends_with('\n')) out.pop_back(); // the text's last line had no newline: nor has its wrapped form
  return out;
}

std::string help_row(std::string_view name, std::string_view description, int column) {
  std::string out = "  " + std::string(name);
  const int used = 2 + width_of(name);
  if (description.empty()) return out + "\n";
  if (used >= column) {
    out += "\n";
    out += wrap_with(std::string(static_cast<std::size_t>(column), ' '), description, k_help_width,
                     std::string(static_cast<std::size_t>(column), ' '));
    return out;
  }
  out += std::string(static_cast<std::size_t>(column - used), ' ');
  const auto lines = wrap(description, k_help_width - column, k_help_width - column);
  for (std::size_t i = 0; i < lines.size(); ++i)
    out += (i == 0 ? std::string() : std::string(static_cast<std::size_t>(column), ' ')) + lines[i] + "\n";
  return out;
}

std::string HelpFormatter::make_option(const CLI::Option* opt, bool is_positional) const {
  auto opts = make_option_opts(opt);
  // CLI11's own words for exclusions: the descriptions say it in ours.
  for (const char* tag : {" Excludes:", " Needs:"})
    if (auto at = opts.find(tag); at != std::string::npos) opts.resize(at);
  return help_row(make_option_name(opt, is_positional) + opts, make_option_desc(opt),
                  static_cast<int>(get_column_width()));
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
  return help_row(sub->get_display_name(true), sub->get_description(), static_cast<int>(get_column_width()));
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
  const auto footer = CLI::Formatter::make_footer(app);
  return footer.empty() ? footer : wrap_help_text(footer);
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
  return wrap_help_text(CLI::Formatter::make_description(app));
}

} // namespace debrief::cli
