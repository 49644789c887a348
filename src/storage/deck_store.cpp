// The deck catalogue: see deck_store.hpp.
#include "storage/deck_store.hpp"

#include "storage/builtin_decks.hpp"
#include "storage/files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace debrief {

namespace {

void put(DeckCatalog& catalog, Deck deck, std::string origin) {
  auto it = std::find_if(catalog.decks.begin(), catalog.decks.end(),
                         [&](const CatalogDeck& d) { return d.deck.id == deck.id; });
  if (it != catalog.decks.end())
    *it = CatalogDeck{std::move(deck), std::move(origin)};
  else
    catalog.decks.push_back(CatalogDeck{std::move(deck), std::move(origin)});
}

/// The `*.toml` files in `dir`, in name order; none when it does not exist.
std::vector<std::string> deck_files(const std::string& dir) {
  std::vector<std::string> files;
  if (dir.empty()) return files;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return files;
  while (const dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name.size() > 5 && name.ends_with(".toml") && name.front() != '.') files.push_back(dir + "/" + name);
  }
  ::closedir(d);
  std::sort(files.begin(), files.end());
  return files;
}

/// A built-in deck's id without parsing it: its top-level `id = "..."`, else its file name.
std::string builtin_id(const DeckText& d) {
  std::string_view text = d.text;
  while (!text.empty() && text.front() != '[') {
    auto end = text.find('\n');
    auto line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (!line.starts_with("id")) continue;
    auto open = line.find('"'), close = line.rfind('"');
    auto key = line.substr(2, open == std::string_view::npos ? 0 : open - 2);
    if (key.find_first_not_of(" \t=") == std::string_view::npos && open < close)
      return std::string(line.substr(open + 1, close - open - 1));
  }
  auto name = d.name;
  if (name.ends_with(".toml")) name.remove_suffix(5);
  return std::string(name);
}

/// Why a file or directory that can change what debrief does (config.toml runs `editor`; decks
/// put words in front of people) must not be trusted: writable by anyone, or owned by someone
/// else (root excepted). Empty when it is fine.
std::string untrusted(const struct stat& st, const std::string& path) {
  if (st.st_mode & S_IWOTH) return fmt::format("writable by anyone, so not trusted (fix with: chmod o-w {})", path);
  if (st.st_uid != ::geteuid() && st.st_uid != 0) return "owned by another user, so not trusted";
  return {};
}

} // namespace

const CatalogDeck* DeckCatalog::find(const std::string& id) const {
  auto it = std::find_if(decks.begin(), decks.end(), [&](const CatalogDeck& d) { return d.deck.id == id; });
  return it == decks.end() ? nullptr : &*it;
}

std::vector<std::string> DeckCatalog::ids() const {
  std::vector<std::string> out;
  for (const auto& d : decks) out.push_back(d.deck.id);
  return out;
}

std::string resolve_decks_dir(const Env& env) {
  auto config = resolve_config_path(env);
  return config.empty() ? std::string() : parent_dir(config) + "/decks";
}

ConfigLoad load_config_file(const std::string& path) {
  struct stat st {};
  if (path.empty() || ::stat(path.c_str(), &st) != 0) return load_config("", path); // no file: defaults
  if (!S_ISREG(st.st_mode) || static_cast<std::size_t>(st.st_size) > k_max_config_bytes) {
    ConfigLoad bad;
    bad.diagnostics.push_back({path, 0, 0, fmt::format("not a regular file of at most {} bytes", k_max_config_bytes)});
    return bad;
  }
  if (auto why = untrusted(st, path); !why.empty()) {
    ConfigLoad bad;
    bad.diagnostics.push_back({path, 0, 0, why});
    return bad;
  }
  return load_config(read_file(path), path);
}

DeckLoad load_deck_file(const std::string& path) {
  DeckLoad result;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    result.diagnostics.push_back({path, 0, 0, fmt::format("cannot read: {}", std::strerror(errno))});
    return result;
  }
  if (!S_ISREG(st.st_mode)) {
    result.diagnostics.push_back({path, 0, 0, "not a regular file"});
    return result;
  }
  if (static_cast<std::size_t>(st.st_size) > k_max_deck_bytes) {
    result.diagnostics.push_back(
        {path, 1, 1, fmt::format("deck file is too large ({} bytes; at most {})", st.st_size, k_max_deck_bytes)});
    return result;
  }
  try {
    return load_deck(read_file(path), path);
  } catch (const std::exception& e) {
    result.diagnostics.push_back({path, 0, 0, e.what()});
    return result;
  }
}

