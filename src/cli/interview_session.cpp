// The conversation of one interview: see interview_session.hpp. The rules (next question,
// answer checks, marks) are in core/interview; this file does the talking and the saving.
#include "cli/interview_session.hpp"

#include "cli/commands.hpp"
#include "cli/editor.hpp"
#include "cli/output.hpp"
#include "core/interview.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "storage/files.hpp"
#include "storage/journal.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <set>

namespace debrief::cli {

namespace {

/// Why the interview stopped before its end.
enum class Stop { none, quit, eof };

const char* const k_answer_template = R"(

# ------------------------ >8 ------------------------
# Write the answer above this line; everything from the line above down is ignored.
)";

class Session {
 public:
  Session(Context& ctx, Journal& journal, LineReader& in, const InterviewPlan& plan, const Deck& deck, Id entry_id)
      : ctx_(ctx), journal_(journal), in_(in), plan_(plan), deck_(deck), entry_id_(entry_id), out_(in.screen()) {}

  int run() {
    for (const auto& a : journal_.answers(entry_id_)) {
      if (a.question_id.starts_with("review/")) {
        reviewed_.insert(a.question_id.substr(7));
        continue;
      }
      answers_[a.question_id] = a.text;
      auto idx = index_of(a.question_id);
      if (idx) history_.push_back(*idx);
      // A discovery answer saved without its mark (stopped at the mark's prompt): the answer
      // stands and only its mark is asked.
      if (idx && plan_.marks && a.text && !a.mark && is_discovery(a.question_id)) unmarked_.push_back({*idx, a});
    }
    Stop stop = Stop::none;
    std::optional<std::size_t> forced;
    if (plan_.review_commitments && plan_.person) stop = review_commitments();
    if (stop == Stop::none) stop = ask_missing_marks(forced);
    if (stop == Stop::none) stop = ask_questions(forced);
    if (stop == Stop::none) stop = ask_commitment();
    if (stop != Stop::none) return stopped(stop);
    journal_.finish_entry(entry_id_, ctx_.now);
    try {
      print_summary(ctx_, journal_, plan_, deck_, entry_id_, commitment_);
      ctx_.io.out.flush();
    } catch (const OutputError& e) { // saved all the same: say so, so that it is not done twice
      if (e.error == EPIPE) throw;
      throw RuntimeError(fmt::format("{} #{} saved, but {}", plan_.kind == Kind::debrief ? "debrief" : "reflection",
                                     entry_id_, e.message()));
    }
    return 0;
  }

 private:
  bool is_discovery(const std::string& id) const {
    auto idx = index_of(id);
    return idx && deck_.questions[*idx].discovery;
  }
  std::optional<std::size_t> index_of(const std::string& id) const {
    for (std::size_t i = 0; i < deck_.questions.size(); ++i)
      if (deck_.questions[i].id == id) return i;
    return std::nullopt;
  }

  /// Runs a write that stores `typed`; when it fails, the typed text is kept in a private draft
  /// and the error says where.
  template <typename Write> void keeping(const std::string& typed, Write&& write) {
    try {
      write();
    } catch (const std::exception& e) {
      if (typed.find_first_not_of(" \t") == std::string::npos) throw;
      throw RuntimeError(fmt::format("{}; {}", e.what(), keep_draft(ctx_, typed, "answer")));
    }
  }

  /// One answer, joining lines that end in a backslash. nullopt at end of input. `remember`:
  /// whether it joins the history of answers (not a mark, a choice of d/k/x or a due date).
  std::optional<std::string> read_answer(const std::string& prompt, bool remember = true) {
    std::string text;
    std::string p = prompt;
    for (;;) {
      std::optional<std::string> line;
      try {
        line = in_.read_line(p, remember);
      } catch (InputInterrupted& stopped) {
        stopped.pending = text + stopped.pending; // lines continued with `\` are pending too
        throw;
      }
      if (!line) return text.empty() ? std::nullopt : std::optional<std::string>(text);
      if (!line->empty() && line->back() == '\\') {
        text += line->substr(0, line->size() - 1) + "\n";
        p = "... ";
        continue;
      }
      return text + *line;
    }
  }

