// `compare`: see compare.hpp. Alignment first, then the three renderings.
#include "core/compare.hpp"

#include "core/json.hpp"
#include "core/recap_detail.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

namespace debrief {

namespace {

/// Old question ids of built-in decks, and the id each is compared under now.
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> k_aliases{{
    {"their-problem", "pain"}, // self-review, before it shared post-call's ids
    {"replay", "better"},
}};

std::vector<CompareAnswer> answers_of(const std::vector<StoredAnswer>& stored) {
  std::vector<CompareAnswer> out;
  for (const auto& a : stored) {
    if (parse_review_answer_id(a.question_id)) continue; // a commitment's review, not a question
    out.push_back({a.question_id, a.question_text, a.text, a.mark, a.probes, a.position});
  }
  return out;
}

CompareRow manager_row(const CompareAnswer& a) {
  return {std::string(canonical_question_id(a.question_id)), a.question, std::nullopt, a};
}

CompareRow rep_row(const CompareAnswer& a) {
  return {std::string(canonical_question_id(a.question_id)), a.question, a, std::nullopt};
}

/// Rows by shared id: the manager's order, each answer only the rep gave placed right after
/// the row holding the rep's answer before it.
std::vector<CompareRow> align_by_id(const std::vector<CompareAnswer>& rep, const std::vector<CompareAnswer>& manager) {
  std::vector<CompareRow> rows;
  for (const auto& m : manager) rows.push_back(manager_row(m));
  std::size_t next = 0; // where the next answer only the rep gave goes
  for (const auto& r : rep) {
    const auto id = canonical_question_id(r.question_id);
    auto same = std::find_if(rows.begin(), rows.end(), [&](const CompareRow& row) { return row.id == id; });
    if (same != rows.end() && !same->rep) {
      same->rep = r;
      next = static_cast<std::size_t>(same - rows.begin()) + 1;
    } else {
      rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(next), rep_row(r));
      ++next;
    }
  }
  return rows;
}

/// Rows by the order asked: the first answers together, the second together, and so on.
std::vector<CompareRow> align_by_order(const std::vector<CompareAnswer>& rep,
                                       const std::vector<CompareAnswer>& manager) {
  std::vector<CompareRow> rows;
  for (std::size_t i = 0; i < std::max(rep.size(), manager.size()); ++i) {
    CompareRow row = i < manager.size() ? manager_row(manager[i]) : rep_row(rep[i]);
    if (i < manager.size() && i < rep.size()) row.rep = rep[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

bool share_an_id(const std::vector<CompareAnswer>& rep, const std::vector<CompareAnswer>& manager) {
  return std::any_of(rep.begin(), rep.end(), [&](const CompareAnswer& r) {
    return std::any_of(manager.begin(), manager.end(), [&](const CompareAnswer& m) {
      return canonical_question_id(r.question_id) == canonical_question_id(m.question_id);
    });
  });
}

// The words both renderings share.

std::string answer_words(const std::optional<CompareAnswer>& a) {
  if (!a) return "—";
  return a->text ? *a->text : "(skipped)";
}

/// The rep's question when answers are paired by order and it is not the row's: matched by
/// id, the two are the same question, in each deck's words.
std::optional<std::string> rep_question(const Comparison& c, const CompareRow& row) {
  if (c.by_id || !row.rep || !row.manager || row.rep->question == row.question) return std::nullopt;
  return row.rep->question;
}

std::string entry_facts(const Entry& e, Seconds now) {
  return fmt::format("{}, {}", e.deck.value_or(std::string(to_string(e.kind))), format_short(e.at, now));
}

std::string found_alone(const DiscoveryTally& t) {
  if (t.marked() == 0) return "found alone by the rep: 0 of 0 (no answer marked)";
  return fmt::format("found alone by the rep: {} of {} (nudged {}, told {})", t.self, t.marked(), t.nudged, t.told);
}

} // namespace

std::string_view canonical_question_id(std::string_view id) {
  for (const auto& [old_id, now_id] : k_aliases)
    if (id == old_id) return now_id;
  return id;
}

Comparison compare_entries(const EntryState& reflection, const EntryState& debrief) {
  Comparison c;
  c.reflection = reflection.entry;
  c.debrief = debrief.entry;
  const auto rep = answers_of(reflection.answers);
  const auto manager = answers_of(debrief.answers);
  c.by_id = share_an_id(rep, manager);
  c.rows = c.by_id ? align_by_id(rep, manager) : align_by_order(rep, manager);
  for (const auto& m : manager)
    if (m.mark) c.marks.add(*m.mark);
  return c;
}

std::string compare_text(const Comparison& c, const RecapStyle& s) {
  std::string out;
  auto add = [&](std::string_view text, std::string_view first = {}, std::string_view indent = {}) {
    for (const auto& row : wrap_hanging(text, s.width, first, indent)) out.append(row).append("\n");
  };
  const auto& r = c.reflection;
  add(fmt::format("Reflection #{}{} ({})", r.id, r.person ? " by " + *r.person : "", entry_facts(r, s.now)));
  add(fmt::format("beside debrief #{} ({})", c.debrief.id, entry_facts(c.debrief, s.now)));
  if (!c.by_id) add("No question in common: answers paired in the order asked.");
  for (const auto& row : c.rows) {
    out += '\n';
    add(row.question);
    if (const auto q = rep_question(c, row)) add(*q, "  asked the rep: ", "                 ");
    add(answer_words(row.rep), "  rep:      ", "            ");
    std::string manager = answer_words(row.manager);
    if (row.manager && row.manager->mark) manager += fmt::format(" ({})", to_string(*row.manager->mark));
    add(manager, "  manager:  ", "            ");
  }
  out += '\n';
  add(found_alone(c.marks));
  return out;
}

std::string compare_markdown(const Comparison& c, const RecapStyle& s) {
  using recap_detail::md_block;
  const auto& r = c.reflection;
  std::string out = recap_detail::md_title(
      markdown_escape(r.person ? "Reflection and debrief: " + *r.person : "Reflection and debrief"), s.width);
  out +=
      '\n' + md_block(markdown_escape(fmt::format("Reflection #{} ({}) beside debrief #{} ({}).", r.id,
                                                  entry_facts(r, s.now), c.debrief.id, entry_facts(c.debrief, s.now))),
                      s.width);
  if (!c.by_id) out += '\n' + md_block("No question in common: answers paired in the order asked.", s.width);
  for (const auto& row : c.rows) {
    out += '\n' + md_block("**" + markdown_escape(row.question) + "**", s.width) + '\n';
    if (const auto q = rep_question(c, row))
      out += md_block("Asked the rep: " + markdown_escape(*q), s.width, "- ", "  ");
    out += md_block("Rep: " + markdown_escape(answer_words(row.rep)), s.width, "- ", "  ");
    std::string manager = "Manager: " + markdown_escape(answer_words(row.manager));
    if (row.manager && row.manager->mark) manager += fmt::format(" *({})*", to_string(*row.manager->mark));
    out += md_block(manager, s.width, "- ", "  ");
  }
  std::string last = found_alone(c.marks);
  last.front() = 'F';
  return out + '\n' + md_block(last + ".", s.width);
}

namespace {

std::string entry_object(const Entry& e) {
  return JsonObject()
      .number("id", e.id)
      .string("uuid", e.uuid)
      .string_or_null("deck", e.deck)
      .string("at", format_iso(e.at))
      .string("status", to_string(e.status))
      .str();
}

std::string answer_object(const std::optional<CompareAnswer>& a, bool marks) {
  if (!a) return "null";
  JsonObject o;
  o.string("question_id", a->question_id).string("question", a->question).string_or_null("text", a->text);
  if (marks) {
    if (a->mark)
      o.string("mark", to_string(*a->mark));
    else
      o.null("mark");
    o.number("probes", a->probes);
  }
  return o.str();
}

} // namespace

std::string compare_json(const Comparison& c) {
  std::vector<std::string> rows;
  for (const auto& row : c.rows)
    rows.push_back(JsonObject()
                       .string("id", row.id)
                       .string("question", row.question)
                       .raw("rep", answer_object(row.rep, false))
                       .raw("manager", answer_object(row.manager, true))
                       .str());
  const auto& t = c.marks;
  return JsonObject()
             .string("schema", "debrief.compare/1")
             .string_or_null("person", c.debrief.person)
             .raw("reflection", entry_object(c.reflection))
             .raw("debrief", entry_object(c.debrief))
             .string("aligned_by", c.by_id ? "id" : "order")
             .raw("rows", json_array(rows))
             .raw("found_alone", JsonObject()
                                     .number("self", t.self)
                                     .number("nudged", t.nudged)
                                     .number("told", t.told)
                                     .number("marked", t.marked())
                                     .str())
             .str() +
         "\n";
}

} // namespace debrief
