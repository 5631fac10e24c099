#pragma once
// What an article says about itself near the top: its date (a dateline such as
// "04/27 2026", "2026-04-27", "Published on April 27, 2026", "By Ada Byrne | Fri 13 March 2015") and its headline;
// and the latest year it mentions, used for dates without a year when the
// article has no date at all.
//
// Example: find_dateline("Title\n\n04/27 2026 363\n...") == "2026-04-27"
#include <string>
#include <string_view>
#include <vector>

#include "claims/extractor.h"

namespace claimcheck::claims {

// ISO date of a dateline in the first lines of `text`, "" when none.
std::string find_dateline(std::string_view text);
// A headline-looking first line (four words or more, no final period, no
// navigation or byline separators such as '|' or '·'), "" if none.
std::string find_title(std::string_view text);
// Every headline-looking line among the first `first_lines` lines of text, in
// order: a scraped page opens with its site's name, a byline, a forum's name.
std::vector<std::string> headline_lines(std::string_view text, int first_lines);
// The largest year 1990..2099 written in `text`, 0 when none.
int latest_year(std::string_view text);

// The publication date a web page's markup gives (article:published_time,
// <time datetime>, JSON-LD datePublished) in `original`, "" when none.
std::string find_markup_date(std::string_view original);
// The date of a "By <name> · <date>" byline in the first few KB of `text`, "" when none.
std::string find_byline_date(std::string_view text);

// `known` with its gaps filled from the text (and, for a web page, its markup in `original`).
ArticleMeta complete_meta(const ArticleMeta& known, std::string_view text, std::string_view original = {});

}  // namespace claimcheck::claims
