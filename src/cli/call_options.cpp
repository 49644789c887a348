// The options of a call: see call_options.hpp.
#include "cli/call_options.hpp"

#include "core/error.hpp"
#include "core/note.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace debrief::cli {

void add_call_options(CLI::App& sub, CallOptions& o) {
  sub.add_option("-t,--tag", o.tags, "Add a tag (repeatable)")->allow_extra_args(false);
  sub.add_option("--at", o.at, "When the call happened (default: now), e.g. \"yesterday 15:00\"");
}

Instant call_time(const std::optional<std::string>& at, const Context& ctx) {
  if (!at) return at_zone(ctx.now, ctx.zone);
  try {
    return parse_when(*at, ctx.now, ctx.zone, Direction::past, ctx.config().week_start).at;
  } catch (const UsageError& e) {
    throw UsageError(fmt::format("--at: {}", e.what()));
  }
}

std::vector<std::string> call_tags(const std::vector<std::string>& tags) {
  std::vector<std::string> out;
  out.reserve(tags.size());
  for (const auto& t : tags) out.push_back(normalize_tag(t));
  return out;
}

void check_tag_count(const std::vector<std::string>& tags) {
  if (tags.size() > k_max_tags)
    throw UsageError(fmt::format("too many tags ({}; at most {})", tags.size(), k_max_tags));
}

} // namespace debrief::cli
