// The review of a rep's open commitments at the start of a debrief: see interview_session.hpp.
#include "cli/editor.hpp"
#include "cli/interview_screen.hpp"
#include "cli/interview_session.hpp"
#include "core/interview.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
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

namespace {

/// What the interview holds of each commitment's review so far, by commitment uuid.
struct Saved {
  std::optional<std::string> account;
  bool decided = false;
};

std::map<std::string, Saved> saved_reviews(Journal& journal, Id entry_id) {
  std::map<std::string, Saved> saved;
  for (const auto& a : journal.answers(entry_id)) {
    const auto id = parse_review_answer_id(a.question_id);
    if (!id) continue;
    if (id->decision)
      saved[id->uuid].decided = true;
    else
      saved[id->uuid].account = a.text.value_or("");
  }
  return saved;
}

/// How it went, in words; nullopt when the interview stops.
std::optional<std::string> ask_account(InterviewScreen& screen, Stop& stop) {
  for (;;) {
    auto line = screen.read("How did it go? ");
    if (!line) {
      stop = Stop::eof;
      return std::nullopt;
    }
    auto cmd = parse_session_command(*line);
    if (cmd == SessionCommand::quit) {
      stop = Stop::quit;
      return std::nullopt;
    }
    if (cmd == SessionCommand::help) {
      screen.help(k_session_help);
      continue;
    }
    if (cmd == SessionCommand::skip) return "";
    if (cmd != SessionCommand::none) {
      screen.note("(answer, :skip or :quit)");
      continue;
    }
    if (auto problem = text_problem(*line, "answer"); !problem.empty()) {
      screen.note(problem);
      continue;
    }
    return *line;
  }
}

/// done, keep open or drop; nullopt when the interview stops.
std::optional<CommitmentStatus> ask_decision(InterviewScreen& screen, Stop& stop) {
  for (;;) {
    auto line = screen.read("done, keep open or drop? [d/k/x] ", false);
    if (!line) {
      stop = Stop::eof;
      return std::nullopt;
    }
    auto s = ascii_lower(*line);
    if (s == ":quit" || s == ":q") {
      stop = Stop::quit;
      return std::nullopt;
    }
    if (s == "d" || s == "done") return CommitmentStatus::done;
    if (s == "k" || s == "keep") return CommitmentStatus::open;
    if (s == "x" || s == "drop" || s == "dropped") return CommitmentStatus::dropped;
    screen.note("answer d (done), k (keep open) or x (drop)");
  }
}

void show_commitment(const Review& r, const Commitment& c) {
  auto line = fmt::format("Open commitment from {}: {}", r.ctx.show_time(at_zone(c.created, r.ctx.zone)),
                          sanitize_line(c.text));
  if (c.due) line += fmt::format(" (due {})", format_day(at_zone(*c.due, r.ctx.zone), r.ctx.now));
  r.screen.heading(line);
}

} // namespace

Stop review_commitments(Review r) {
  auto saved = saved_reviews(r.journal, r.entry_id);
  for (const auto& c : r.journal.open_commitments_of_entry_person(r.entry_id)) {
    if (saved[c.uuid].decided || (c.entry && *c.entry == r.entry_id)) continue;
    show_commitment(r, c);
    Stop stop = Stop::none;
    std::string account;
    if (auto earlier = saved[c.uuid].account) { // stopped at the decision: how it went stands
      account = *earlier;
      r.screen.labelled("how it went", account.empty() ? "(skipped)" : account);
    } else {
      auto typed = ask_account(r.screen, stop);
      if (!typed) return stop;
      account = *typed;
      StoredAnswer a;
      a.question_id = review_answer_id(c.uuid);
      a.question_text = "How did it go: " + c.text;
      a.text = account;
      keeping(r.ctx, account, [&] { r.journal.save_answer(r.entry_id, a, r.ctx.now); });
    }
    auto status = ask_decision(r.screen, stop);
    if (!status) return stop;
    std::optional<Journal::Closing> closing;
    keeping(r.ctx, account, [&] {
      if (*status != CommitmentStatus::open) closing = r.journal.close_commitment(c.id, *status, account, r.ctx.now);
      StoredAnswer d;
      d.question_id = review_answer_id(c.uuid, true);
      d.question_text = "Decision: " + c.text;
      d.text = *status == CommitmentStatus::open ? "keep" : std::string(to_string(*status));
      r.journal.save_answer(r.entry_id, d, r.ctx.now);
    });
    // A `done` or `drop` since it was shown stands; how it went is kept in this debrief.
    if (closing && !closing->closed)
      r.screen.note(fmt::format("commitment #{} was already {} meanwhile; left as it is (how it went is saved in "
                                "this {})",
                                c.id, to_string(closing->commitment.status), r.plan.what));
  }
  return Stop::none;
}

} // namespace debrief::cli
