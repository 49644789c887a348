// The built-in decks' TOML, compiled in from decks/*.toml (see cmake/EmbedDecks.cmake).
#pragma once

#include <span>
#include <string_view>

namespace debrief {

struct DeckText {
  std::string_view name; ///< file name, e.g. "post-call.toml"
  std::string_view text;
};

std::span<const DeckText> builtin_deck_texts();

} // namespace debrief
