// The exchange format: see exchange.hpp.
#include "core/exchange.hpp"

#include "core/interview.hpp"

#include "core/csv.hpp"
#include "core/deck.hpp"
#include "core/error.hpp"
#include "core/json.hpp"
#include "core/model.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "core/uuid.hpp"

#include <fmt/format.h>

#include <fmt/ranges.h>

#include <algorithm>
#include <limits>

namespace debrief {

namespace {

/// `t` in the entry's offset, or in UTC where that offset would take it past year 9999 (a due
/// date has no offset of its own): what export writes must read back.
std::string iso_at(Seconds t, int offset) {
  return format_iso(in_range(Instant{t, offset}) ? Instant{t, offset} : Instant{t, 0});
}
std::optional<std::string> iso_at(std::optional<Seconds> t, int offset) {
  return t ? std::optional(iso_at(*t, offset)) : std::nullopt;
}

const JsonValue& field(const JsonValue::Object& o, const std::string& key, std::string_view where) {
  auto it = o.find(key);
  if (it == o.end()) throw UsageError(fmt::format("{}missing \"{}\"", where, key));
  return it->second;
}

std::string get_string(const JsonValue::Object& o, const std::string& key, std::string_view where = "") {
  const auto* s = field(o, key, where).string();
  if (!s) throw UsageError(fmt::format("{}\"{}\" must be a string", where, key));
  return *s;
}

std::optional<std::string> get_opt_string(const JsonValue::Object& o, const std::string& key,
                                          std::string_view where = "") {
  const auto& v = field(o, key, where);
  if (v.is_null()) return std::nullopt;
  if (!v.string()) throw UsageError(fmt::format("{}\"{}\" must be a string or null", where, key));
  return *v.string();
}

long long get_int(const JsonValue::Object& o, const std::string& key, std::string_view where = "") {
  const auto* n = field(o, key, where).integer();
  if (!n) throw UsageError(fmt::format("{}\"{}\" must be an integer", where, key));
  return *n;
}

/// An integer in [lo, hi]: the journal keeps these as `int`, so nothing may be cut on the way in.
int get_int_in(const JsonValue::Object& o, const std::string& key, std::string_view where, long long lo, long long hi) {
  long long v = get_int(o, key, where);
  if (v < lo || v > hi) throw UsageError(fmt::format("{}\"{}\" must be from {} to {}, not {}", where, key, lo, hi, v));
  return static_cast<int>(v);
}

/// Exactly the form to_jsonl writes: YYYY-MM-DDTHH:MM:SS±HH:MM.
Instant parse_time(const std::string& s, const std::string& key, std::string_view where = "") {
  bool shape = s.size() == 25 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':' &&
               (s[19] == '+' || s[19] == '-') && s[22] == ':';
  try {
    if (shape) {
      auto parsed = parse_when(s, 0, FixedZone(), Direction::past);
      return parsed.at;
    }
  } catch (const UsageError&) {}
  throw UsageError(
      fmt::format("{}\"{}\" must be a time like 2026-11-23T15:00:00+01:00, not '{}'", where, key, sanitize_line(s)));
}

std::optional<Instant> parse_opt_time(const JsonValue::Object& o, const std::string& key, std::string_view where = "") {
  auto s = get_opt_string(o, key, where);
  if (!s) return std::nullopt;
  return parse_time(*s, key, where);
}

/// Text comes back as the exported journal held it, bytes that are not UTF-8 included (export writes each as
/// \udcXX, parse_json reads it back); only what no journal holds (NUL, more than the limit) is refused. Names, tags
/// and ids are checked as when typed.
void check_restored_text(std::string_view text, std::string_view what, std::string_view where = "") {
  if (auto problem = text_problem(text, what, TextBytes::any); !problem.empty())
    throw UsageError(fmt::format("{}{}", where, problem));
}

void check_keys(const JsonValue::Object& o, std::initializer_list<const char*> allowed, std::string_view where) {
  for (const auto& [k, v] : o) {
    (void)v;
    bool known = false;
    for (const char* a : allowed) known = known || k == a;
    if (!known) throw UsageError(fmt::format("{}unknown key \"{}\"", where, sanitize_line(k)));
  }
}

/// answers[i] of a line; `earlier` are the answers before it.
ExchangeAnswer parse_answer(const JsonValue& value, std::size_t i, const std::vector<ExchangeAnswer>& earlier) {
  const auto* a = value.object();
  std::string where = fmt::format("answers[{}]: ", i);
  if (!a) throw UsageError(where + "expected an object");
  check_keys(*a, {"position", "question", "question_text", "text", "scale", "mark", "probes", "answered"}, where);
  ExchangeAnswer ans;
  ans.position = get_int_in(*a, "position", where, 1, std::numeric_limits<int>::max());
  if (!earlier.empty() && ans.position <= earlier.back().position)
    throw UsageError(
        fmt::format("{}\"position\" must be greater than the previous answer's ({})", where, earlier.back().position));
  ans.question_id = get_string(*a, "question", where);
  // A question id from a deck, or "review/<commitment uuid>[/helped|/evidence|/decision|/due]"
  // for a reviewed commitment (core/interview.hpp).
  if (!is_valid_deck_id(ans.question_id) && !parse_review_answer_id(ans.question_id))
    throw UsageError(fmt::format("{}invalid question id '{}' (accepted: a deck's question id)", where,
                                 sanitize_line(ans.question_id)));
  ans.question_text = get_string(*a, "question_text", where);
  check_restored_text(ans.question_text, "\"question_text\"", where);
  ans.text = get_opt_string(*a, "text", where);
  if (ans.text) check_restored_text(*ans.text, "\"text\"", where);
  const auto& scale = field(*a, "scale", where);
  if (!scale.is_null()) {
    if (!scale.integer()) throw UsageError(where + "\"scale\" must be an integer or null");
    ans.scale = get_int_in(*a, "scale", where, -1000, 1000); // the bounds decks allow
  }
  if (auto m = get_opt_string(*a, "mark", where)) {
    ans.mark = parse_discovery(*m);
    if (!ans.mark)
      throw UsageError(fmt::format("{}invalid mark '{}' (accepted: self, nudged, told)", where, sanitize_line(*m)));
  }
  ans.probes = get_int_in(*a, "probes", where, 0, 1000);
  ans.answered = parse_time(get_string(*a, "answered", where), "answered", where).utc;
  return ans;
}

/// commitments[i] of a line; `earlier` are the commitments before it.
ExchangeCommitment parse_commitment(const JsonValue& value, std::size_t i,
                                    const std::vector<ExchangeCommitment>& earlier) {
  const auto* c = value.object();
  std::string where = fmt::format("commitments[{}]: ", i);
  if (!c) throw UsageError(where + "expected an object");
  check_keys(*c,
             {"uuid", "person", "text", "due", "status", "note", "created", "closed", "skill", "review", "helped",
              "evidence", "reviewed"},
             where);
  ExchangeCommitment com;
  com.uuid = get_string(*c, "uuid", where);
  if (!is_uuid(com.uuid)) throw UsageError(where + "\"uuid\" is not a UUID");
  for (const auto& e : earlier)
    if (e.uuid == com.uuid) throw UsageError(where + "\"uuid\" is used twice in this entry");
  if (auto p = get_opt_string(*c, "person", where)) com.person = normalize_person(*p);
  com.text = get_string(*c, "text", where);
  check_restored_text(com.text, "\"text\"", where);
  if (auto d = parse_opt_time(*c, "due", where)) com.due = d->utc;
  com.status = get_string(*c, "status", where);
  if (com.status != "open" && com.status != "done" && com.status != "dropped")
    throw UsageError(
        fmt::format("{}invalid status '{}' (accepted: open, done, dropped)", where, sanitize_line(com.status)));
  com.note = get_opt_string(*c, "note", where);
  if (com.note) check_restored_text(*com.note, "\"note\"", where);
  com.created = parse_time(get_string(*c, "created", where), "created", where).utc;
  if (auto cl = parse_opt_time(*c, "closed", where)) com.closed = cl->utc;
  // Since schema 5, and only when set: absent, as in older exports, is null.
  auto later = [&](const char* key) { return c->count(key) ? get_opt_string(*c, key, where) : std::nullopt; };
  if (auto sk = later("skill")) com.skill = normalize_tag(*sk);
  for (auto [key, slot] : {std::pair{"review", &com.review}, std::pair{"evidence", &com.evidence}}) {
    *slot = later(key);
    if (*slot) check_restored_text(**slot, fmt::format("\"{}\"", key), where);
  }
  if (auto h = later("helped")) {
    try {
      com.helped = std::string(to_string(parse_helped(*h)));
    } catch (const UsageError& e) {
      throw UsageError(where + e.what());
    }
  }
  if (c->count("reviewed"))
    if (auto rv = parse_opt_time(*c, "reviewed", where)) com.reviewed = rv->utc;
  return com;
}

} // namespace

std::string to_jsonl(const ExchangeEntry& x) {
  const Entry& e = x.entry;
  const int off = e.at.offset;
  std::vector<std::string> answers, commitments;
  for (const auto& a : x.answers)
    answers.push_back(
        JsonObject()
            .number("position", a.position)
            .string("question", a.question_id)
            .string("question_text", a.question_text)
            .string_or_null("text", a.text)
            .number_or_null("scale", a.scale)
            .string_or_null("mark", a.mark ? std::optional<std::string>(to_string(*a.mark)) : std::nullopt)
            .number("probes", a.probes)
            .string("answered", iso_at(a.answered, off))
            .str());
  for (const auto& c : x.commitments) {
    JsonObject o;
    o.string("uuid", c.uuid)
        .string_or_null("person", c.person)
        .string("text", c.text)
        .string_or_null("due", iso_at(c.due, off))
        .string("status", c.status)
        .string_or_null("note", c.note)
        .string("created", iso_at(c.created, off))
        .string_or_null("closed", iso_at(c.closed, off));
    if (c.skill) o.string("skill", *c.skill);
    if (c.review) o.string("review", *c.review);
    if (c.helped) o.string("helped", *c.helped);
    if (c.evidence) o.string("evidence", *c.evidence);
    if (c.reviewed) o.string("reviewed", iso_at(*c.reviewed, off));
    commitments.push_back(o.str());
  }
  JsonObject line;
  line.string("uuid", e.uuid)
      .string("kind", to_string(e.kind))
      .string_or_null("person", e.person)
      .string_or_null("deck", e.deck)
      .string("at", format_iso(e.at))
      .string("created", iso_at(e.created, off))
      .string("updated", iso_at(e.updated, off))
      .string_or_null("outcome", e.outcome ? std::optional<std::string>(to_string(*e.outcome)) : std::nullopt)
      .boolean("lesson", e.lesson)
      .boolean("private", e.is_private)
      .string("status", to_string(e.status))
      .raw("tags", json_string_array(e.tags))
      .string("body", e.body)
      .raw("answers", json_array(answers))
      .raw("commitments", json_array(commitments));
  if (x.owner) line.string("owner", *x.owner);
  return line.str();
}

ExchangeEntry parse_jsonl(std::string_view line) {
  const JsonValue v = parse_json(line);
  const auto* o = v.object();
  if (!o) throw UsageError("expected a JSON object");
  check_keys(*o,
             {"uuid", "kind", "person", "deck", "at", "created", "updated", "outcome", "lesson", "private", "status",
              "tags", "body", "answers", "commitments", "owner"},
             "");
  ExchangeEntry x;
  Entry& e = x.entry;
  e.uuid = get_string(*o, "uuid");
  if (!is_uuid(e.uuid)) throw UsageError(fmt::format("\"uuid\" is not a UUID: '{}'", sanitize_line(e.uuid)));
  e.kind = parse_kind(get_string(*o, "kind"));
  if (auto p = get_opt_string(*o, "person")) e.person = normalize_person(*p);
  e.deck = get_opt_string(*o, "deck");
  if (e.deck && !is_valid_deck_id(*e.deck))
    throw UsageError(fmt::format("invalid deck id '{}' (accepted: a lower-case letter, then lower-case letters, "
                                 "digits, '-' or '_'; at most 64)",
                                 sanitize_line(*e.deck)));
  e.at = parse_time(get_string(*o, "at"), "at");
  e.created = parse_time(get_string(*o, "created"), "created").utc;
  e.updated = parse_time(get_string(*o, "updated"), "updated").utc;
  if (auto out = get_opt_string(*o, "outcome")) e.outcome = parse_outcome(*out);
  const auto* lesson = field(*o, "lesson", "").boolean();
  if (!lesson) throw UsageError("\"lesson\" must be true or false");
  e.lesson = *lesson;
  if (auto it = o->find("private"); it != o->end()) {
    const auto* is_private = it->second.boolean();
    if (!is_private) throw UsageError("\"private\" must be true or false");
    e.is_private = *is_private;
  } else {
    x.privacy_stated = false; // an export from before schema 4
  }
  e.status = parse_status(get_string(*o, "status"));
  const auto* tags = field(*o, "tags", "").array();
  if (!tags) throw UsageError("\"tags\" must be an array");
  for (const auto& t : *tags) {
    if (!t.string()) throw UsageError("\"tags\" must hold strings");
    e.tags.push_back(normalize_tag(*t.string()));
  }
  if (e.tags.size() > k_max_tags)
    throw UsageError(fmt::format("too many tags ({}; at most {})", e.tags.size(), k_max_tags));
  e.body = get_string(*o, "body");
  if (e.kind == Kind::note)
    check_note_text(e.body, TextBytes::any);
  else
    check_restored_text(e.body, "\"body\"");

  const auto* answers = field(*o, "answers", "").array();
  if (!answers) throw UsageError("\"answers\" must be an array");
  for (std::size_t i = 0; i < answers->size(); ++i) x.answers.push_back(parse_answer((*answers)[i], i, x.answers));
  const auto* commitments = field(*o, "commitments", "").array();
  if (!commitments) throw UsageError("\"commitments\" must be an array");
  for (std::size_t i = 0; i < commitments->size(); ++i)
    x.commitments.push_back(parse_commitment((*commitments)[i], i, x.commitments));
  if (o->count("owner"))
    if (auto owner = get_opt_string(*o, "owner")) x.owner = normalize_person(*owner);
  return x;
}

std::string origin_tag(std::string_view owner) {
  std::string slug = "from-";
  bool gap = false;
  for (char c : owner) {
    if (c == ' ' || c == ',') {
      gap = true;
      continue;
    }
    if (gap && slug.back() != '-') slug += '-';
    gap = false;
    slug += c;
  }
  // Cut a code point at a time (lower case may be longer than the name) to the tag rule's 64 bytes;
  // nothing else can fail: the rest of the rule is a name's.
  for (;;) {
    try {
      return normalize_tag(slug);
    } catch (const UsageError&) {
      if (slug.size() <= std::string_view("from-").size()) throw;
    }
    while ((static_cast<unsigned char>(slug.back()) & 0xC0) == 0x80) slug.pop_back();
    slug.pop_back(); // the code point's first byte
  }
}

void attribute_to_owner(ExchangeEntry& x, const std::optional<std::string>& me) {
  if (!x.owner || (me && name_key(*me) == name_key(*x.owner))) return;
  if (!x.entry.person) x.entry.person = x.owner;
  for (auto& c : x.commitments)
    if (!c.person) c.person = x.owner;
  const std::string tag = origin_tag(*x.owner);
  auto& tags = x.entry.tags;
  if (std::find(tags.begin(), tags.end(), tag) == tags.end() && tags.size() < k_max_tags) tags.push_back(tag);
}

const char* const k_export_csv_header = "uuid,at,kind,person,deck,outcome,lesson,status,tags,body";

std::string to_csv_row(const ExchangeEntry& x) {
  const Entry& e = x.entry;
  return fmt::format("{},{},{},{},{},{},{},{},{},{}", e.uuid, format_iso(e.at), to_string(e.kind),
                     csv_field(e.person.value_or("")), csv_field(e.deck.value_or("")),
                     e.outcome ? to_string(*e.outcome) : "", e.lesson ? "yes" : "no", to_string(e.status),
                     csv_field(fmt::format("{}", fmt::join(e.tags, " "))), csv_field(sanitize_text(e.body)));
}

std::uint64_t line_digest(const ExchangeEntry& x) {
  std::uint64_t h = 1469598103934665603u;
  for (char ch : to_jsonl(x)) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211u;
  return h;
}

std::string to_markdown(const ExchangeEntry& x, Seconds now) {
  const Entry& e = x.entry;
  std::string out = fmt::format("## {} · {}", format_short(e.at, now), to_string(e.kind));
  if (e.person) out += " · " + sanitize_line(*e.person);
  out += "\n\n";
  std::vector<std::string> facts;
  if (e.deck) facts.push_back("deck " + sanitize_line(*e.deck));
  if (e.outcome) facts.push_back(fmt::format("outcome {}", to_string(*e.outcome)));
  if (e.lesson) facts.push_back("lesson");
  if (e.is_private) facts.push_back("private");
  if (e.status != Status::complete) facts.push_back(std::string(to_string(e.status)));
  if (!e.tags.empty())
    facts.push_back(fmt::format("tags {}", sanitize_line(fmt::format("{}", fmt::join(e.tags, ", ")))));
  if (!facts.empty()) out += fmt::format("*{}*\n\n", fmt::join(facts, " · "));
  if (e.kind == Kind::note) out += sanitize_text(e.body) + "\n\n";
  for (const auto& a : x.answers) {
    out += fmt::format("**{}**\n{}", sanitize_line(a.question_text), a.text ? sanitize_text(*a.text) : "(skipped)");
    if (a.mark) out += fmt::format(" *({})*", to_string(*a.mark));
    out += "\n\n";
  }
  for (const auto& c : x.commitments) {
    out += fmt::format("- Commitment: {} ({}", sanitize_line(c.text), c.status);
    if (c.due) out += fmt::format(", due {}", format_day(Instant{*c.due, e.at.offset}, now));
    out += ")\n\n";
  }
  return out;
}

} // namespace debrief
