// The command line's entry point: parsing, dispatch, and the one place errors become exit codes.
#pragma once

#include "cli/io.hpp"

namespace debrief::cli {

/// Exit codes: 0 success, 1 runtime failure, 2 usage error, 130 interrupted.
enum Exit : int { ok = 0, failure = 1, usage = 2, interrupted = 130 };

/// Runs one command line against the given world.
int run(int argc, const char* const* argv, Io& io, const Env& env, Seconds now, const Zone& zone);

/// The real process: real streams, environment, clock and local zone.
int main(int argc, char** argv);

} // namespace debrief::cli
