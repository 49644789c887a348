// The journal: one SQLite file per user, and the typed reads and writes commands need.
#pragma once

#include "core/edit.hpp"
#include "core/entry.hpp"
#include "core/error.hpp"
#include "core/exchange.hpp"
#include "core/interview.hpp"
#include "core/model.hpp"
#include "core/person.hpp"
#include "core/recap.hpp"
#include "core/report.hpp"
#include "storage/entry_lock.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace debrief {

/// Every public call that fails on the journal itself throws a JournalError (core/error.hpp)
/// naming what it was doing and the journal's path; no SQLite error leaves storage.
class Journal {
 public:
  /// Opens the journal at `path`, creating it (directory 0700, file 0600) when missing. A file
  /// already there is judged from its bytes first (journal_file.hpp): one that is not a
  /// journal this build reads is refused before SQLite may touch it or its side files. An
  /// existing journal open to others is made private (make_private), and so is `private_dir`
  /// (debrief's own directory of the default location; empty for a path the user chose); a
  /// journal in a directory others may write to, or with side files (-journal, -wal, -shm) that
  /// are links, not regular files or someone else's, is refused.
  /// Symbolic links in the directories of `path` are fine; one at the file is refused.
  /// `decks_dir`, the user's deck directory, is read only when opening upgrades a journal made
  /// before schema 4: its entries from decks private now are marked private (schema.cpp).
  static Journal open_for_write(const std::string& path, const std::string& private_dir = {},
                                const std::string& decks_dir = {});
  /// Opens an existing journal, as open_for_write does; nullopt when there is no file yet.
  static std::optional<Journal> open_existing(const std::string& path, const std::string& private_dir = {},
                                              const std::string& decks_dir = {});

  /// Opens another's journal to read it alone (`team`): never created, upgraded, made private
  /// or written, not even its side files' permissions; SQLite opens it read-only. Throws
  /// RuntimeError for a missing file, one that is not a journal of this build's schema (an
  /// older one names the upgrade), or one SQLite cannot read.
  static Journal open_read_only(const std::string& path);

  /// The session lock of entry `id` (an interview being answered), held until the lock is
  /// destroyed or the process ends; nullopt while another process holds it (entry_lock.hpp).
  std::optional<EntryLock> lock_entry(Id id);

  /// What opening changed that the user should know (permissions made private), one line each.
  const std::vector<std::string>& notices() const { return notices_; }

  Journal(Journal&&) noexcept;
  Journal& operator=(Journal&&) noexcept;
  ~Journal();

  const std::string& path() const { return path_; }

  /// Stores a note, its person and tags in one IMMEDIATE transaction.
  AddedNote add_note(const NewNote& note, Seconds now, const std::string& uuid);

  /// Entries, most recent first. Throws UsageError for an unknown person.
  std::vector<Entry> list(const ListFilter& filter);
  /// The same entries passed to `each` as they are read, a chunk at a time: no lock on the
  /// journal is held while `each` runs (it may wait on a slow reader of the output), and
  /// memory does not grow with the journal. An entry changed meanwhile comes as it is when its
  /// chunk is read, and never twice.
  void list(const ListFilter& filter, const std::function<void(const Entry&)>& each);
  /// How many entries list() would pass without a limit, up to `most` (counting costs a read
  /// of each). Throws UsageError for an unknown person.
  long long count(const ListFilter& filter, long long most);

  /// Starts an in-progress interview entry, with its tags, not begun (Entry::begun): hidden from
  /// every read until its first answer or commitment, which begins it. A person not in the
  /// journal yet is added then too, not before: an interview stopped before it begins leaves no
  /// trace. Ask about a name close to a known one (closest_person) before.
  Entry start_interview(const NewInterview& interview, Seconds now, const std::string& uuid);
  /// Stores or replaces (same question id) one answer, in its own transaction; begins the entry.
  /// `withdrawn`: the answers of questions no longer asked since this one changed, removed with
  /// it in one transaction.
  void save_answer(Id entry_id, const StoredAnswer& answer, Seconds now,
                   const std::vector<std::string>& withdrawn = {});
  /// The entry's answers in the order asked.
  std::vector<StoredAnswer> answers(Id entry_id);
  /// Marks an interview complete (and begun).
  void finish_entry(Id entry_id, Seconds now);
  /// Calls `begun` with the entry's id whenever an interview started by this journal begins
  /// (inside the transaction that begins it), for a session's own bookkeeping.
  void on_begun(std::function<void(Id)> begun) { on_begun_ = std::move(begun); }
  /// Deletes the interview `entry_id`, with its tags, if it is not begun; returns whether it did.
  /// For a session stopped before its first answer; its lock is best released first, so that
  /// the id, free again, is never found locked by the next interview that takes it.
  bool discard_unbegun(Id entry_id);
  /// The most recent in-progress entry of this kind (begun, not deleted), if any; with `person`,
  /// of the person so called only (none for a name not in the journal); with `deck`, of that
  /// deck only.
  std::optional<Entry> last_in_progress(Kind kind, const std::optional<std::string>& person = std::nullopt,
                                        const std::optional<std::string>& deck = std::nullopt);
  /// The entry with this id (deleted ones included), if any.
  std::optional<Entry> entry(Id id);
  /// The entry with its answers, read in one transaction (its version goes with them), if any.
  std::optional<EntryState> entry_state(Id id);

