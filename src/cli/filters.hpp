// The entry filters `list` and `search` share: --rep --tag --kind --since --until --lesson --limit.
#pragma once

#include "cli/io.hpp"
#include "storage/journal.hpp"

namespace CLI {
class App;
}

namespace debrief::cli {

struct FilterOptions {
  std::optional<std::string> rep, tag, kind, since, until;
  bool lesson = false;
  long limit = 20;
};

/// Adds the filter options; `with_limit` adds --limit too.
void add_filter_options(CLI::App& sub, FilterOptions& o, bool with_limit = true);

/// The storage filter; throws UsageError for a bad tag, kind or date.
ListFilter make_filter(const FilterOptions& o, const Context& ctx);

} // namespace debrief::cli