  Stop review_commitments() {
    for (const auto& c : journal_.open_commitments_of_entry_person(entry_id_)) {
      if (reviewed_.count(c.uuid) || (c.entry && *c.entry == entry_id_)) continue;
      out_ << fmt::format("\nOpen commitment from {}: {}", ctx_.show_time(at_zone(c.created, ctx_.zone)),
                          sanitize_line(c.text));
      if (c.due) out_ << fmt::format(" (due {})", format_day(at_zone(*c.due, ctx_.zone), ctx_.now));
      out_ << '\n';
      std::string account;
      for (;;) {
        auto line = read_answer("How did it go? ");
        if (!line) return Stop::eof;
        auto cmd = parse_session_command(*line);
        if (cmd == SessionCommand::quit) return Stop::quit;
        if (cmd == SessionCommand::help) {
          out_ << k_session_help << '\n';
          continue;
        }
        if (cmd != SessionCommand::none && cmd != SessionCommand::skip) {
          out_ << "  (answer, :skip or :quit)\n";
          continue;
        }
        if (cmd == SessionCommand::skip)
          account.clear();
        else if (auto problem = text_problem(*line, "answer"); !problem.empty()) {
          out_ << "  " << problem << '\n';
          continue;
        } else
          account = *line;
        break;
      }
      // How it went is saved first: a stop at the next prompt keeps it.
      StoredAnswer a;
      a.question_id = "review/" + c.uuid;
      a.question_text = "How did it go: " + c.text;
      a.text = account;
      keeping(account, [&] { journal_.save_answer(entry_id_, a, ctx_.now); });
      CommitmentStatus status = CommitmentStatus::open;
      for (;;) {
        auto line = read_answer("done, keep open or drop? [d/k/x] ", false);
        if (!line) return Stop::eof;
        auto s = ascii_lower(*line);
        if (s == ":quit" || s == ":q") return Stop::quit;
        if (s == "d" || s == "done")
          status = CommitmentStatus::done;
        else if (s == "k" || s == "keep")
          status = CommitmentStatus::open;
        else if (s == "x" || s == "drop" || s == "dropped")
          status = CommitmentStatus::dropped;
        else {
          out_ << "  answer d (done), k (keep open) or x (drop)\n";
          continue;
        }
        break;
      }
      std::optional<Journal::Closing> closing;
      keeping(account, [&] {
        if (status != CommitmentStatus::open) closing = journal_.close_commitment(c.id, status, account, ctx_.now);
      });
      // A `done` or `drop` since it was shown stands; how it went is kept in this debrief.
      if (closing && !closing->closed)
        out_ << fmt::format("  commitment #{} was already {} meanwhile; left as it is (how it went is saved in "
                            "this {})\n",
                            c.id, to_string(closing->commitment.status), plan_.what);
      reviewed_.insert(c.uuid);
    }
    return Stop::none;
  }

  void show_question(const Question& q) {
    std::size_t done = history_.size();
    // A question re-asked with :back is answered already, so not among the remaining ones.
    std::size_t total = done + questions_remaining(deck_, answers_) + (answers_.count(q.id) ? 1 : 0);
    out_ << fmt::format("\n[{}/{}] {}\n", done + 1, total, sanitize_line(q.text));
    if (q.type == QuestionType::scale) out_ << fmt::format("  ({} to {})\n", q.min, q.max);
    if (q.type == QuestionType::yesno) out_ << "  (yes or no)\n";
    if (q.type == QuestionType::choice) {
      std::vector<std::string> numbered;
      for (std::size_t i = 0; i < q.choices.size(); ++i)
        numbered.push_back(fmt::format("{} {}", i + 1, sanitize_line(q.choices[i])));
      out_ << fmt::format("  ({})\n", fmt::join(numbered, ", "));
    }
    if (!q.hint.empty()) out_ << "  hint: " << sanitize_line(q.hint) << '\n';
    for (const auto& p : q.probes) out_ << "  probe: " << sanitize_line(p) << '\n';
  }

