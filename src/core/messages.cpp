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

std::string no_one_called(std::string_view name, std::optional<std::string_view> near) {
  if (near) return fmt::format("no one called '{}' in the journal; did you mean '{}'?", name, *near);
  return fmt::format("no one called '{}' in the journal", name);
}

} // namespace debrief
