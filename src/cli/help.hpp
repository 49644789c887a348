// `--help` at 80 columns: CLI11's help, with option and command descriptions wrapped under
// their column and footers (notes and examples) wrapped to the same width; an example command
// too long for a line continues on the next with a trailing backslash, so it still pastes.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>

namespace debrief::cli {

/// The width help text keeps to.
inline constexpr int k_help_width = 80;

/// `text` wrapped to k_help_width: each line too long is broken at spaces, its continuation
/// indented as the line is, plus four; a line that is a command (`  debrief ...`) ends each
/// broken part with ` \`.
std::string wrap_help_text(std::string_view text);

/// A `name  description` line of help: the name in a column `column` wide, the description
/// wrapped under it (on the next line when the name fills the column).
std::string help_row(std::string_view name, std::string_view description, int column);

class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override;
  std::string make_subcommand(const CLI::App* sub) const override;
  std::string make_footer(const CLI::App* app) const override;
  std::string make_description(const CLI::App* app) const override;
};

} // namespace debrief::cli
