// Finding decks (the built-in ones, overridden by id by the user's deck files) and reading
// config.toml: the only places these files are read.
#pragma once

#include "core/config.hpp"
#include "core/deck.hpp"
#include "storage/paths.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace debrief {

struct CatalogDeck {
  Deck deck;
  std::string origin; ///< "built-in" or the user deck's path
};

struct DeckCatalog {
  std::vector<CatalogDeck> decks;   ///< by id
  std::vector<Diagnostic> problems; ///< from broken user decks, which are skipped
  const CatalogDeck* find(const std::string& id) const;
  std::vector<std::string> ids() const;
};

/// `$XDG_CONFIG_HOME/debrief/decks`, else `~/.config/debrief/decks`.
std::string resolve_decks_dir(const Env& env);

/// Largest config.toml accepted, in bytes.
inline constexpr std::size_t k_max_config_bytes = 64 * 1024;

/// Reads config.toml at `path`; a missing file gives the defaults. A file writable by anyone
/// or owned by another user is refused (it names the editor debrief runs).
ConfigLoad load_config_file(const std::string& path);

/// Reads and validates one deck file (at most k_max_deck_bytes).
DeckLoad load_deck_file(const std::string& path);

/// When `user_dir` holds no deck files, the ids load_catalog(user_dir).ids() gives, found
/// without parsing the built-in decks (shell completion asks at every Tab); else nullopt.
std::optional<std::vector<std::string>> builtin_catalog_ids(const std::string& user_dir);

/// Built-in decks, then every `*.toml` in `user_dir` (if it exists), in name order; a user deck
/// replaces the built-in deck with its id. A broken file adds problems and never hides others.
/// A directory or file writable by anyone, or owned by another user, is skipped as a problem.
DeckCatalog load_catalog(const std::string& user_dir);

/// The ids of the built-in decks marked private (trust-check).
std::set<std::string> builtin_private_deck_ids();

/// Each deck's id and title: the built-in decks', then those load_catalog(user_dir) finds (a
/// user deck replacing a built-in one adds its own title; the built-in one's stays); an empty
/// `user_dir` adds none.
std::vector<std::pair<std::string, std::string>> deck_titles(const std::string& user_dir);

/// The ids of the decks whose entries are private where an entry cannot say so itself (entries
/// made before schema 4, lines of older exports): the built-in private decks, even when a user
/// deck replaces one, and the decks load_catalog(user_dir) finds marked private.
std::set<std::string> private_deck_ids(const std::string& user_dir);

/// The (deck id, question id) pairs whose answer is the entry's outcome (`sets = "outcome"`) in
/// the built-in decks (post-call's `result`).
std::set<std::pair<std::string, std::string>> builtin_outcome_questions();

/// Where an entry cannot say which answer was its outcome (entries made before schema 6, lines
/// of older exports): the built-in decks' outcome questions, even when a user deck replaces
/// one, and those of the decks load_catalog(user_dir) finds.
std::set<std::pair<std::string, std::string>> outcome_questions(const std::string& user_dir);

} // namespace debrief
