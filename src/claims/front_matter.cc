// Front matter and HTML head: a few keys read line by line (no YAML library:
// the two keys we need are scalars on one line).
#include "claims/front_matter.h"

#include <re2/re2.h>

#include <string>

#include "base/calendar.h"

namespace claimcheck::claims {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string unquote(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front())
    s = s.substr(1, s.size() - 2);
  return std::string(s);
}

// "2026-04-27", "2026-04-27T09:00:00Z", "2026-04-27 09:00" -> "2026-04-27";
// "" otherwise, and for a day the calendar does not have ("2026-02-31").
std::string iso_day(const std::string& value) {
  static const RE2 kIso(R"(((\d{4})-(\d{2})-(\d{2}))(?:[T ].*)?)");
  std::string day;
  int y = 0, m = 0, d = 0;
  return RE2::FullMatch(value, kIso, &day, &y, &m, &d) && base::valid_date(y, m, d) ? day : "";
}

ArticleMeta from_front_matter(std::string_view text) {
  ArticleMeta meta;
  std::string updated;  // when "date" is missing
  std::size_t eol = text.find('\n');
  std::string_view open = trim(text.substr(0, eol));
  if ((open != "---" && open != "+++") || eol == std::string_view::npos) return meta;
  const char separator = open == "---" ? ':' : '=';
  for (std::size_t b = eol + 1; b < text.size();) {
    std::size_t e = text.find('\n', b);
    std::string_view line = text.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
    if (trim(line) == open || (open == "---" && trim(line) == "...")) break;
    std::size_t at = line.find(separator);
    if (at != std::string_view::npos && !line.empty() && line.front() != ' ') {
      std::string_view key = trim(line.substr(0, at));
      std::string value = unquote(line.substr(at + 1));
      if (key == "title" && meta.title.empty()) meta.title = value;
      if ((key == "date" || key == "published" || key == "pubDate") && meta.date.empty()) meta.date = iso_day(value);
      // A page last changed on a day says what held then ("updated: 2026-11-26"
      // on a price list).  "saved:" or "scraped:" says only when a copy was
      // taken, of content that may be older: no date.
      if ((key == "updated" || key == "last_updated" || key == "lastmod" || key == "modified") && updated.empty())
        updated = iso_day(value);
    }
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  if (meta.date.empty()) meta.date = updated;
  return meta;
}

ArticleMeta from_html_head(std::string_view text) {
  ArticleMeta meta;
  static const RE2 kTitle(R"((?is)<title[^>]*>\s*([^<]*?)\s*</title>)");
  static const RE2 kDate(
      R"((?is)<meta\s[^>]*(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|date|pubdate|datePublished)["'][^>]*content\s*=\s*["']([^"']+)["'])");
  std::string title, date;
  if (RE2::PartialMatch(text, kTitle, &title)) meta.title = title;
  if (RE2::PartialMatch(text, kDate, &date)) meta.date = iso_day(date);
  return meta;
}

}  // namespace

ArticleMeta front_matter_meta(std::string_view original) {
  if (original.substr(0, 3) == "\xEF\xBB\xBF") original.remove_prefix(3);  // BOM
  ArticleMeta meta = from_front_matter(original);
  if (meta.title.empty() && meta.date.empty() && original.find('<') != std::string_view::npos) {
    // Only the head: a <title> inside an article body (an SVG) is not the page title.
    std::size_t head_end = original.find("</head>");
    meta = from_html_head(original.substr(0, head_end == std::string_view::npos ? 4096 : head_end));
  }
  return meta;
}

}  // namespace claimcheck::claims
