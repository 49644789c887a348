// How an interview looks and is typed: the question with its hint and probes, notes and
// prompts, wrapped to the terminal's width with a hanging indent, styled when colour is on.
// From a pipe, the screen (stderr) shows every probe at once and nothing is styled, as
// scripts have always seen it.
#pragma once

#include "cli/line_reader.hpp"
#include "core/deck.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace debrief::cli {

class InterviewScreen {
 public:
  InterviewScreen(LineReader& in, bool color, bool utf8) : in_(in), color_(color), utf8_(utf8) {}

  bool interactive() const { return in_.interactive(); }
  bool utf8() const { return utf8_; }
  std::ostream& out() { return in_.screen(); }

  /// `[n/total] text`, the kind of answer it takes and its hint. From a pipe, every probe too;
  /// at a terminal, the probes revealed so far and how to reveal the next.
  void question(std::size_t n, std::size_t total, const Question& q, int revealed);
  /// The lines that reveal probe `k` (from 1) of `q`, to write as they are.
  std::string probe(const Question& q, int k) const;
  /// `  label: text`, wrapped under its own start (`answered: …`, `was: …`).
  void labelled(std::string_view label, std::string_view text);
  /// A message to the manager or rep, indented: re-asks, refusals, offers.
  void note(std::string_view text);
  /// Lines of help as they are, each wrapped under a hanging indent of `indent` columns.
  void help(std::string_view text, std::size_t indent = 8);
  /// A heading line after an empty one (a commitment under review, the commitment prompt),
  /// bold; `text` is sanitized by the caller.
  void heading(std::string_view text);

  /// One answer, joining lines that end in a backslash; nullopt at end of input. `initial` is
  /// ready to edit at a terminal. Ctrl-C keeps what was typed (InputInterrupted::pending).
  std::optional<std::string> read(const std::string& prompt, bool remember = true, const std::string& initial = {});

 private:
  /// `text` wrapped to the width after `prefix`, its next lines indented by `indent` spaces.
  std::string wrapped(std::string_view prefix, std::string_view text, std::size_t indent) const;
  std::string paint(std::string_view sgr, std::string_view text) const;

  LineReader& in_;
  bool color_;
  bool utf8_;
};

} // namespace debrief::cli
