// The HTML pages (core/render_html.cpp, core/person_html.cpp) and their parts: escaping
// (core/html.cpp) and the SVG charts' geometry (core/svg.cpp).
#include "core/html.hpp"
#include "core/person.hpp"
#include "core/render.hpp"
#include "core/svg.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <sstream>

using namespace debrief;

namespace {

const Seconds monday = 1794787200;              // 2026-11-16 00:00 UTC
const Seconds now = monday + 5 * 86400 + 36000; // Sat 21 Nov 10:00
const FixedZone utc(0);
const std::string k_script = "<script>alert(1)</script>";

/// A week's report about a rep whose name is a script tag, and one called O'Brien, Jr.
Report hostile() {
  ReportInput in = report_frame(week_containing(now, utc, 1), now, utc, 1);
  in.groups = {{monday, k_script, Kind::debrief, Outcome::won, false, 1},
               {monday, "O'Brien, Jr. & \"Co\"", Kind::note, std::nullopt, false, 1}};
  DiscoveryTally t;
  t.self = 3, t.nudged = 1, t.told = 1;
  in.marks = {{monday, k_script, false, t, Outcome::won, 2, 1, 0}};
  in.tags = {{"<b>", k_script, false, 1}};
  in.lessons = [](const std::function<void(const ReportLesson&)>& each) {
    each(ReportLesson{5, Instant{monday + 3600, 0}, k_script, false, "<img src=x onerror=alert(1)>", std::nullopt,
                      std::nullopt});
  };
  in.reviews = {{k_script, false, "<i>skill</i>", Helped::yes, true, monday + 3600, monday + 3600}};
  return build_report(in);
}

std::string html_of(const Report& r) {
  std::ostringstream os;
  render_html(r, RenderStyle{&utc, now, true, false}, os);
  return os.str();
}

} // namespace

