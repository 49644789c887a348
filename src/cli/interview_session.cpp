// The conversation of one interview: see interview_session.hpp. The rules (next question,
// answer checks, marks) are in core/interview; this file does the talking and the saving.
#include "cli/interview_session.hpp"

#include "cli/commands.hpp"
#include "cli/editor.hpp"
#include "cli/interview_screen.hpp"
#include "cli/output.hpp"
#include "core/interview.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "core/text.hpp"
#include "core/verdict.hpp"
#include "storage/files.hpp"
#include "storage/journal.hpp"

#include <fmt/format.h>

#include <map>

namespace debrief::cli {

namespace {

/// The mark proposed from the probes revealed before the rep found it: none, self; one,
/// nudged; more, nudged after that many.
Mark proposed_mark(int revealed) {
  if (revealed <= 0) return {Discovery::self, 0};
  return {Discovery::nudged, std::min(revealed, 9)};
}

std::string mark_code(const Mark& m) {
  if (m.who != Discovery::nudged) return std::string(1, to_string(m.who)[0]);
  return m.probes <= 1 ? "n" : fmt::format("n{}", m.probes);
}

std::string answer_template(const std::string& answer, const Question& q) {
  std::string t = answer + "\n\n# ------------------------ >8 ------------------------\n"
                           "# Write the answer above this line; everything from the line above down is ignored.\n#\n";
  t += "# " + sanitize_line(q.text) + "\n";
  if (!q.hint.empty()) t += "# hint: " + sanitize_line(q.hint) + "\n";
  return t;
}

class Session {
 public:
  Session(Context& ctx, Journal& journal, LineReader& in, const InterviewPlan& plan, const Deck& deck, Id entry_id)
      : ctx_(ctx), journal_(journal), in_(in), screen_(in, in.interactive() && ctx.color(), ctx.utf8()), plan_(plan),
        deck_(deck), entry_id_(entry_id) {}

  int run() {
    load_answers();
    Stop stop = Stop::none;
    if (plan_.review_commitments && plan_.person)
      stop = review_commitments({ctx_, journal_, screen_, plan_, entry_id_});
    std::optional<std::size_t> forced;
    if (stop == Stop::none) stop = ask_missing_marks(forced);
    while (stop == Stop::none) {
      stop = ask_questions(forced);
      if (stop != Stop::none) break;
      bool back = false;
      stop = ask_commitment(back);
      if (!back) break;
      if (history_.empty()) {
        screen_.note("(there is no question to go back to)");
        continue;
      }
      forced = history_.back(); // :back at the commitment re-asks the last question
      history_.pop_back();
    }
    if (stop != Stop::none) return stopped(stop);
    finish();
    try {
      print_summary(ctx_, journal_, plan_, deck_, entry_id_, commitment_);
      ctx_.io.out.flush();
    } catch (const OutputError& e) { // saved all the same: say so, so that it is not done twice
      if (e.error == EPIPE) throw;
      throw RuntimeError(fmt::format("{} #{} saved, but {}", plan_.what, entry_id_, e.message()));
    }
    return 0;
  }

 private:
  std::optional<std::size_t> index_of(const std::string& id) const {
    for (std::size_t i = 0; i < deck_.questions.size(); ++i)
      if (deck_.questions[i].id == id) return i;
    return std::nullopt;
  }

  /// The answers saved before this session (a resumed interview), recapped at a terminal.
  void load_answers() {
    bool recapped = false;
    for (const auto& a : journal_.answers(entry_id_)) {
      if (auto r = parse_review_answer_id(a.question_id); r && r->part == ReviewPart::subject) subject_saved_ = true;
      auto idx = index_of(a.question_id);
      if (!idx) continue; // a review's answers, or a question the deck no longer has
      answers_[a.question_id] = a.text;
      history_.push_back(*idx);
      if (a.mark) marks_[*idx] = Mark{*a.mark, a.probes};
      // A discovery answer saved without its mark (stopped at the mark's prompt): the answer
      // stands and only its mark is asked.
      if (plan_.marks && a.text && !a.mark && deck_.questions[*idx].discovery) unmarked_.push_back({*idx, a});
      if (!in_.interactive()) continue;
      if (!recapped) screen_.heading("Answered so far (:back to change one):");
      recapped = true;
      std::string text = a.text ? *a.text : "(skipped)";
      if (a.mark) text += fmt::format(" [{}]", mark_code({*a.mark, a.probes}));
      screen_.labelled(a.question_id, text);
    }
  }

