// Option validators with clear messages: see choices.hpp.
#include "cli/choices.hpp"

#include "core/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace debrief::cli {

namespace {

bool ascii_iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

} // namespace

CLI::Validator one_of(std::vector<std::string> accepted) {
  auto words = fmt::format("{}", fmt::join(accepted, "|"));
  return CLI::Validator(
      [accepted = std::move(accepted)](std::string& value) -> std::string {
        for (const auto& a : accepted)
          if (ascii_iequals(a, value)) {
            value = a;
            return {};
          }
        auto list = fmt::format("{}", fmt::join(accepted, ", "));
        if (auto near = did_you_mean(value, accepted))
          return fmt::format("unknown value '{}'; did you mean '{}'? (accepted: {})", value, *near, list);
        return fmt::format("unknown value '{}' (accepted: {})", value, list);
      },
      words);
}

CLI::Validator whole_number() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        bool digits =
            !value.empty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        // Decimal whatever the leading zeros: the parser would read `010` as octal.
        if (digits) value.erase(0, std::min(value.find_first_not_of('0'), value.size() - 1));
        return digits && value.size() <= 9
                   ? std::string{}
                   : fmt::format("'{}' is not a whole number (accepted: 0 to 999999999)", value);
      },
      "N");
}

} // namespace debrief::cli
