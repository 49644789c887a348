// What `debrief search` accepts, translated into an FTS5 MATCH expression that FTS5 never rejects.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace debrief {

/// Deepest nesting of parentheses a query may use. FTS5's parser overflows its stack at 14
/// levels of the densest expressions this translation writes (`"x" OR "y" AND "c" NOT (`).
inline constexpr std::size_t k_max_search_nesting = 8;

/// Translates a search query as the user typed it into an FTS5 MATCH expression:
/// - a word (a run of non-blank characters) is searched as a quoted FTS5 string, so one with
///   punctuation (`follow-up`, `don't`, `C#`, `x@y.com`, `1:1s`, `text:foo`, `^x`) is the
///   phrase of its tokens; a word with no letter or digit (`#`, `--`) is left out. Bytes of
///   UTF-8 sequences count as letters (the index's unicode61 tokenizer decides the rest);
/// - `"a phrase"` is a phrase, a trailing `*` makes a word or phrase a prefix (`disc*`);
/// - `AND`, `OR` and `NOT` in upper case combine terms (NOT binds tightest, then AND or a
///   blank, then OR); a `(` starting a word and a `)` ending one group them. Lower-case
///   and/or/not and `NEAR` are words.
/// Throws UsageError naming the problem (`search: unclosed quote in '"pricing' (accepted: …)`)
/// for an unclosed quote or parenthesis, an operator missing a side, two operators in a row,
/// empty parentheses, nesting deeper than k_max_search_nesting, or no words to search for.
std::string fts_query(std::string_view query);

} // namespace debrief
