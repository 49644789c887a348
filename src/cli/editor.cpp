// The editor round-trip: a private draft, the user's editor, the text read back.
#include "cli/editor.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "storage/files.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

namespace debrief::cli {

const char* const k_scissors = "# ------------------------ >8 ------------------------";

namespace {

/// What a SIGTERM or SIGHUP while the editor runs prints before debrief goes: the draft's path.
std::string g_killed_message;

extern "C" void on_kill_while_editing(int) {
  ssize_t ignored = ::write(STDERR_FILENO, g_killed_message.data(), g_killed_message.size());
  (void)ignored;
  ::_exit(130);
}

struct sigaction g_guard_old_int {
}, g_guard_old_term{}, g_guard_old_hup{};

std::string editor_command(const Context& ctx) {
  const Env& env = ctx.env;
  if (ctx.config().editor) return *ctx.config().editor;
  if (env.visual && !env.visual->empty()) return *env.visual;
  if (env.editor && !env.editor->empty()) return *env.editor;
  return "vi";
}

/// Runs `command "$path"` through /bin/sh, as git does, so EDITOR may hold arguments.
/// Returns the wait status. Like system(), ignores SIGINT/SIGQUIT while the editor runs; a
/// SIGTERM or SIGHUP meanwhile names the draft (then `hint`) and ends debrief (exit 130).
int run_editor(const std::string& command, const std::string& path, const std::string& hint) {
  struct sigaction ignore {
  }, named{}, old_int{}, old_quit{}, old_term{}, old_hup{};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  g_killed_message = fmt::format("\ndebrief: interrupted; the draft is kept in {}{}\n", path, hint);
  named.sa_handler = on_kill_while_editing;
  sigemptyset(&named.sa_mask);
  sigaction(SIGINT, &ignore, &old_int);
  sigaction(SIGQUIT, &ignore, &old_quit);
  sigaction(SIGTERM, &named, &old_term);
  sigaction(SIGHUP, &named, &old_hup);
  pid_t pid = ::fork();
  if (pid == 0) {
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGQUIT, &old_quit, nullptr);
    sigaction(SIGTERM, &old_term, nullptr);
    sigaction(SIGHUP, &old_hup, nullptr);
    std::string script = command + " \"$1\"";
    ::execl("/bin/sh", "sh", "-c", script.c_str(), "sh", path.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = -1;
  if (pid > 0)
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGQUIT, &old_quit, nullptr);
  sigaction(SIGTERM, &old_term, nullptr);
  sigaction(SIGHUP, &old_hup, nullptr);
  return pid < 0 ? -1 : status;
}

} // namespace

std::string strip_instructions(const std::string& text) {
  auto cut = text.find(k_scissors);
  return std::string(trim(std::string_view(text).substr(0, cut)));
}

std::string shell_quote(std::string_view s) {
  constexpr std::string_view safe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./+:@%,=";
  if (!s.empty() && s.find_first_not_of(safe) == std::string_view::npos) return std::string(s);
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

std::string reuse_hint(const std::string& command, const std::string& path) {
  return fmt::format("; reuse it with: {} {}", command, shell_quote(path));
}

EditorText edit_text(const Context& ctx, const std::string& template_text, std::uint64_t max_bytes,
                     const std::string& reuse) {
  EditorText result;
  {
    std::vector<std::string> notices;
    DraftFile draft(ctx.drafts_dir(), "note", true, &notices);
    for (const auto& n : notices) ctx.warn(n);
    draft.write(template_text);
    result.draft_path = draft.finish();
  }
  const auto command = editor_command(ctx);
  const std::string hint = reuse.empty() ? std::string() : reuse_hint(reuse, result.draft_path);
  const auto started = std::chrono::steady_clock::now();
  int status = run_editor(command, result.draft_path, hint);
  const auto elapsed = std::chrono::steady_clock::now() - started;
  if (status != -1 && WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) // Ctrl-C reached the editor too
    throw InterruptedError(fmt::format("interrupted; the draft is kept in {}{}", result.draft_path, hint));
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string how = status == -1          ? "could not be started"
                      : WIFSIGNALED(status) ? fmt::format("was killed by signal {}", WTERMSIG(status))
                                            : fmt::format("exited with status {}", WEXITSTATUS(status));
    throw RuntimeError(fmt::format("the editor '{}' {}; nothing saved, the draft is kept in {}{}", command, how,
                                   result.draft_path, hint));
  }
  std::string written;
  try {
    written = read_private_file(result.draft_path, max_bytes);
  } catch (const FileTooLarge& e) {
    throw UsageError(fmt::format("the text is too long (the editor wrote {} bytes; a text is at most 1 MiB); nothing "
                                 "saved, the draft is kept in {}",
                                 e.size, result.draft_path));
  }
  if (written == template_text && elapsed < std::chrono::seconds(1))
    ctx.warn(fmt::format("the editor '{}' returned at once without changes; it may not wait for the file to be "
                         "closed (try e.g. EDITOR='code --wait' or 'gedit -w')",
                         command));
  result.text = strip_instructions(written);
  return result;
}

std::string keep_draft(const Context& ctx, const std::string& text, const std::string& what) {
  return keep_draft(
      ctx, [&](DraftFile& draft) { draft.write(text); }, what);
}

std::string keep_draft(const Context& ctx, const std::function<void(DraftFile&)>& fill, const std::string& what) {
  const std::string stem = what == "text" ? "note" : what;
  auto kept = [&](const std::string& dir, const std::string& name, bool own_dir) {
    std::vector<std::string> notices;
    DraftFile draft(dir, name, own_dir, &notices);
    for (const auto& n : notices) ctx.warn(n);
    fill(draft);
    return fmt::format("your {} is kept in {}", what, draft.finish());
  };
  try {
    return kept(ctx.drafts_dir(), stem, true);
  } catch (const std::exception& e) {
    // The drafts directory may be what failed (an unwritable HOME): a private file in the
    // temporary directory still keeps the words.
    const char* tmp = std::getenv("TMPDIR");
    std::string tmpdir = tmp && *tmp == '/' ? tmp : "/tmp";
    try {
      return kept(tmpdir, "debrief-" + stem, false);
    } catch (const std::exception&) {
      return fmt::format("and it could not be kept in a draft either ({})", e.what());
    }
  }
}

DraftGuard::DraftGuard(const std::string& message) {
  g_killed_message = "\ndebrief: " + message + "\n";
  struct sigaction named {};
  named.sa_handler = on_kill_while_editing;
  sigemptyset(&named.sa_mask);
  sigaction(SIGINT, &named, &g_guard_old_int);
  sigaction(SIGTERM, &named, &g_guard_old_term);
  sigaction(SIGHUP, &named, &g_guard_old_hup);
}

DraftGuard::~DraftGuard() {
  sigaction(SIGINT, &g_guard_old_int, nullptr);
  sigaction(SIGTERM, &g_guard_old_term, nullptr);
  sigaction(SIGHUP, &g_guard_old_hup, nullptr);
}

void discard_draft(const std::string& path) {
  if (!path.empty()) ::unlink(path.c_str());
}

} // namespace debrief::cli
