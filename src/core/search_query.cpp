// The search query language: words, phrases, prefixes, AND/OR/NOT and parentheses, read by a
// small recursive-descent parser and written back as an FTS5 expression of quoted strings only.
#include "core/search_query.hpp"

#include "core/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace debrief {

namespace {

constexpr std::string_view k_accepted =
    R"((accepted: words, "a phrase", prefix*, a AND b, a OR b, a NOT b, parentheses))";

enum class Tok { term, op_and, op_or, op_not, open, close };

struct Token {
  Tok kind;
  std::string text; ///< a term's text, an operator's or parenthesis' spelling
  bool prefix = false;
};

bool is_operator(Tok t) { return t == Tok::op_and || t == Tok::op_or || t == Tok::op_not; }

/// Blanks and control characters (NUL included) separate words; none reaches FTS5.
bool is_blank(char c) { return static_cast<unsigned char>(c) <= ' ' || c == '\x7f'; }

/// A letter or digit of any script: the bytes of UTF-8 sequences count as letters.
bool is_word_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

/// Throws `search: PROBLEM in 'QUERY' (accepted: …)`, the query's control characters shown as
/// the blanks they count as.
[[noreturn]] void fail(std::string_view problem, std::string_view query) {
  std::string shown(query);
  std::replace_if(shown.begin(), shown.end(), is_blank, ' ');
  throw UsageError(fmt::format("search: {} in '{}' {}", problem, shown, k_accepted));
}

/// Splits the query into terms, operators and parentheses. `(` opens a group at the start of a
/// word and `)` closes one at its end; a `)` closing a `(` of the same word belongs to it
/// (`manager(s)`). Terms with no letter or digit are left out.
std::vector<Token> lex(std::string_view q) {
  std::vector<Token> out;
  auto add_term = [&](std::string text, bool prefix) {
    if (std::any_of(text.begin(), text.end(), is_word_char)) out.push_back({Tok::term, std::move(text), prefix});
  };
  std::size_t i = 0;
  while (i < q.size()) {
    if (is_blank(q[i])) {
      ++i;
    } else if (q[i] == '(' || q[i] == ')') {
      out.push_back({q[i] == '(' ? Tok::open : Tok::close, std::string(1, q[i])});
      ++i;
    } else if (q[i] == '"') {
      const auto end = q.find('"', i + 1);
      if (end == std::string_view::npos) fail("unclosed quote", q);
      std::string text(q.substr(i + 1, end - i - 1));
      std::replace_if(text.begin(), text.end(), is_blank, ' ');
      i = end + 1;
      const bool prefix = i < q.size() && q[i] == '*';
      if (prefix) ++i;
      add_term(std::move(text), prefix);
    } else {
      const auto start = i;
      while (i < q.size() && !is_blank(q[i])) ++i;
      std::string_view word = q.substr(start, i - start);
      std::size_t closes = 0;
      while (word.size() > 1 && word.back() == ')') {
        word.remove_suffix(1);
        ++closes;
      }
      const auto opened = std::count(word.begin(), word.end(), '(') - std::count(word.begin(), word.end(), ')');
      const auto kept = std::min(closes, static_cast<std::size_t>(std::max<std::ptrdiff_t>(opened, 0)));
      word = q.substr(start, word.size() + kept);
      closes -= kept;
      if (word == "AND")
        out.push_back({Tok::op_and, "AND"});
      else if (word == "OR")
        out.push_back({Tok::op_or, "OR"});
      else if (word == "NOT")
        out.push_back({Tok::op_not, "NOT"});
      else if (word.ends_with('*'))
        add_term(std::string(word.substr(0, word.size() - 1)), true);
      else
        add_term(std::string(word), false);
      for (; closes > 0; --closes) out.push_back({Tok::close, ")"});
    }
  }
  return out;
}

/// A parsed query. `parts`: for `all` and `any` their operands, for `but` the first operand then
/// those it excludes (`a NOT b NOT c`).
struct Node {
  enum Kind { term, but, all, any } kind = term;
  std::string text;
  bool prefix = false;
  std::vector<Node> parts;
};

/// How tightly a node binds: NOT, then AND, then OR.
int binding(const Node& n) {
  switch (n.kind) {
  case Node::term: return 4;
  case Node::but: return 3;
  case Node::all: return 2;
  case Node::any: return 1;
  }
  return 0;
}

//   or  := and (OR and)*
//   and := not ([AND] not)*
//   not := operand (NOT operand)*
//   operand := term | '(' or ')'
class Parser {
 public:
  Parser(std::string_view query, std::vector<Token> tokens) : query_(query), tokens_(std::move(tokens)) {}

  Node parse() {
    Node n = parse_or(0);
    if (pos_ < tokens_.size()) fail("')' without a matching '('", query_); // parse_or stops only there or at the end
    return n;
  }

 private:
  const Token* peek() const { return pos_ < tokens_.size() ? &tokens_[pos_] : nullptr; }
  bool next_is(Tok kind) const { return peek() && peek()->kind == kind; }