TEST_CASE("core::html::escape") {
  CHECK(html::escape(k_script) == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html::escape("O'Brien, Jr. & \"Co\"") == "O&#39;Brien, Jr. &amp; &quot;Co&quot;");
  CHECK(html::escape("Müller José 日本語") == "Müller José 日本語");
  // Noncharacters are valid UTF-8 but HTML parse errors: U+FFFD stands in for them.
  CHECK(html::escape("a\uFDD0b\uFFFEc\U0010FFFFd\U0001FFFEe") == "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
  CHECK(html::escape("\uFDCF\uFDF0\uFFFD") == "\uFDCF\uFDF0\uFFFD"); // their neighbours stay
  SUBCASE("control sequences and line breaks are stripped, as in every one-line output") {
    CHECK(html::escape("a\x1b[31mb\nc") == "ab c");
  }
}

TEST_CASE("core::svg::line_chart") {
  SUBCASE("a ratio of 0.8 is drawn 20% of the plot below its top; the target is a dashed line") {
    auto out = svg::line_chart("t", {"9 Nov", "16 Nov"}, {{"alice", {0.8, 0.25}}}, 0.8);
    // The plot: x 48 to 600, y 20 (100%) to 180 (0%); two weeks centred in their halves.
    CHECK(out.find("points=\"186.0,52.0 462.0,140.0\"") != std::string::npos);
    CHECK(out.find("<circle cx=\"186.0\" cy=\"52.0\"") != std::string::npos);
    CHECK(out.find("<line x1=\"48.0\" y1=\"52.0\" x2=\"600.0\" y2=\"52.0\" stroke=\"#a3001b\" stroke-width=\"1.5\" "
                   "stroke-dasharray=\"6 4\">") != std::string::npos);
    CHECK(out.find(">target 80%</text>") != std::string::npos);
    CHECK(out.find("<title>t</title>") != std::string::npos);
    CHECK(out.find(">16 Nov</text>") != std::string::npos);
    CHECK(out.find("no data") == std::string::npos);
  }
  SUBCASE("weeks without a value break the line; a lone value is a dot") {
    auto out = svg::line_chart("t", {"a", "b", "c"}, {{"bob", {0.5, std::nullopt, 1.0}}}, std::nullopt);
    CHECK(out.find("<polyline") == std::string::npos);
    CHECK(out.find("cy=\"100.0\"") != std::string::npos);
    CHECK(out.find("cy=\"20.0\"") != std::string::npos);
    CHECK(out.find("stroke-dasharray=\"6 4\"") == std::string::npos); // no target, no line
  }
  SUBCASE("no data: a note, never NaN coordinates") {
    for (const auto& series : std::vector<std::vector<svg::Series>>{
             {}, {{"carol", {std::nullopt, std::nullopt}}}, {{"dave", {std::numeric_limits<double>::quiet_NaN()}}}}) {
      auto out = svg::line_chart("t", {"a", "b"}, series, 0.8);
      CHECK(out.find(">no data</text>") != std::string::npos);
      CHECK(out.find("nan") == std::string::npos);
      CHECK(out.find("<circle") == std::string::npos);
    }
    CHECK(svg::line_chart("t", {}, {}, 0.8).find("nan") == std::string::npos);
  }
  SUBCASE("labels are escaped") {
    auto out = svg::line_chart(k_script, {k_script}, {{k_script, {0.5}}}, 0.8);
    CHECK(out.find("<script") == std::string::npos);
  }
}

TEST_CASE("core::svg::bar_chart") {
  auto out = svg::bar_chart("bars", {{"yes", {{2, svg::k_yes, "yes 2"}, {1, svg::k_no, "no 1"}}, "2 of 4"}}, 4, 0.8);
  // 2 of 4 is half the 300 units of bar, from x 170; the next segment starts where it ends.
  CHECK(out.find("<rect x=\"170.0\" y=\"8.0\" width=\"150.0\" height=\"14.0\" fill=\"#009E73\">") != std::string::npos);
  CHECK(out.find("<rect x=\"320.0\" y=\"8.0\" width=\"75.0\"") != std::string::npos);
  CHECK(out.find("<line x1=\"230.0\"") != std::string::npos); // the marker at 0.8 of 4
  CHECK(out.find(">2 of 4</text>") != std::string::npos);
  CHECK(svg::bar_chart("none", {}, 1).find(">no data</text>") != std::string::npos);
}

TEST_CASE("core::render_html") {
  const auto out = html_of(hostile());
  CHECK(out.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(out.find("</html>\n") == out.size() - 8);
  SUBCASE("every stored string is escaped") {
    CHECK(out.find("<script") == std::string::npos);
    CHECK(out.find("<img") == std::string::npos);
    CHECK(out.find("<i>") == std::string::npos);
    CHECK(out.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(out.find("O&#39;Brien, Jr. &amp; &quot;Co&quot;") != std::string::npos);
  }
  SUBCASE("nothing is fetched") {
    CHECK(out.find("http") == std::string::npos);
    CHECK(out.find("url(") == std::string::npos);
    CHECK(out.find("@import") == std::string::npos);
  }
  SUBCASE("the sections and charts") {
    for (const char* part :
         {"<h2>People</h2>", "<h2>Discovery ratio by week (target 80%)</h2>", "<h2>Commitments kept by skill</h2>",
          "<h2>Useful mistakes</h2>", "<h2>Outcomes against coaching</h2>", "<h2>Your coaching</h2>",
          "<h2>Top tags</h2>", "@page { size: auto; margin: 15mm; }", "<td class=\"n\">80%</td>"})
      CHECK_MESSAGE(out.find(part) != std::string::npos, part);
    CHECK(out.find("<svg") != std::string::npos);
  }
  SUBCASE("an empty report says so and draws no chart") {
    ReportInput in = report_frame(week_containing(now, utc, 1), now, utc, 1);
    auto empty = html_of(build_report(in));
    CHECK(empty.find("No coaching recorded in this period.") != std::string::npos);
    CHECK(empty.find("<svg") == std::string::npos);
  }
}

TEST_CASE("core::person_html") {
  PersonInput in;
  in.name = "O'Brien <Jr.>";
  in.debriefs = 1;
  DiscoveryTally t;
  t.self = 4, t.told = 1;
  in.months = {{"2026-11", t}};
  in.outcomes[Outcome::lost] = 1;
  in.lesson_count = 1;
  in.lessons.push_back({7, Instant{now - 86400, 0}, k_script});
  auto out = person_html(build_person(in, now), RecapStyle{&utc, now, k_recap_width});
  CHECK(out.find("<h1>O&#39;Brien &lt;Jr.&gt;</h1>") != std::string::npos);
  CHECK(out.find("<script") == std::string::npos);
  CHECK(out.find("<circle cx=\"324.0\" cy=\"52.0\"") != std::string::npos); // 80% in the only month
  CHECK(out.find("<h2>Outcomes</h2>") != std::string::npos);
}
