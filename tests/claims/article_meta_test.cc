// An article's own date and headline, and the year used when it has no date.
#include <catch2/catch.hpp>

#include "claims/article_meta.h"
#include "claims/front_matter.h"
#include "claims/manifest.h"
#include "helpers.h"

using namespace claimcheck::claims;

TEST_CASE("datelines near the top give the article date", "[claims][meta]") {
  CHECK(find_dateline("04/27 2026\n464\nThe AI arena is abuzz.") == "2026-04-27");
  CHECK(find_dateline("Same-Day Showdown!\n\n04/27 2026 363\n\nSource: x") == "2026-04-27");
  CHECK(find_dateline("Title\nPublished on April 27, 2026\nText") == "2026-04-27");
  CHECK(find_dateline("2026-03-05 Market wrap\n") == "2026-03-05");
  CHECK(find_dateline("No date here.\nNone at all.") == "");
  // Bylines, "Updated" lines, weekdays and day-first dates.
  CHECK(find_dateline("Harbour fire\nBy Ada Byrne | March 13, 2015\nText") == "2015-03-13");
  CHECK(find_dateline("Harbour fire\nBy Ada Byrne, Staff Writer - Fri 13 March 2015\nText") == "2015-03-13");
  CHECK(find_dateline("Updated 3:45 PM ET, Fri March 13, 2015\nText") == "2015-03-13");
  CHECK(find_dateline("Last updated: 2 June 2019 at 10:04\nText") == "2019-06-02");
  CHECK(find_dateline("Posted Tuesday, Sept. 3rd, 2019\nText") == "2019-09-03");
  // A wire story's dateline: the place in capitals, the date, a dash.
  CHECK(find_dateline("OSLO, May 6, 2026 \u2014 Tandem made its model available on Wednesday.\n") == "2026-05-06");
  CHECK(find_dateline("SAN JOSE, Calif. (AP), Sept. 3, 2019 -- Crews worked overnight.\n") == "2019-09-03");
  CHECK(find_dateline("In OSLO, May 6, 2026 was a quiet day.\n") == "");
  // A date inside the first sentence is the event's, not the article's.
  CHECK(find_dateline("The storm hit Quillmarsh on March 13, 2015, and...\n") == "");
  CHECK(find_dateline("Residents said that on 13 March 2015 the river rose.\n") == "");
  // A date deep in the body is not a dateline.
  CHECK(find_dateline("a\nb\nc\nd\ne\nf\ng\n04/27 2026") == "");
  // Blank lines between a wire's masthead, headline and byline do not push its dateline out.
  CHECK(find_dateline("NORTH WIRE | Tech\n\nTandem prices its new model\n\nBy Ada Byrne\n\n"
                      "OSLO, May 6, 2026 (North Wire) - Tandem said on Wednesday...\n") == "2026-05-06");
  // A wire dateline on a line of its own, below the byline, with no dash.
  CHECK(find_dateline("THE DAILY BYTE\n\nTandem opens its model to all\n\nBy Ada Byrne\nOSLO, Sept. 30, 2026\n\n"
                      "Tandem on Wednesday opened...\n") == "2026-09-30");
  CHECK(find_dateline("OSLO, May 6, 2026 was a quiet day.\n") == "");
}

TEST_CASE("the latest year skips years that look ahead", "[claims][meta]") {
  CHECK(latest_year("In 2025 it grew; AGI by 2030; hardware in 2026.") == 2026);
  CHECK(latest_year("Q2-Q3 2026. Late 2026 to 2027.") == 2026);
  CHECK(latest_year("no years") == 0);
}

TEST_CASE("a headline is a short first line without a final period", "[claims][meta]") {
  CHECK(find_title("×\nChinese AI models are closing the AI leadership gap\nWritten by") ==
        "Chinese AI models are closing the AI leadership gap");
  CHECK(find_title("04/27 2026\n464\nThe AI arena is abuzz with launches.") == "");
}

TEST_CASE("the manifest beside an article gives its date and title", "[claims][meta]") {
  ArticleMeta m = meta_from_manifest(std::string(CLAIMCHECK_SOURCE_DIR) + "/corpus/000_12871f55414ff047.txt");
  CHECK(m.date == "2026-04-27");
  CHECK(m.title.empty());
  ArticleMeta n = meta_from_manifest(std::string(CLAIMCHECK_SOURCE_DIR) + "/corpus/004_30042512ad11189c.txt");
  CHECK(n.title == "Chinese AI models are closing the AI leadership gap");
  CHECK(n.date.empty());
  claimcheck::testing::TempDir dir;
  CHECK(meta_from_manifest(dir / "a.txt").date.empty());
}

TEST_CASE("forum, podcast and wrapped plain-text datelines give the page date", "[claims][meta][ai]") {
  CHECK(find_dateline("r/Modelwatch \u00b7 Posted by u/some_reader \u00b7 9 June 2026\n\nTitle\n") == "2026-06-09");
  CHECK(find_dateline("SIGNAL HOURS, Episode 40\nRecorded Tuesday, June 9, 2026\n\nText\n") == "2026-06-09");
  // A plain-text page whose wrapped head lines were joined into one paragraph:
  // the dateline is read on its own line as written.
  const std::string original = "THE WIRE DESK: Rumour mill\nWhat comes in June: three models\nPosted 2026-06-02 by Jo Ng\n\n"
                               "Borealis is preparing to launch Zephyr-4 next week.\n";
  std::string joined = original;
  for (std::size_t at = 0; at < 2; ++at) joined[joined.find('\n')] = ' ';
  CHECK(complete_meta({}, joined, original).date == "2026-06-02");
}

TEST_CASE("front matter: a page last updated on a day is dated then, a saved copy is not", "[claims][meta][ai]") {
  CHECK(front_matter_meta("---\ntitle: Prices\nupdated: 2026-11-20\n---\nBody\n").date == "2026-11-20");
  CHECK(front_matter_meta("---\ntitle: Prices\ndate: 2026-10-01\nupdated: 2026-11-20\n---\nBody\n").date == "2026-10-01");
  CHECK(front_matter_meta("---\ntitle: Prices\nsaved: 2026-11-20\n---\nBody\n").date.empty());
}
