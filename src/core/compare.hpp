// `compare`: a rep's reflection beside the manager's debrief of the same call, aligned question
// by question, as values and as text, Markdown or JSON (no I/O).
#pragma once

#include "core/entry.hpp"
#include "core/interview.hpp"
#include "core/model.hpp"
#include "core/recap.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

/// The id a stored answer's question is compared under: the self-review deck's old ids
/// (`their-problem`, `replay`) as the ids it shares with post-call now (`pain`, `better`);
/// every other id as it is.
std::string_view canonical_question_id(std::string_view id);

/// One side's answer to a row's question.
struct CompareAnswer {
  std::string question_id;         ///< as stored
  std::string question;            ///< as asked
  std::optional<std::string> text; ///< nullopt: skipped
  std::optional<Discovery> mark;   ///< the manager's mark (a reflection has none)
  int probes = 0;
  int position = 0;
};

/// One question, with what each side answered (nullopt: that side was not asked it).
struct CompareRow {
  std::string id;       ///< the shared id (aliases resolved), else the id of the side that has it
  std::string question; ///< as the manager asked it, else as the rep was
  std::optional<CompareAnswer> rep, manager;
};

struct Comparison {
  Entry reflection, debrief;
  /// true: the entries share at least one question id, and rows are aligned by id (questions
  /// asked on one side only stand alone); false: they share none, and answers are paired by
  /// the order asked.
  bool by_id = true;
  /// The manager's question order, with each question only the rep was asked placed right after
  /// the row of the rep's answer before it (first, when it is the rep's first).
  std::vector<CompareRow> rows;
  DiscoveryTally marks; ///< the manager's marks; "found alone" is marks.self of marks.marked()
};

/// Aligns a reflection and a debrief (commitment reviews left out).
Comparison compare_entries(const EntryState& reflection, const EntryState& debrief);

/// As text: a header naming both entries, each question with the rep's and the manager's
/// answers and the mark, and "found alone by the rep: N of M"; no line wider than style.width.
std::string compare_text(const Comparison& c, const RecapStyle& style);
/// The same as a Markdown document, user text escaped, no line wider than style.width.
std::string compare_markdown(const Comparison& c, const RecapStyle& style);
/// The same as one JSON object, schema "debrief.compare/1" (fields: debrief(1)).
std::string compare_json(const Comparison& c);

} // namespace debrief