  /// Appends `n` to `parts`, or its parts when it is of the same kind (`(a b) c` is `a b c`).
  static void splice(std::vector<Node>& parts, Node n, Node::Kind kind) {
    if (n.kind != kind)
      parts.push_back(std::move(n));
    else
      for (auto& p : n.parts) parts.push_back(std::move(p));
  }

  static Node combine(Node::Kind kind, std::vector<Node> parts) {
    if (parts.size() == 1) return std::move(parts.front());
    return Node{kind, {}, false, std::move(parts)};
  }

  Node parse_or(std::size_t depth) {
    std::vector<Node> parts;
    splice(parts, parse_and(depth), Node::any);
    while (next_is(Tok::op_or)) {
      ++pos_;
      splice(parts, parse_and(depth), Node::any);
    }
    return combine(Node::any, std::move(parts));
  }

  Node parse_and(std::size_t depth) {
    std::vector<Node> parts;
    splice(parts, parse_not(depth), Node::all);
    for (;;) {
      if (next_is(Tok::op_and))
        ++pos_;
      else if (!next_is(Tok::term) && !next_is(Tok::open))
        break;
      splice(parts, parse_not(depth), Node::all);
    }
    return combine(Node::all, std::move(parts));
  }

  Node parse_not(std::size_t depth) {
    std::vector<Node> parts;
    splice(parts, parse_operand(depth), Node::but); // `(a NOT b) NOT c` is `a NOT b NOT c`
    while (next_is(Tok::op_not)) {
      ++pos_;
      parts.push_back(parse_operand(depth));
    }
    return combine(Node::but, std::move(parts));
  }

  /// A term or a group, after the start, a `(` or an operator (the token before it).
  Node parse_operand(std::size_t depth) {
    const Token* before = pos_ > 0 ? &tokens_[pos_ - 1] : nullptr;
    const bool after_operator = before && is_operator(before->kind);
    const Token* t = peek();
    if (!t || t->kind == Tok::close) {
      if (after_operator) fail(fmt::format("'{}' has nothing after it", before->text), query_);
      if (before && before->kind == Tok::open) fail(t ? "empty parentheses" : "unclosed '('", query_);
      fail("')' without a matching '('", query_);
    }
    if (is_operator(t->kind)) {
      if (after_operator) fail(fmt::format("two operators in a row ('{} {}')", before->text, t->text), query_);
      fail(fmt::format("'{}' has nothing before it", t->text), query_);
    }
    ++pos_;
    if (t->kind == Tok::term) return Node{Node::term, t->text, t->prefix, {}};
    if (depth == k_max_search_nesting)
      fail(fmt::format("parentheses nested deeper than {}", k_max_search_nesting), query_);
    Node n = parse_or(depth + 1);
    if (!next_is(Tok::close)) fail("unclosed '('", query_);
    ++pos_;
    return n;
  }

  std::string_view query_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
};

void write(const Node& n, std::string& out);

void write_part(const Node& n, bool parenthesized, std::string& out) {
  if (parenthesized) out += '(';
  write(n, out);
  if (parenthesized) out += ')';
}

/// Terms are always FTS5 strings, so nothing typed is FTS5 syntax: `"C#"`, `"text:foo"`. The
/// operands of AND are written side by side where both are terms (FTS5's implicit AND), so a
/// term that FTS5's tokenizer finds no token in (`—`) is ignored there rather than matching
/// nothing, as it would beside an explicit AND.
void write(const Node& n, std::string& out) {
  switch (n.kind) {
  case Node::term:
    out += '"';
    for (char c : n.text) out += c == '"' ? std::string_view("\"\"") : std::string_view(&c, 1);
    out += '"';
    if (n.prefix) out += '*';
    break;
  case Node::but:
    write_part(n.parts.front(), binding(n.parts.front()) < binding(n), out);
    for (std::size_t i = 1; i < n.parts.size(); ++i) {
      out += " NOT ";
      write_part(n.parts[i], n.parts[i].kind != Node::term, out);
    }
    break;
  case Node::all:
    for (std::size_t i = 0; i < n.parts.size(); ++i) {
      if (i > 0) out += n.parts[i - 1].kind == Node::term && n.parts[i].kind == Node::term ? " " : " AND ";
      write_part(n.parts[i], binding(n.parts[i]) < binding(n), out);
    }
    break;
  case Node::any:
    for (std::size_t i = 0; i < n.parts.size(); ++i) {
      if (i > 0) out += " OR ";
      write(n.parts[i], out);
    }
    break;
  }
}

} // namespace

std::string fts_query(std::string_view query) {
  std::vector<Token> tokens = lex(query);
  if (std::none_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.kind == Tok::term; }))
    fail("no words to search for", query);
  const Node n = Parser(query, std::move(tokens)).parse();
  std::string out;
  write(n, out);
  return out;
}

} // namespace debrief
