// `debrief decks`: list, show and check prompt decks, and say where user decks go.
#include "cli/commands.hpp"

#include "core/sanitize.hpp"
#include "core/suggest.hpp"
#include "storage/deck_store.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace debrief::cli {

namespace {

struct DecksOptions {
  bool ids = false;
  std::string show_id;
  std::vector<std::string> check_files;
};

int run_decks_list(const DecksOptions& o, Context& ctx) {
  if (o.ids) {
    if (auto ids = builtin_catalog_ids(resolve_decks_dir(ctx.env))) {
      for (const auto& id : *ids) ctx.io.out << id << '\n';
      return 0;
    }
  }
  auto catalog = catalog_with_warnings(ctx);
  if (o.ids) {
    for (const auto& id : catalog.ids()) ctx.io.out << id << '\n';
    return 0;
  }
  ctx.io.out << fmt::format("{:<20} {:<8} {:>9}  {}\n", "ID", "AUDIENCE", "QUESTIONS", "TITLE");
  for (const auto& d : catalog.decks) {
    std::string title = sanitize_line(d.deck.title);
    if (d.deck.is_private) title += " (private)";
    if (d.origin != "built-in") title += fmt::format("  [{}]", sanitize_line(d.origin));
    ctx.io.out << fmt::format("{:<20} {:<8} {:>9}  {}\n", d.deck.id, to_string(d.deck.audience),
                              d.deck.questions.size(), title);
  }
  return 0;
}

const CatalogDeck& find_deck(const DeckCatalog& catalog, const std::string& id) {
  if (const auto* d = catalog.find(id)) return *d;
  auto near = did_you_mean(id, catalog.ids());
  throw UsageError(
      near ? fmt::format("unknown deck '{}'; did you mean '{}'?", sanitize_line(id), *near)
           : fmt::format("unknown deck '{}' (decks: {})", sanitize_line(id), fmt::join(catalog.ids(), ", ")));
}

/// The answers a condition accepts, readable: "won or lost"; numbers in runs of three or more
/// as a range, "1–4" (en dash), "1–3 or 7".
std::string condition_values(const std::vector<std::string>& is) {
  std::vector<int> numbers;
  for (const auto& v : is) {
    if (v.empty() || v.size() > 6 || v.find_first_not_of("0123456789") != std::string::npos)
      return fmt::format("{}", fmt::join(is, " or "));
    numbers.push_back(std::stoi(v));
  }
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < numbers.size();) {
    std::size_t j = i;
    while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1) ++j;
    if (j - i >= 2) {
      parts.push_back(fmt::format("{}–{}", numbers[i], numbers[j]));
    } else {
      for (std::size_t k = i; k <= j; ++k) parts.push_back(std::to_string(numbers[k]));
    }
    i = j + 1;
  }
  return fmt::format("{}", fmt::join(parts, " or "));
}

int run_decks_show(const DecksOptions& o, Context& ctx) {
  auto catalog = catalog_with_warnings(ctx);
  const auto& entry = find_deck(catalog, o.show_id);
  const Deck& d = entry.deck;
  auto& out = ctx.io.out;
  out << fmt::format("{} ({}){}\n", sanitize_line(d.title), d.id, d.is_private ? ", private" : "");
  out << fmt::format("audience: {}{}; source: {}\n", to_string(d.audience), d.lesson ? "; entries are lessons" : "",
                     sanitize_line(entry.origin));
  if (!d.summary.empty()) out << sanitize_line(d.summary) << '\n';
  int n = 0;
  for (const auto& q : d.questions) {
    std::string kind;
    if (q.type == QuestionType::scale)
      kind = fmt::format(" [scale {}-{}]", q.min, q.max);
    else if (q.type == QuestionType::choice)
      kind = sanitize_line(fmt::format(" [choice: {}]", fmt::join(q.choices, ", ")));
    else if (q.type == QuestionType::yesno)
      kind = " [yes/no]";
    out << fmt::format("\n{:>2}. {}{}{}\n", ++n, sanitize_line(q.text), kind, q.discovery ? " [discovery]" : "");
    out << fmt::format("    id: {}\n", q.id);
    if (q.sets == EntryField::outcome)
      out << "    sets the entry's outcome\n";
    else if (q.sets)
      out << fmt::format("    sets the reviewed commitment's {} (ask --commitment)\n", to_string(*q.sets));
    if (q.when)
      out << fmt::format("    only when {} is {}\n", q.when->question, sanitize_line(condition_values(q.when->is)));
    if (!q.hint.empty()) out << fmt::format("    hint: {}\n", sanitize_line(q.hint));
    for (const auto& p : q.probes) out << fmt::format("    probe: {}\n", sanitize_line(p));
  }
  if (d.commitment) {
    out << fmt::format("\nCommitment: {}", sanitize_line(d.commitment->text));
    if (!d.commitment->due.empty()) out << fmt::format(" (due {})", sanitize_line(d.commitment->due));
    out << '\n';
  }
  return 0;
}

