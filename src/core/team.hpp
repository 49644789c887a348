// The team report (`debrief team`): several managers' journals, as exported entries, folded per
// manager into the weekly report's rows (report.hpp), then rolled up. Private entries never
// count; scale answers show only as a manager's average over enough people. No I/O here.
#pragma once

#include "core/exchange.hpp"
#include "core/render.hpp"
#include "core/report.hpp"

#include <cstdint>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace debrief {

/// Scale averages of a team report cover at least this many people; `team_min_people` in
/// config.toml may raise it, never lower it.
inline constexpr int k_team_min_people = 3;

/// One manager's entries folded, as they stream in, into the rows build_report reads: counts by
/// slice of the report's periods, so memory stays that of the counts, not of the entries.
class ReportFold {
 public:
  /// `frame`: the report's periods, clock, zone and target (report_frame()), no rows yet.
  explicit ReportFold(const ReportInput& frame);
  /// Counts one entry that is not private and not deleted.
  void add(const ExchangeEntry& x);
  /// The frame with every row counted so far (lessons included, as a source over kept rows).
  ReportInput input() const;
  /// Each scale question's answers in the period by person (name_key; "" for entries about no
  /// one): deck, question id → person → sum and count of their answers.
  using ScalePeople = std::map<std::pair<std::string, std::string>, std::map<std::string, std::pair<double, int>>>;
  const ScalePeople& scale_people() const { return scale_people_; }

 private:
  struct Counts;
  std::shared_ptr<Counts> counts_;
  ReportInput frame_;
  std::vector<Seconds> bounds_;
  ScalePeople scale_people_;
  void add_marks(const ExchangeEntry& x, std::size_t slice);
  void add_scales(const ExchangeEntry& x, std::size_t slice);
  void add_commitments(const ExchangeEntry& x);
};

/// A scale question's average over one manager's people in the period (each person's own
/// average counting once, however often they answered), or why it is withheld.
struct TeamScale {
  std::string deck, question, text;
  int people = 0, answers = 0;
  std::optional<double> average; ///< nullopt: withheld (fewer than min_people people)
};

/// One manager: their weekly report over the team's period, and their scale averages.
struct TeamManager {
  std::string name;
  std::vector<std::string> sources; ///< the inputs their entries came from
  Report report;
  std::vector<TeamScale> scales;
  int helped_yes = 0, helped_partly = 0, helped_no = 0; ///< assignments judged in the period
  int won = 0, lost = 0, advanced = 0, stalled = 0;     ///< outcomes of the period's calls, all reps
};

/// A rep coached by more than one manager in the report's span: each manager's figures of them.
struct TeamMove {
  std::string rep;
  struct Stint {
    std::string manager;
    int debriefs = 0;
    DiscoveryTally tally;
  };
  std::vector<Stint> stints;
};

/// One input as read: what it held and what of it was left out.
struct TeamSource {
  std::string name;                     ///< as given on the command line
  std::string kind = "jsonl";           ///< jsonl or journal
  std::optional<std::string> error;     ///< unreadable: why; nothing of it counts
  long entries = 0;                     ///< entries read (private ones included)
  long counted = 0;                     ///< entries counted (their copy is the one kept)
  long private_skipped = 0;             ///< private entries, never read further
  long repeated = 0;                    ///< copies of an entry kept from another input or line
  long bad_lines = 0;                   ///< lines that are not an entry (JSONL), left out
  std::optional<std::string> first_bad; ///< the first of them, as `line N: why`
};

/// Two copies of one entry with different content: the newer (by its `updated`) is kept.
struct TeamConflict {
  std::string uuid;
  std::string kept, dropped; ///< the inputs' names
  Seconds kept_updated = 0, dropped_updated = 0;
};

struct TeamReport {
  Period period, previous;
  std::vector<Period> weeks;
  double target = k_default_discovery_target;
  int min_people = k_team_min_people;
  std::vector<TeamManager> managers; ///< by name
  std::vector<TeamMove> moves;       ///< by rep
  std::vector<TeamSource> sources;   ///< in the order given
  long conflict_count = 0;
  std::vector<TeamConflict> conflicts; ///< the first k_team_conflicts_shown of them
  long private_skipped() const;
  long repeated() const;
};

/// At most this many conflicts are listed (all are counted).
inline constexpr std::size_t k_team_conflicts_shown = 20;

/// A manager's section from their folded entries: build_report over the fold, scale averages
/// kept only over `min_people` people or more. The report's lists are not kept (each_lesson and
/// each_overdue pass nothing): the fold may go once it is built.
TeamManager team_manager(std::string name, const ReportFold& fold, int min_people);

/// The reps found under more than one manager (by name_key), with each manager's figures.
std::vector<TeamMove> team_moves(const std::vector<TeamManager>& managers);

/// The digest two copies of an entry are compared by: its exchange line without the owner.
std::uint64_t entry_digest(const ExchangeEntry& x);

/// The team report for people (text at 80 columns, Markdown) and scripts (JSON, schema
/// debrief.team/1 in man/team.schema.json; CSV, one row per manager and rep).
void render_team_text(const TeamReport& t, const RenderStyle& style, std::ostream& out);
void render_team_markdown(const TeamReport& t, const RenderStyle& style, std::ostream& out);
void render_team_json(const TeamReport& t, const RenderStyle& style, std::ostream& out);
void render_team_csv(const TeamReport& t, const RenderStyle& style, std::ostream& out);

inline constexpr const char* k_team_schema = "debrief.team/1";

} // namespace debrief