  /// What a recap of the entry reads (core/recap.hpp), in one read: the entry (deleted or not),
  /// its answers, the commitments made in it and those its reviews name, as they are now. The
  /// target is left at its default; nullopt when there is no such entry.
  std::optional<RecapInput> recap_input(Id entry_id);
  /// What is shown before the new debrief `entry_id`: the last complete debrief with its person,
  /// neither deleted nor private, with its answers, the commitments made in it and the latest
  /// review of each (in the person's entries neither deleted nor private); nullopt when there
  /// is none (or the entry has no person).
  std::optional<CallContext> call_context(Id entry_id);

  /// Open commitments of the entry's person (whatever they are called by now), oldest first.
  std::vector<Commitment> open_commitments_of_entry_person(Id entry_id);
  /// Commitments made in an entry.
  std::vector<Commitment> commitments_of_entry(Id entry_id);
  /// Adds an open commitment made in the entry, for the entry's person as they are when it is
  /// stored (a rename or merge meanwhile included). Throws UsageError when there is no such entry.
  Commitment add_commitment(Id entry_id, const std::string& text, std::optional<Seconds> due, Seconds now,
                            const std::string& uuid, const std::optional<std::string>& skill = std::nullopt);
  struct AgreedCommitment {
    AddedNote note;        ///< the note that records it: its entry
    Commitment commitment; ///< made in that note, for the note's person
  };
  /// A commitment agreed outside a debrief (`commit`): a note recording it and the commitment
  /// made in that note, in one IMMEDIATE transaction; deleting the note hides the commitment.
  AgreedCommitment add_agreed_commitment(const NewNote& note, const std::string& text, std::optional<Seconds> due,
                                         const std::optional<std::string>& skill, Seconds now,
                                         const std::string& note_uuid, const std::string& uuid);
  /// Commitments the filter selects, oldest due first (no due date last), passed to `each` a
  /// chunk at a time: no lock is held while `each` runs, and none is collected.
  void commitments(const CommitmentFilter& filter, const std::function<void(const Commitment&)>& each);
  /// The same, collected (for a few).
  std::vector<Commitment> commitments(const CommitmentFilter& filter);
  /// One commitment by id.
  std::optional<Commitment> commitment(Id id);
  /// One commitment by uuid.
  std::optional<Commitment> commitment_by_uuid(const std::string& uuid);
  struct Closing {
    bool closed = false;   ///< false: it was no longer open (closed meanwhile); nothing changed
    Commitment commitment; ///< as it is after the call, with its person's current name
  };
  /// Closes a commitment as "done" or "dropped" with a note, if it is still open, in one
  /// IMMEDIATE transaction. Throws UsageError when there is no such commitment.
  Closing close_commitment(Id id, CommitmentStatus status, const std::string& note, Seconds now);
  /// What a review decides: close (done, dropped) or keep open, with what the review said and,
  /// kept open, a new due date.
  struct Decision {
    CommitmentStatus status = CommitmentStatus::open;
    std::optional<LatestReview> review; ///< nullopt: closed without a word (`done 3`)
    std::optional<Seconds> due;         ///< kept open: the new due date (nullopt: unchanged)
  };
  /// Applies the decision to a commitment still open and not hidden, in one IMMEDIATE
  /// transaction: its review becomes the commitment's latest, and a closing's note is how it went.
  /// `closed` false: it was no longer open (or hidden); nothing changed. Throws UsageError when
  /// there is no such commitment.
  Closing decide_commitment(Id id, const Decision& decision, Seconds now);
  /// Finishes the interview `entry_id` about one commitment (`ask --commitment`) in one
  /// IMMEDIATE transaction: the decision applied as decide_commitment() does, the answers that
  /// record it saved as save_answer() does, the entry marked complete. All or nothing, so the
  /// decision is applied once however the session is stopped and resumed.
  Closing finish_review(Id entry_id, Id commitment_id, const Decision& decision,
                        const std::vector<StoredAnswer>& record, Seconds now);
  /// Opens again a closed commitment that is not hidden (a mistaken `done`): its status, closing
  /// note and time are cleared, its latest review kept. `closed` false: it was open already (or
  /// hidden); nothing changed. Throws UsageError when there is no such commitment.
  Closing reopen_commitment(Id id);
  /// A change to a commitment's text, due date or skill; what is unset stays as it is.
  struct CommitmentChange {
    std::optional<std::string> text;
    std::optional<std::optional<Seconds>> due;       ///< set to nullopt: no due date
    std::optional<std::optional<std::string>> skill; ///< set to nullopt: no skill
  };
  /// Applies the change to a commitment that is not hidden, in one IMMEDIATE transaction; `closed`
  /// false: it is hidden; nothing changed. Throws UsageError when there is no such commitment.
  Closing change_commitment(Id id, const CommitmentChange& change);