int run_decks_check(const DecksOptions& o, Context& ctx) {
  std::size_t errors = 0, bad_files = 0;
  for (const auto& file : o.check_files) {
    auto loaded = load_deck_file(file);
    if (loaded.deck) {
      ctx.io.out << fmt::format("{}: ok ({}, {} questions)\n", sanitize_line(file), loaded.deck->id,
                                loaded.deck->questions.size());
      continue;
    }
    ++bad_files;
    errors += loaded.diagnostics.size();
    for (const auto& d : loaded.diagnostics) ctx.io.err << format_diagnostic(d) << '\n';
  }
  if (errors == 0) return 0;
  ctx.io.err << fmt::format("debrief: {} error{} in {} of {} deck file{}\n", errors, errors == 1 ? "" : "s", bad_files,
                            o.check_files.size(), o.check_files.size() == 1 ? "" : "s");
  return 2;
}

int run_decks_path(Context& ctx) {
  auto dir = resolve_decks_dir(ctx.env);
  if (dir.empty()) throw RuntimeError("cannot locate the decks directory: neither XDG_CONFIG_HOME nor HOME is set");
  ctx.io.out << dir << '\n';
  return 0;
}

} // namespace

void setup_decks(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<DecksOptions>();
  auto* decks = app.add_subcommand("decks", "List, show and check question decks");
  decks->add_flag("--ids", opt->ids, "Print only the deck ids, one per line");
  decks->require_subcommand(0, 1);
  decks->footer(R"(Built-in decks can be replaced, by id, by files in the user deck directory
(debrief decks path). The format is described in debrief-decks(5).

Examples:
  debrief decks
  debrief decks show post-call
  debrief decks check my-deck.toml
  cp my-deck.toml "$(debrief decks path)/")");

  auto* show = decks->add_subcommand("show", "Show a deck's questions, hints and probes");
  show->add_option("id", opt->show_id, "Deck id")->required();
  show->footer("Examples:\n  debrief decks show grow\n  debrief decks show post-call | less");
  auto* check = decks->add_subcommand("check", "Validate deck files; exit 2 on any error");
  check->add_option("files", opt->check_files, "Deck files (TOML)")->required();
  check->footer("Errors are printed as file:line:column: message, every error of a file at once.\n\n"
                "Examples:\n  debrief decks check decks/*.toml\n  debrief decks check ~/.config/debrief/decks/*.toml");
  auto* path = decks->add_subcommand("path", "Print the directory for user decks");
  path->footer("Examples:\n  mkdir -p \"$(debrief decks path)\"\n  cp my-deck.toml \"$(debrief decks path)/\"\n"
               "  debrief decks check \"$(debrief decks path)\"/my-deck.toml");

  // The nested command chosen, if any, decides; `decks` alone lists.
  on_run(*decks, ctx, opt, [show, check, path](const DecksOptions& o, Context& c) {
    if (show->parsed()) return run_decks_show(o, c);
    if (check->parsed()) return run_decks_check(o, c);
    if (path->parsed()) return run_decks_path(c);
    return run_decks_list(o, c);
  });
}

} // namespace debrief::cli
