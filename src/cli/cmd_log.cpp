// `debrief log`: a post-call note in seconds, from arguments, stdin or the editor.
#include "cli/call_options.hpp"
#include "cli/commands.hpp"
#include "cli/editor.hpp"
#include "cli/output.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "storage/files.hpp"
#include "storage/journal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <istream>
#include <iterator>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <sys/stat.h>

namespace debrief::cli {

namespace {

struct LogOptions {
  std::vector<std::string> words;
  std::optional<std::string> rep;
  CallOptions call; ///< --at, -t
  std::optional<std::string> outcome;
  bool lesson = false;
  bool quiet = false;
  bool json = false;
  std::optional<std::string> from_draft; ///< a draft file whose text to log, left in place
};

/// What reuses a draft of `log`, named in the messages that keep one.
constexpr const char* k_reuse = "debrief log --from-draft";

const char* const k_template = R"(

# ------------------------ >8 ------------------------
# Write the note above this line; everything from the line above down is ignored.
# #tag or +tag adds a tag, @name names the rep (or use -t / -r).
# Save and close the editor to log it; leave it empty to log nothing.
)";

/// Everything from the user except the journal: validated before anything is opened.
NewNote build_note(const LogOptions& o, std::string body, const Context& ctx) {
  check_note_text(body);
  NewNote note;
  const auto marks = scan_marks(body);
  note.body = std::move(body);
  if (o.rep) {
    note.person = normalize_person(*o.rep);
  } else if (marks.people.size() > 1) {
    std::vector<std::string> at_names;
    for (const auto& p : marks.people) at_names.push_back("@" + p);
    throw UsageError(
        fmt::format("the note names several people ({}); say who it is about with -r NAME", fmt::join(at_names, ", ")));
  } else if (marks.people.size() == 1) {
    note.person = normalize_person(marks.people.front());
  }
  note.tags = call_tags(o.call.tags);
  for (const auto& t : marks.tags) note.tags.push_back(normalize_tag(t));
  check_tag_count(note.tags);
  note.at = call_time(o.call.at, ctx);
  if (o.outcome) {
    try {
      note.outcome = parse_outcome(*o.outcome);
    } catch (const UsageError& e) {
      throw UsageError(fmt::format("--outcome: {}", e.what()));
    }
  }
  note.lesson = o.lesson;
  return note;
}

/// Stdin up to a little past the longest note. A longer stream is refused without being held
/// in memory: what was read and the rest go straight to a draft, which the error names.
/// For keep_draft's writer, which may be called again when the first draft file fails: stdin
/// cannot be read twice, and no partial fallback draft is kept.
void read_stdin_once(bool& read_once) {
  if (read_once) throw RuntimeError("stdin cannot be read twice");
  read_once = true;
}

/// "<why>; nothing logged, <where the text is kept>"
std::string nothing_logged(std::string_view why, std::string_view kept) {
  return fmt::format("{}; nothing logged, {}", why, kept);
}

std::string read_all(std::istream& in, const Context& ctx) {
  constexpr std::size_t cap = k_max_note_bytes + 64 * 1024;
  std::string text;
  std::streambuf* buf = in.rdbuf();
  char chunk[65536];
  for (;;) {
    auto n = static_cast<std::size_t>(buf->sgetn(chunk, sizeof chunk));
    if (n == 0) break;
    if (text.size() + n > cap) {
      std::uint64_t total = 0;
      bool read_once = false;
      auto kept = keep_draft(ctx, [&](DraftFile& draft) {
        read_stdin_once(read_once);
        draft.write(text);
        total = text.size();
        std::string().swap(text);
        for (auto m = n; m > 0; m = static_cast<std::size_t>(buf->sgetn(chunk, sizeof chunk))) {
          draft.write(std::string_view(chunk, m));
          total += m;
        }
      });
      throw UsageError(fmt::format("note is too long ({} bytes on stdin; at most {} bytes); nothing logged, {}",
                                   total ? std::to_string(total) : "more than " + std::to_string(cap), k_max_note_bytes,
                                   kept));
    }
    text.append(chunk, n);
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

/// The text of --from-draft's file, as the editor's round-trip would read it back: without the
/// template's instructions (the scissors line and below). Unreadable: RuntimeError (exit 1).
std::string read_draft_text(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    throw RuntimeError(fmt::format("--from-draft: cannot read {}: {}", path, std::strerror(errno)));
  if (!S_ISREG(st.st_mode)) throw RuntimeError(fmt::format("--from-draft: {} is not a regular file", path));
  if (static_cast<std::uint64_t>(st.st_size) > k_max_edited_bytes)
    throw UsageError(fmt::format("--from-draft: {} is too long ({} bytes; a note is at most {} bytes)", path,
                                 st.st_size, k_max_note_bytes));
  std::ifstream in(path, std::ios::binary);
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (!in.good() && !in.eof())
    throw RuntimeError(fmt::format("--from-draft: cannot read {}: {}", path, std::strerror(errno)));
  return strip_instructions(text);
}

/// Where the note's text came from, and where it is kept meanwhile.
struct LogText {
  std::string body;
  std::string draft;       ///< set while the text lives in a draft debrief made (removed once saved)
  std::string user_file;   ///< --from-draft's file: never removed, named when the save fails
  bool from_stdin = false; ///< text that cannot be typed again: kept in a draft when refused
};

/// The text from the arguments, --from-draft's file, stdin when it is not a terminal, else the editor.
LogText gather_text(const LogOptions& o, Context& ctx) {
  LogText t;
  if (!o.words.empty()) {
    t.body = fmt::format("{}", fmt::join(o.words, " "));
  } else if (o.from_draft) {
    t.body = read_draft_text(*o.from_draft);
    t.user_file = *o.from_draft;
    if (t.body.empty()) throw UsageError(fmt::format("empty note in {}; nothing logged", *o.from_draft));
  } else if (!ctx.io.stdin_is_tty) {
    t.body = read_all(ctx.io.in, ctx);
    t.from_stdin = true;
  } else {
    auto edited = edit_text(ctx, k_template, k_max_edited_bytes, k_reuse);
    t.body = std::move(edited.text);
    t.draft = std::move(edited.draft_path);
    if (t.body.empty()) {
      discard_draft(t.draft);
      throw UsageError("empty note; nothing logged");
    }
  }
  return t;
}

/// Says what was saved: its number alone with -q, the entry with --json, else a line.
void confirm_logged(const LogOptions& o, const Entry& e, Context& ctx) {
  // The entry is saved: if its confirmation cannot be written, say which entry it is, so a
  // retry does not log it twice.
  try {
    if (o.quiet) {
      ctx.io.out << e.id << '\n';
    } else if (o.json) {
      ctx.io.out << entry_json(e) << '\n';
    } else {
      std::string line = fmt::format("logged #{}", e.id);
      if (e.person) line += fmt::format(" · {}", sanitize_line(*e.person));
      if (!e.tags.empty()) line += fmt::format(" · {}", sanitize_line(fmt::format("{}", fmt::join(e.tags, ", "))));
      if (e.outcome) line += fmt::format(" · {}", to_string(*e.outcome));
      if (e.lesson) line += " · lesson";
      line += fmt::format(" · {}", ctx.show_time(e.at));
      ctx.io.out << line << '\n';
    }
    ctx.io.out.flush();
  } catch (const OutputError& err) {
    if (err.error == EPIPE) throw; // nobody reads the confirmation: not an error
    throw RuntimeError(fmt::format("logged #{}, but {}", e.id, err.message()));
  }
}

int run_log(const LogOptions& o, Context& ctx) {
  ctx.config();     // a broken config.toml stops here, not after the note is saved
  ctx.drafts_dir(); // no place for drafts (no HOME): stop before any text is typed
  auto [body, draft, user_file, from_stdin] = gather_text(o, ctx);

  NewNote note;
  try {
    note = build_note(o, body, ctx);
  } catch (const UsageError& e) {
    if (!draft.empty())
      throw UsageError(nothing_logged(e.what(), "the draft is kept in " + draft + reuse_hint(k_reuse, draft)));
    if (from_stdin && body.find_first_not_of(" \t\r\n") != std::string::npos)
      throw UsageError(nothing_logged(e.what(), keep_draft(ctx, body)));
    throw;
  }

  // Text from a pipe cannot be typed again: it goes to a draft before the save, which may wait
  // for another process's lock, so an interruption meanwhile loses nothing (and says where it is).
  if (from_stdin) {
    try {
      std::vector<std::string> notices;
      DraftFile kept(ctx.drafts_dir(), "note", true, &notices);
      for (const auto& n : notices) ctx.warn(n);
      kept.write(body);
      draft = kept.finish();
    } catch (const std::exception&) {
      // no draft before the save: a failed save still keeps the text (keep_draft below)
    }
  }
  std::optional<DraftGuard> guard;
  if (!draft.empty())
    guard.emplace(nothing_logged("interrupted", "your text is kept in " + draft + reuse_hint(k_reuse, draft)));
  AddedNote added;
  try {
    auto journal = ctx.open_journal_for_write();
    added = journal.add_note(note, ctx.now, new_uuid(ctx.now));
  } catch (const std::exception& e) {
    if (!draft.empty())
      throw RuntimeError(
          nothing_logged(e.what(), fmt::format("{} is kept in {}{}", from_stdin ? "your text" : "the draft", draft,
                                               reuse_hint(k_reuse, draft))));
    if (!user_file.empty()) throw RuntimeError(nothing_logged(e.what(), "the text is still in " + user_file));
    throw RuntimeError(nothing_logged(e.what(), keep_draft(ctx, body)));
  }
  guard.reset();
  discard_draft(draft);

  const Entry& e = added.entry;
  if (added.close_match) ctx.warn(new_person_close_to(*e.person, *added.close_match));
  confirm_logged(o, e, ctx);
  if (e.at.utc > ctx.now) ctx.warn(fmt::format("#{} is dated in the future ({})", e.id, ctx.show_time(e.at)));
  return 0;
}

/// Whether the words after `log` hold no note text (so `log` reads it from stdin): every word is
/// an option or the value of one that takes a value.
bool no_text_words(int argc, const char* const* argv, int log_at) {
  static const std::set<std::string_view> with_value{"-r", "--rep", "-t", "--tag", "--at", "--outcome"};
  for (int i = log_at + 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") return i + 1 >= argc;
    if (a.starts_with("--from-draft")) return false; // the text is in a file, not on stdin
    if (!a.starts_with("-") || a == "-") return false;
    if (with_value.count(a)) ++i; // its value
  }
  return true;
}

} // namespace

std::string keep_refused_log_stdin(const Context& ctx, int argc, const char* const* argv) {
  if (ctx.io.stdin_is_tty) return {};
  int log_at = 1;
  while (log_at < argc && std::string_view(argv[log_at]) != "log") ++log_at;
  if (log_at >= argc || !no_text_words(argc, argv, log_at)) return {};
  std::streambuf* buf = ctx.io.in.rdbuf();
  char chunk[65536];
  const auto first = static_cast<std::size_t>(std::max<std::streamsize>(buf->sgetn(chunk, sizeof chunk), 0));
  const std::string_view head(chunk, first);
  if (first < sizeof chunk && head.find_first_not_of(" \t\r\n") == std::string_view::npos) return {};
  bool read_once = false;
  return keep_draft(ctx, [&](DraftFile& draft) {
    read_stdin_once(read_once);
    draft.write(head);
    for (auto n = buf->sgetn(chunk, sizeof chunk); n > 0; n = buf->sgetn(chunk, sizeof chunk))
      draft.write(std::string_view(chunk, static_cast<std::size_t>(n)));
  });
}

void setup_log(CLI::App& app, Context& ctx) {
  auto [sub, opt] = add_command<LogOptions>(app, ctx, "log", "Capture a quick note after a call", run_log);
  auto* text = sub->add_option("text", opt->words,
                               "The note; #tag/+tag add tags, @name names the rep (quote #tags: the shell drops them)");
  sub->add_option("-r,--rep", opt->rep, "The rep (or anyone coached) the note is about");
  add_call_options(*sub, opt->call);
  sub->add_option("--outcome", opt->outcome, "The call's outcome: won, lost, advanced or stalled");
  sub->add_flag("--lesson", opt->lesson, "Flag the note as a useful mistake");
  auto* q = sub->add_flag("-q,--quiet", opt->quiet, "Print only the new entry's id");
  sub->add_flag("--json", opt->json, "Print the saved entry as JSON")->excludes(q);
  sub->add_option("--from-draft", opt->from_draft, "Log the text of a kept draft file (the file stays)")
      ->excludes(text)
      ->option_text("FILE");
  sub->footer(R"(Text comes from the arguments, else stdin when it is not a terminal, else $VISUAL/$EDITOR.
An empty note is refused. Text that cannot be saved is kept in a private draft
file; debrief log --from-draft FILE logs it later and leaves the file in place.

Examples:
  debrief log "Acme demo: pricing before the pain was clear #demo @alice"
  debrief log -r alice -t demo --outcome stalled --at yesterday "Lost the room"
  debrief log --lesson -r bob "Skipped discovery and pitched; they went cold"
  echo "note from a script" | debrief log -r alice)");
}

} // namespace debrief::cli
