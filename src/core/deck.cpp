// Loading and validating decks. Every check adds a Diagnostic and carries on, so a file's
// problems are all reported at once, sorted by position.
#include "core/deck.hpp"

#include "core/entry.hpp"
#include "core/sanitize.hpp"
#include "core/suggest.hpp"
#include "core/time.hpp"
#include "core/toml_keys.hpp"
#include "core/toml_problem.hpp"

#include "core/toml.hpp"
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

namespace debrief {

namespace {

const std::vector<std::string> k_deck_keys{"id",     "title",   "audience", "private",
                                           "lesson", "summary", "question", "commitment"};
const std::vector<std::string> k_question_keys{"id",  "text", "hint",    "probes", "discovery", "type",
                                               "min", "max",  "choices", "when",   "sets"};
const std::vector<std::string> k_commitment_keys{"text", "due"};
const std::vector<std::string> k_when_keys{"question", "is"};
constexpr std::string_view k_question_not_array =
    "'question' must be an array of tables: write each one as [[question]]";
const std::vector<std::string> k_types{"text", "scale", "choice", "yesno"};
const std::vector<std::string> k_audiences{"manager", "rep", "either"};
const std::vector<std::string> k_fields{"outcome", "review", "helped", "evidence", "decision", "due"};
const std::vector<std::string> k_helped_values{"yes", "partly", "no"};
const std::vector<std::string> k_decision_values{"done", "keep", "drop"};

std::string_view type_name(const toml::node& n) {
  switch (n.type()) {
  case toml::node_type::string: return "a string";
  case toml::node_type::integer: return "an integer";
  case toml::node_type::floating_point: return "a number";
  case toml::node_type::boolean: return "a boolean";
  case toml::node_type::array: return "an array";
  case toml::node_type::table: return "a table";
  default: return "a date or time";
  }
}

} // namespace

bool is_valid_deck_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'; });
}

namespace {

bool valid_id(std::string_view id) { return is_valid_deck_id(id); }

class Checker {
 public:
  explicit Checker(std::string source) : source_(std::move(source)) {}

  void error(const toml::source_region& at, std::string message) {
    diagnostics_.push_back(
        {source_, static_cast<long>(at.begin.line), static_cast<long>(at.begin.column), sanitize_line(message)});
  }
  void error_at_start(std::string message) { diagnostics_.push_back({source_, 1, 1, std::move(message)}); }

  /// Unknown keys, with the closest known one as a suggestion.
  void check_keys(const toml::table& t, const std::vector<std::string>& allowed, std::string_view where) {
    check_unknown_keys(t, allowed, where,
                       [this](const toml::source_region& at, std::string m) { error(at, std::move(m)); });
  }

  std::optional<std::string> string(const toml::table& t, std::string_view key, bool required,
                                    const toml::source_region& owner, std::string_view owner_name) {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) error(owner, fmt::format("{} has no '{}'", owner_name, key));
      return std::nullopt;
    }
    if (!n->is_string()) {
      error(n->source(), fmt::format("'{}' must be a string, not {}", key, type_name(*n)));
      return std::nullopt;
    }
    std::string v = n->as_string()->get();
    if (required && v.find_first_not_of(" \t\r\n") == std::string::npos) {
      error(n->source(), fmt::format("'{}' must not be empty", key));
      return std::nullopt;
    }
    return v;
  }

  std::optional<bool> boolean(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (!n->is_boolean()) {
      error(n->source(), fmt::format("'{}' must be true or false, not {}", key, type_name(*n)));
      return std::nullopt;
    }
    return n->as_boolean()->get();
  }

  std::optional<int> integer(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (!n->is_integer()) {
      error(n->source(), fmt::format("'{}' must be an integer, not {}", key, type_name(*n)));
      return std::nullopt;
    }
    auto v = n->as_integer()->get();
    if (v < -1000 || v > 1000) {
      error(n->source(), fmt::format("'{}' must be between -1000 and 1000", key));
      return std::nullopt;
    }
    return static_cast<int>(v);
  }

  std::optional<std::vector<std::string>> strings(const toml::table& t, std::string_view key) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    const toml::array* a = n->as_array();
    if (!a) {
      error(n->source(), fmt::format("'{}' must be an array of strings, not {}", key, type_name(*n)));
      return std::nullopt;
    }
    std::vector<std::string> out;
    bool ok = true;
    for (const auto& item : *a) {
      if (!item.is_string()) {
        error(item.source(), fmt::format("'{}' must hold only strings, not {}", key, type_name(item)));
        ok = false;
        continue;
      }
      out.push_back(item.as_string()->get());
    }
    if (!ok) return std::nullopt;
    return out;
  }

  std::vector<Diagnostic> take() {
    std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return std::move(diagnostics_);
  }

 private:
  std::string source_;
  std::vector<Diagnostic> diagnostics_;
};

