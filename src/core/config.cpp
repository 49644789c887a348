// config.toml parsing: see config.hpp.
#include "core/config.hpp"

#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "core/suggest.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "core/toml_keys.hpp"
#include "core/toml_problem.hpp"

#include "core/toml.hpp"
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <charconv>

namespace debrief {

namespace {
constexpr std::array<std::string_view, 7> k_weekdays{"sunday",   "monday", "tuesday", "wednesday",
                                                     "thursday", "friday", "saturday"};
const std::vector<std::string> k_top_keys{"me",     "week_start",  "discovery_target", "default_due",
                                          "editor", "date_format", "team_min_people",  "decks"};
const std::vector<std::string> k_deck_keys{"ask", "reflect"};

struct Reader {
  std::string source;
  ConfigLoad& out;

  void error(const toml::source_region& at, std::string message) {
    out.diagnostics.push_back(
        {source, static_cast<long>(at.begin.line), static_cast<long>(at.begin.column), sanitize_line(message)});
  }
  void unknown_keys(const toml::table& t, const std::vector<std::string>& allowed, std::string_view where) {
    check_unknown_keys(t, allowed, where,
                       [this](const toml::source_region& at, std::string m) { error(at, std::move(m)); });
  }

  std::optional<std::string> string(const toml::table& t, std::string_view key, const std::string& name) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (!n->is_string()) {
      error(n->source(), fmt::format("'{}' must be a string", name));
      return std::nullopt;
    }
    out.config.sources[name] = fmt::format("{}:{}", source, n->source().begin.line);
    return n->as_string()->get();
  }
};
/// discovery_target as a share: a float above 0 and at most 1 (0.8; 1.0 is 100 %), a whole
/// percent from 1 to 100 (80; so 1 is 1 %), or a percent string ("80%"); nullopt when it is
/// none of them or out of range.
std::optional<double> discovery_share(const toml::node& n) {
  if (const auto* f = n.as_floating_point()) {
    const double v = f->get();
    return v > 0.0 && v <= 1.0 ? std::optional(v) : std::nullopt;
  }
  if (const auto* i = n.as_integer()) {
    const auto v = i->get();
    return v >= 1 && v <= 100 ? std::optional(static_cast<double>(v) / 100.0) : std::nullopt;
  }
  if (const auto* s = n.as_string()) {
    std::string_view t = trim(s->get());
    if (!t.ends_with('%')) return std::nullopt;
    t = trim(t.substr(0, t.size() - 1));
    // digits, then at most one '.' with digits after it: "80", "62.5"
    const auto dot = t.find('.');
    const auto digits = [](std::string_view d) {
      return !d.empty() && d.size() <= 9 && d.find_first_not_of("0123456789") == std::string_view::npos;
    };
    if (!digits(t.substr(0, dot)) || (dot != std::string_view::npos && !digits(t.substr(dot + 1)))) return std::nullopt;
    double v = 0;
    std::from_chars(t.data(), t.data() + t.size(), v); // not strtod: the locale may not write '.'
    return v > 0.0 && v <= 100.0 ? std::optional(v / 100.0) : std::nullopt;
  }
  return std::nullopt;
}

/// discovery_target and team_min_people.
void read_numbers(Reader& r, const toml::table& root, Config& c) {
  if (const toml::node* n = root.get("discovery_target")) {
    if (auto v = discovery_share(*n)) {
      c.discovery_target = *v;
      c.sources["discovery_target"] = fmt::format("{}:{}", r.source, n->source().begin.line);
    } else {
      r.error(n->source(), "'discovery_target' must be a share above 0 and at most 1 (0.8), a whole percent "
                           "from 1 to 100 (80) or a percent in quotes (\"80%\")");
    }
  }
  if (const toml::node* n = root.get("team_min_people")) {
    const auto v = n->is_integer() ? std::optional<long long>(n->as_integer()->get()) : std::nullopt;
    if (!v || *v < 3 || *v > 1000)
      r.error(n->source(), "'team_min_people' must be a whole number from 3 to 1000 (default 3)");
    else {
      c.team_min_people = static_cast<int>(*v);
      c.sources["team_min_people"] = fmt::format("{}:{}", r.source, n->source().begin.line);
    }
  }
}

} // namespace

