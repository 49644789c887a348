// The Unicode that names and tags need (through utf8proc): character kinds, NFC and case.
#pragma once

#include <string>
#include <string_view>

namespace debrief::unicode {

/// Unicode's general categories as the name and tag rules group them.
enum class Kind {
  letter,      ///< L*
  mark,        ///< M* (combining accents, vowel signs)
  number,      ///< N*
  punctuation, ///< P*
  symbol,      ///< S* (currency, maths, emoji)
  space,       ///< U+0020 only
  separator,   ///< other Zs (no-break, en, ideographic spaces), Zl, Zp
  control,     ///< Cc
  format,      ///< Cf: invisible (zero-width, bidi controls, BOM)
  private_use, ///< Co
  unassigned,  ///< Cn, Cs
};

Kind kind_of(char32_t cp);

/// The refused kinds of a name, in words for an error ("a control character"); empty for the
/// accepted ones (letters, marks, numbers, punctuation, symbols, the space).
std::string_view refused_kind(Kind k);

/// NFC, the composed form (`e` + U+0301 becomes `é`). Text that is not valid UTF-8 comes back
/// unchanged (and from the case functions below with only its ASCII letters mapped).
std::string nfc(std::string_view s);

/// NFD, the decomposed form.
std::string nfd(std::string_view s);

/// Each character's simple lower-case (upper-case) mapping, in NFC.
std::string to_lower(std::string_view s);
std::string to_upper(std::string_view s);

/// Full case folding (`ß` and `SS` both become `ss`), in NFC.
std::string casefold(std::string_view s);

/// Case folded without accents and other combining marks (`José` and `JOSE` both `jose`): for
/// telling that two spellings are probably one name, never for telling names apart.
std::string loose_key(std::string_view s);

} // namespace debrief::unicode
