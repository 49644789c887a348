// See messages.hpp.
#include "core/messages.hpp"

#include <fmt/format.h>

namespace debrief {

std::string no_entry(Id id) { return fmt::format("no entry #{}", id); }

std::string entry_is_deleted(Id id) {
  return fmt::format("entry #{} is deleted (restore it with: debrief undelete {})", id, id);
}

std::string no_commitment(Id id) { return fmt::format("no commitment #{}", id); }

std::string commitment_is_hidden(Id id, std::optional<Id> entry) {
  if (!entry) return fmt::format("commitment #{} is hidden", id);
  return fmt::format("commitment #{} was made in entry #{}, which is deleted (restore it with: debrief undelete {})",
                     id, *entry, *entry);
}

std::string quoted_name(std::string_view name) {
  if (name.find('\'') != std::string_view::npos) return fmt::format("\"{}\"", name);
  return fmt::format("'{}'", name);
}

std::string new_person_close_to(std::string_view name, std::string_view near) {
  return fmt::format("{} is a new person, close to {}; check the spelling", quoted_name(name), quoted_name(near));
}

std::string no_one_called(std::string_view name, std::optional<std::string_view> near) {
  if (near)
    return fmt::format("no one called {} in the journal; did you mean {}?", quoted_name(name), quoted_name(*near));
  return fmt::format("no one called {} in the journal", quoted_name(name));
}

} // namespace debrief
