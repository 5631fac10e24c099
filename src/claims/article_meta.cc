// Datelines, headlines and years; see article_meta.h.
#include "claims/article_meta.h"

#include <re2/re2.h>

#include <cstdio>

#include "base/calendar.h"
#include "claimcheck/quantity.h"

namespace claimcheck::claims {
namespace {

constexpr std::size_t kHeadBytes = 800;  // datelines sit in the first few lines
constexpr int kHeadLines = 6;
constexpr std::size_t kMarkupHeadBytes = 20000;  // an HTML page's <head> and header
constexpr std::size_t kBylineHeadBytes = 3000;   // a byline below the navigation

// "" unless y-m-d is a real date ("02/31 2026" is not) in 1990..2099.
std::string iso(int y, int m, int d) {
  if (y < 1990 || y > 2099 || !base::valid_date(y, m, d)) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// The first kHeadLines lines that hold text (blank lines between a wire's
// masthead, headline, byline and dateline do not count).
std::string_view head(std::string_view text) {
  std::size_t end = 0;
  for (int line = 0; line < kHeadLines && end < text.size();) {
    auto nl = text.find('\n', end);
    std::size_t next = nl == std::string_view::npos ? text.size() : nl + 1;
    if (text.substr(end, next - end).find_first_not_of(" \t\r\n") != std::string_view::npos) ++line;
    end = next;
  }
  return text.substr(0, std::min(end, kHeadBytes));
}

}  // namespace

std::string find_dateline(std::string_view text) {
  static const RE2 us("(?m)^\\s*(?:[^\\n]{0,40}\\b)?(\\d{1,2})/(\\d{1,2})[ /](\\d{4})\\b");
  static const RE2 iso_re("(?m)^\\s*(?:[^\\n]{0,40}\\b)?(\\d{4})[-/](\\d{2})[-/](\\d{2})\\b");
  // A dateline in words, after what introduces one: "Published on",
  // "Updated 3:45 PM ET,", a byline "By Ada Byrne |", a forum's "r/x · Posted by
  // u/y ·", a podcast's "Recorded", a weekday; month first
  // ("March 13, 2015") or day first ("13 March 2015").  A date inside a
  // sentence ("The storm hit on March 13, 2015") is the event's, not the
  // article's, so nothing else may stand before it.
  static const std::string lead =
      "(?mi)^\\s*(?:(?:(?:[^\\n]{1,30}?[|\\x{2022}\\x{00b7}] )?(?:first |last )?(?:published|posted|updated|date|recorded|aired)d?(?: on| at)?:?[^\\n]{0,24}?"
      "|by [^\\n|]{2,60}?)[\\s,|\\x{2022}\\x{00b7}\\x{2013}\\x{2014}-]+)?"
      "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  static const std::string month_re = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  static const RE2 words(lead + month_re + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
  static const RE2 day_first(lead + "(\\d{1,2}) " + month_re + ",? (\\d{4})\\b");
  // A wire story's dateline: the place in capitals, then the date and a dash
  // ("BERLIN, May 6, 2026 — ...", "SAN JOSE, Calif. (AP), March 3, 2026 -"),
  // or the line ends there ("SEATTLE, Sept. 30, 2026" below a byline).
  static const RE2 wire("(?m)^\\s*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][a-z]+\\.?)?(?: \\([A-Za-z .]{1,20}\\))?,? "
                        "(?i:" + month_re + ") (\\d{1,2}),? (\\d{4})(?: \\([^)\\n]{1,40}\\))?(?:\\s*(?:\\x{2014}|\\x{2013}|--?)|[ \\t\\r]*$)");
  std::string_view h = head(text);
  int a = 0, b = 0, y = 0;
  std::string month;
  if (RE2::PartialMatch(h, us, &a, &b, &y)) {
    std::string d = iso(y, a, b);
    if (d.empty()) d = iso(y, b, a);  // 27/04 2026
    if (!d.empty()) return d;
  }
  if (RE2::PartialMatch(h, iso_re, &y, &a, &b))
    if (std::string d = iso(y, a, b); !d.empty()) return d;
  if (RE2::PartialMatch(h, words, &month, &b, &y))
    if (std::string d = iso(y, base::month_number(month), b); !d.empty()) return d;
  if (RE2::PartialMatch(h, day_first, &b, &month, &y))
    if (std::string d = iso(y, base::month_number(month), b); !d.empty()) return d;
  if (RE2::PartialMatch(h, wire, &month, &b, &y))
    if (std::string d = iso(y, base::month_number(month), b); !d.empty()) return d;
  return "";
}

std::string find_title(std::string_view text) {
  std::vector<std::string> lines = headline_lines(text, 3);
  return lines.empty() ? "" : lines.front();
}

std::vector<std::string> headline_lines(std::string_view text, int first_lines) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  for (int line = 0; line < first_lines && pos < text.size();) {
    auto nl = text.find('\n', pos);
    std::string_view l = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    while (!l.empty() && (l.back() == ' ' || l.back() == '\r')) l.remove_suffix(1);
    while (!l.empty() && l.front() == ' ') l.remove_prefix(1);
    if (l.empty()) continue;
    ++line;
    int words = 1;
    for (char c : l) words += c == ' ';
    // Navigation and bylines ("Home | Reviews | ...", "Posted by u/x · 2 days ago") are no headlines.
    const bool furniture = l.find('|') != std::string_view::npos || l.find("\u00b7") != std::string_view::npos ||
                           l.find("\u2022") != std::string_view::npos || l.find("\u00bb") != std::string_view::npos;
    if (words >= 4 && l.size() < 200 && l.back() != '.' && l.back() != ':' && !furniture) out.emplace_back(l);
  }
  return out;
}

int latest_year(std::string_view text) {
  // Years after "by", "until", "to"... look ahead ("AGI by 2030") and say
  // nothing about when the article was written; skip them.
  static const RE2 year("(?i)(\\b(?:by|until|till|to|through|before|as early as|as late as|towards?|in the next)\\s+)?\\b((?:199|20[0-9])[0-9])\\b");
  int best = 0, y = 0;
  re2::StringPiece prospective;
  re2::StringPiece rest(text.data(), text.size());
  while (RE2::FindAndConsume(&rest, year, &prospective, &y))
    if (prospective.empty() && y > best) best = y;
  return best;
}

std::string find_markup_date(std::string_view original) {
  // <meta property="article:published_time" content="2026-05-08T09:00:00Z">,
  // <time datetime="2026-05-08">, JSON-LD "datePublished": "2026-05-08".
  static const RE2 published(
      "(?i)(?:article:published_time\"\\s+content=\"|datePublished\"\\s*:\\s*\"|<time[^>]{0,80}?datetime=\")"
      "((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
  int y = 0, m = 0, d = 0;
  if (RE2::PartialMatch(original.substr(0, std::min<std::size_t>(original.size(), kMarkupHeadBytes)), published, &y,
                        &m, &d))
    return iso(y, m, d);
  return "";
}

std::string find_byline_date(std::string_view text) {
  // A byline below a page's navigation: "By Maya Keane · May 8, 2026".
  static const RE2 byline("(?mi)^\\s*by [^\\n|]{2,60}?[\\s,|\\x{2022}\\x{00b7}\\x{2013}\\x{2014}-]+"
                          "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
                          "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
  std::string month;
  int d = 0, y = 0;
  if (RE2::PartialMatch(text.substr(0, std::min<std::size_t>(text.size(), kBylineHeadBytes)), byline, &month, &d, &y))
    return iso(y, base::month_number(month), d);
  return "";
}

ArticleMeta complete_meta(const ArticleMeta& known, std::string_view text, std::string_view original) {
  ArticleMeta m = known;
  if (m.date.empty()) m.date = find_dateline(text);
  // Plain text whose wrapped lines were joined into paragraphs: the dateline
  // is then deep inside the first paragraph, so its own line is read as written.
  // (Not markup, nor front matter: its keys say more than when a page was written.)
  if (m.date.empty() && !original.empty() && original.find('<') == std::string_view::npos &&
      original.substr(0, 3) != "---")
    m.date = find_dateline(original);
  if (m.date.empty() && !original.empty()) m.date = find_markup_date(original);
  if (m.date.empty()) m.date = find_byline_date(text);
  if (m.title.empty()) m.title = find_title(text);
  return m;
}

}  // namespace claimcheck::claims
