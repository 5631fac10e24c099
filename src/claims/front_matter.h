#pragma once
// What an article says about itself in its markup: the title and date of
// Markdown front matter or of an HTML head.  The text layer strips this
// markup before extraction; read_article (claims/article.h) reads it here for
// every command, so the claims get the right reference date.
//
// Example:
//   front_matter_meta("---\ntitle: \"GPT-5.5 ships\"\ndate: 2026-04-27T09:00:00Z\n---\nBody")
//     == ArticleMeta{"GPT-5.5 ships", "2026-04-27"}
//   front_matter_meta("<html><head><title>GPT-5.5 ships</title>"
//                     "<meta property=\"article:published_time\" content=\"2026-04-27\">...")
//     == ArticleMeta{"GPT-5.5 ships", "2026-04-27"}
#include <string_view>

#include "claims/extractor.h"

namespace claimcheck::claims {

// YAML ("---" ... "---") or TOML ("+++" ... "+++") front matter at the very
// start: `title` and `date` (first ten characters when ISO 8601).  HTML: the
// <title> element and a date <meta> (article:published_time, date, pubdate).
// Unknown fields are left empty.
ArticleMeta front_matter_meta(std::string_view original);

}  // namespace claimcheck::claims
