// The measurement behind keeping core/json (see bench/README.md, "JSON: ours or nlohmann"):
// parses and writes the lines of a JSONL export with core/json and with nlohmann-json 3.11.
// Not built by CMake; from a build directory:
//   g++ -std=c++20 -O2 -I../src ../bench/json_bench.cpp src/libdebrief_core.a -lfmt -lutf8proc -o json_bench
//   ./json_bench export.jsonl [lines]
#include "core/exchange.hpp"
#include "core/json.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace debrief;
using Clock = std::chrono::steady_clock;

static double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

static nlohmann::ordered_json to_nlohmann(const ExchangeEntry& x) {
  const Entry& e = x.entry;
  auto opt = [](const std::optional<std::string>& v) { return v ? nlohmann::ordered_json(*v) : nullptr; };
  auto iso = [&](Seconds t) { return format_iso(Instant{t, e.at.offset}); };
  nlohmann::ordered_json answers = nlohmann::ordered_json::array(), commitments = nlohmann::ordered_json::array();
  for (const auto& a : x.answers)
    answers.push_back({{"position", a.position},
                       {"question", a.question_id},
                       {"question_text", a.question_text},
                       {"text", opt(a.text)},
                       {"scale", a.scale ? nlohmann::ordered_json(*a.scale) : nullptr},
                       {"mark", a.mark ? nlohmann::ordered_json(std::string(to_string(*a.mark))) : nullptr},
                       {"probes", a.probes},
                       {"answered", iso(a.answered)}});
  for (const auto& c : x.commitments)
    commitments.push_back({{"uuid", c.uuid},
                           {"person", opt(c.person)},
                           {"text", c.text},
                           {"due", c.due ? nlohmann::ordered_json(iso(*c.due)) : nullptr},
                           {"status", c.status},
                           {"note", opt(c.note)},
                           {"created", iso(c.created)},
                           {"closed", c.closed ? nlohmann::ordered_json(iso(*c.closed)) : nullptr}});
  return {{"uuid", e.uuid},
          {"kind", std::string(to_string(e.kind))},
          {"person", opt(e.person)},
          {"deck", opt(e.deck)},
          {"at", format_iso(e.at)},
          {"created", iso(e.created)},
          {"updated", iso(e.updated)},
          {"outcome", e.outcome ? nlohmann::ordered_json(std::string(to_string(*e.outcome))) : nullptr},
          {"lesson", e.lesson},
          {"private", e.is_private},
          {"status", std::string(to_string(e.status))},
          {"tags", e.tags},
          {"body", e.body},
          {"answers", answers},
          {"commitments", commitments}};
}

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  std::size_t max = argc > 2 ? std::stoul(argv[2]) : 1000000;
  std::ifstream in(argv[1], std::ios::binary);
  std::vector<std::string> lines;
  std::size_t bytes = 0;
  for (std::string l; lines.size() < max && std::getline(in, l);) bytes += l.size() + 1, lines.push_back(std::move(l));
  std::printf("%zu lines, %.1f MB\n", lines.size(), static_cast<double>(bytes) / 1e6);

  std::size_t n = 0;
  auto t = Clock::now();
  for (const auto& l : lines) n += parse_json(l).object()->size();
  std::printf("parse  core/json       %.3f s  (%zu keys)\n", seconds_since(t), n);
  n = 0;
  t = Clock::now();
  for (const auto& l : lines) n += nlohmann::json::parse(l).size();
  std::printf("parse  nlohmann        %.3f s  (%zu keys)\n", seconds_since(t), n);

  std::vector<ExchangeEntry> entries;
  entries.reserve(lines.size());
  for (const auto& l : lines) entries.push_back(parse_jsonl(l));
  n = 0;
  std::size_t same = 0;
  t = Clock::now();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    auto s = to_jsonl(entries[i]);
    n += s.size();
    same += s == lines[i];
  }
  std::printf("write  core/json       %.3f s  (%zu bytes, %zu of %zu lines byte-identical)\n", seconds_since(t), n,
              same, lines.size());
  n = 0;
  same = 0;
  std::size_t refused = 0;
  t = Clock::now();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    try {
      auto s = to_nlohmann(entries[i]).dump();
      n += s.size();
      same += s == lines[i];
    } catch (const nlohmann::json::exception&) {
      ++refused; // bytes that are not UTF-8
    }
  }
  std::printf("write  nlohmann        %.3f s  (%zu bytes, %zu of %zu lines byte-identical, %zu refused)\n",
              seconds_since(t), n, same, lines.size(), refused);
}
