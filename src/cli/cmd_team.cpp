// `debrief team`: several managers' exports or journals rolled into one report. Inputs are read
// twice: first to choose which copy of each entry counts (storage/copy_index.hpp), then to fold
// the counted ones per manager (core/team.hpp); nothing but counts is kept between them.
#include "cli/choices.hpp"
#include "cli/commands.hpp"
#include "cli/filters.hpp"
#include "cli/team_inputs.hpp"

#include "core/note.hpp"
#include "core/render.hpp"
#include "core/sanitize.hpp"
#include "core/team.hpp"
#include "storage/copy_index.hpp"
#include "storage/deck_store.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

struct TeamOptions {
  std::vector<std::string> files;
  PeriodOptions period;
  ReportFormat format = ReportFormat::text;
  bool strict = false;
};

/// The managers met in the first reading, by name_key: each one's name as first written and the
/// inputs that hold their entries, in the order given. Only names are kept, never entries.
struct Managers {
  struct One {
    std::string name;
    std::vector<std::size_t> inputs;
  };
  std::map<std::string, One> by_key;
  /// The name_key of `name`; an input's entries mostly share one owner, so the last is kept.
  std::string key_of(const std::string& name) {
    if (name != last_name_ || last_key_.empty()) last_name_ = name, last_key_ = name_key(name);
    return last_key_;
  }
  void note(const std::string& name, std::size_t input) {
    auto& one = by_key[key_of(name)];
    if (one.name.empty()) one.name = name;
    if (one.inputs.empty() || one.inputs.back() != input) one.inputs.push_back(input);
  }

 private:
  std::string last_name_, last_key_;
};

/// The manager of an entry: its owner, else the input's label.
const std::string& manager_of(const ExchangeEntry& x, const TeamInput& in) { return x.owner ? *x.owner : in.label; }

/// Reads one input, or names it as unreadable (and, with --strict, ends the command).
bool read_or_skip(const Context& ctx, const TeamOptions& o, const TeamInput& in, const std::set<std::string>& decks,
                  TeamSource& source, const std::function<void(const ExchangeEntry&)>& each) {
  try {
    read_team_input(in, decks, o.strict, source, each);
    return true;
  } catch (const UsageError& e) {
    throw UsageError(fmt::format("{}; nothing reported (--strict)", e.what()));
  } catch (const RuntimeError& e) {
    if (o.strict) throw RuntimeError(fmt::format("{}; nothing reported (--strict)", e.what()));
    source = team_source(in);
    source.error = e.what();
    ctx.warn(fmt::format("skipping an input: {}", sanitize_line(e.what())));
    return false;
  }
}

/// First reading: every input's entries offered to the index; repeats and conflicts counted.
void index_copies(const Context& ctx, const TeamOptions& o, const std::vector<TeamInput>& inputs,
                  const std::set<std::string>& decks, CopyIndex& index, TeamReport& team, Managers& managers) {
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    auto& source = team.sources[i];
    read_or_skip(ctx, o, inputs[i], decks, source, [&](const ExchangeEntry& x) {
      managers.note(manager_of(x, inputs[i]), i);
      int other = 0;
      Seconds other_updated = 0;
      const auto offer =
          index.offer(x.entry.uuid, static_cast<int>(i), x.entry.updated, entry_digest(x), other, other_updated);
      if (offer == CopyIndex::Offer::first) return;
      if (offer == CopyIndex::Offer::repeated) {
        ++source.repeated;
        return;
      }
      const bool newer = offer == CopyIndex::Offer::newer;
      if (team.conflict_count++ < static_cast<long>(k_team_conflicts_shown)) {
        const auto& other_name = inputs[static_cast<std::size_t>(other)].given;
        team.conflicts.push_back(
            TeamConflict{x.entry.uuid, newer ? inputs[i].given : other_name, newer ? other_name : inputs[i].given,
                         newer ? x.entry.updated : other_updated, newer ? other_updated : x.entry.updated});
      }
    });
  }
}