const std::vector<std::string> k_config_keys{"me",           "week_start",  "discovery_target", "default_due",
                                             "editor",       "date_format", "team_min_people",  "decks.ask",
                                             "decks.reflect"};

std::string_view weekday_name(int day) { return k_weekdays[static_cast<std::size_t>(((day % 7) + 7) % 7)]; }

ConfigLoad load_config(std::string_view text, std::string_view source_name) {
  ConfigLoad result;
  for (const auto& k : k_config_keys) result.config.sources[k] = "default";
  Reader r{std::string(source_name), result};
  if (text.size() > 64 * 1024) {
    result.diagnostics.push_back({r.source, 1, 1, "config file is too large (at most 64 KiB)"});
    return result;
  }
  toml::table root;
  try {
    root = toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    // One line in our words, never toml++'s: "config.toml line 3: a key without '= value' …"
    const auto line = static_cast<long>(e.source().begin.line);
    const auto column = static_cast<long>(e.source().begin.column);
    auto what = plain_toml_problem(e.description(), text, line, column);
    result.diagnostics.push_back(
        {r.source, line, column,
         sanitize_line(fmt::format("{}; see 'config' in debrief(1)",
                                   what ? *what : fmt::format("not valid TOML near column {}", column))),
         true});
    return result;
  }
  Config& c = result.config;
  r.unknown_keys(root, k_top_keys, "the config");
  if (auto v = r.string(root, "me", "me")) {
    try {
      c.me = normalize_person(*v);
    } catch (const UsageError& e) {
      r.error(root.get("me")->source(), fmt::format("'me': {}", e.what()));
    }
  }
  if (auto v = r.string(root, "week_start", "week_start")) {
    auto it = std::find(k_weekdays.begin(), k_weekdays.end(), *v);
    if (it == k_weekdays.end())
      r.error(root.get("week_start")->source(), fmt::format("invalid week_start '{}' (accepted: monday … sunday)", *v));
    else
      c.week_start = static_cast<int>(it - k_weekdays.begin());
  }
  read_numbers(r, root, c);
  if (auto v = r.string(root, "default_due", "default_due")) {
    try {
      parse_when(*v, 0, FixedZone(), Direction::future);
      c.default_due = *v;
    } catch (const UsageError& e) {
      r.error(root.get("default_due")->source(), fmt::format("'default_due': {}", e.what()));
    }
  }
  if (auto v = r.string(root, "editor", "editor")) {
    if (v->find_first_not_of(" \t") == std::string::npos)
      r.error(root.get("editor")->source(), "'editor' must not be empty");
    else
      c.editor = *v;
  }
  if (auto v = r.string(root, "date_format", "date_format")) {
    if (*v == "short")
      c.date_format = DateFormat::short_;
    else if (*v == "iso")
      c.date_format = DateFormat::iso;
    else
      r.error(root.get("date_format")->source(), fmt::format("invalid date_format '{}' (accepted: short, iso)", *v));
  }
  if (const toml::node* n = root.get("decks")) {
    if (const toml::table* t = n->as_table()) {
      r.unknown_keys(*t, k_deck_keys, "[decks]");
      if (auto v = r.string(*t, "ask", "decks.ask")) c.ask_deck = *v;
      if (auto v = r.string(*t, "reflect", "decks.reflect")) c.reflect_deck = *v;
    } else {
      r.error(n->source(), "'decks' must be a table ([decks])");
    }
  }
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  return result;
}

std::string config_value(const Config& c, const std::string& key) {
  if (key == "me") return c.me ? *c.me : "(not set)";
  if (key == "week_start") return std::string(weekday_name(c.week_start));
  if (key == "discovery_target") return fmt::format("{}", c.discovery_target);
  if (key == "default_due") return c.default_due;
  if (key == "editor") return c.editor ? *c.editor : "($VISUAL, else $EDITOR, else vi)";
  if (key == "date_format") return c.date_format == DateFormat::iso ? "iso" : "short";
  if (key == "team_min_people") return std::to_string(c.team_min_people);
  if (key == "decks.ask") return c.ask_deck;
  if (key == "decks.reflect") return c.reflect_deck;
  return {};
}

} // namespace debrief
