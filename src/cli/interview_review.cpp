// The review of a rep's open commitments at the start of a debrief: see interview_session.hpp.
#include "cli/editor.hpp"
#include "cli/interview_screen.hpp"
#include "cli/interview_session.hpp"
#include "core/interview.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "core/text.hpp"
#include "storage/journal.hpp"

#include <fmt/format.h>

#include <map>

namespace debrief::cli {

void keeping(const Context& ctx, const std::string& typed, const std::function<void()>& write) {
  try {
    write();
  } catch (const std::exception& e) {
    if (typed.find_first_not_of(" \t") == std::string::npos) throw;
    throw RuntimeError(fmt::format("{}; {}", e.what(), keep_draft(ctx, typed, "answer")));
  }
}

std::optional<std::string> read_text(InterviewScreen& screen, const TextPrompt& ask, Stop& stop, bool* back) {
  for (;;) {
    auto line = screen.read(ask.prompt, true, ask.initial);
    if (!line) {
      stop = Stop::eof;
      return std::nullopt;
    }
    auto cmd = parse_session_command(*line);
    if (cmd == SessionCommand::quit) {
      stop = Stop::quit;
      return std::nullopt;
    }
    if (cmd == SessionCommand::back && back) {
      *back = true;
      return std::nullopt;
    }
    if (cmd == SessionCommand::help) {
      screen.help(k_session_help);
      continue;
    }
    if (cmd == SessionCommand::skip) return "";
    if (cmd != SessionCommand::none) {
      screen.note(fmt::format("({}, :skip{} or :quit)", ask.what, back ? ", :back" : ""));
      continue;
    }
    if (auto problem = text_problem(*line, ask.what); !problem.empty()) {
      screen.note(problem);
      continue;
    }
    return *line;
  }
}

std::string decided_meanwhile(const Commitment& now, const std::string& said, const std::string& what) {
  return fmt::format("commitment #{} {} meanwhile; left as it is ({} is saved in this {})", now.id,
                     now.hidden ? "was hidden with its entry, deleted"
                                : fmt::format("was already {}", to_string(now.status)),
                     said, what);
}

namespace {

/// What the interview holds of each commitment's review so far, by commitment uuid.
struct Saved {
  std::optional<std::string> account, helped, evidence, decision, due;
};

std::map<std::string, Saved> saved_reviews(Journal& journal, Id entry_id) {
  std::map<std::string, Saved> saved;
  for (const auto& a : journal.answers(entry_id)) {
    const auto id = parse_review_answer_id(a.question_id);
    if (!id || id->part == ReviewPart::subject) continue;
    auto& s = saved[id->uuid];
    auto& slot = id->part == ReviewPart::account    ? s.account
                 : id->part == ReviewPart::helped   ? s.helped
                 : id->part == ReviewPart::evidence ? s.evidence
                 : id->part == ReviewPart::decision ? s.decision
                                                    : s.due;
    slot = a.text.value_or("");
  }
  return saved;
}

/// One of a few words (`options` maps what may be typed to what is saved); nullopt when the
/// interview stops.
std::optional<std::string> ask_word(InterviewScreen& screen, const std::string& prompt,
                                    const std::map<std::string, std::string>& options, const std::string& refusal,
                                    Stop& stop) {
  for (;;) {
    auto line = screen.read(prompt, false);
    if (!line) {
      stop = Stop::eof;
      return std::nullopt;
    }
    auto s = ascii_lower(trim(*line));
    if (s == ":quit" || s == ":q") {
      stop = Stop::quit;
      return std::nullopt;
    }
    if (auto it = options.find(s); it != options.end()) return it->second;
    screen.note(refusal);
  }
}

std::optional<std::string> ask_decision(InterviewScreen& screen, Stop& stop) {
  return ask_word(screen, "done, keep open or drop? [d/k/x] ",
                  {{"d", "done"},
                   {"done", "done"},
                   {"k", "keep"},
                   {"keep", "keep"},
                   {"x", "dropped"},
                   {"drop", "dropped"},
                   {"dropped", "dropped"}},
                  "answer d (done), k (keep open) or x (drop)", stop);
}

std::optional<std::string> ask_helped(InterviewScreen& screen, Stop& stop) {
  return ask_word(screen, "Did it help? [y/p/n, Enter: not sure] ",
                  {{"", ""},
                   {"y", "yes"},
                   {"yes", "yes"},
                   {"p", "partly"},
                   {"partly", "partly"},
                   {"n", "no"},
                   {"no", "no"},
                   {":skip", ""}},
                  "answer y (yes), p (partly), n (no), or Enter when not sure", stop);
}

/// The new due date of a commitment kept open, as typed ("" or "-" for unchanged), checked.
std::optional<std::string> ask_new_due(const Review& r, Stop& stop) {
  for (;;) {
    auto line = r.screen.read("new due date (empty: unchanged)? ", false);
    if (!line) {
      stop = Stop::eof;
      return std::nullopt;
    }
    const std::string when{trim(*line)};
    if (when == ":quit" || when == ":q") {
      stop = Stop::quit;
      return std::nullopt;
    }
    if (when.empty() || when == "-" || when == ":skip") return "";
    if (when.starts_with(':')) {
      r.screen.note("a date (friday, \"in 2 weeks\", 2026-12-04), empty to leave it, or :quit");
      continue;
    }
    try {
      parse_when(when, r.ctx.now, r.ctx.zone, Direction::future, r.ctx.config().week_start);
      return when;
    } catch (const UsageError& e) {
      r.screen.note(e.what());
    }
  }
}

void show_commitment(const Review& r, const Commitment& c) {
  auto line = fmt::format("Open commitment from {}: {}", r.ctx.show_time(at_zone(c.created, r.ctx.zone)),
                          sanitize_line(c.text));
  if (c.due) line += fmt::format(" (due {})", format_day(at_zone(*c.due, r.ctx.zone), r.ctx.now));
  r.screen.heading(line);
}

/// Saves one part of the review as an answer, keeping what was typed if it cannot be saved.
void save_part(const Review& r, const Commitment& c, ReviewPart part, const std::string& label,
               const std::string& text) {
  StoredAnswer a;
  a.question_id = review_answer_id(c.uuid, part);
  a.question_text = label + c.text;
  a.text = text;
  keeping(r.ctx, text, [&] { r.journal.save_answer(r.entry_id, a, r.ctx.now); });
}

/// Asks the part `slot` holds nothing for yet (saving it at once); false when the interview stops.
template <class Ask>
bool ask_part(const Review& r, const Commitment& c, std::optional<std::string>& slot, ReviewPart part,
              const std::string& label, Ask ask) {
  if (slot) return true;
  auto typed = ask();
  if (!typed) return false;
  slot = *typed;
  save_part(r, c, part, label, *slot);
  return true;
}

/// The review's decision applied to the commitment: closed, or kept with its new due date.
void apply(const Review& r, const Commitment& c, const Saved& s) {
  Journal::Decision d;
  d.status = *s.decision == "keep" ? CommitmentStatus::open : parse_commitment_status(*s.decision);
  d.review = LatestReview{s.account.value_or(""), std::nullopt, std::nullopt, r.ctx.now};
  if (s.helped && !s.helped->empty()) d.review->helped = parse_helped(*s.helped);
  if (s.evidence && !s.evidence->empty()) d.review->evidence = *s.evidence;
  if (s.due && !s.due->empty())
    d.due = parse_when(*s.due, r.ctx.now, r.ctx.zone, Direction::future, r.ctx.config().week_start).at.utc;
  auto closing = r.journal.decide_commitment(c.id, d, r.ctx.now);
  // A `done` or `drop` since it was shown stands; how it went is kept in this debrief.
  if (!closing.closed) r.screen.note(decided_meanwhile(closing.commitment, "how it went", r.plan.what));
}

/// Reviews one commitment from where its saved answers stop; Stop::none when it is finished.
Stop review_one(const Review& r, const Commitment& c, Saved& s) {
  show_commitment(r, c);
  Stop stop = Stop::none;
  if (s.account) // stopped further on: how it went stands
    r.screen.labelled("how it went", s.account->empty() ? "(skipped)" : *s.account);
  // At a terminal only: a script's lines keep the brief's order (how it went, then d/k/x).
  const bool terminal = r.screen.interactive();
  if (!ask_part(r, c, s.account, ReviewPart::account, "How did it go: ", [&] {
        return read_text(r.screen, {"How did it go? ", "answer"}, stop);
      }))
    return stop;
  if (terminal &&
      !ask_part(r, c, s.helped, ReviewPart::helped, "Did it help: ", [&] { return ask_helped(r.screen, stop); }))
    return stop;
  if (terminal && !ask_part(r, c, s.evidence, ReviewPart::evidence, "Evidence seen: ", [&] {
        return read_text(r.screen, {"What did you see or hear that shows it? ", "answer"}, stop);
      }))
    return stop;
  if (!s.decision) {
    auto decision = ask_decision(r.screen, stop);
    if (!decision) return stop;
    s.decision = *decision;
    // Closed, then the decision saved: a stop between them leaves it closed and asked no more.
    if (*decision != "keep" || !terminal) keeping(r.ctx, s.account.value_or(""), [&] { apply(r, c, s); });
    save_part(r, c, ReviewPart::decision, "Decision: ", *decision);
    if (*decision != "keep" || !terminal) return Stop::none;
  }
  if (!ask_part(r, c, s.due, ReviewPart::due, "New due date: ", [&] { return ask_new_due(r, stop); })) return stop;
  keeping(r.ctx, s.account.value_or(""), [&] { apply(r, c, s); });
  return Stop::none;
}

} // namespace

Stop review_commitments(Review r) {
  auto saved = saved_reviews(r.journal, r.entry_id);
  const bool terminal = r.screen.interactive();
  for (const auto& c : r.journal.open_commitments_of_entry_person(r.entry_id)) {
    auto& s = saved[c.uuid];
    // Finished: decided, and when kept at a terminal, its new due date given.
    if ((s.decision && (*s.decision != "keep" || s.due || !terminal)) || (c.entry && *c.entry == r.entry_id)) continue;
    if (auto stop = review_one(r, c, s); stop != Stop::none) return stop;
  }
  return Stop::none;
}

} // namespace debrief::cli