  /// Fills what a report reads of the journal for `in`'s periods: groups, marks, scales and
  /// tags counted as they are read, and sources for its lessons and open commitments, which
  /// read this journal each time they are called (it must outlive them). Memory does not grow
  /// with the journal.
  void fill_report(ReportInput& in);

  /// FTS5 search over bodies, answers and commitment texts, best match first, one hit per
  /// entry, with the list filters. `match` is an FTS5 expression as fts_query writes it (the
  /// user's query never goes to FTS5 untranslated); ranking and snippets both use it.
  std::vector<SearchHit> search(const std::string& match, const ListFilter& filter);
  /// The same hits passed to `each` as they are found, a chunk at a time, as list() passes
  /// entries: no lock is held while `each` runs. Without a limit, the ranked texts (their
  /// ids) are read first, in one sort, as one ranking needs.
  void search(const std::string& match, const ListFilter& filter, const std::function<void(const SearchHit&)>& each);

  /// Soft-deletes (`deleted`: true) or restores an entry, hiding or restoring the commitments
  /// made in it. Throws UsageError when there is no such entry or it is already in that state.
  void set_deleted(Id entry_id, bool deleted, Seconds now);

  /// Saves an edited entry (fields, text, tags, answers) in one transaction, if it is still as
  /// it was read: its version `expected_version`. A new person takes the commitments made in the
  /// entry that were its old person's. Returns nullopt when saved; otherwise saves
  /// nothing and returns the entry as it is now (changed, or deleted, meanwhile). Throws
  /// UsageError when there is no such entry.
  std::optional<EntryState> update_entry(Id entry_id, const EditedEntry& edited, long long expected_version,
                                         Seconds now);

  /// What `person NAME` shows of the person called `name` (core/person.hpp), in one read,
  /// private entries and their commitments only with `include_private`; the target is left at
  /// its default. Throws UsageError naming close matches for an unknown person.
  PersonInput person_input(const std::string& name, bool include_private);

  /// Everyone with their counts, in name order.
  std::vector<PersonSummary> people();

  /// Renames a person; when `to` names someone else, moves all of `from`'s entries and
  /// commitments to them, but only with `merge` (UsageError otherwise). Returns whether it merged.
  bool rename_person(const std::string& from, const std::string& to, bool merge);

  /// Calls `emit` for each entry the filter selects (limit ignored), oldest first, with its
  /// answers and commitments. Entries are read a chunk at a time, each chunk with its answers
  /// and commitments in one read, and passed on after it: no lock is held while `emit` runs,
  /// memory does not grow with the journal, and an entry changed meanwhile comes as it is when
  /// its chunk is read, never twice.
  void export_entries(const ListFilter& filter, const std::function<void(const ExchangeEntry&)>& emit);

  /// An import in one transaction, an entry at a time (storage/journal_import.hpp).
  class Import;

  /// Every person's name, as first written, in name order.
  std::vector<std::string> people_names();
  /// The stored spelling of the person called `name` (a normalized name), if there is one: the
  /// person spelled so, ASCII case aside (as journals before schema 3 told people apart), else
  /// the one whose name_key matches.
  std::optional<std::string> person_named(const std::string& name);
  /// Whether someone's stored name is `name` as spelled (ASCII case aside), with no normalizing.
  bool has_person_spelled(const std::string& name);
  /// The known name closest to `name` by their keys, when close enough to be a typo.
  std::optional<std::string> closest_person(const std::string& name);

