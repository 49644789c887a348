// `debrief compare ID [ID]`: a rep's reflection beside the manager's debrief of the same call
// (core/compare.hpp), as text, Markdown or JSON. With one ID, the partner entry is the closest
// one of the other kind with the same person within three days.
#include "cli/choices.hpp"
#include "cli/commands.hpp"

#include "core/compare.hpp"
#include "core/messages.hpp"
#include "core/sanitize.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>

#include <cstdlib>
#include <map>
#include <memory>
#include <ostream>

namespace debrief::cli {

namespace {

enum class Format { text, markdown, json };

struct CompareOptions {
  std::string id;                   ///< as typed: parse_number checks it
  std::optional<std::string> other; ///< the partner's number, as typed
  Format format = Format::text;
};

/// How far apart a reflection and a debrief of the same call may be, for `compare ID`.
constexpr Seconds k_partner_window = 3 * 24 * 60 * 60;

/// The entry numbered `id`, begun and not deleted, which must be a reflection or a debrief.
Entry interview_entry(Journal& journal, Id id) {
  auto e = journal.entry(id);
  if (!e || !e->begun) throw UsageError(no_entry(id));
  if (e->deleted) throw UsageError(entry_is_deleted(id));
  if (e->kind == Kind::note)
    throw UsageError(fmt::format("#{} is a note; compare takes a reflection and a debrief", id));
  if (e->is_private)
    throw UsageError(fmt::format("#{} is private ({}); compare shows only entries that are not private: its "
                                 "answers stay with `debrief show`",
                                 id, sanitize_line(e->deck.value_or("a private deck"))));
  return *e;
}

std::string who(const Entry& e) { return e.person ? escape_unprintable(sanitize_line(*e.person)) : "no one"; }

/// The closest entry of the other kind with `e`'s person within k_partner_window (ties: the
/// later number); RuntimeError naming what was looked for when there is none.
Entry partner_of(Journal& journal, const Entry& e, const Context& ctx) {
  const Kind other = e.kind == Kind::debrief ? Kind::reflection : Kind::debrief;
  const std::string day = format_day(e.at, ctx.now);
  if (!e.person)
    throw UsageError(fmt::format("#{} is about no one, so no {} of the same call can be found (a reflection names "
                                 "its rep when config.toml sets me)",
                                 e.id, to_string(other)));
  ListFilter f;
  f.person = *e.person;
  f.kind = other;
  f.since = e.at.utc - k_partner_window;
  f.until = e.at.utc + k_partner_window + 1;
  f.limit = 0;
  f.include_private = false; // a private reflection (trust-check) is never put beside a debrief
  std::vector<Entry> near;
  journal.list(f, [&](const Entry& x) { near.push_back(x); }); // a few days of one person's entries
  std::sort(near.begin(), near.end(), [&](const Entry& x, const Entry& y) {
    const auto dx = std::llabs(x.at.utc - e.at.utc), dy = std::llabs(y.at.utc - e.at.utc);
    return dx != dy ? dx < dy : x.id > y.id;
  });
  if (near.empty())
    throw RuntimeError(fmt::format("no {} {} {} within three days of #{} ({})", to_string(other),
                                   other == Kind::reflection ? "by" : "with", who(e), e.id, day));
  // The closest that shares a question with `e` (a self-review beside a post-call debrief), else
  // the closest of all, whose answers are then paired in order.
  const auto mine = journal.entry_state(e.id);
  for (const auto& x : near) {
    const auto theirs = journal.entry_state(x.id);
    if (!mine || !theirs) continue;
    const auto c = e.kind == Kind::reflection ? compare_entries(*mine, *theirs) : compare_entries(*theirs, *mine);
    if (c.by_id) return x;
  }
  return near.front();
}

int run_compare(const CompareOptions& o, Context& ctx) {
  const Id first = parse_number(o.id, Numbered::entry);
  const std::optional<Id> second = o.other ? std::optional(parse_number(*o.other, Numbered::entry)) : std::nullopt;
  auto journal = existing_journal(ctx, first);
  Entry a = interview_entry(journal, first);
  Entry b = second ? interview_entry(journal, *second) : partner_of(journal, a, ctx);
  if (a.kind == b.kind)
    throw UsageError(fmt::format("#{} and #{} are both {}s; compare takes a reflection and a debrief", a.id, b.id,
                                 to_string(a.kind)));
  if (a.person != b.person)
    throw UsageError(fmt::format("#{} and #{} are not about the same person ({}, {})", a.id, b.id, who(a), who(b)));
  if (!second)
    ctx.io.err << fmt::format("comparing with #{} ({}, {})\n", b.id,
                              sanitize_line(b.deck.value_or(std::string(to_string(b.kind)))),
                              format_day(b.at, ctx.now));
  if (a.kind == Kind::debrief) std::swap(a, b);
  auto reflection = journal.entry_state(a.id);
  auto debrief = journal.entry_state(b.id);
  if (!reflection || !debrief) throw UsageError(no_entry(!reflection ? a.id : b.id));
  const auto c = compare_entries(*reflection, *debrief);
  const RecapStyle style{&ctx.zone, ctx.now, k_recap_width};
  switch (o.format) {
  case Format::text: ctx.io.out << compare_text(c, style); break;
  case Format::markdown: ctx.io.out << compare_markdown(c, style); break;
  case Format::json: ctx.io.out << compare_json(c); break;
  }
  return 0;
}

} // namespace

void setup_compare(CLI::App& app, Context& ctx) {
  auto [sub, opt] = add_command<CompareOptions>(
      app, ctx, "compare", "A rep's reflection beside the manager's debrief of the same call", run_compare);
  sub->add_option("id", opt->id, "A reflection's or a debrief's number (see 'debrief list')")->required();
  sub->add_option("other", opt->other, "The other one's number (default: the closest within three days)");
  sub->add_option("-f,--format", opt->format, "text (default), markdown (to share) or json")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, Format>{{"text", Format::text}, {"markdown", Format::markdown}, {"json", Format::json}},
          CLI::ignore_case))
      ->transform(one_of({"text", "markdown", "json"}))
      ->option_text("text|markdown|json");
  sub->footer(
      "Questions are matched by id where the decks share them (post-call and\n"
      "self-review do), else paired in the order asked. Each shows the rep's answer,\n"
      "the manager's and its mark; the end counts the answers the rep found alone\n"
      "(marked self) of those the manager marked. With one number, the other entry\n"
      "is the closest of the other kind with the same person within three days.\n\n"
      "Examples:\n  debrief compare 12 14\n  debrief compare 12            # finds the debrief of the same call\n"
      "  debrief compare 12 --format markdown > call.md\n  debrief compare 12 14 --format json | jq .found_alone");
}

} // namespace debrief::cli
