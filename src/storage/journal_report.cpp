// The report's reads: rows counted as they come, by period slice, and sources for its lists.
#include "storage/journal_rows.hpp"

#include "storage/chunked.hpp"
#include "storage/queries.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <deque>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>

namespace debrief {

namespace {

using chunked::read_chunks;
using chunked::RowReader;

/// Small numbers for the few distinct texts of a column (decks, tags, question ids).
class Interner {
 public:
  std::int64_t of(std::string_view text) {
    if (auto it = ids_.find(text); it != ids_.end()) return it->second;
    texts_.emplace_back(text);
    return ids_[texts_.back()] = static_cast<std::int64_t>(texts_.size() - 1);
  }
  const std::string& text(std::int64_t id) const { return texts_[static_cast<std::size_t>(id)]; }

 private:
  std::deque<std::string> texts_; // stable addresses: ids_ keys view them
  std::map<std::string_view, std::int64_t, std::less<>> ids_;
};

using PersonNames = std::map<std::int64_t, std::string>;

/// The name of the person whose id is in column `i`; nullopt for none.
std::optional<std::string> name_in(const PersonNames& names, const RowReader& q, int i) {
  if (q.null(i)) return std::nullopt;
  auto it = names.find(q.int64(i));
  return it == names.end() ? std::nullopt : std::optional<std::string>(it->second);
}

using CountKey = std::array<std::int64_t, 5>;
struct CountKeyHash {
  std::size_t operator()(const CountKey& k) const {
    std::uint64_t h = 1469598103934665603u;
    for (auto v : k) h = (h ^ static_cast<std::uint64_t>(v)) * 1099511628211u;
    return static_cast<std::size_t>(h);
  }
};

/// What the report's sections read alike: the people's names, the slices between report
/// boundaries and the few distinct texts. Rows are counted as they come, by the slice between
/// report boundaries their instant falls in, under integer keys: a million rows must cost
/// little more than reading them.
class ReportReads {
 public:
  ReportReads(SQLite::Database& db, ReportInput& in)
      : db_(db), in_(in), names_(std::make_shared<PersonNames>()), bounds_(report_boundaries(in)) {
    SQLite::Statement people(db_, sql::people_ids);
    while (people.executeStep()) (*names_)[people.getColumn(0).getInt64()] = people.getColumn(1).getString();
  }

  const std::shared_ptr<PersonNames>& names() const { return names_; }

  // slice, person, private, kind, outcome (-1: none)
  void groups() {
    std::unordered_map<CountKey, int, CountKeyHash> counts;
    RowReader q_entries(db_, sql::report_entry_rows);
    bind_span(q_entries, false);
    for (auto& q = q_entries; q.step();) {
      const auto kind = stored("an entry", [&] { return parse_kind(q.text(2)); });
      ++counts[{slice(q, 0), person_key(q, 1), q.int64(4) != 0, static_cast<std::int64_t>(kind), outcome_key(q, 3)}];
    }
    for (const auto& [k, n] : counts) {
      ReportGroup g{
          bounds_[static_cast<std::size_t>(k[0])], name_of(k[1]), static_cast<Kind>(k[3]), std::nullopt, k[2] != 0, n};
      if (k[4] >= 0) g.outcome = static_cast<Outcome>(k[4]);
      in_.groups.push_back(std::move(g));
    }
  }

  // slice, person, private, outcome (-1: none). A debrief's marks come together (the join reads
  // an entry's answers after it), so each is judged against the target as its last one passes.
  void marks() {
    std::unordered_map<CountKey, CoachingFigures, CountKeyHash> figures;
    RowReader q_marks(db_, sql::report_mark_rows);
    bind_span(q_marks);
    std::int64_t entry = -1;
    CoachingFigures* into = nullptr;
    DiscoveryTally one; // the current debrief's
    auto close = [&] {
      if (!into) return;
      ++into->debriefs;
      into->below_target += below_target(one, in_.target);
      one = {};
    };
    for (auto& q = q_marks; q.step();) {
      auto mark = parse_discovery(q.text(3));
      if (!mark) continue;
      if (q.int64(5) != entry) {
        close();
        entry = q.int64(5);
        into = &figures[{slice(q, 0), person_key(q, 1), q.int64(2) != 0, outcome_key(q, 4), 0}];
      }
      one.add(*mark);
      into->tally.add(*mark);
      into->probes += q.null(6) ? 0 : static_cast<int>(q.int64(6));
    }
    close();
    for (const auto& [k, f] : figures) {
      ReportMarks m{bounds_[static_cast<std::size_t>(k[0])],
                    name_of(k[1]),
                    k[2] != 0,
                    f.tally,
                    std::nullopt,
                    f.probes,
                    f.debriefs,
                    f.below_target};
      if (k[3] >= 0) m.outcome = static_cast<Outcome>(k[3]);
      in_.marks.push_back(std::move(m));
    }
  }

