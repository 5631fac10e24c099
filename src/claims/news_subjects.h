#pragma once
// Subjects and sanity checks for the news pack (rules/news/).
//
// News names people, places and organisations nobody lists in a gazetteer,
// and most of its numbers belong to the story's event, not to a name:
//
//   "At least 14 people were killed on Sunday"    -> subject "event" (deaths;
//        the store adds the story, so tolls of one event meet, others never)
//   "Maria Lopez, 28, was charged ..."            -> subject "Maria Lopez" (age)
//   "Lopez, 28, posted bond" (same article)       -> "Maria Lopez": a surname
//        alone is the full name the article used before
//   "profits at Fabrikam jumped 76% to $1.13bn"   -> "Fabrikam" (the capitalised
//        owner in the clause, not a word that merely touches a number)
//
// The rule extractor calls these only for rules of the news pack (ids
// "news/..."); the other packs keep their own subject logic.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "claimcheck/claim.h"

namespace claimcheck::claims::news {

// The subject of every claim of an event attribute (deaths, arrests, crowds...).
using claimcheck::kEventSubject;

bool is_news_rule(std::string_view rule_id);

// Full names of people and organisations an article writes (two to four
// capitalised words), so a later surname alone ("Alcorn") resolves to the
// full name ("Geraldine Alcorn").
class DocumentNames {
 public:
  explicit DocumentNames(std::string_view text);
  // `name` as the article's fullest form of it: a one-word name becomes the
  // first longer name ending with that word; honorifics ("Officer", "Mr.")
  // are dropped.  Empty when `name` does not look like a name.
  std::string resolve(std::string_view name) const;

 private:
  std::map<std::string, std::string, std::less<>> by_last_;  // "Alcorn" -> "Geraldine Alcorn"
};

// The first name of two or more words in `text` ("Colin Kroll, who founded
// ..., has died." -> "Colin Kroll"): whom "He was 35." in the next sentence is about.
std::string first_full_name(std::string_view text);

// The nearest capitalised name in `text` before offset `at` (a name of the
// clause that owns the value), skipping sentence-initial function words,
// weekdays and months, and capitalised words that merely touch a number.
// Empty when none.
std::string nearest_name(std::string_view text, std::size_t at);

// True when the clause before the value (or the matched words) denies or
// negates the statement: "no one was killed", "police denied that 12 were
// arrested", "did not ...".
bool negated(std::string_view clause);

// The clause to test for negation when the match is a noun phrase under a
// leading "none of the": "None of the 212 people on board was hurt" denies
// the hurt, not the 212 aboard, so a match with no verb in it is tested
// without that quantifier; a match that takes the verb ("212 ... were hurt")
// keeps it.
std::string_view beyond_none_of(std::string_view clause, std::string_view match);

// Who the sentence says gave its figure, as a kind of teller: "authorities"
// (police, officials, state media), "organisers", "activists", "medics",
// "witnesses"; "" when it does not say.
std::string source_of(std::string_view sentence);

// Puts a claim of the news pack in canonical form, or says it is no claim:
// ages become a number of years (an "11-year-old" duration and "Lopez, 28,"
// compare), counts of people get the unit "people" whatever noun was counted,
// implausible values (an age of 300, a toll of 0.5) are dropped.  An event's
// date must be a day the text fixes: a weekday or a yearless date counts only
// in an article whose own date is known (`article_dated`).
// `after_value` is the text right after the value (an age's " old").
bool normalise(Claim& c, bool article_dated, std::string_view after_value);

// Qualifiers that tell one count of an event from another, for event counts
// (deaths, injured, arrested...): the day named nearest the value in its
// sentence ("on Sunday" -> day=sunday, "over the weekend" -> day=weekend), and
// a count of more of them ("65 more were killed", "two others") -> scope=more,
// or a running total ("since the uprising began", "so far") -> scope=total.
// `sentence` is the sentence's text and `at` the value's offset in it.
void add_context(Claim& c, std::string_view sentence, std::size_t at, std::size_t value_end);

// "casualties" -> "casualty", "deaths" -> "death": one key for a noun
// written in the singular or the plural.
void singularise(std::string& noun);

// "1 hour, 30 minutes": adds `next` to the duration `value` when `between`
// (the text between them) is only ", " or " and ", and `next` is a smaller unit.
void join_duration(Quantity& value, const Quantity& next, std::string_view between);

}  // namespace claimcheck::claims::news
