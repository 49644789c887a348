// What `log`, `ask` and `reflect` all say about a call: when it happened (--at WHEN) and its
// tags (-t/--tag TAG, repeatable), declared, read and checked in one place.
#pragma once

#include "cli/io.hpp"
#include "core/time.hpp"

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace debrief::cli {

struct CallOptions {
  std::optional<std::string> at;
  std::vector<std::string> tags;
};

/// Adds -t/--tag (repeatable) and --at to `sub`.
void add_call_options(CLI::App& sub, CallOptions& o);

/// When the call happened: `at` as a date or time in the past (debrief(1) DATES), else now.
/// Throws UsageError "--at: ..." naming the bad text and the accepted forms.
Instant call_time(const std::optional<std::string>& at, const Context& ctx);

/// The tags as stored (normalize_tag: NFC, lower case, no leading `#` or `+`), in order.
/// Throws UsageError for a bad tag.
std::vector<std::string> call_tags(const std::vector<std::string>& tags);

/// Throws UsageError when there are more than k_max_tags tags.
void check_tag_count(const std::vector<std::string>& tags);

} // namespace debrief::cli
