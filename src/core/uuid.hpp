// UUIDs for entries and commitments: stable across export, import and merging journals.
#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace debrief {

/// A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits, so ids made
/// later sort later and index well. The caller supplies the clock and the randomness.
std::string make_uuid_v7(std::uint64_t unix_ms, const std::array<std::uint8_t, 10>& random);

/// Whether `s` is a UUID in the canonical lower-case 8-4-4-4-12 form.
bool is_uuid(const std::string& s);

} // namespace debrief