DeckCatalog load_catalog(const std::string& user_dir) {
  DeckCatalog catalog;
  for (const auto& builtin : builtin_deck_texts()) {
    auto loaded = load_deck(builtin.text, builtin.name);
    if (loaded.deck)
      put(catalog, std::move(*loaded.deck), "built-in");
    else
      catalog.problems.insert(catalog.problems.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
  }
  if (user_dir.empty()) return catalog;
  struct stat st {};
  if (::stat(user_dir.c_str(), &st) != 0) return catalog; // no user decks
  if (auto why = untrusted(st, user_dir); !why.empty()) {
    catalog.problems.push_back({user_dir, 0, 0, why});
    return catalog;
  }
  const auto files = deck_files(user_dir);
  std::vector<std::pair<std::string, std::string>> user_ids; // id, file
  for (const auto& file : files) {
    if (struct stat fst{}; ::stat(file.c_str(), &fst) == 0)
      if (auto why = untrusted(fst, file); !why.empty()) {
        catalog.problems.push_back({file, 0, 0, why});
        continue;
      }
    auto loaded = load_deck_file(file);
    if (!loaded.deck) {
      catalog.problems.insert(catalog.problems.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
      continue;
    }
    auto dup =
        std::find_if(user_ids.begin(), user_ids.end(), [&](const auto& p) { return p.first == loaded.deck->id; });
    if (dup != user_ids.end()) {
      catalog.problems.push_back(
          {file, 1, 1,
           fmt::format("deck id '{}' is also used by {}; this file is skipped", loaded.deck->id, dup->second)});
      continue;
    }
    user_ids.emplace_back(loaded.deck->id, file);
    // A copy of a built-in private deck (trust-check) stays private: a rep's private answers
    // must not reach the manager's report because `private = true` was left out of the copy.
    if (std::any_of(catalog.decks.begin(), catalog.decks.end(), [&](const auto& d) {
          return d.origin == "built-in" && d.deck.id == loaded.deck->id && d.deck.is_private;
        }))
      loaded.deck->is_private = true;
    put(catalog, std::move(*loaded.deck), file);
  }
  return catalog;
}

std::set<std::string> builtin_private_deck_ids() {
  std::set<std::string> ids;
  for (const auto& builtin : builtin_deck_texts())
    if (auto loaded = load_deck(builtin.text, builtin.name); loaded.deck && loaded.deck->is_private)
      ids.insert(loaded.deck->id);
  return ids;
}

std::vector<std::pair<std::string, std::string>> deck_titles(const std::string& user_dir) {
  std::vector<std::pair<std::string, std::string>> titles;
  for (const auto& builtin : builtin_deck_texts())
    if (auto loaded = load_deck(builtin.text, builtin.name); loaded.deck)
      titles.emplace_back(loaded.deck->id, loaded.deck->title);
  if (!user_dir.empty())
    for (const auto& d : load_catalog(user_dir).decks)
      if (d.origin != "built-in") titles.emplace_back(d.deck.id, d.deck.title);
  return titles;
}

std::set<std::string> private_deck_ids(const std::string& user_dir) {
  auto ids = builtin_private_deck_ids();
  for (const auto& d : load_catalog(user_dir).decks)
    if (d.deck.is_private) ids.insert(d.deck.id);
  return ids;
}

std::set<std::pair<std::string, std::string>> builtin_outcome_questions() {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& builtin : builtin_deck_texts())
    if (auto loaded = load_deck(builtin.text, builtin.name); loaded.deck)
      if (auto q = outcome_question(*loaded.deck)) out.emplace(loaded.deck->id, *q);
  return out;
}

std::set<std::pair<std::string, std::string>> outcome_questions(const std::string& user_dir) {
  auto out = builtin_outcome_questions();
  for (const auto& d : load_catalog(user_dir).decks)
    if (auto q = outcome_question(d.deck)) out.emplace(d.deck.id, *q);
  return out;
}

std::optional<std::vector<std::string>> builtin_catalog_ids(const std::string& user_dir) {
  if (!deck_files(user_dir).empty()) return std::nullopt;
  std::vector<std::string> ids;
  for (const auto& builtin : builtin_deck_texts()) ids.push_back(builtin_id(builtin));
  return ids;
}

} // namespace debrief