  /// The marks of answers saved without one, each shown with its answer.
  Stop ask_missing_marks(std::optional<std::size_t>& forced) {
    for (const auto& [idx, saved] : unmarked_) {
      const Question& q = deck_.questions[idx];
      std::erase(history_, idx);
      show_question(q);
      history_.push_back(idx); // last, so that :back at the mark re-asks this question
      out_ << "  answered: " << sanitize_line(*saved.text) << '\n';
      auto stop = ask_mark(q, idx, CheckedAnswer{*saved.text, saved.scale, {}}, forced);
      if (stop != Stop::none || forced) return stop; // :back re-asks this question
    }
    return Stop::none;
  }

  /// The deck's questions from the next unanswered one (`forced`: this one first).
  Stop ask_questions(std::optional<std::size_t> forced) {
    for (;;) {
      auto idx = forced ? forced : next_question(deck_, answers_);
      forced.reset();
      if (!idx) return Stop::none;
      const Question& q = deck_.questions[*idx];
      show_question(q);
      auto line = read_answer("> ");
      if (!line) return Stop::eof;
      switch (parse_session_command(*line)) {
      case SessionCommand::quit: return Stop::quit;
      case SessionCommand::help:
        out_ << k_session_help << '\n';
        forced = idx;
        continue;
      case SessionCommand::unknown:
        out_ << fmt::format("  unknown command '{}' (accepted: :skip, :back, :edit, :quit, :help)\n",
                            sanitize_line(*line));
        forced = idx;
        continue;
      case SessionCommand::back:
        if (history_.empty()) {
          out_ << "  (this is the first question)\n";
          forced = idx;
        } else {
          forced = history_.back();
          history_.pop_back();
        }
        continue;
      case SessionCommand::skip: save(q, *idx, std::nullopt, {}); continue;
      case SessionCommand::edit:
        if (!in_.interactive()) {
          out_ << "  (:edit needs a terminal)\n";
          forced = idx;
          continue;
        }
        line = edit_answer();
        if (!line) {
          forced = idx;
          continue;
        }
        break;
      case SessionCommand::none: break;
      }
      if (line->find_first_not_of(" \t") == std::string::npos) { // an empty answer skips
        save(q, *idx, std::nullopt, {});
        continue;
      }
      auto checked = check_answer(q, *line);
      if (!checked.error.empty()) {
        out_ << "  " << sanitize_line(checked.error) << '\n';
        forced = idx;
        continue;
      }
      save(q, *idx, checked, {});
      if (plan_.marks && q.discovery) {
        auto stop = ask_mark(q, *idx, checked, forced);
        if (stop != Stop::none) return stop;
      }
    }
  }

  std::optional<std::string> edit_answer() {
    try {
      auto edited = edit_text(ctx_, k_answer_template, k_max_edited_bytes);
      discard_draft(edited.draft_path);
      if (edited.text.empty()) return std::nullopt;
      return edited.text;
    } catch (const std::exception& e) {
      out_ << "  " << sanitize_line(e.what()) << '\n';
      return std::nullopt;
    }
  }

  Stop ask_mark(const Question& q, std::size_t idx, const CheckedAnswer& answer, std::optional<std::size_t>& forced) {
    for (;;) {
      auto line = read_answer("who found it? [s/n/t] ", false);
      if (!line) return Stop::eof;
      auto cmd = parse_session_command(*line);
      if (cmd == SessionCommand::quit) return Stop::quit;
      if (cmd == SessionCommand::skip) return Stop::none;
      if (cmd == SessionCommand::back) { // re-ask the question itself
        history_.pop_back();
        forced = idx;
        return Stop::none;
      }
      auto mark = parse_mark(*line);
      if (!mark) {
        out_ << "  " << k_mark_help << '\n';
        continue;
      }
      save(q, idx, answer, mark);
      return Stop::none;
    }
  }