  std::size_t counter_total(const Question& q) const {
    // A question re-asked with :back is answered already, so not among the remaining ones.
    return history_.size() + questions_remaining(deck_, answers_) + (answers_.count(q.id) ? 1 : 0);
  }

  void show_question(std::size_t idx) {
    const Question& q = deck_.questions[idx];
    screen_.question(history_.size() + 1, counter_total(q), q, revealed_[idx]);
  }

  /// Reveals the next probe of question `idx`: the lines to show, or a note that none is left.
  std::string reveal_probe(std::size_t idx) {
    const Question& q = deck_.questions[idx];
    int& n = revealed_[idx];
    if (n >= static_cast<int>(q.probes.size()))
      return q.probes.empty() ? "  (no probes for this question)\n" : "  (no more probes)\n";
    return screen_.probe(q, ++n);
  }

  /// The marks of answers saved without one, each shown with its answer.
  Stop ask_missing_marks(std::optional<std::size_t>& forced) {
    for (const auto& [idx, saved] : unmarked_) {
      std::erase(history_, idx);
      show_question(idx);
      history_.push_back(idx); // last, so that :back at the mark re-asks this question
      screen_.labelled("answered", *saved.text);
      auto stop = ask_mark(idx, CheckedAnswer{*saved.text, saved.scale, {}}, forced);
      if (stop != Stop::none || forced) return stop; // :back re-asks this question
    }
    return Stop::none;
  }

  /// The answer line of question `idx`, its earlier answer ready to edit; at a terminal, `?`
  /// and Tab reveal the next probe.
  std::optional<std::string> read_answer_line(std::size_t idx, const std::string& initial) {
    if (!in_.interactive()) return screen_.read("> ", true, initial);
    in_.set_tab_action([this, idx] { return reveal_probe(idx); });
    struct Untab {
      LineReader& in;
      ~Untab() { in.set_tab_action({}); }
    } untab{in_};
    for (std::string typed = initial;;) {
      auto line = screen_.read("> ", true, typed);
      if (!line || trim(*line) != "?") return line;
      screen_.out() << reveal_probe(idx);
    }
  }