int run_team(const TeamOptions& o, Context& ctx) {
  if (o.files.empty())
    throw UsageError("team needs the managers' exports or journals: debrief team FILE... (see debrief team --help)");
  for (const auto& f : o.files)
    if (f == "-")
      throw UsageError("team reads each input twice, so not standard input: save the export to a file first");
  const auto& config = ctx.config();
  const ReportInput frame = report_input_frame(o.period, ctx);
  const std::set<std::string> private_decks = private_deck_ids(resolve_decks_dir(ctx.env));

  std::vector<TeamInput> inputs;
  for (const auto& f : o.files) inputs.push_back(team_input(f));
  TeamReport team;
  team.period = frame.period;
  team.previous = frame.previous;
  team.weeks = frame.weeks;
  team.target = frame.target;
  team.min_people = config.team_min_people;
  team.sources.resize(inputs.size());
  CopyIndex index;
  Managers managers;
  index_copies(ctx, o, inputs, private_decks, index, team, managers);
  for (const auto& src : team.sources) {
    if (src.error) continue;
    if (src.bad_lines)
      ctx.warn(fmt::format("{}: {} left out (the first, {})", sanitize_line(src.name),
                           src.bad_lines == 1 ? "1 line that is not an entry"
                                              : fmt::format("{} lines that are not entries", src.bad_lines),
                           sanitize_line(src.first_bad.value_or(""))));
    else if (src.entries == 0)
      ctx.warn(fmt::format("{} holds no entry", sanitize_line(src.name)));
  }
  // Second reading, one manager at a time: only their fold is in memory while it is read.
  for (const auto& [key, one] : managers.by_key) {
    ReportFold fold(frame);
    std::vector<std::string> sources;
    for (auto i : one.inputs) {
      if (team.sources[i].error) continue;
      TeamSource again;
      long counted = 0;
      const bool read = read_or_skip(ctx, o, inputs[i], private_decks, again, [&](const ExchangeEntry& x) {
        if (managers.key_of(manager_of(x, inputs[i])) != key) return;
        if (!index.take(x.entry.uuid, static_cast<int>(i))) return;
        ++counted;
        fold.add(x);
      });
      if (!read) {
        team.sources[i] = again; // unreadable since the first reading
        continue;
      }
      team.sources[i].counted += counted;
      if (counted) sources.push_back(inputs[i].given);
    }
    if (sources.empty()) continue; // every copy of theirs counted under another input
    auto m = team_manager(one.name, fold, team.min_people);
    m.sources = std::move(sources);
    team.managers.push_back(std::move(m));
  }
  team.moves = team_moves(team.managers);
  const bool none_read = std::all_of(team.sources.begin(), team.sources.end(),
                                     [](const TeamSource& src) { return src.error.has_value(); });

  const RenderStyle style{&ctx.zone, ctx.now, ctx.utf8(), ctx.color(), ctx.width()};
  switch (o.format) {
  case ReportFormat::text: render_team_text(team, style, ctx.io.out); break;
  case ReportFormat::markdown: render_team_markdown(team, style, ctx.io.out); break;
  case ReportFormat::json: render_team_json(team, style, ctx.io.out); break;
  case ReportFormat::csv: render_team_csv(team, style, ctx.io.out); break;
  case ReportFormat::html: break; // not offered: add_report_format_option without html
  }
  if (none_read) throw RuntimeError("no input could be read; nothing to report");
  return 0;
}

} // namespace

void setup_team(CLI::App& app, Context& ctx) {
  auto [sub, opt] = add_command<TeamOptions>(
      app, ctx, "team", "Roll several managers' exports or journals into one team report", run_team);
  sub->add_option("files", opt->files,
                  "JSONL exports (export --no-private) or journal files; NAME=FILE names "
                  "the manager of a file's entries that name no owner")
      ->type_name("FILE");
  add_period_options(*sub, opt->period);
  add_report_format_option(*sub, opt->format);
  sub->add_flag("--strict", opt->strict, "Refuse to report when an input cannot be read or has a bad line");
  sub->footer(R"(Per manager (the export's owner, from `me` in their config.toml; else NAME= or the
file's name): their reps' discovery ratio and 8-week trend, their coaching (told,
probes per insight, debriefs below target, assignments reviewed with evidence),
whether assignments helped, useful mistakes and outcomes; then reps coached by more
than one manager. An entry in several inputs counts once; copies that differ are
listed and the newest (by its last change) is kept. Journals are opened read-only.
Private entries (trust-check) never count: they are skipped and the report says so;
scale averages appear per manager only, over 3 people or more (team_min_people).
JSON follows the schema debrief.team/1 (man/team.schema.json).

Examples:
  debrief team carol.jsonl dave.jsonl erin.jsonl
  debrief team --week last --format markdown exports/*.jsonl > team.md
  debrief team frank=/srv/frank/journal.db carol.jsonl --format json | jq .)");
}

} // namespace debrief::cli
