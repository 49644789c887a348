// What the report's renderers share (render.cpp, render_coaching.cpp): names, dates, ratios,
// tables and escapes. Internal to core: commands include render.hpp.
#pragma once

#include "core/render.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace debrief::render_detail {

/// The person's name, or `(no one)`.
std::string person_name(const std::optional<std::string>& p);
/// `Sat 21 Nov`, with the year when not this one.
std::string day(Seconds t, const RenderStyle& s);
/// `Mon 16 Nov – Sun 22 Nov 2026`.
std::string period_label(const Period& p, const RenderStyle& s);
/// `75%`, or `—`.
std::string pct(std::optional<double> r);
/// A change of ratio in percentage points: `+20 pp`, `±0 pp`, `—`.
std::string change_text(std::optional<double> c);
/// Rounded to 4 decimals, shortest form; `null` for none.
std::string json_number(std::optional<double> v);
/// Values of a weekly trend, null where a week has none.
std::string json_trend(const std::vector<std::optional<double>>& v);
/// A person's row of the report as its JSON object (the report's `people`, the team's `reps`).
std::string person_json(const PersonRow& p);
/// Aligned plain-text columns, each line indented by two spaces; `right[i]`: right-aligned.
/// Wider than `width`, the last column (a remark) goes on a line of its own under its row.
std::string table(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& right, int width = 1000);
/// A section title (bold with colour).
std::string title(std::string_view t, const RenderStyle& s);
/// Text for a Markdown table cell.
std::string md_escape(std::string s);
/// The report's own punctuation in ASCII.
std::string to_ascii(std::string s);

/// "Your coaching", appended to `out` (nothing when no debrief was marked in either period).
void coaching_text(const Report& r, const RenderStyle& s, std::string& out);
void coaching_markdown(const Report& r, const RenderStyle& s, std::string& out);
/// The section as a JSON object (present even when empty: its counts are zero).
std::string coaching_json(const Report& r, const RenderStyle& s);
/// The section as HTML: the measures against the previous period, then by month.
void coaching_html(const Report& r, const RenderStyle& s, std::string& out);
/// The CSV columns a person's row adds, after the columns of schema 1.
/// "Did the assignments help?": per rep, each skill's assignments reviewed in the period by
/// whether they helped (nothing when none was judged); in JSON, one person's.
void skills_text(const Report& r, const RenderStyle& s, std::string& out);
void skills_markdown(const Report& r, std::string& out);
std::string skills_json(const PersonRow& p);
/// As HTML: bars of every rep's assignments by skill, then the table per rep.
void skills_html(const Report& r, std::string& out);
std::string coaching_csv_header();
std::string coaching_csv(const PersonRow& p, double target);
/// A person's assignments reviewed with evidence, closed without, and `skill:yes/partly/no`
/// for each skill judged (`-` for none), space-separated.
std::string review_csv_header();
std::string review_csv(const PersonRow& p);

} // namespace debrief::render_detail