  /// The deck's questions from the next unanswered one (`forced`: this one first).
  Stop ask_questions(std::optional<std::size_t> forced) {
    for (;;) {
      auto idx = forced ? forced : next_question(deck_, answers_);
      forced.reset();
      if (!idx) return Stop::none;
      const Question& q = deck_.questions[*idx];
      show_question(*idx);
      const std::string earlier = answers_.count(q.id) && answers_[q.id] ? *answers_[q.id] : "";
      auto line = read_answer_line(*idx, earlier);
      if (!line) return Stop::eof;
      switch (parse_session_command(*line)) {
      case SessionCommand::quit: return Stop::quit;
      case SessionCommand::help:
        screen_.help(k_session_help);
        if (in_.interactive()) screen_.help(k_probe_help);
        forced = idx;
        continue;
      case SessionCommand::unknown:
        screen_.note(
            fmt::format("unknown command '{}' (accepted: :skip, :back, :edit, :quit, :help)", sanitize_line(*line)));
        forced = idx;
        continue;
      case SessionCommand::back:
        if (history_.empty()) {
          screen_.note("(this is the first question)");
          forced = idx;
        } else {
          forced = history_.back();
          history_.pop_back();
        }
        continue;
      case SessionCommand::skip: save(q, *idx, std::nullopt, {}); continue;
      case SessionCommand::edit:
        line = edit_answer(q, earlier);
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
      if (checked.error.empty() && q.sets == EntryField::due) checked.error = due_problem(*line);
      if (!checked.error.empty()) {
        screen_.note(sanitize_line(checked.error));
        forced = idx;
        continue;
      }
      save(q, *idx, checked, {});
      if (plan_.marks && q.discovery) {
        auto stop = ask_mark(*idx, checked, forced);
        if (stop != Stop::none) return stop;
      }
    }
  }

  /// The answer written in the editor, the question as a comment; nullopt when none was written.
  std::optional<std::string> edit_answer(const Question& q, const std::string& earlier) {
    if (!in_.interactive()) {
      screen_.note("(:edit needs a terminal)");
      return std::nullopt;
    }
    try {
      auto edited = edit_text(ctx_, answer_template(earlier, q), k_max_edited_bytes);
      if (edited.text.empty()) {
        discard_draft(edited.draft_path);
        screen_.note("(nothing written; the question is asked again)");
        return std::nullopt;
      }
      // Refused text is not lost: the editor's file stays, and the question is asked again.
      auto problem = text_problem(edited.text, "answer");
      if (problem.empty()) problem = check_answer(q, edited.text).error;
      if (!problem.empty()) {
        // The path on a line of its own, never wrapped: it is there to be copied.
        screen_.note(fmt::format("{}; your text is kept in:", sanitize_line(problem)));
        screen_.out() << "  " << sanitize_line(edited.draft_path) << '\n';
        return std::nullopt;
      }
      discard_draft(edited.draft_path);
      screen_.labelled("saved", edited.text);
      return edited.text;
    } catch (const std::exception& e) {
      screen_.note(sanitize_line(e.what()));
      return std::nullopt;
    }
  }

  /// Who found the insight of question `idx`. At a terminal the mark is proposed from the
  /// probes revealed; a `t` with a probe never revealed is met, once, by an offer to try it.
  Stop ask_mark(std::size_t idx, const CheckedAnswer& answer, std::optional<std::size_t>& forced) {
    const Question& q = deck_.questions[idx];
    for (;;) {
      // A mark saved before (:back, --resume) is proposed again, as the answer is pre-filled.
      auto saved = marks_.find(idx);
      const Mark proposed = saved != marks_.end() ? saved->second : proposed_mark(revealed_[idx]);
      const std::string dot = screen_.utf8() ? " · " : ", ";
      auto line = screen_.read(
          in_.interactive() ? fmt::format("who found it? s self{}n nudged{}t told [{}] ", dot, dot, mark_code(proposed))
                            : std::string("who found it? [s/n/t] "),
          false);
      if (!line) return Stop::eof;
      auto cmd = parse_session_command(*line);
      if (cmd == SessionCommand::quit) return Stop::quit;
      if (cmd == SessionCommand::skip) return Stop::none;
      if (cmd == SessionCommand::back) { // re-ask the question itself
        history_.pop_back();
        forced = idx;
        return Stop::none;
      }
      auto mark = in_.interactive() && trim(*line).empty() ? std::optional(proposed) : parse_mark(*line);
      if (!mark) {
        screen_.note(k_mark_help);
        continue;
      }
      if (mark->who == Discovery::nudged && mark->probes == 1) mark->probes = std::max(1, revealed_[idx]);
      if (mark->who == Discovery::told) mark->probes = revealed_[idx]; // tried before telling
      if (mark->who == Discovery::told && offer_probe(idx)) {
        history_.pop_back(); // back to the question, its answer ready to change
        forced = idx;
        return Stop::none;
      }
      save(q, idx, answer, mark);
      return Stop::none;
    }
  }

  /// Before a `t` on a question whose probes were not all tried, once per question at a
  /// terminal: true when the manager goes back to ask the probe.
  bool offer_probe(std::size_t idx) {
    const Question& q = deck_.questions[idx];
    const int n = revealed_[idx];
    if (!in_.interactive() || n >= static_cast<int>(q.probes.size()) || !offered_.insert(idx).second) return false;
    const auto& probe = q.probes[static_cast<std::size_t>(n)];
    screen_.note(
        fmt::format("Before telling: try “{}” — Enter to go back and ask it, t to keep told", sanitize_line(probe)));
    for (;;) {
      auto line = screen_.read("[Enter/t] ", false);
      const std::string s = line ? ascii_lower(trim(*line)) : "t";
      if (s.empty()) {
        ++revealed_[idx];
        return true;
      }
      if (s == "t" || s == "told") return false;
      screen_.note("Enter to go back and ask the probe, t to keep told");
    }
  }

  void save(const Question& q, std::size_t idx, const std::optional<CheckedAnswer>& answer, std::optional<Mark> mark) {
    StoredAnswer a;
    a.question_id = q.id;
    a.question_text = q.text;
    a.sets_outcome = q.sets == EntryField::outcome;
    if (answer) {
      a.text = answer->text;
      a.scale = answer->scale;
    }
    if (mark) {
      a.mark = mark->who;
      a.probes = mark->probes;
      marks_[idx] = *mark;
    }
    auto after = answers_;
    after[q.id] = a.text;
    const auto withdrawn = answers_no_longer_asked(deck_, after);
    save_subject();
    keeping(ctx_, a.text.value_or(""), [&] { journal_.save_answer(entry_id_, a, ctx_.now, withdrawn); });
    answers_ = std::move(after);
    for (const auto& id : withdrawn) { // an answer changed with :back: its follow-ups' answers go
      answers_.erase(id);
      std::erase_if(history_, [&](std::size_t i) { return deck_.questions[i].id == id; });
    }
    if (history_.empty() || history_.back() != idx) history_.push_back(idx); // a mark re-saves the same answer
  }

  /// Why `text` is no date for a kept commitment's new due date (a `sets = "due"` answer); "" when
  /// it is one.
  std::string due_problem(const std::string& text) const {
    try {
      parse_when(trim(text), ctx_.now, ctx_.zone, Direction::future, ctx_.config().week_start);
      return "";
    } catch (const UsageError& e) {
      return e.what();
    }
  }

  /// With the first answer of an interview about one commitment: which commitment it is, so
  /// that --resume knows (the commitment's text, as the entry's record of it).
  void save_subject() {
    if (!plan_.target || subject_saved_) return;
    StoredAnswer a;
    a.question_id = review_answer_id(plan_.target->uuid, ReviewPart::subject);
    a.question_text = "Commitment reviewed";
    a.text = plan_.target->text;
    journal_.save_answer(entry_id_, a, ctx_.now);
    subject_saved_ = true;
  }

  /// Marks the interview complete; about one commitment, decides it with the answers in the
  /// same transaction (see Journal::finish_review), so that it is decided exactly once.
  void finish() {
    if (!plan_.target) {
      journal_.finish_entry(entry_id_, ctx_.now);
      return;
    }
    const Commitment& c = *plan_.target;
    const Verdict v = verdict_of(deck_, answers_);
    Journal::Decision d;
    d.status = v.status;
    d.review = LatestReview{v.note, v.helped, v.evidence, ctx_.now};
    if (v.due) d.due = parse_when(*v.due, ctx_.now, ctx_.zone, Direction::future, ctx_.config().week_start).at.utc;
    StoredAnswer account, decision;
    account.question_id = review_answer_id(c.uuid, ReviewPart::account);
    account.question_text = "How did it go: " + c.text;
    account.text = v.note;
    decision.question_id = review_answer_id(c.uuid, ReviewPart::decision);
    decision.question_text = "Decision: " + c.text;
    decision.text = v.decision;
    auto closing = journal_.finish_review(entry_id_, c.id, d, {account, decision}, ctx_.now);
    // A `done`, `drop` or delete since the interview started stands; what was said is kept here.
    if (!closing.closed) screen_.note(decided_meanwhile(closing.commitment, "what was said", plan_.what));
  }

  /// The due date of commitment `text`: nullopt for none (`-`, :skip), `back` for :back, `quit`
  /// for :quit. A stop keeps `text` in a draft: the commitment is saved only with its date.
  std::optional<Seconds> ask_due(const std::string& text, bool& back, bool& quit) {
    const auto& prompt = *deck_.commitment;
    const std::string default_due = prompt.due.empty() ? ctx_.config().default_due : prompt.due;
    for (;;) {
      std::optional<std::string> line;
      try {
        line = screen_.read(fmt::format("due (empty: {}; none: -)? ", sanitize_line(default_due)), false);
      } catch (InputInterrupted& stopped) { // the commitment is typed but not saved: keep it
        stopped.pending = "commitment: " + text + (stopped.pending.empty() ? "" : "\ndue: " + stopped.pending);
        throw;
      }
      std::string when = line ? *line : "";
      switch (parse_session_command(when)) {
      case SessionCommand::back: back = true; return std::nullopt;
      case SessionCommand::skip: return std::nullopt;
      case SessionCommand::quit:
        quit = true;
        screen_.note(keep_draft(ctx_, "commitment: " + text, "answer") + " (not saved without its due date)");
        return std::nullopt;
      case SessionCommand::help:
      case SessionCommand::edit:
      case SessionCommand::unknown:
        screen_.note(fmt::format("a date (friday, \"in 2 weeks\", 2026-12-04), empty for {}, - for none; :back "
                                 "changes the commitment, :quit stops",
                                 sanitize_line(default_due)));
        continue;
      case SessionCommand::none: break;
      }
      if (when.find_first_not_of(" \t") == std::string::npos) when = default_due;
      if (when.empty() || when == "none" || when == "-") return std::nullopt;
      try {
        return parse_when(when, ctx_.now, ctx_.zone, Direction::future, ctx_.config().week_start).at.utc;
      } catch (const UsageError& e) {
        screen_.note(e.what());
        if (!line) return std::nullopt;
      }
    }
  }

  /// The deck's closing commitment; `back` when the manager goes back to the last question.
  Stop ask_commitment(bool& back) {
    if (!deck_.commitment || !journal_.commitments_of_entry(entry_id_).empty()) return Stop::none;
    std::string text;
    for (;;) {
      screen_.heading(sanitize_line(deck_.commitment->text));
      screen_.note("(leave empty for none)");
      Stop stop = Stop::none;
      auto typed = read_text(screen_, {"> ", "commitment", text}, stop, &back);
      if (!typed) return stop;
      text = *typed;
      if (text.find_first_not_of(" \t") == std::string::npos) return Stop::none;
      bool again = false, quit = false;
      auto due = ask_due(text, again, quit);
      if (quit) return Stop::quit;
      if (again) continue; // :back at the due date: the commitment again, ready to edit
      // A #tag in it is the skill, as for `commit`; of several, none is chosen here.
      std::vector<std::string> tags;
      try {
        tags = skill_tags(text);
      } catch (const UsageError& e) { // a #tag no tag may be: the text stands, with no skill
        screen_.note(fmt::format("no skill set: {}", sanitize_line(e.what())));
      }
      const auto skill = tags.size() == 1 ? std::optional(tags.front()) : std::nullopt;
      keeping(ctx_, text, [&] {
        commitment_ = journal_.add_commitment(entry_id_, text, due, ctx_.now, new_uuid(ctx_.now), skill);
      });
      if (tags.size() > 1)
        screen_.note(fmt::format("several #tags: no skill set (choose one with: debrief commitments edit {} -t SKILL)",
                                 commitment_->id));
      return Stop::none;
    }
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
  InterviewScreen screen_;
  const InterviewPlan& plan_;
  const Deck& deck_;
  Id entry_id_;
  AnswerMap answers_;
  std::vector<std::size_t> history_;
  std::vector<std::pair<std::size_t, StoredAnswer>> unmarked_; ///< question index, saved answer
  std::map<std::size_t, int> revealed_;                        ///< probes revealed, by question index
  std::map<std::size_t, Mark> marks_;                          ///< marks saved, by question index
  std::set<std::size_t> offered_;                              ///< questions whose told was met by an offer
  std::optional<Commitment> commitment_;
  bool subject_saved_ = false; ///< the commitment the interview is about is saved (plan_.target)
};

} // namespace

int run_session(Context& ctx, Journal& journal, LineReader& in, const InterviewPlan& plan, const Deck& deck,
                Id entry_id) {
  return Session(ctx, journal, in, plan, deck, entry_id).run();
}

} // namespace debrief::cli