std::string stem_of(std::string_view source_name) {
  auto slash = source_name.find_last_of('/');
  auto name = slash == std::string_view::npos ? source_name : source_name.substr(slash + 1);
  if (name.ends_with(".toml")) name.remove_suffix(5);
  return std::string(name);
}

template <typename E>
std::optional<E> parse_choice(Checker& c, const toml::table& t, std::string_view key,
                              const std::vector<std::string>& names) {
  const toml::node* n = t.get(key);
  auto v = c.string(t, key, false, {}, "");
  if (!v) return std::nullopt;
  auto it = std::find(names.begin(), names.end(), *v);
  if (it != names.end()) return static_cast<E>(it - names.begin());
  auto near = did_you_mean(*v, names);
  c.error(n->source(), near ? fmt::format("invalid {} '{}'; did you mean '{}'?", key, *v, *near)
                            : fmt::format("invalid {} '{}' (accepted: {})", key, *v, fmt::join(names, ", ")));
  return std::nullopt;
}

void check_when(Checker& c, const toml::node& node, Question& q, const std::vector<Question>& earlier,
                const std::vector<std::pair<std::string, long>>& all_ids) {
  const toml::table* w = node.as_table();
  if (!w) {
    c.error(node.source(), fmt::format("'when' must be a table like {{ question = \"id\", is = [\"answer\"] }}, not {}",
                                       type_name(node)));
    return;
  }
  c.check_keys(*w, k_when_keys, "'when'");
  auto target = c.string(*w, "question", true, node.source(), "'when'");
  auto values = c.strings(*w, "is");
  if (!w->get("is"))
    c.error(node.source(), "'when' has no 'is'");
  else if (values && values->empty())
    c.error(w->get("is")->source(), "'is' must not be empty");
  if (!target) return;
  const toml::node* tn = w->get("question");
  auto ref = std::find_if(earlier.begin(), earlier.end(), [&](const Question& e) { return e.id == *target; });
  if (ref == earlier.end()) {
    bool later = std::any_of(all_ids.begin(), all_ids.end(), [&](const auto& p) { return p.first == *target; });
    if (later || *target == q.id)
      c.error(tn->source(), fmt::format("'when' refers to question '{}', which is not asked before this one", *target));
    else {
      std::vector<std::string> names;
      for (const auto& e : earlier) names.push_back(e.id);
      auto near = did_you_mean(*target, names);
      c.error(tn->source(),
              near ? fmt::format("'when' refers to unknown question '{}'; did you mean '{}'?", *target, *near)
                   : fmt::format("'when' refers to unknown question '{}'", *target));
    }
    return;
  }
  if (!values) return;
  for (const auto& v : *values) {
    bool ok = true;
    std::string accepted;
    if (ref->type == QuestionType::choice) {
      ok = std::find(ref->choices.begin(), ref->choices.end(), v) != ref->choices.end();
      accepted = fmt::format("{}", fmt::join(ref->choices, ", "));
    } else if (ref->type == QuestionType::yesno) {
      ok = v == "yes" || v == "no";
      accepted = "yes, no";
    } else if (ref->type == QuestionType::scale) {
      ok = false;
      for (int i = ref->min; i <= ref->max; ++i) ok = ok || v == std::to_string(i);
      accepted = fmt::format("{} to {}", ref->min, ref->max);
    }
    if (!ok)
      c.error(w->get("is")->source(),
              fmt::format("'when' value '{}' is not a possible answer to '{}' (accepted: {})", v, ref->id, accepted));
  }
  q.when = Condition{*target, *values};
}

} // namespace

