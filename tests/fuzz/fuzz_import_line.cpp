// Fuzzes the import line parser: parse_json on any text, then parse_jsonl (one line of
// `debrief import`). A JSON value that parses writes back and reads back the same; an entry
// that imports exports as one line that imports again to the same entry, with its numbers
// and texts as given. And the other way: any bytes a journal may hold as text (UTF-8 or not)
// export as a line of valid UTF-8 that imports as the same bytes.
#include "fuzz.hpp"

#include "core/error.hpp"
#include "core/exchange.hpp"
#include "core/json.hpp"
#include "core/sanitize.hpp"

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

  // Nothing is silently changed on the way in.
  const JsonValue v = parse_json(line);
  FUZZ_CHECK(*at(v, "uuid").string() == x.entry.uuid);
  FUZZ_CHECK(*at(v, "body").string() == x.entry.body);
  FUZZ_CHECK(at(v, "tags").array()->size() == x.entry.tags.size());
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
  for (std::size_t i = 0; i < commitments.size(); ++i)
    FUZZ_CHECK(*at(commitments[i], "text").string() == x.commitments[i].text);
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
  FUZZ_CHECK(y.entry.body == bytes);
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