  // slice, person, deck, question, private
  void scales() {
    std::unordered_map<CountKey, ReportScale, CountKeyHash> scales;
    RowReader q_scale_rows(db_, sql::report_scale_rows);
    bind_span(q_scale_rows, false);
    for (auto& q = q_scale_rows; q.step();) {
      const Seconds at = q.int64(0);
      auto& a = scales[{slice(q, 0), person_key(q, 1), decks_.of(q.text(2)), labels_.of(q.text(3)), q.int64(6) != 0}];
      a.sum += static_cast<double>(q.int64(4));
      if (a.count++ == 0 || at >= a.latest) a.latest = at, a.question_text = std::string(q.text(5));
    }
    for (auto& [k, a] : scales) {
      a.at = bounds_[static_cast<std::size_t>(k[0])];
      a.person = name_of(k[1]);
      a.deck = decks_.text(k[2]);
      a.question_id = labels_.text(k[3]);
      a.is_private = k[4] != 0;
      in_.scales.push_back(std::move(a));
    }
  }

  // tag, person, private
  void tags() {
    std::unordered_map<CountKey, int, CountKeyHash> counts;
    RowReader q_tags(db_, sql::report_tag_rows);
    bind_period(q_tags);
    for (auto& q = q_tags; q.step();) ++counts[{labels_.of(q.text(0)), person_key(q, 1), q.int64(2) != 0, 0, 0}];
    for (const auto& [k, n] : counts) in_.tags.push_back(ReportTag{labels_.text(k[0]), name_of(k[1]), k[2] != 0, n});
  }

  // person, private, skill, helped, evidence given, reviewed_at, closed_at: the commitments
  // reviewed or closed in the report's span (140,000 in a whole million-entry journal), counted
  // together when alike: same person, privacy, skill, verdict, evidence and slices of time.
  void reviews() {
    using Key = std::tuple<std::int64_t, bool, std::int64_t, std::int64_t, bool, std::int64_t, std::int64_t>;
    std::map<Key, int> counts;
    constexpr std::int64_t none = std::numeric_limits<std::int64_t>::min();
    RowReader q(db_, sql::report_reviews);
    q.bind(":from", report_reviews_from(in_));
    q.bind(":to", in_.period.end);
    while (q.step()) {
      const std::int64_t helped =
          q.null(3) ? -1 : static_cast<std::int64_t>(stored("a commitment", [&] { return parse_helped(q.text(3)); }));
      ++counts[{person_key(q, 0), q.int64(1) != 0, q.null(2) ? -1 : skills_.of(q.text(2)), helped, q.int64(4) != 0,
                q.null(5) ? none : slice(q, 5), q.null(6) ? none : slice(q, 6)}];
    }
    // A slice's start stands for every instant in it (report_boundaries).
    auto at = [&](std::int64_t slice) -> std::optional<Seconds> {
      if (slice == none) return std::nullopt;
      return slice < 0 ? bounds_.front() - 1 : bounds_[static_cast<std::size_t>(slice)];
    };
    for (const auto& [k, n] : counts) {
      const auto& [person, is_private, skill, helped, evidence, reviewed, closed] = k;
      ReportReview v;
      v.person = name_of(person);
      v.is_private = is_private;
      if (skill >= 0) v.skill = skills_.text(skill);
      if (helped >= 0) v.helped = static_cast<Helped>(helped);
      v.evidence = evidence;
      v.reviewed = at(reviewed);
      v.closed = at(closed);
      v.count = n;
      in_.reviews.push_back(std::move(v));
    }
  }

  // person, private
  void commitment_counts() {
    std::map<std::pair<std::int64_t, bool>, ReportCommitmentCounts> by_person;
    RowReader commitments(db_, sql::report_commitment_rows);
    bind_period(commitments);
    while (commitments.step()) {
      auto& c = by_person[{person_key(commitments, 0), commitments.int64(1) != 0}];
      c.opened += commitments.int64(2) != 0;
      c.done += commitments.int64(3) != 0;
      c.closed += commitments.int64(4) != 0;
    }
    for (auto& [key, c] : by_person) {
      c.person = name_of(key.first);
      c.is_private = key.second;
      in_.commitment_counts.push_back(std::move(c));
    }
  }