std::string_view to_string(QuestionType t) { return k_types[static_cast<std::size_t>(t)]; }
std::string_view to_string(Audience a) { return k_audiences[static_cast<std::size_t>(a)]; }
std::string_view to_string(EntryField f) { return k_fields[static_cast<std::size_t>(f)]; }

std::optional<std::string> outcome_question(const Deck& deck) { return question_setting(deck, EntryField::outcome); }

std::optional<std::string> question_setting(const Deck& deck, EntryField field) {
  for (const auto& q : deck.questions)
    if (q.sets == field) return q.id;
  return std::nullopt;
}

bool decides_commitments(const Deck& deck) { return question_setting(deck, EntryField::decision).has_value(); }

namespace {

/// The deck's own keys: id (or the file's name), title, audience, private, lesson, summary.
void check_header(Checker& c, const toml::table& root, std::string_view source_name, Deck& deck) {
  const toml::source_region start{{1, 1}, {1, 1}, nullptr};
  c.check_keys(root, k_deck_keys, "the deck");
  if (auto id = c.string(root, "id", false, start, "the deck")) {
    deck.id = *id;
    if (!valid_id(deck.id))
      c.error(root.get("id")->source(),
              fmt::format("invalid deck id '{}' (accepted: a lower-case letter, then lower-case "
                          "letters, digits, '-' or '_'; at most 64)",
                          deck.id));
  } else if (!root.get("id")) {
    deck.id = stem_of(source_name);
    if (!valid_id(deck.id))
      c.error_at_start(fmt::format("the file name gives the invalid deck id '{}'; set id = \"...\" (accepted: a "
                                   "lower-case letter, then lower-case letters, digits, '-' or '_')",
                                   deck.id));
  }
  if (auto title = c.string(root, "title", true, start, "the deck")) deck.title = *title;
  if (!root.get("audience")) c.error_at_start("the deck has no 'audience' (accepted: manager, rep, either)");
  if (auto a = parse_choice<Audience>(c, root, "audience", k_audiences)) deck.audience = *a;
  if (auto p = c.boolean(root, "private")) deck.is_private = *p;
  if (auto l = c.boolean(root, "lesson")) deck.lesson = *l;
  if (auto s = c.string(root, "summary", false, start, "the deck")) deck.summary = *s;
}

/// A question's id: valid, and not one an earlier question has (`ids`: every id with its line).
void check_question_id(Checker& c, const toml::table& t, const std::string& name, const Deck& deck, Question& q,
                       const std::vector<std::pair<std::string, long>>& ids) {
  if (auto id = c.string(t, "id", true, t.source(), name)) {
    q.id = *id;
    const toml::node* idn = t.get("id");
    if (!valid_id(q.id))
      c.error(idn->source(), fmt::format("invalid question id '{}' (accepted: a lower-case letter, then lower-case "
                                         "letters, digits, '-' or '_'; at most 64)",
                                         q.id));
    auto first =
        std::find_if(deck.questions.begin(), deck.questions.end(), [&](const Question& e) { return e.id == q.id; });
    if (first != deck.questions.end()) {
      auto line = std::find_if(ids.begin(), ids.end(), [&](const auto& p) { return p.first == q.id; })->second;
      c.error(idn->source(), fmt::format("duplicate question id '{}' (first used on line {})", q.id, line));
    }
  }
}

/// A scale question's `min` and `max`, which no other type takes.
void check_scale(Checker& c, const toml::table& t, Question& q) {
  auto min = c.integer(t, "min");
  auto max = c.integer(t, "max");
  for (const char* key : {"min", "max"})
    if (t.get(key) && q.type != QuestionType::scale && t.get("type"))
      c.error(t.get(key)->source(), fmt::format("'{}' applies only to scale questions", key));
    else if (t.get(key) && !t.get("type"))
      c.error(t.get(key)->source(), fmt::format("'{}' applies only to scale questions (add type = \"scale\")", key));
  if (min) q.min = *min;
  if (max) q.max = *max;
  if (q.type == QuestionType::scale && q.min >= q.max)
    c.error(t.get(min ? "min" : "max") ? t.get(min ? "min" : "max")->source() : t.source(),
            fmt::format("min ({}) must be less than max ({})", q.min, q.max));
}

/// A choice question's `choices`: present, not empty, no duplicates; no other type takes them.
void check_choices(Checker& c, const toml::table& t, const std::string& name, Question& q) {
  auto choices = c.strings(t, "choices");
  if (q.type == QuestionType::choice) {
    if (!t.get("choices"))
      c.error(t.source(), fmt::format("{} is a choice question but has no 'choices'", name));
    else if (choices && choices->empty())
      c.error(t.get("choices")->source(), "'choices' must not be empty");
    else if (choices) {
      for (std::size_t i = 0; i < choices->size(); ++i)
        if (std::find(choices->begin(), choices->begin() + static_cast<std::ptrdiff_t>(i), (*choices)[i]) !=
            choices->begin() + static_cast<std::ptrdiff_t>(i))
          c.error(t.get("choices")->source(), fmt::format("duplicate choice '{}'", (*choices)[i]));
      q.choices = *choices;
    }
  } else if (t.get("choices")) {
    c.error(t.get("choices")->source(), "'choices' applies only to choice questions (add type = \"choice\")");
  }
}

bool is_outcome_value(std::string_view v) { return outcome_of_answer(std::string(v)).has_value(); }

/// Whether a choice question sets `f` (the others are set by text questions).
bool set_by_choice(EntryField f) {
  return f == EntryField::outcome || f == EntryField::helped || f == EntryField::decision;
}

/// Whether `v` is a value of `f`, a field a choice question sets; `accepted` names the values
/// and `noun` one of them.
bool is_value_of(EntryField f, std::string_view v, std::string& accepted, std::string& noun) {
  if (f == EntryField::outcome) {
    accepted = k_outcome_values, noun = "an outcome";
    return is_outcome_value(v);
  }
  const auto& values = f == EntryField::helped ? k_helped_values : k_decision_values;
  accepted = fmt::format("{}", fmt::join(values, ", "));
  noun = f == EntryField::helped ? "a helped value" : "a decision";
  return std::find(values.begin(), values.end(), v) != values.end();
}

/// `sets`: outcome, helped and decision only on a choice question whose choices are all values
/// of the field; review, evidence and due only on a text question; one question of a deck per
/// field.
void check_sets(Checker& c, const toml::table& t, Question& q, const Deck& deck) {
  const toml::node* n = t.get("sets");
  if (!n) return;
  auto field = parse_choice<EntryField>(c, t, "sets", k_fields);
  if (!field) return;
  if (set_by_choice(*field)) {
    if (q.type != QuestionType::choice) {
      c.error(n->source(), "'sets' applies only to choice questions (add type = \"choice\")");
      return;
    }
    std::string accepted, noun;
    for (const auto& choice : q.choices)
      if (!is_value_of(*field, choice, accepted, noun))
        c.error(n->source(), fmt::format("sets = \"{}\" but choice '{}' is not {} (accepted: {})", to_string(*field),
                                         choice, noun, accepted));
  } else if (q.type != QuestionType::text) {
    c.error(n->source(), fmt::format("sets = \"{}\" applies only to text questions", to_string(*field)));
    return;
  }
  auto other =
      std::find_if(deck.questions.begin(), deck.questions.end(), [&](const Question& e) { return e.sets == field; });
  if (other != deck.questions.end())
    c.error(n->source(),
            fmt::format("question '{}' already sets the {}; only one question may", other->id, to_string(*field)));
  q.sets = field;
}

/// Question `number` (from 1), the table `t`, added to the deck.
void check_question(Checker& c, const toml::table& t, std::size_t number, Deck& deck,
                    const std::vector<std::pair<std::string, long>>& ids) {
  const std::string name = fmt::format("question {}", number);
  Question q;
  c.check_keys(t, k_question_keys, name);
  check_question_id(c, t, name, deck, q, ids);
  if (auto qtext = c.string(t, "text", true, t.source(), name)) q.text = *qtext;
  if (auto hint = c.string(t, "hint", false, t.source(), name)) q.hint = *hint;
  if (auto probes = c.strings(t, "probes")) q.probes = *probes;
  if (auto d = c.boolean(t, "discovery")) q.discovery = *d;
  if (auto type = parse_choice<QuestionType>(c, t, "type", k_types)) q.type = *type;
  check_scale(c, t, q);
  check_choices(c, t, name, q);
  if (const toml::node* w = t.get("when")) check_when(c, *w, q, deck.questions, ids);
  check_sets(c, t, q, deck);
  deck.questions.push_back(std::move(q));
}

/// The [[question]] array: at least one question, each checked in order.
void check_questions(Checker& c, const toml::table& root, Deck& deck) {
  const toml::node* qnode = root.get("question");
  const toml::array* qs = qnode ? qnode->as_array() : nullptr;
  if (qnode && (!qs || !qs->is_array_of_tables())) {
    c.error(qnode->source(), std::string(k_question_not_array));
    return;
  }
  if (!qs || qs->empty()) {
    c.error_at_start("the deck has no questions (add at least one [[question]])");
    return;
  }
  std::vector<std::pair<std::string, long>> ids; // every id with its line, for duplicates and `when`
  for (const auto& node : *qs) {
    const auto& t = *node.as_table();
    if (const toml::node* idn = t.get("id"); idn && idn->is_string())
      ids.emplace_back(idn->as_string()->get(), static_cast<long>(idn->source().begin.line));
  }
  std::size_t number = 0;
  for (const auto& node : *qs) check_question(c, *node.as_table(), ++number, deck, ids);
}

/// The closing commitment prompt, [commitment], if there is one.
void check_commitment(Checker& c, const toml::table& root, Deck& deck) {
  const toml::node* cn = root.get("commitment");
  if (!cn) return;
  const toml::table* ct = cn->as_table();
  if (!ct) {
    c.error(cn->source(), fmt::format("'commitment' must be a table ([commitment]), not {}", type_name(*cn)));
    return;
  }
  c.check_keys(*ct, k_commitment_keys, "[commitment]");
  CommitmentPrompt prompt;
  if (auto ctext = c.string(*ct, "text", true, ct->source(), "[commitment]")) prompt.text = *ctext;
  if (auto due = c.string(*ct, "due", false, ct->source(), "[commitment]")) {
    try {
      parse_when(*due, 0, FixedZone(), Direction::future);
      prompt.due = *due;
    } catch (const UsageError& e) {
      c.error(ct->get("due")->source(), fmt::format("'due': {}", e.what()));
    }
  }
  deck.commitment = prompt;
}

/// What toml++'s parse error means, in our words, never the parser's.
std::string toml_problem(std::string_view description, std::string_view text, const toml::source_region& where) {
  // "Error while parsing table header: cannot redefine existing array 'question' as table"
  constexpr std::string_view redefine = "cannot redefine existing ";
  if (auto at = description.find(redefine); at != std::string_view::npos) {
    auto open = description.find('\'', at);
    auto close = open == std::string_view::npos ? open : description.find('\'', open + 1);
    if (close != std::string_view::npos) {
      auto name = description.substr(open + 1, close - open - 1);
      if (name == "question") return std::string(k_question_not_array);
      return fmt::format("'{}' is defined twice", name);
    }
  }
  auto plain =
      plain_toml_problem(description, text, static_cast<long>(where.begin.line), static_cast<long>(where.begin.column));
  return plain ? *plain : "not valid TOML here";
}

} // namespace

DeckLoad load_deck(std::string_view text, std::string_view source_name) {
  Checker c{std::string(source_name)};
  DeckLoad result;
  if (text.size() > k_max_deck_bytes) {
    c.error_at_start(fmt::format("deck file is too large ({} bytes; at most {})", text.size(), k_max_deck_bytes));
    result.diagnostics = c.take();
    return result;
  }
  toml::table root;
  try {
    root = toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    c.error(e.source(), toml_problem(e.description(), text, e.source()));
    result.diagnostics = c.take();
    return result;
  }
  if (root.empty()) {
    c.error_at_start("empty deck (a deck needs a title, an audience and at least one [[question]])");
    result.diagnostics = c.take();
    return result;
  }
  Deck deck;
  check_header(c, root, source_name, deck);
  check_questions(c, root, deck);
  check_commitment(c, root, deck);
  result.diagnostics = c.take();
  if (result.diagnostics.empty()) result.deck = std::move(deck);
  return result;
}

} // namespace debrief
