// The recap of an entry, as values and as text without any I/O: the summary `ask` and `reflect`
// close with, the Markdown note of `show --format markdown`, and the context shown before a new
// debrief (the last one with the same rep). Every line fits a width (80 columns): long texts are
// wrapped at spaces with a hanging indent, wide characters (CJK) counted as two columns.
#pragma once

#include "core/entry.hpp"
#include "core/interview.hpp"
#include "core/model.hpp"
#include "core/time.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

/// The width recaps are written for: the narrowest terminal debrief is checked on.
inline constexpr int k_recap_width = 80;

/// `text`, made one line (sanitize_line), as rows of at most `width` columns broken at spaces:
/// the first row starts with `first`, the others with `indent`. A word longer than a row is cut
/// between characters (never between a backslash and the character after it). Empty text gives
/// one row, `first` alone.
std::vector<std::string> wrap_hanging(std::string_view text, int width, std::string_view first = {},
                                      std::string_view indent = {});
/// wrap_hanging with at most `max_rows` rows (at least 1); when text is left out, the last row
/// ends with `…`.
std::vector<std::string> wrap_capped(std::string_view text, int width, std::string_view first, std::string_view indent,
                                     std::size_t max_rows);

/// Text for Markdown: its special characters (\ ` * _ [ ] < > | ~, and & before an entity)
/// escaped with a backslash, made one line first. Characters special only at the start of a
/// line are escaped where a row starts (see recap_markdown).
std::string markdown_escape(std::string_view text);

/// What a recap is made of, as the journal gives it.
struct RecapInput {
  Entry entry;
  std::vector<StoredAnswer> answers; ///< in the order asked, the commitment reviews (`review/<uuid>`) among them
  std::vector<Commitment> made;      ///< the commitments made in the entry
  std::vector<Commitment> reviewed;  ///< the commitments its reviews name, as they are now
  double target = k_default_discovery_target;
};

struct RecapAnswer {
  std::string question; ///< as asked
  std::string text;     ///< the answer (a scale's: its number)
  std::optional<Discovery> mark;
  int probes = 0;
  bool scale = false;
};

/// A commitment reviewed in the entry: how it went and what became of it.
struct RecapReview {
  std::optional<Id> id; ///< nullopt: the commitment is no longer in the journal
  std::string text;
  std::optional<CommitmentStatus> status; ///< as it is now
  std::string how;                        ///< how it went, as answered (empty: skipped)
};

struct Recap {
  Entry entry;
  int given = 0;                  ///< answers given, reviews aside
  std::vector<RecapAnswer> found; ///< the answers with a discovery mark, in the order asked
  std::vector<RecapAnswer> other; ///< the other answers given
  DiscoveryTally tally;
  double target = k_default_discovery_target;
  std::vector<std::string> told; ///< the questions told, when the ratio is below the target
  std::vector<RecapReview> reviewed;
  std::vector<Commitment> made;
};

Recap build_recap(const RecapInput& in);

struct RecapStyle {
  const Zone* zone = nullptr; ///< for due dates
  Seconds now = 0;            ///< dates in this year omit the year
  int width = k_recap_width;
};

/// The closing summary of an interview: lines ending in '\n', none wider than style.width. A
/// debrief: the ratio against the target, each insight with its mark, the questions told when
/// below the target, the commitments reviewed and how, the new commitment. A reflection: the
/// answers given and the commitment.
std::string recap_text(const Recap& r, const RecapStyle& style);

/// The same recap as a Markdown note to send the rep (a note: its text), no line wider than
/// style.width; user text escaped so that it cannot change the document's structure.
std::string recap_markdown(const Recap& r, const RecapStyle& style);

/// The latest review of a commitment, in an entry after the one that made it.
struct CommitmentReview {
  std::string uuid; ///< the commitment's
  Instant at;       ///< the reviewing entry's time
  std::string how;  ///< how it went (empty: skipped)
};

/// What is shown before a new debrief: the last finished one with the same rep.
struct CallContext {
  Entry last;
  std::vector<StoredAnswer> answers;
  std::vector<Commitment> made;
  std::vector<CommitmentReview> reviews; ///< the latest review of each of `made` that has one
};

/// A short recap of the last debrief (3 to 5 lines, none wider than style.width): its date and
/// deck, what the rep said would have been better (the `better` question; else the last insight,
/// else the last answer), the commitment agreed then and how it went.
std::string context_text(const CallContext& c, const RecapStyle& style);

} // namespace debrief
