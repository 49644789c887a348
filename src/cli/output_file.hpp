// `-o FILE` of `report` and `person`: the output goes to FILE instead of stdout, as a new private
// file (0600) that replaces FILE at once: written beside it under a temporary name, synced, then
// renamed over it. On any failure nothing partial is left and FILE is as it was.
#pragma once

#include "cli/io.hpp"

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace debrief::cli {

/// Adds -o/--output FILE.
void add_output_option(CLI::App& sub, std::optional<std::string>& path);

/// Calls `write` with stdout, or, given a path, with a stream into a temporary file beside it,
/// then makes that file `path` (mode 0600). Throws UsageError when `path` is the journal itself,
/// and RuntimeError "cannot write 'PATH': <reason>" when it cannot be written.
void write_output(const Context& ctx, const std::optional<std::string>& path,
                  const std::function<void(std::ostream&)>& write);

} // namespace debrief::cli
