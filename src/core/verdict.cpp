// See verdict.hpp.
#include "core/verdict.hpp"

#include "core/text.hpp"

namespace debrief {

namespace {

/// The answer to the deck's question that sets `field`, trimmed; nullopt when not given.
std::optional<std::string> answer_setting(const Deck& deck, const AnswerMap& answers, EntryField field) {
  auto id = question_setting(deck, field);
  if (!id) return std::nullopt;
  auto it = answers.find(*id);
  if (it == answers.end() || !it->second) return std::nullopt;
  std::string text{trim(*it->second)};
  if (text.empty()) return std::nullopt;
  return text;
}

} // namespace

Verdict verdict_of(const Deck& deck, const AnswerMap& answers) {
  Verdict v;
  v.decision = "keep";
  if (auto d = answer_setting(deck, answers, EntryField::decision)) {
    if (*d == "done") v.status = CommitmentStatus::done, v.decision = "done";
    if (*d == "drop") v.status = CommitmentStatus::dropped, v.decision = "dropped";
  }
  if (auto note = answer_setting(deck, answers, EntryField::review)) v.note = *note;
  if (auto h = answer_setting(deck, answers, EntryField::helped)) {
    if (*h == "yes") v.helped = Helped::yes;
    if (*h == "partly") v.helped = Helped::partly;
    if (*h == "no") v.helped = Helped::no;
  }
  v.evidence = answer_setting(deck, answers, EntryField::evidence);
  if (v.status == CommitmentStatus::open) v.due = answer_setting(deck, answers, EntryField::due);
  return v;
}

} // namespace debrief
