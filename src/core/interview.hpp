// The rules of an interview (`ask`, `reflect`), without any I/O: which question comes next,
// what an answer or a discovery mark may be, in-session commands, and the discovery ratio.
#pragma once

#include "core/deck.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

/// Who found an insight in a debrief.
enum class Discovery { self, nudged, told };
std::string_view to_string(Discovery d);
std::optional<Discovery> parse_discovery(std::string_view s);

struct Mark {
  Discovery who = Discovery::self;
  int probes = 0; ///< follow-up questions needed (`n2`: 2)
};

/// `s`/`self`, `n`/`nudged`, `n2`…`n9`, `t`/`told`; nullopt otherwise.
std::optional<Mark> parse_mark(std::string_view input);
inline constexpr const char* k_mark_help = "s = self, n = nudged (n2: after two probes), t = told";

/// An answer checked against its question: the text to store (and the number, for a scale),
/// or an error naming what is accepted.
struct CheckedAnswer {
  std::string text;
  std::optional<int> scale;
  std::string error; ///< non-empty: re-ask
};
CheckedAnswer check_answer(const Question& q, std::string_view input);

/// What an input line may ask for besides an answer.
enum class SessionCommand { none, skip, back, edit, quit, help, unknown };
SessionCommand parse_session_command(std::string_view input);
inline constexpr const char* k_session_help =
    ":skip  skip this question    :back  re-ask the previous question\n"
    ":edit  write the answer in $EDITOR    :quit  save and stop (resume with --resume)\n"
    ":help  this help    end a line with \\ to continue on the next line";

/// Answers so far, by question id: the answer text, or nullopt for a skipped question.
using AnswerMap = std::map<std::string, std::optional<std::string>>;

/// The index of the next question to ask: the first in deck order that has no answer and whose
/// `when` holds. nullopt when none is left.
std::optional<std::size_t> next_question(const Deck& deck, const AnswerMap& answers);

/// How many questions are still to be asked, given the answers so far (for `[3/8]`).
std::size_t questions_remaining(const Deck& deck, const AnswerMap& answers);

struct DiscoveryTally {
  int self = 0, nudged = 0, told = 0;
  void add(Discovery d);
  int marked() const { return self + nudged + told; }
  /// (self + nudged) / marked; nullopt when nothing was marked.
  std::optional<double> ratio() const;
};

/// `75%`, or `—` when there is no ratio.
std::string format_ratio(std::optional<double> ratio);

/// Default share of insights the rep should find (self or nudged).
inline constexpr double k_default_discovery_target = 0.8;

} // namespace debrief