  /// The underlying connection, for tests and benchmarks, which include its header themselves
  /// (commands never see it).
  SQLite::Database& db() { return *db_; }

  /// Milliseconds a writer waits for another's lock before giving up (by default).
  static constexpr int k_busy_timeout_ms = 10000;
  /// Changes that wait for journals opened from now on ($DEBRIEF_BUSY_TIMEOUT_MS).
  static void set_busy_timeout_ms(int ms);

 private:
  Journal(std::string path, std::string real_path, std::unique_ptr<SQLite::Database> db,
          std::vector<std::string> notices);
  /// Opens the file at `path`, which exists: checks its kind and permissions, then connects.
  static Journal open_file(const std::string& path, const std::string& private_dir, const std::string& decks_dir,
                           std::vector<std::string> notices = {});
  /// Inside a write transaction: throws RuntimeError when the entry is gone or was deleted
  /// (by another process, since this one read it), saying how to restore it.
  void require_live(Id entry_id);
  /// Inside a write transaction: begins the interview `entry_id` if it is not begun yet, adding
  /// the person start_interview left for then.
  void begin_entry(Id entry_id, Seconds now);
  /// Sets the entry's outcome to `answer` when it names one, else clears it.
  void set_outcome_from(Id entry_id, const std::optional<std::string>& answer);
  /// The person's id, created when new (inside the caller's transaction); sets `close_match`
  /// when a new name is close to a known one, and `name` to the stored spelling.
  Id person_id(std::string& name, Seconds now, std::optional<std::string>& close_match);
  /// "no one called 'x' in the journal; did you mean 'y'?"
  UsageError unknown_person(const std::string& name);
  struct FoundPerson {
    Id id;
    std::string name;
  };
  /// The entry with its answers, inside the caller's transaction.
  std::optional<EntryState> read_state(Id id);
  // What entry(), answers(), closest_person() and people_names() read, for calls that turn an
  // SQLite failure into their own JournalError.
  std::optional<Entry> read_entry_by_id(Id id);
  std::vector<StoredAnswer> read_answers(Id entry_id);
  std::optional<std::string> read_closest_person(const std::string& name);
  std::vector<std::string> read_people_names();
  /// The person called `name`, as person_named() finds them.
  std::optional<FoundPerson> find_person(const std::string& name);
  /// The WHERE conditions for a filter on entries `e` (after "WHERE e.deleted_at IS NULL"),
  /// and a binder for their parameters.
  std::string filter_sql(const ListFilter& filter, std::optional<Id>& person_id);
  void bind_filter(SQLite::Statement& q, const ListFilter& filter, const std::optional<Id>& person_id);
  /// Inserts a commitment made in the entry, inside the caller's transaction.
  Commitment insert_commitment(Id entry_id, const std::string& text, std::optional<Seconds> due, Seconds now,
                               const std::string& uuid, const std::optional<std::string>& skill);
  /// Inserts a note inside the caller's transaction (add_note's work).
  void insert_note(const NewNote& note, Seconds now, AddedNote& result);
  /// Adds `tags` (normalized) to the entry; inside the caller's transaction.
  void insert_tags(Id entry_id, const std::vector<std::string>& tags);
  /// What save_answer(), finish_entry() and decide_commitment() write, inside the caller's
  /// transaction.
  void write_answer(Id entry_id, const StoredAnswer& a, Seconds now, const std::vector<std::string>& withdrawn = {});
  void write_finish(Id entry_id, Seconds now);
  Closing write_decision(Id id, const Decision& d, Seconds now);
  /// The commitment `id` as it is, inside the caller's transaction; UsageError when there is none.
  Commitment read_commitment(Id id);
  std::vector<Commitment> query_commitments(const std::string& statement,
                                            const std::function<void(SQLite::Statement&)>& bind);
  std::string path_;
  std::string real_path_; ///< the file SQLite opened: path_ with its directories resolved
  std::unique_ptr<SQLite::Database> db_;
  std::vector<std::string> notices_;
  /// The new people of interviews this journal started and has not begun, by entry id.
  std::map<Id, std::string> unbegun_people_;
  std::function<void(Id)> on_begun_;
};

} // namespace debrief