 private:
  std::int64_t slice(const RowReader& q, int i) const {
    return static_cast<std::int64_t>(std::upper_bound(bounds_.begin(), bounds_.end(), q.int64(i)) - bounds_.begin() -
                                     1);
  }
  /// The outcome in column `i` as a number; -1 for none.
  static std::int64_t outcome_key(const RowReader& q, int i) {
    const auto outcome = q.text(i);
    return outcome.empty() ? -1 : static_cast<std::int64_t>(stored("an entry", [&] { return parse_outcome(outcome); }));
  }
  static std::int64_t person_key(const RowReader& q, int i) { return q.null(i) ? std::int64_t{-1} : q.int64(i); }
  std::optional<std::string> name_of(std::int64_t pid) const {
    auto it = names_->find(pid);
    return it == names_->end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  /// From the first boundary (the marks, trended by month) or from that of the weeks and
  /// periods alone (the rest: months would add rows nothing counts).
  void bind_span(RowReader& q, bool months = true) const {
    Seconds from = bounds_.front();
    if (!months) {
      from = std::min(in_.period.start, in_.previous.start);
      for (const auto& w : in_.weeks) from = std::min(from, w.start);
      from = std::max(from, bounds_.front());
    }
    q.bind(":from", from);
    q.bind(":to", bounds_.back());
  }
  void bind_period(RowReader& q) const {
    q.bind(":start", in_.period.start);
    q.bind(":end", in_.period.end);
  }

  SQLite::Database& db_;
  ReportInput& in_;
  std::shared_ptr<PersonNames> names_;
  std::vector<Seconds> bounds_;
  Interner decks_, labels_, skills_; // labels: tags and question ids
};

/// Lessons and open commitments are not kept: the report reads them when it counts them and
/// again when it writes them (see RowSource), a chunk at a time (read_chunks), from `journal`,
/// which must outlive them.
void add_report_sources(Journal* journal, ReportInput& in, const std::shared_ptr<PersonNames>& shared_names) {
  in.lessons = [journal, shared_names, period = in.period](const std::function<void(const ReportLesson&)>& each) {
    read_chunks<ReportLesson>(
        journal->path(), journal->db(), sql::report_lessons,
        [&](RowReader& q) {
          q.bind(":start", period.start);
          q.bind(":end", period.end);
        },
        [&](const RowReader& q) {
          std::string_view body = q.text(5);
          body = body.substr(0, body.find('\n')); // the report shows the first line alone
          ReportLesson l{q.int64(0),
                         Instant{q.int64(1), static_cast<int>(q.int64(2))},
                         name_in(*shared_names, q, 3),
                         q.int64(4) != 0,
                         std::string(body),
                         std::nullopt,
                         std::nullopt};
          if (!q.null(6)) l.noticed = std::string(q.text(6));
          if (!q.null(7)) l.cost = std::string(q.text(7));
          return l;
        },
        [](const ReportLesson& l) {
          return std::pair{l.at.utc, l.id};
        },
        each);
  };
  in.open_commitments = [journal, shared_names, seen_until = report_seen_until(in),
                         due_before =
                             report_due_horizon(in)](const std::function<void(const ReportCommitment&)>& each) {
    read_chunks<ReportCommitment>(
        journal->path(), journal->db(), sql::report_open_commitments,
        [&](RowReader& q) {
          q.bind(":seen_until", seen_until);
          q.bind(":due_before", due_before);
        },
        [&](const RowReader& q) {
          ReportCommitment c;
          c.id = q.int64(0);
          c.person = name_in(*shared_names, q, 1);
          c.text = q.text(2);
          c.due = q.int64(3); // never null here: due_utc < :due_before
          c.status = q.text(4);
          c.created = q.int64(5);
          if (!q.null(6)) c.closed = q.int64(6);
          c.is_private = q.int64(7) != 0;
          return c;
        },
        [](const ReportCommitment& c) {
          return std::pair{*c.due, c.id};
        },
        each);
  };
}

} // namespace

void Journal::fill_report(ReportInput& in) {
  try {
    ReportReads reads(*db_, in);
    reads.groups();
    reads.marks();
    reads.scales();
    reads.tags();
    add_report_sources(this, in, reads.names());
    reads.commitment_counts();
    reads.reviews();
  } catch (const SQLite::Exception& ex) {
    throw journal_error("read", path_, ex);
  }
}

} // namespace debrief
