// What several commands say about the same thing, written once: the words are part of the
// interface (tests pin them), so a second spelling must not creep in.
#pragma once

#include "core/entry.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace debrief {

/// "no entry #12"
std::string no_entry(Id id);
/// "entry #12 is deleted (restore it with: debrief undelete 12)"
std::string entry_is_deleted(Id id);
/// "no commitment #3"
std::string no_commitment(Id id);
/// "commitment #3 was made in entry #12, which is deleted (restore it with: debrief undelete
/// 12)"; `entry` unknown: "commitment #3 is hidden"
std::string commitment_is_hidden(Id id, std::optional<Id> entry);
/// A name quoted for a message: 'bob', or "O'Brien" when the name holds a single quote (so
/// that no quote is ever doubled or ambiguous).
std::string quoted_name(std::string_view name);
/// "'alicia' is a new person, close to 'alice'; check the spelling" (names quoted by quoted_name)
std::string new_person_close_to(std::string_view name, std::string_view near);
/// "no one called 'bob' in the journal", and "; did you mean 'rob'?" when `near` is given;
/// both names as they are to be shown (escaped by the caller where they may hold anything).
std::string no_one_called(std::string_view name, std::optional<std::string_view> near = std::nullopt);

} // namespace debrief
