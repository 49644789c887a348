// Minimal JSON writing for machine-readable output.
#pragma once

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
