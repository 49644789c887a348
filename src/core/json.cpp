// JSON string escaping, and the JSON reader import uses.
#include "core/json.hpp"

#include "core/error.hpp"
#include "core/sanitize.hpp"

#include <fmt/format.h>

namespace debrief {

std::string json_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_json_string(out, s);
  return out;
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (std::size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    auto c = static_cast<unsigned char>(ch);
    // A byte that is not part of well-formed UTF-8 (from another tool, an older version, a
    // damaged page) becomes the lone low surrogate U+DC00 + byte, as Python's surrogateescape
    // (PEP 383) does; text never holds a lone surrogate, so parse_json turns it back into the
    // byte: 0xFF → \udcff. C1 controls (U+0080–U+009F) can act on terminals too, and bidi
    // controls and invisible characters disguise text shown there: JSON keeps them as escapes.
    if (c >= 0x80) {
      char32_t cp = 0;
      std::size_t n = decode_utf8(s, i, cp);
      if (n == 0) {
        out += fmt::format("\\udc{:02x}", c);
      } else if ((cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || is_hidden_format(cp)) {
        out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp));
      } else {
        out.append(s.substr(i, n));
      }
      i += n == 0 ? 0 : n - 1;
      continue;
    }
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    default:
      if (c < 0x20 || c == 0x7F)
        out += fmt::format("\\u{:04x}", c);
      else
        out += ch;
    }
  }
  out += '"';
}

void JsonObject::put_key(std::string_view key) {
  if (out_.size() > 1) out_ += ',';
  out_ += '"';
  out_ += key;
  out_ += "\":";
}

JsonObject& JsonObject::string(std::string_view key, std::string_view value) {
  put_key(key);
  append_json_string(out_, value);
  return *this;
}

JsonObject& JsonObject::string_or_null(std::string_view key, const std::optional<std::string>& value) {
  return value ? string(key, *value) : null(key);
}

JsonObject& JsonObject::number_or_null(std::string_view key, std::optional<long long> value) {
  return value ? number(key, *value) : null(key);
}

JsonObject& JsonObject::boolean(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }

JsonObject& JsonObject::null(std::string_view key) { return raw(key, "null"); }

JsonObject& JsonObject::raw(std::string_view key, std::string_view json) {
  put_key(key);
  out_ += json;
  return *this;
}

std::string JsonObject::str() const { return out_ + '}'; }

std::string json_array(const std::vector<std::string>& values) {
  std::string out = "[";
  for (const auto& v : values) {
    if (out.size() > 1) out += ',';
    out += v;
  }
  return out + ']';
}

std::string json_string_array(const std::vector<std::string>& values) {
  std::string out = "[";
  for (const auto& v : values) {
    if (out.size() > 1) out += ',';
    append_json_string(out, v);
  }
  return out + ']';
}

namespace {

class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : s_(text) {}

  JsonValue document() {
    JsonValue v = value(0);
    skip_space();
    if (i_ != s_.size()) fail("end of input");
    return v;
  }

 private:
  [[noreturn]] void fail(std::string_view expected) { fail_at(i_, expected); }
  [[noreturn]] void fail_at(std::size_t byte, std::string_view expected) {
    throw UsageError(fmt::format("invalid JSON at byte {}: expected {}", byte + 1, expected));
  }
  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool take(char c) {
    skip_space();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  JsonValue value(int depth) {
    if (depth > 32) fail("less nesting (at most 32 levels)");
    skip_space();
    if (i_ >= s_.size()) fail("a value");
    char c = s_[i_];
    if (c == '{') return JsonValue{object(depth)};
    if (c == '[') return JsonValue{array(depth)};
    if (c == '"') return JsonValue{string()};
    if (literal("true")) return JsonValue{true};
    if (literal("false")) return JsonValue{false};
    if (literal("null")) return JsonValue{nullptr};
    if (c == '-' || (c >= '0' && c <= '9')) return JsonValue{number()};
    fail("a value");
  }

  JsonValue::Object object(int depth) {
    ++i_;
    JsonValue::Object out;
    if (take('}')) return out;
    for (;;) {
      skip_space();
      if (i_ >= s_.size() || s_[i_] != '"') fail("a string key");
      std::string key = string();
      if (!take(':')) fail("':'");
      if (out.count(key)) fail(fmt::format("no duplicate key '{}'", sanitize_line(key)));
      out.emplace(std::move(key), value(depth + 1));
      if (take('}')) return out;
      if (!take(',')) fail("',' or '}'");
    }
  }

  JsonValue::Array array(int depth) {
    ++i_;
    JsonValue::Array out;
    if (take(']')) return out;
    for (;;) {
      out.push_back(value(depth + 1));
      if (take(']')) return out;
      if (!take(',')) fail("',' or ']'");
    }
  }

  long long number() {
    std::size_t start = i_;
    if (s_[i_] == '-') ++i_;
    if (i_ >= s_.size() || s_[i_] < '0' || s_[i_] > '9') fail("a digit");
    if (s_[i_] == '0' && i_ + 1 < s_.size() && s_[i_ + 1] >= '0' && s_[i_ + 1] <= '9') fail("no leading zero");
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    if (i_ < s_.size() && (s_[i_] == '.' || s_[i_] == 'e' || s_[i_] == 'E')) fail("an integer");
    if (i_ - start > 18) fail("a smaller integer");
    return std::stoll(std::string(s_.substr(start, i_ - start)));
  }

  unsigned hex4() {
    if (i_ + 4 > s_.size()) fail("four hex digits");
    unsigned v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_++];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= static_cast<unsigned>(c - 'A' + 10);
      else
        fail("a hex digit");
    }
    return v;
  }

  static void put_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80)
      out += static_cast<char>(cp);
    else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  std::string string() {
    ++i_; // opening quote
    std::string out;
    for (;;) {
      if (i_ >= s_.size()) fail("a closing '\"'");
      char c = s_[i_++];
      if (c == '"') break;
      if (static_cast<unsigned char>(c) < 0x20) fail("no raw control characters in a string");
      if (static_cast<unsigned char>(c) >= 0x80) {
        // Raw bytes must be UTF-8 (RFC 8259); bytes that are not arrive escaped, as json_string writes them.
        const std::size_t n = utf8_sequence_length(s_, i_ - 1);
        if (n == 0) fail_at(i_ - 1, "valid UTF-8 text");
        out.append(s_.substr(i_ - 1, n));
        i_ += n - 1;
        continue;
      }
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= s_.size()) fail("an escape");
      char e = s_[i_++];
      switch (e) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        const std::size_t escape = i_ - 2;
        unsigned cp = hex4();
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          const unsigned low = literal("\\u") ? hex4() : 0;
          if (low < 0xDC00 || low > 0xDFFF)
            fail_at(escape, fmt::format("a low surrogate after \\u{:04x} (a lone surrogate is not text)", cp));
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
          // A lone \udc80 to \udcff is one byte that is not UTF-8, as json_string writes it.
          if (cp < 0xDC80 || cp > 0xDCFF)
            fail_at(escape, fmt::format("\\udc80 to \\udcff for a lone low surrogate (one byte that is not "
                                        "UTF-8), not \\u{:04x}",
                                        cp));
          out += static_cast<char>(cp & 0xFF);
          break;
        }
        put_utf8(out, cp); // \u0000 too: valid JSON, and the field's own rule decides about NUL
        break;
      }
      default: fail("a valid escape");
      }
    }
    return out;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

} // namespace

JsonValue parse_json(std::string_view text) { return JsonParser(text).document(); }

} // namespace debrief
