// Builds the parser, runs the chosen command, and maps every failure to one line on stderr
// and an exit code. The only catch in the program.
#include "cli/run.hpp"

#include "cli/choices.hpp"
#include "cli/commands.hpp"
#include "cli/help.hpp"
#include "cli/output.hpp"
#include "core/error.hpp"
#include "core/sanitize.hpp"
#include "core/suggest.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>
#include <malloc.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace debrief::cli {

namespace {

const char* const k_version = "debrief " DEBRIEF_VERSION;

std::vector<std::string> command_names(CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* sub : app.get_subcommands([](CLI::App*) { return true; })) names.push_back(sub->get_name());
  return names;
}

/// The first word that is not a global option or its value, which must name a command;
/// nothing when an unknown option comes first (the parser then reports that option).
std::optional<std::string> first_command_word(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") return i + 1 < argc ? std::optional<std::string>(argv[i + 1]) : std::nullopt;
    if (a == "--db" || a == "--color") {
      ++i;
      continue;
    }
    if (a.starts_with("--db=") || a.starts_with("--color=") || a == "--version" || a == "--help" || a == "-h") continue;
    if (a.starts_with("-")) return std::nullopt;
    return std::string(a);
  }
  return std::nullopt;
}

/// `message`, and when the command is a `log` refused before it read its note from stdin (by a
/// bad environment variable or config file), the note kept in a draft and where.
std::string keeping_log_stdin(const Context& ctx, int argc, const char* const* argv, std::string message) {
  if (first_command_word(argc, argv) != std::optional<std::string>("log")) return message;
  if (auto kept = keep_refused_log_stdin(ctx, argc, argv); !kept.empty()) message += "; nothing logged, " + kept;
  return message;
}

void print_overview(CLI::App& app, Context& ctx) {
  auto& out = ctx.io.out;
  out << "debrief: a coaching journal for sales managers and reps\n\nCommands:\n";
  for (const auto* sub : app.get_subcommands([](CLI::App*) { return true; }))
    out << help_row(sub->get_name(), sub->get_description(), 15);
  try {
    auto where = ctx.journal_path();
    bool exists = ::access(where.path.c_str(), F_OK) == 0;
    out << fmt::format("\nJournal: {} (from {}{})\n", escape_unprintable(where.path, 4096), where.source,
                       exists ? "" : "; not created yet");
  } catch (const std::exception& e) {
    out << fmt::format("\nJournal: unknown ({})\n", e.what());
  }
  out << "Run 'debrief COMMAND --help' for a command's options and examples.\n";
}

/// The innermost command the parser entered: the app itself, a command, or a nested one
/// such as `people rename`.
CLI::App* chosen_app(CLI::App& app) {
  CLI::App* at = &app;
  for (bool descended = true; descended;) {
    descended = false;
    for (auto* sub : at->get_subcommands([](CLI::App*) { return true; }))
      if (sub->parsed()) {
        at = sub;
        descended = true;
        break;
      }
  }
  return at;
}

std::string command_line_name(const CLI::App* app) {
  std::string name;
  for (; app; app = app->get_parent()) name = name.empty() ? app->get_name() : app->get_name() + " " + name;
  return name;
}

/// The first option on the command line that neither the chosen command nor a command above
/// it knows, with the closest known option if one is near.
std::optional<std::pair<std::string, std::optional<std::string>>> unknown_option(const CLI::App* chosen, int argc,
                                                                                 const char* const* argv) {
  std::vector<std::string> longs, shorts;
  for (const auto* at = chosen; at; at = at->get_parent())
    for (const auto* opt : at->get_options()) {
      for (const auto& n : opt->get_lnames()) longs.push_back("--" + n);
      for (const auto& n : opt->get_snames()) shorts.push_back("-" + n);
    }
  auto known = [](const std::vector<std::string>& names, std::string_view word) {
    return std::find(names.begin(), names.end(), word) != names.end();
  };
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") break;
    if (a.starts_with("--") && a.size() > 2) {
      auto name = std::string(a.substr(0, a.find('=')));
      if (!known(longs, name)) return std::pair{name, did_you_mean(name, longs)};
    } else if (a.size() >= 2 && a[0] == '-' && std::isalpha(static_cast<unsigned char>(a[1]))) {
      auto name = std::string(a.substr(0, 2));
      if (!known(shorts, name)) return std::pair{name, std::optional<std::string>{}};
    }
  }
  return std::nullopt;
}

