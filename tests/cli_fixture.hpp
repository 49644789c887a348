// In-process runs of the command line for tests/test_cli_*.cpp: cli::run with string streams,
// a fixed clock (Sat 21 Nov 2026 10:00 UTC unless set), a fixed zone (UTC unless set) and a
// private HOME holding the journal, removed when the fixture goes.
//
//   CliFixture cli;
//   auto r = cli.run({"log", "-r", "Müller", "called about pricing"});
//   CHECK(r.code == 0);
//   CHECK(r.out == "...");
//
// Outputs have the temporary directory replaced by `<tmp>`, so messages naming the journal's
// path can be compared exactly.
#pragma once

#include "cli/io.hpp"
#include "cli/run.hpp"
#include "core/time.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace debrief::test {

struct CliResult {
  int code = -1;
  std::string out, err;
};

/// 2026-11-21T10:00:00Z, a Saturday.
inline constexpr Seconds k_cli_now = 1795255200;

class CliFixture {
 public:
  explicit CliFixture(int zone_offset_seconds = 0) : zone(zone_offset_seconds) {
    static std::atomic<int> counter{0};
    dir = std::filesystem::absolute(std::filesystem::temp_directory_path() /
                                    ("debrief-cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter++)));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "home");
    env.home = (dir / "home").string();
    env.lang = "C.UTF-8";
    env.term = "dumb";
  }
  ~CliFixture() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  CliFixture(const CliFixture&) = delete;
  CliFixture& operator=(const CliFixture&) = delete;

  /// Runs `debrief ARGS...` with `input` on stdin (not a terminal unless stdin_tty).
  CliResult run(std::initializer_list<std::string> args, const std::string& input = "") {
    return run(std::vector<std::string>(args), input);
  }
  CliResult run(const std::vector<std::string>& args, const std::string& input = "") {
    std::vector<std::string> words{"debrief"};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<const char*> argv;
    for (const auto& w : words) argv.push_back(w.c_str());
    argv.push_back(nullptr);
    std::ostringstream out, err;
    std::istringstream in(input);
    cli::Io io{out, err, in, stdin_tty, false, false};
    CliResult r;
    r.code = cli::run(static_cast<int>(words.size()), argv.data(), io, env, now, zone);
    r.out = redact(out.str());
    r.err = redact(err.str());
    return r;
  }

  /// Runs a command that must succeed and say nothing on stderr; returns its stdout.
  std::string ok(std::initializer_list<std::string> args, const std::string& input = "") {
    auto r = run(args, input);
    INFO("debrief ", join(args), "\nstderr: ", r.err);
    REQUIRE(r.code == 0);
    CHECK(r.err == "");
    return r.out;
  }

  /// Writes a file under the temporary directory; returns its path.
  std::string write_file(const std::string& name, const std::string& content, bool executable = false) {
    auto path = dir / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    if (executable) ::chmod(path.c_str(), 0755);
    return path.string();
  }

  /// Sets $EDITOR to a shell script that runs `script` with the file to edit as "$1".
  void set_editor(const std::string& script) {
    env.visual.reset();
    env.editor = write_file("editor-" + std::to_string(editors_++) + ".sh", "#!/bin/sh\n" + script + "\n", true);
  }

  /// `s` with every UUID after `"uuid":"` or `uuid: ` replaced by `<uuid>`.
  static std::string without_uuids(std::string s) {
    for (const std::string key : {"\"uuid\":\"", "uuid: "})
      for (auto at = s.find(key); at != std::string::npos; at = s.find(key, at + 1))
        if (s.size() >= at + key.size() + 36) s.replace(at + key.size(), 36, "<uuid>");
    return s;
  }

  std::string journal() const { return (dir / "home/.local/share/debrief/journal.db").string(); }
  std::string config_path() const { return (dir / "home/.config/debrief/config.toml").string(); }

  std::filesystem::path dir;
  Env env;
  Seconds now = k_cli_now;
  bool stdin_tty = false; ///< true: `log` opens the editor instead of reading stdin
  FixedZone zone;

 private:
  static std::string join(std::initializer_list<std::string> args) {
    std::string s;
    for (const auto& a : args) s += (s.empty() ? "" : " ") + a;
    return s;
  }
  std::string redact(std::string s) const {
    const std::string d = dir.string();
    for (auto at = s.find(d); at != std::string::npos; at = s.find(d, at)) s.replace(at, d.size(), "<tmp>");
    return s;
  }
  int editors_ = 0;
};

} // namespace debrief::test
