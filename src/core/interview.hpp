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
/// One command a line, the text after 8 columns (InterviewScreen::help wraps it under them).
inline constexpr const char* k_session_help = ":skip   skip this question\n"
                                              ":back   back to the previous question, its answer ready to edit\n"
                                              ":edit   write the answer in $EDITOR\n"
                                              ":quit   save and stop (continue with --resume)\n"
                                              ":help   this help\n"
                                              "\\       at the end of a line: the answer continues on the next line";
/// At a terminal, besides: how to reveal a question's probes.
inline constexpr const char* k_probe_help =
    "Tab, ?  the next probe: a question to ask aloud when the rep is stuck; the mark is then "
    "proposed from the probes shown, and Enter accepts it";

/// A commitment reviewed in an interview is stored as answers with the question ids
/// "review/<commitment uuid>" (how it went), "review/<uuid>/helped" (yes, partly, no; empty:
/// not said), "review/<uuid>/evidence", "review/<uuid>/decision" (done, keep, drop) and, kept,
/// "review/<uuid>/due" (the new due date as typed; empty: unchanged), saved as each is given so
/// that a stop between them loses none. Helped, evidence and due are asked at a terminal only.
/// An interview about one commitment (`ask --commitment`) saves "review/<uuid>/subject" (the
/// commitment's text) with its first answer, which names the commitment when it is resumed, and
/// the account and decision when it finishes.
enum class ReviewPart { account, helped, evidence, decision, due, subject };
struct ReviewAnswerId {
  std::string uuid;
  ReviewPart part = ReviewPart::account;
};
std::string review_answer_id(std::string_view uuid, ReviewPart part = ReviewPart::account);
/// nullopt for an id that is not a review's.
std::optional<ReviewAnswerId> parse_review_answer_id(std::string_view id);

/// Answers so far, by question id: the answer text, or nullopt for a skipped question.
using AnswerMap = std::map<std::string, std::optional<std::string>>;

/// The index of the next question to ask: the first in deck order that has no answer and whose
/// `when` holds. nullopt when none is left.
std::optional<std::size_t> next_question(const Deck& deck, const AnswerMap& answers);

/// The answered questions whose `when` no longer holds given the other answers (an earlier
/// answer changed with :back), in deck order, including those that depended on them.
std::vector<std::string> answers_no_longer_asked(const Deck& deck, AnswerMap answers);

/// How many questions are still to be asked, given the answers so far (for `[3/8]`). A
/// question whose `when` waits on an unanswered question is not counted until it is known.
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