/// How the user typed `opt` (its first use on the command line, "-q" or "--quiet"), with its
/// position; the option's long name at the end when it is not found.
std::pair<int, std::string> as_typed(const CLI::Option& opt, int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") break;
    if (a.starts_with("--")) {
      auto name = a.substr(2, a.find('=') == std::string_view::npos ? std::string_view::npos : a.find('=') - 2);
      for (const auto& n : opt.get_lnames())
        if (name == n) return {i, "--" + n};
    } else if (a.size() >= 2 && a[0] == '-') {
      for (const auto& n : opt.get_snames())
        if (n.size() == 1 && a.find(n[0], 1) != std::string_view::npos) return {i, "-" + n};
    }
  }
  return {argc, opt.get_name()};
}

/// "cannot combine -q with --json", the options named as typed, in the order typed; nullopt
/// when the message is not CLI11's "--a excludes --b".
std::optional<std::string> excludes_message(const CLI::App* chosen, std::string_view what, int argc,
                                            const char* const* argv) {
  constexpr std::string_view sep = " excludes ";
  auto at = what.find(sep);
  if (at == std::string_view::npos) return std::nullopt;
  auto find = [&](std::string name) -> const CLI::Option* {
    for (const auto* app = chosen; app; app = app->get_parent())
      if (const auto* opt = app->get_option_no_throw(name)) return opt;
    return nullptr;
  };
  const auto* a = find(std::string(what.substr(0, at)));
  const auto* b = find(std::string(what.substr(at + sep.size())));
  if (!a || !b) return std::nullopt;
  auto ta = as_typed(*a, argc, argv), tb = as_typed(*b, argc, argv);
  if (tb.first < ta.first) std::swap(ta, tb);
  return fmt::format("cannot combine {} with {}", ta.second, tb.second);
}

std::string parse_error_message(CLI::App& app, const CLI::ParseError& e, int argc, const char* const* argv) {
  const auto* chosen = chosen_app(app);
  auto command = command_line_name(chosen);
  if (dynamic_cast<const CLI::ValidationError*>(&e)) return e.what(); // says what is accepted
  if (dynamic_cast<const CLI::ExcludesError*>(&e))
    if (auto message = excludes_message(chosen, e.what(), argc, argv)) return *message;
  if (dynamic_cast<const CLI::ExtrasError*>(&e))
    if (auto unknown = unknown_option(chosen, argc, argv)) {
      const auto& [word, near] = *unknown;
      return near ? fmt::format("unknown option '{}' for '{}'; did you mean '{}'?", word, command, *near)
                  : fmt::format("unknown option '{}' for '{}' (see '{} --help')", word, command, command);
    }
  return fmt::format("{} (see '{} --help')", e.what(), command);
}

int fail(Io& io, int code, std::string_view message) {
  io.err << "debrief: " << escape_unprintable(message, std::string_view::npos) << '\n';
  return code;
}

} // namespace

