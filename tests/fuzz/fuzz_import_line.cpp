// Fuzzes the import line parser: parse_json on any text, then parse_jsonl (one line of
// `debrief import`). A JSON value that parses writes back and reads back the same; an entry
// that imports exports as one line that imports again to the same entry, with its numbers
// and texts as given, and its people and tags as the name and tag rules of `-r` and `-t` make
// them (printable, NFC, within 64 bytes). And the other way: any bytes a journal may hold as text
// (UTF-8 or not) export as a line of valid UTF-8 that imports as the same bytes. Privacy is kept
// as the line says it.
#include "fuzz.hpp"

#include "core/error.hpp"
#include "core/exchange.hpp"
#include "core/json.hpp"
#include "core/note.hpp"
#include "core/sanitize.hpp"
#include "core/unicode.hpp"

#include <string>

using namespace debrief;

namespace {

/// Canonical JSON text of a value: keys in order, strings through json_string.
std::string write(const JsonValue& v) {
  if (v.is_null()) return "null";
  if (const bool* b = v.boolean()) return *b ? "true" : "false";
  if (const long long* n = v.integer()) return std::to_string(*n);
  if (const std::string* s = v.string()) return json_string(*s);
  std::string out;
  if (const auto* a = v.array()) {
    out = "[";
    for (const auto& e : *a) out += (out.size() > 1 ? "," : "") + write(e);
    return out + "]";
  }
  out = "{";
  for (const auto& [k, e] : *v.object()) out += (out.size() > 1 ? "," : "") + json_string(k) + ":" + write(e);
  return out + "}";
}

bool one_safe_line(std::string_view s) {
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) return false;
  }
  return true;
}

const JsonValue& at(const JsonValue& o, const char* key) { return o.object()->at(key); }

/// No character of `s` is one a name refuses (control, format, separator but the space, ...).
bool printable(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t n = decode_utf8(s, i, cp);
    if (n == 0 || !unicode::refused_kind(unicode::kind_of(cp)).empty()) return false;
    i += n;
  }
  return true;
}

/// A person of an imported entry or commitment: `given` in the file, `got` after parsing.
void check_person(const JsonValue& given, const std::optional<std::string>& got) {
  FUZZ_CHECK(given.is_null() != got.has_value());
  if (!got) return;
  FUZZ_CHECK(*got == normalize_person(*given.string()));
  FUZZ_CHECK(normalize_person(*got) == *got && unicode::nfc(*got) == *got && printable(*got));
  FUZZ_CHECK(got->size() <= k_max_name_bytes && got->front() != ' ' && got->back() != ' ');
}

void check_json(std::string_view text) {
  JsonValue v;
  try {
    v = parse_json(text);
  } catch (const UsageError& e) {
    FUZZ_CHECK(std::string_view(e.what()).starts_with("invalid JSON at byte "));
    return;
  }
  const std::string once = write(v);
  FUZZ_CHECK(one_safe_line(once) && is_valid_utf8(once));
  FUZZ_CHECK(write(parse_json(once)) == once);
}

