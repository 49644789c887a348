// JSON for machine-readable output (the one writer: JsonObject) and the reader import uses.
#pragma once

#include <concepts>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace debrief {

/// `s` as a JSON string literal, quotes included; control characters, U+2028, U+2029 and the
/// hidden format characters of sanitize.hpp are escaped, so the result is safe on a terminal too.
/// Any bytes give valid UTF-8 JSON: each byte that is not part of well-formed UTF-8 is written
/// as the lone surrogate escape \udcXX (XX the byte, 80 to ff; Python's surrogateescape), which
/// parse_json reads back as that byte.
std::string json_string(std::string_view s);
/// json_string(s), appended to `out`.
void append_json_string(std::string& out, std::string_view s);

/// Writes one JSON object, keys in the order they are added; every `--json` output and export
/// are written with it. Keys are written as given (plain ASCII names), values escaped:
///   JsonObject().number("id", 3).string("text", t).string_or_null("person", p).str()
///   == R"({"id":3,"text":"…","person":null})"
class JsonObject {
 public:
  JsonObject& string(std::string_view key, std::string_view value);
  /// The string, or null when there is none.
  JsonObject& string_or_null(std::string_view key, const std::optional<std::string>& value);
  template <std::integral T>
  requires(!std::same_as<T, bool>) JsonObject& number(std::string_view key, T value) {
    return raw(key, std::to_string(value));
  }
  /// The number, or null when there is none.
  JsonObject& number_or_null(std::string_view key, std::optional<long long> value);
  JsonObject& boolean(std::string_view key, bool value);
  JsonObject& null(std::string_view key);
  /// A value already written as JSON: a nested object's str(), a json_array, a formatted number.
  JsonObject& raw(std::string_view key, std::string_view json);
  /// The object, closed.
  std::string str() const;
  /// The object so far, not closed: for a writer that streams the rest of it.
  std::string_view unclosed() const { return out_; }

 private:
  void put_key(std::string_view key);
  std::string out_ = "{";
};

/// `[a,b]` from values already written as JSON.
std::string json_array(const std::vector<std::string>& values);
/// `["a","b"]`: each string escaped as json_string does.
std::string json_string_array(const std::vector<std::string>& values);

/// A parsed JSON value. Numbers are kept as integers (the journal has no fractions).
struct JsonValue {
  using Array = std::vector<JsonValue>;
  using Object = std::map<std::string, JsonValue>;
  std::variant<std::nullptr_t, bool, long long, std::string, Array, Object> value;

  bool is_null() const { return std::holds_alternative<std::nullptr_t>(value); }
  const Object* object() const { return std::get_if<Object>(&value); }
  const Array* array() const { return std::get_if<Array>(&value); }
  const std::string* string() const { return std::get_if<std::string>(&value); }
  const long long* integer() const { return std::get_if<long long>(&value); }
  const bool* boolean() const { return std::get_if<bool>(&value); }
};

/// Parses one JSON text (RFC 8259; integers only, nesting at most 32 deep, strings valid
/// UTF-8, no \u0000). A lone \udc80 to \udcff is the one byte json_string escaped so; other
/// lone surrogates are refused. Throws UsageError naming the byte offset and what was expected.
JsonValue parse_json(std::string_view text);

} // namespace debrief