int run(int argc, const char* const* argv, Io& io, const Env& env, Seconds now, const Zone& zone) {
  Context ctx{io, env, now, zone, std::nullopt, ColorChoice::auto_, {}, std::nullopt};
  CLI::App app{"debrief: a coaching journal for sales managers and reps", "debrief"};
  app.formatter(std::make_shared<HelpFormatter>()); // before the commands, which inherit it
  app.set_version_flag("--version", k_version);
  app.require_subcommand(0, 1);
  app.fallthrough();
  app.add_option("--db", ctx.db_flag, "Journal file (default: $DEBRIEF_DB, else $XDG_DATA_HOME/debrief/journal.db)");
  app.add_option(
         "--width", ctx.width_flag,
         fmt::format("Columns text output fits (default: $COLUMNS, else the terminal's, else {})", k_default_width))
      ->check(CLI::Validator(
          [](std::string& v) -> std::string {
            const bool digits = !v.empty() && v.size() <= 4 &&
                                std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (digits && std::stoi(v) >= k_min_width && std::stoi(v) <= k_max_width) return {};
            return fmt::format("expected a number of columns from {} to {}, got '{}'", k_min_width, k_max_width, v);
          },
          "N"))
      ->option_text("N");
  app.add_option("--color", ctx.color_choice, "Colour output: auto, always or never")
      ->transform(CLI::CheckedTransformer(std::map<std::string, ColorChoice>{{"auto", ColorChoice::auto_},
                                                                             {"always", ColorChoice::always},
                                                                             {"never", ColorChoice::never}},
                                          CLI::ignore_case))
      ->transform(one_of({"auto", "always", "never"}))
      ->option_text("auto|always|never");
  app.footer(R"(Examples:
  debrief log "Acme demo: pricing before the pain was clear #demo @alice"
  debrief list --rep alice
  debrief --db ~/team.db list)");
  add_commands(app, ctx);

  try {
    if (env.busy_timeout_ms && !env.busy_timeout_ms->empty()) {
      const std::string& v = *env.busy_timeout_ms;
      bool digits = v.size() <= 6 && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!digits || std::stol(v) > 600000)
        throw UsageError(
            fmt::format("DEBRIEF_BUSY_TIMEOUT_MS: invalid value '{}' (accepted: milliseconds, 0 to 600000)", v));
      Journal::set_busy_timeout_ms(static_cast<int>(std::stol(v)));
    }
    if (auto word = first_command_word(argc, argv)) {
      auto names = command_names(app);
      if (std::find(names.begin(), names.end(), *word) == names.end()) {
        auto near = did_you_mean(*word, names);
        return fail(io, usage,
                    near ? fmt::format("unknown command '{}'; did you mean '{}'?", *word, *near)
                         : fmt::format("unknown command '{}' (commands: {})", *word, fmt::join(names, ", ")));
      }
    }
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      if (e.get_exit_code() == 0) {
        app.exit(e, io.out, io.err);
        return ok;
      }
      auto message = parse_error_message(app, e, argc, argv);
      if (auto kept = keep_refused_log_stdin(ctx, argc, argv); !kept.empty()) message += "; nothing logged, " + kept;
      return fail(io, usage, message);
    }
    if (!ctx.action) {
      print_overview(app, ctx);
      return ok;
    }
    return ctx.action();
  } catch (const OutputError& e) {
    if (e.error == EPIPE) return ok; // the reader stopped reading: `debrief report | head -3`
    return fail(io, failure, e.message());
  } catch (const InterruptedError& e) {
    return fail(io, interrupted, e.what());
  } catch (const UsageError& e) {
    return fail(io, usage, keeping_log_stdin(ctx, argc, argv, e.what()));
  } catch (const RuntimeError& e) {
    return fail(io, failure, keeping_log_stdin(ctx, argc, argv, e.what()));
  } catch (const std::exception& e) {
    return fail(io, failure, e.what());
  }
}

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN); // a closed pipe shows up as EPIPE below, not a kill
  // A file-size limit (ulimit -f) must fail the write with EFBIG, reported like a full disk,
  // rather than kill the process before it can keep the user's text.
  std::signal(SIGXFSZ, SIG_IGN);
  // Freed memory stays with the process rather than going back to the system at every free
  // that empties the heap's top: an import frees and takes back SQLite's pages for each entry
  // (200,000 brk calls for 100,000 entries, 40% of its time). The peak is the same.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  tzset();
  const bool stdout_is_tty = ::isatty(STDOUT_FILENO) == 1;
  FdOutputBuffer stdout_buffer(STDOUT_FILENO, stdout_is_tty);
  std::ostream out(&stdout_buffer);
  out.exceptions(std::ios::badbit); // a failed write throws OutputError (output.hpp)
  std::cin.tie(&out);
  Io io{out, std::cerr, std::cin, ::isatty(STDIN_FILENO) == 1, stdout_is_tty, ::isatty(STDERR_FILENO) == 1};
  struct winsize size {};
  if (stdout_is_tty && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
    io.terminal_columns = size.ws_col;
  auto now =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  SystemZone zone;
  // DEBRIEF_NOW fakes the clock for tests and demos (ISO date-time, e.g. 2026-11-18T10:00).
  if (const char* fake = std::getenv("DEBRIEF_NOW"); fake && *fake) {
    try {
      now = parse_when(fake, now, zone).at.utc;
    } catch (const UsageError& e) {
      std::fprintf(stderr, "debrief: DEBRIEF_NOW: %s\n", sanitize_line(e.what()).c_str());
      return usage;
    }
  }
  int code = run(argc, argv, io, read_env(), now, zone);
  try {
    if (!out.bad()) out.flush(); // bad: a write failed and run() has reported it
  } catch (const OutputError& e) {
    if (e.error == EPIPE) return code; // `debrief list | head -1` is not an error
    std::fprintf(stderr, "debrief: %s\n", e.message().c_str());
    return failure;
  }
  return code;
}

} // namespace debrief::cli
