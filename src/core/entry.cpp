// Enum spellings and the JSON form of an entry.
#include "core/entry.hpp"
#include "core/model.hpp"

#include "core/error.hpp"
#include "core/json.hpp"
#include "core/sanitize.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>

namespace debrief {

namespace {
constexpr std::array<std::string_view, 3> k_kinds{"note", "debrief", "reflection"};
constexpr std::array<std::string_view, 4> k_outcomes{"won", "lost", "advanced", "stalled"};
constexpr std::array<std::string_view, 2> k_statuses{"complete", "in-progress"};
constexpr std::array<std::string_view, 3> k_commitment_statuses{"open", "done", "dropped"};
constexpr std::array<std::string_view, 3> k_helped{"yes", "partly", "no"};

template <typename E, std::size_t N>
E parse_enum(std::string_view s, const std::array<std::string_view, N>& names, std::string_view what) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == s) return static_cast<E>(i);
  throw UsageError(fmt::format("invalid {} '{}' (accepted: {})", what, sanitize_line(s), fmt::join(names, ", ")));
}
} // namespace

const char* const k_outcome_values = "won, lost, advanced, stalled";

std::string_view to_string(Kind k) { return k_kinds[static_cast<std::size_t>(k)]; }
std::string_view to_string(Outcome o) { return k_outcomes[static_cast<std::size_t>(o)]; }
std::string_view to_string(Status s) { return k_statuses[static_cast<std::size_t>(s)]; }

Kind parse_kind(std::string_view s) { return parse_enum<Kind>(s, k_kinds, "kind"); }
Outcome parse_outcome(std::string_view s) { return parse_enum<Outcome>(s, k_outcomes, "outcome"); }

std::optional<Outcome> outcome_of_answer(const std::optional<std::string>& answer) {
  if (!answer) return std::nullopt;
  for (Outcome o : {Outcome::won, Outcome::lost, Outcome::advanced, Outcome::stalled})
    if (to_string(o) == *answer) return o;
  return std::nullopt;
}
Status parse_status(std::string_view s) { return parse_enum<Status>(s, k_statuses, "status"); }

std::string_view to_string(CommitmentStatus s) { return k_commitment_statuses[static_cast<std::size_t>(s)]; }
CommitmentStatus parse_commitment_status(std::string_view s) {
  return parse_enum<CommitmentStatus>(s, k_commitment_statuses, "commitment status");
}

std::string_view to_string(Helped h) { return k_helped[static_cast<std::size_t>(h)]; }
Helped parse_helped(std::string_view s) { return parse_enum<Helped>(s, k_helped, "helped value"); }

Id parse_number(std::string_view text, Numbered what) {
  const std::string_view noun = what == Numbered::entry ? "entry" : "commitment";
  const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
  if (!digits)
    throw UsageError(fmt::format("expected {} {} number, got '{}'", what == Numbered::entry ? "an" : "a", noun,
                                 sanitize_line(text)));
  auto significant = text.substr(std::min(text.find_first_not_of('0'), text.size() - 1));
  if (significant.size() > 18) throw UsageError(fmt::format("no {} #{}", noun, significant));
  long long n = 0;
  for (char c : significant) n = n * 10 + (c - '0');
  return n;
}

JsonObject entry_json_object(const Entry& e) {
  JsonObject o;
  o.number("id", e.id)
      .string("uuid", e.uuid)
      .string("kind", to_string(e.kind))
      .string_or_null("person", e.person)
      .string_or_null("deck", e.deck)
      .string("at", format_iso(e.at))
      .string("created", format_iso(Instant{e.created, e.at.offset}))
      .string("updated", format_iso(Instant{e.updated, e.at.offset}));
  if (e.outcome)
    o.string("outcome", to_string(*e.outcome));
  else
    o.null("outcome");
  o.boolean("lesson", e.lesson)
      .string("status", to_string(e.status))
      .raw("tags", json_string_array(e.tags))
      .string("body", e.body);
  return o;
}

std::string entry_json(const Entry& e) { return entry_json_object(e).str(); }

} // namespace debrief
