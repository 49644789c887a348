// UUIDv7 formatting and validation.
#include "core/uuid.hpp"

#include <fmt/format.h>

namespace debrief {

std::string make_uuid_v7(std::uint64_t unix_ms, const std::array<std::uint8_t, 10>& random) {
  std::array<std::uint8_t, 16> b{};
  for (int i = 0; i < 6; ++i) b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(unix_ms >> (40 - 8 * i));
  for (std::size_t i = 0; i < 10; ++i) b[6 + i] = random[i];
  b[6] = static_cast<std::uint8_t>(0x70 | (b[6] & 0x0F)); // version 7
  b[8] = static_cast<std::uint8_t>(0x80 | (b[8] & 0x3F)); // variant 10
  std::string s;
  s.reserve(36);
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
    s += fmt::format("{:02x}", b[i]);
  }
  return s;
}

bool is_uuid(const std::string& s) {
  if (s.size() != 36) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    char c = s[i];
    if (dash != (c == '-')) return false;
    if (!dash && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

} // namespace debrief
