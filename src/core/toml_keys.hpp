// The unknown-key check shared by the deck and config loaders (both parse with toml++).
#pragma once

#include "core/suggest.hpp"

#include "core/toml.hpp"
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace debrief {

/// Calls `error(key.source(), message)` for each key of `t` not in `allowed`, suggesting the
/// closest allowed key or listing them all.
template <typename Error>
void check_unknown_keys(const toml::table& t, const std::vector<std::string>& allowed, std::string_view where,
                        Error&& error) {
  for (auto&& [key, value] : t) {
    (void)value;
    std::string k(key.str());
    if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
    auto near = did_you_mean(k, allowed);
    error(key.source(), near
                            ? fmt::format("unknown key '{}' in {}; did you mean '{}'?", k, where, *near)
                            : fmt::format("unknown key '{}' in {} (accepted: {})", k, where, fmt::join(allowed, ", ")));
  }
}

} // namespace debrief