  void save(const Question& q, std::size_t idx, const std::optional<CheckedAnswer>& answer, std::optional<Mark> mark) {
    StoredAnswer a;
    a.question_id = q.id;
    a.question_text = q.text;
    if (answer) {
      a.text = answer->text;
      a.scale = answer->scale;
    }
    if (mark) {
      a.mark = mark->who;
      a.probes = mark->probes;
    }
    keeping(a.text.value_or(""), [&] { journal_.save_answer(entry_id_, a, ctx_.now); });
    answers_[q.id] = a.text;
    if (history_.empty() || history_.back() != idx) history_.push_back(idx); // a mark re-saves the same answer
  }

  Stop ask_commitment() {
    if (!deck_.commitment || !journal_.commitments_of_entry(entry_id_).empty()) return Stop::none;
    const auto& prompt = *deck_.commitment;
    const std::string default_due = prompt.due.empty() ? ctx_.config().default_due : prompt.due;
    out_ << "\n" << sanitize_line(prompt.text) << "\n  (leave empty for none)\n";
    std::string text;
    for (;;) {
      auto line = read_answer("> ");
      if (!line) return Stop::eof;
      auto cmd = parse_session_command(*line);
      if (cmd == SessionCommand::quit) return Stop::quit;
      if (cmd == SessionCommand::skip) break;
      if (cmd != SessionCommand::none) {
        out_ << "  (a commitment, empty for none, or :quit)\n";
        continue;
      }
      if (auto problem = text_problem(*line, "commitment"); !problem.empty()) {
        out_ << "  " << problem << '\n';
        continue;
      }
      text = *line;
      break;
    }
    if (text.find_first_not_of(" \t") == std::string::npos) return Stop::none;
    std::optional<Seconds> due;
    for (;;) {
      std::optional<std::string> line;
      try {
        line = read_answer(fmt::format("due (empty: {}; none: -)? ", sanitize_line(default_due)), false);
      } catch (InputInterrupted& stopped) { // the commitment is typed but not saved: keep it
        stopped.pending = "commitment: " + text + (stopped.pending.empty() ? "" : "\ndue: " + stopped.pending);
        throw;
      }
      std::string when = line ? *line : "";
      if (when.find_first_not_of(" \t") == std::string::npos) when = default_due;
      if (when.empty() || when == "none" || when == "-") break;
      try {
        due = parse_when(when, ctx_.now, ctx_.zone, Direction::future, ctx_.config().week_start).at.utc;
        break;
      } catch (const UsageError& e) {
        out_ << "  " << e.what() << '\n';
        if (!line) break;
      }
    }
    keeping(text, [&] { commitment_ = journal_.add_commitment(entry_id_, text, due, ctx_.now, new_uuid(ctx_.now)); });
    return Stop::none;
  }

  int stopped(Stop stop) {
    if (plan_.stop_unbegun)
      if (auto code = plan_.stop_unbegun(stop == Stop::eof && !in_.interactive())) return *code;
    auto& err = ctx_.io.err;
    std::string how = fmt::format("debrief {} --resume {}", plan_.command, entry_id_);
    if (stop == Stop::quit) {
      err << fmt::format("debrief: saved; continue with: {}\n", how);
      return 0;
    }
    if (in_.interactive()) {
      err << fmt::format("\ndebrief: saved; continue with: {}\n", how);
      return 0;
    }
    err << fmt::format("debrief: input ended before the end; the answers given are saved (continue with: {})\n", how);
    return 1;
  }

  Context& ctx_;
  Journal& journal_;
  LineReader& in_;
  const InterviewPlan& plan_;
  const Deck& deck_;
  Id entry_id_;
  std::ostream& out_;
  AnswerMap answers_;
  std::vector<std::size_t> history_;
  std::set<std::string> reviewed_;
  std::vector<std::pair<std::size_t, StoredAnswer>> unmarked_; ///< question index, saved answer
  std::optional<Commitment> commitment_;
};

} // namespace

int run_session(Context& ctx, Journal& journal, LineReader& in, const InterviewPlan& plan, const Deck& deck,
                Id entry_id) {
  return Session(ctx, journal, in, plan, deck, entry_id).run();
}

} // namespace debrief::cli