void check_entry(std::string_view line) {
  ExchangeEntry x;
  try {
    x = parse_jsonl(line);
  } catch (const UsageError&) {
    return;
  }
  const std::string out = to_jsonl(x);
  FUZZ_CHECK(one_safe_line(out));
  const ExchangeEntry again = parse_jsonl(out); // what export writes, import must read
  FUZZ_CHECK(to_jsonl(again) == out);
  FUZZ_CHECK(again.entry.at == x.entry.at && again.entry.created == x.entry.created &&
             again.entry.updated == x.entry.updated);
  FUZZ_CHECK(again.privacy_stated && again.entry.is_private == x.entry.is_private);

  // Nothing is silently changed on the way in.
  const JsonValue v = parse_json(line);
  FUZZ_CHECK(*at(v, "uuid").string() == x.entry.uuid);
  FUZZ_CHECK(*at(v, "body").string() == x.entry.body);
  check_person(at(v, "person"), x.entry.person);
  // Privacy as the line says; a line without it (an older export) says nothing, and the importer decides.
  if (auto it = v.object()->find("private"); it != v.object()->end())
    FUZZ_CHECK(x.privacy_stated && *it->second.boolean() == x.entry.is_private);
  else
    FUZZ_CHECK(!x.privacy_stated && !x.entry.is_private);
  const auto& tags = *at(v, "tags").array();
  FUZZ_CHECK(tags.size() == x.entry.tags.size());
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = x.entry.tags[i];
    FUZZ_CHECK(tag == normalize_tag(*tags[i].string()) && normalize_tag(tag) == tag);
    FUZZ_CHECK(printable(tag) && tag.find(' ') == std::string::npos && tag.size() <= k_max_tag_bytes);
  }
  const auto& answers = *at(v, "answers").array();
  FUZZ_CHECK(answers.size() == x.answers.size());
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const ExchangeAnswer& a = x.answers[i];
    FUZZ_CHECK(*at(answers[i], "position").integer() == a.position);
    FUZZ_CHECK(*at(answers[i], "probes").integer() == a.probes);
    const JsonValue& scale = at(answers[i], "scale");
    FUZZ_CHECK(scale.is_null() ? !a.scale : a.scale && *scale.integer() == *a.scale);
    FUZZ_CHECK(*at(answers[i], "question_text").string() == a.question_text);
  }
  const auto& commitments = *at(v, "commitments").array();
  FUZZ_CHECK(commitments.size() == x.commitments.size());
  for (std::size_t i = 0; i < commitments.size(); ++i) {
    FUZZ_CHECK(*at(commitments[i], "text").string() == x.commitments[i].text);
    check_person(at(commitments[i], "person"), x.commitments[i].person);
  }
}

/// The input's bytes as the texts of an entry (all but NUL, which no journal text holds): exported,
/// then imported, they are the same bytes.
void check_text_bytes(std::string_view text) {
  std::string bytes;
  for (char c : text)
    if (c != '\0') bytes += c;
  ExchangeEntry x;
  x.entry.uuid = "01a1c478-9800-76a2-abf2-857e9aa19555";
  x.entry.kind = Kind::debrief;
  x.entry.deck = "post-call";
  x.entry.at = Instant{1795428000, 3600};
  x.entry.created = x.entry.updated = 1795428000;
  x.entry.body = bytes;
  x.entry.is_private = bytes.size() % 2 == 1;
  ExchangeAnswer a;
  a.position = 1;
  a.question_id = "pain";
  a.question_text = bytes.substr(0, bytes.size() / 2);
  a.text = bytes.substr(bytes.size() / 2);
  a.answered = 1795428000;
  x.answers.push_back(a);
  ExchangeCommitment c;
  c.uuid = "01a1c478-9800-76a2-abf2-857e9aa19556";
  c.text = bytes.substr(bytes.size() / 3);
  c.status = "done";
  c.note = bytes.substr(0, bytes.size() / 3);
  c.created = 1795428000;
  x.commitments.push_back(c);

  const std::string line = to_jsonl(x);
  FUZZ_CHECK(one_safe_line(line) && is_valid_utf8(line));
  const ExchangeEntry y = parse_jsonl(line);
  FUZZ_CHECK(y.entry.body == bytes && y.entry.is_private == x.entry.is_private);
  FUZZ_CHECK(y.answers.size() == 1 && y.answers[0].question_text == a.question_text && y.answers[0].text == a.text);
  FUZZ_CHECK(y.commitments.size() == 1 && y.commitments[0].text == c.text && y.commitments[0].note == c.note);
  FUZZ_CHECK(to_jsonl(y) == line);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = debrief::fuzz::as_text(data, size);
  check_json(text);
  check_entry(text);
  check_text_bytes(text);
  return 0;
}
