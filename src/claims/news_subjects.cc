// Subjects and sanity checks for the news pack; see news_subjects.h.
#include "claims/news_subjects.h"


#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <vector>

#include <re2/re2.h>

#include "base/calendar.h"
#include "claimcheck/attributes.h"
#include "claimcheck/measures.h"
#include "claims/news_percents.h"

namespace claimcheck::claims::news {
namespace {

// Capitalised words that start sentences or clauses without naming anyone.
const std::set<std::string, std::less<>>& not_names() {
  static const std::set<std::string, std::less<>> words = {
      "A", "About", "According", "After", "All", "Also", "An", "And", "As", "At", "Before", "But", "By",
      "Despite", "During", "Each", "Even", "For", "From", "He", "Her", "His", "However", "I", "If", "In",
      "It", "Its", "Last", "Meanwhile", "More", "Most", "My", "Next", "No", "Not", "Now", "Of", "On",
      "One", "Only", "Or", "Our", "Over", "She", "Since", "So", "Some", "That", "The", "Their", "Then",
      "There", "These", "They", "This", "Those", "Though", "To", "Two", "Under", "Until", "Up", "We",
      "What", "When", "Where", "While", "Who", "With", "Yet", "You", "Your", "Just", "Still", "Both",
      "Police", "Officials", "Authorities", "Investigators", "Prosecutors", "Witnesses", "Reports",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
      "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Today",
      "Yesterday", "Tonight", "Christmas", "Easter", "AM", "PM", "BST", "GMT", "EST", "EDT", "PST", "PDT",
      "UTC", "CET", "Inc", "Ltd", "Co", "Corp"};
  return words;
}

// Titles before a person's name: dropped from the name.
const std::set<std::string, std::less<>>& honorifics() {
  static const std::set<std::string, std::less<>> words = {
      "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Officer",
      "Sgt", "Sergeant", "Lt", "Lieutenant", "Capt", "Captain", "Col", "Colonel", "Gen", "General",
      "Cpl", "Corporal", "Pvt", "Private", "Det", "Detective", "Deputy", "Trooper", "Judge", "Justice",
      "Sen", "Senator", "Rep", "Representative", "Gov", "Governor", "President", "Mayor", "Chief",
      "Father", "Rev", "Reverend", "Pastor", "Rabbi", "Sheriff", "Agent", "Coach", "Prince", "Princess",
      "King", "Queen", "Pope", "Saint", "St"};
  return words;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_name_char(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '\'' || c == '-' || u >= 0x80;
}

struct Word {
  std::size_t begin, end;
};

// A capitalised word: an upper-case letter, then at least one lower-case
// letter somewhere (so "FRIDAY", "PM" and "US" are not names of people).
bool is_name_word(std::string_view w) {
  if (w.size() < 2 || !is_upper(w[0])) return false;
  bool lower = false;
  for (char c : w)
    if (c >= 'a' && c <= 'z') lower = true;
  return lower;
}

// "April-June", "Monday-Friday": a span of not-names is no name either.
bool joined_not_names(std::string_view w) {
  if (w.find('-') == std::string_view::npos) return false;
  for (std::size_t b = 0; b <= w.size();) {
    std::size_t e = std::min(w.find('-', b), w.size());
    if (!not_names().count(w.substr(b, e - b))) return false;
    b = e + 1;
  }
  return true;
}

std::string_view strip_possessive(std::string_view w) {
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s")) w.remove_suffix(2);
  else if (w.size() > 4 && w.substr(w.size() - 4) == "\u2019s") w.remove_suffix(4);
  while (!w.empty() && (w.back() == '\'' || w.back() == '-')) w.remove_suffix(1);
  return w;
}

// Runs of capitalised words in `text`, each a vector of words (possessives
// stripped, not-names and honorifics at the front dropped).  A run ends at
// punctuation, a lower-case word, or a word touching a digit.
std::vector<std::vector<std::string_view>> name_runs(std::string_view text, std::vector<std::size_t>* starts = nullptr) {
  std::vector<std::vector<std::string_view>> runs;
  std::vector<std::string_view> run;
  auto flush = [&]() {
    std::size_t k = 0;
    while (k < run.size() && (not_names().count(run[k]) || honorifics().count(run[k]))) ++k;
    std::vector<std::string_view> kept(run.begin() + static_cast<std::ptrdiff_t>(k), run.end());
    while (!kept.empty() && not_names().count(kept.back())) kept.pop_back();
    if (!kept.empty()) {
      if (starts) starts->push_back(static_cast<std::size_t>(kept.front().data() - text.data()));
      runs.push_back(std::move(kept));
    }
    run.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_name_char(text[i])) {
      // Only one space keeps a run going; commas, periods, quotes end it.
      if (!(text[i] == ' ' && !run.empty())) flush();
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < text.size() && is_name_char(text[i])) ++i;
    // "Mr." keeps the run going through its period.
    std::string_view w(text.data() + b, i - b);
    bool touches_digit = (i < text.size() && text[i] == ' ' && i + 1 < text.size() &&
                          std::isdigit(static_cast<unsigned char>(text[i + 1])));
    if (std::isdigit(static_cast<unsigned char>(w[0]))) {
      flush();
      continue;
    }
    std::string_view bare = strip_possessive(w);
    if (!is_name_word(bare) || joined_not_names(bare)) {
      flush();
      continue;
    }
    if (touches_digit) {  // "France 2", "FRIDAY 8": a word beside a number names nothing
      run.clear();
      continue;
    }
    run.push_back(bare);
    if (bare.size() != w.size()) flush();  // "Alcorn's lawyer": the name ends at the possessive
    if (i < text.size() && text[i] == '.' && honorifics().count(bare)) ++i;
  }
  flush();
  return runs;
}

std::string join(const std::vector<std::string_view>& words, std::size_t from) {
  std::string s;
  for (std::size_t k = from; k < words.size(); ++k) {
    if (!s.empty()) s += ' ';
    s += words[k];
  }
  return s;
}

// "Grünberg" -> "Grunberg": outlets write a name with and without its accents,
// and both must name one person.  Latin-1 letters only (U+00C0..U+00FF).
std::string fold_accents(std::string_view name) {
  static const char* const kLatin1 = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(name[i]);
    if (b == 0xC3 && i + 1 < name.size()) {
      unsigned char n = static_cast<unsigned char>(name[i + 1]);
      if (n >= 0x80 && n <= 0xBF && n != 0x97 && n != 0xB7) {  // not the signs x and /
        out += kLatin1[n - 0x80];
        ++i;
        continue;
      }
    }
    out += name[i];
  }
  return out;
}

}  // namespace

bool is_news_rule(std::string_view rule_id) { return rule_id.substr(0, 5) == "news/"; }

DocumentNames::DocumentNames(std::string_view text) {
  for (const auto& run : name_runs(text)) {
    if (run.size() < 2 || run.size() > 4) continue;
    // A person's name: the last two words ("Police Chief John Smith" -> "John Smith").
    std::string full = fold_accents(join(run, run.size() - 2));
    by_last_.emplace(fold_accents(run.back()), full);
  }
}

std::string DocumentNames::resolve(std::string_view name) const {
  auto runs = name_runs(name);
  if (runs.empty()) return {};
  const auto& words = runs.back();
  if (words.size() == 1) {
    std::string last = fold_accents(words[0]);
    auto it = by_last_.find(last);
    return it != by_last_.end() ? it->second : last;
  }
  return fold_accents(join(words, words.size() - 2));
}

std::string first_full_name(std::string_view text) {
  for (const auto& run : name_runs(text))
    if (run.size() >= 2 && run.size() <= 4) return join(run, 0);
  return {};
}

std::string nearest_name(std::string_view text, std::size_t at) {
  std::vector<std::size_t> starts;
  auto runs = name_runs(text.substr(0, std::min(at, text.size())), &starts);
  // A lone capitalised word opening the sentence ("Sales rose ...") is no name.
  while (!runs.empty() && starts[runs.size() - 1] == 0 && runs.back().size() == 1) runs.pop_back();
  if (runs.empty()) return {};
  return join(runs.back(), 0);
}

bool negated(std::string_view clause) {
  static const RE2 cue(
      "(?i)\\b(?:not|never|no|none|nobody|neither|nor|denied|denies|deny|denying|refuted|false(?:ly)?|"
      "rumou?rs? (?:that|of)|dismiss(?:ed|es|ing)? (?:claims?|reports?|suggestions?|accounts?)|"
      "reject(?:ed|s|ing)? (?:claims?|reports?|suggestions?|accounts?)|disput(?:ed|es|ing) (?:claims?|reports?)|"
      "untrue|inaccurate|baseless|unfounded|debunked|fail(?:ed|s|ing)? to|refus(?:ed|es|ing) to)\\b|n't\\b|n\u2019t\\b");
  return RE2::PartialMatch(clause, cue);
}

std::string_view beyond_none_of(std::string_view clause, std::string_view match) {
  static const RE2 none_of("(?i)^\\s*(?:none|neither) of (?:the|these|those|its|their|his|her|our|all) ");
  static const RE2 verb("(?i)\\b(?:were|was|are|is|have|has|had|been|being|be)\\b");
  re2::StringPiece rest(clause.data(), clause.size());
  if (!RE2::Consume(&rest, none_of) || RE2::PartialMatch(match, verb)) return clause;
  return {rest.data(), rest.size()};
}

// "casualties" -> "casualty", "witnesses" -> "witness", "deaths" -> "death":
// one key for a noun written in the singular or the plural.
void singularise(std::string& noun) {
  auto ends = [&](std::string_view tail) {
    return noun.size() > tail.size() + 1 && noun.compare(noun.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (noun.size() > 4 && noun.compare(noun.size() - 3, 3, "ies") == 0) noun.replace(noun.size() - 3, 3, "y");
  else if (ends("sses") || ends("ches") || ends("shes") || ends("xes")) noun.resize(noun.size() - 2);
  else if (noun.size() > 3 && noun.back() == 's' && noun[noun.size() - 2] != 's') noun.pop_back();
}

namespace {

// "June 17" in an article with no date of its own: the value layer gave it
// the latest year the text mentions, which may differ between outlets ("in
// 2015" for background in one, nothing in another).  The day and month are
// what the text fixes, so the claim is kept with the qualifier year=unstated:
// it is compared by day and month, only with other dates whose year was not
// written either (check/compare.cc).
bool keep_without_year(Claim& c) {
  const Quantity& v = c.value;
  if (!v.is_date() || !v.inferred || v.date_precision != DatePrecision::day) return false;
  static const RE2 month("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\b");
  static const RE2 year("\\b(?:1[0-9]|20)[0-9][0-9]\\b|['\u2019][0-9][0-9]\\b");
  if (!RE2::PartialMatch(v.text, month) || RE2::PartialMatch(v.text, year)) return false;
  c.qualifiers["year"] = "unstated";
  return true;
}


// An agreement-only mention (a date, amount, duration or time a story names):
// a day, month or year the text fixes; a count of a named noun, singular;
// money as money; a span of time; a clock time.
bool normalise_mention(Claim& c, const AttributeInfo& info, bool article_dated, bool keep_noun = false) {
  Quantity& v = c.value;
  if (info.family == "date")
    return v.is_date() &&
           (v.date_precision == DatePrecision::day || v.date_precision == DatePrecision::month ||
            v.date_precision == DatePrecision::year) &&
           (article_dated || !v.inferred || keep_without_year(c));
  if (info.family == "duration") return v.kind == QuantityKind::duration && v.value > 0 && v.per == 0;
  if (info.family == "time") return v.kind == QuantityKind::time;
  if (info.family != "count") return info.family != "money" || v.kind == QuantityKind::money;
  // A count of a named noun; times and units of measure are too vague to key on.
  // People are counted too: two outlets giving "five people" in one story
  // tell one fact more often than not, and a mention never conflicts.
  static const std::set<std::string, std::less<>> vague = {
      "times", "time", "others", "other", "ones", "one", "more", "year",
      "years", "day", "days", "week", "weeks", "month", "months", "hour", "hours", "minute", "minutes",
      "percent", "points", "point", "things", "thing", "ways", "way", "%", "x"};
  static const std::set<std::string, std::less<>> not_nouns = {
      "the", "and", "for", "from", "with", "per", "than", "more", "less", "about", "into", "over", "under",
      "were", "was", "are", "have", "has", "had", "who", "that", "which", "this", "other", "million", "token", "tokens",
      "billion", "thousand", "hundred", "percent", "new", "old", "year-old", "such", "each", "all", "will",
      "would", "could", "may", "can", "out", "off", "after", "before", "since", "while", "when", "but",
      "not", "its", "their", "his", "her", "our", "your", "also", "only", "just", "last", "next", "first"};
  std::string noun = c.qualifiers.count("noun") ? c.qualifiers["noun"] : v.unit;
  if (v.kind != QuantityKind::number || noun.empty() || vague.count(noun) || not_nouns.count(noun) || v.per != 0 ||
      !(v.value >= 1) || v.is_date())
    return false;
  singularise(noun);
  v.unit = noun;
  c.qualifiers["noun"] = noun;
  if (keep_noun) return true;
  // A count of a hundred or more that is not a round figure ("15,000 jerseys"
  // and "15,000 replica jerseys", "2,400 texts" and "2,400 text messages") is
  // one fact whatever noun counts it: keyed by its value alone.
  if (v.value >= 100 && v.value < 1e7 && v.value == std::floor(v.value)) {
    long long n = static_cast<long long>(v.value);
    while (n % 10 == 0) n /= 10;
    if (n >= 10) {
      c.qualifiers.erase("noun");
      v.unit.clear();
    }
  }
  return true;
}

// "weeks" -> "week": the unit of an age or duration, singular.
std::string singular_unit(std::string u) {
  if (!u.empty() && u.back() == 's') u.pop_back();
  return u;
}

// An age given in weeks, months or days, in years; other units keep the value.
double as_years(double value, const std::string& unit) {
  if (unit == "week") return value * 7 / 365.25;
  if (unit == "month") return value / 12;
  if (unit == "day") return value / 365.25;
  return value;
}

// An age, in years: "29-year-old", "29 years old", "aged 29"; a baby's "six
// weeks old" keeps its value in years with no stated precision.
bool normalise_age(Quantity& v, std::string_view after_value) {
  double years = v.value;
  if (v.kind == QuantityKind::age) {  // the value layer read "29-year-old" as an age already
    std::string u = singular_unit(v.unit);
    years = as_years(v.value, u);
    if (u != "year" && u != "") v.digits = 0;
  } else if (v.kind == QuantityKind::duration) {
    // "29-year-old", "29 years old"; not "in the first six months Shinozuka ..."
    if (v.text.find("old") == std::string::npos && after_value.substr(0, 4) != " old") return false;
    std::string u = singular_unit(v.unit);
    if (u != "week" && u != "month" && u != "day" && u != "year") return false;
    years = as_years(v.value, u);
    if (u != "year") v.digits = 0;
  } else if (v.kind != QuantityKind::number || (!v.unit.empty() && v.unit != "years" && v.unit != "year")) {
    return false;
  }
  if (!(years > 0 && years < 120) || v.bound != Bound::exact || v.per != 0) return false;
  if (v.kind == QuantityKind::number && years != std::floor(years)) return false;
  // An age is told to the year: "20" is twenty, not a round figure for 15-25.
  if (v.digits > 0 && years == std::floor(years)) v.digits = years >= 100 ? 3 : years >= 10 ? 2 : 1;
  v.kind = QuantityKind::number;
  v.value = years;
  v.unit = "years";
  return true;
}

// "were cancelled" / "cancelled" -> "cancel", "seized" -> "seize", "stranded"
// -> "strand": one spelling for the verb outlets tell of a count, so "85
// flights were cancelled" and "the airline cancelled 60 flights" share a key.
std::string verb_stem(std::string verb) {
  static const std::map<std::string, std::string, std::less<>> irregular = {
      {"sold", "sell"}, {"held", "hold"}, {"built", "build"}, {"shot", "shoot"}, {"found", "find"},
      {"lost", "lose"}, {"sent", "send"}, {"brought", "bring"}, {"caught", "catch"}, {"taken", "take"},
      {"seen", "see"}, {"left", "leave"}, {"spent", "spend"}, {"stolen", "steal"}, {"given", "give"},
      {"made", "make"}, {"paid", "pay"}, {"won", "win"}, {"bought", "buy"}, {"struck", "strike"},
      {"burnt", "burn"}, {"drawn", "draw"}, {"thrown", "throw"}, {"shown", "show"}, {"freed", "free"},
      {"axed", "axe"}, {"scrapped", "scrap"}, {"canceled", "cancel"}, {"cancelled", "cancel"}};
  if (auto it = irregular.find(verb); it != irregular.end()) return it->second;
  if (verb.size() > 4 && verb.compare(verb.size() - 3, 3, "ied") == 0) return verb.substr(0, verb.size() - 3) + "y";
  if (verb.size() > 4 && verb.compare(verb.size() - 2, 2, "ed") == 0) {
    verb.resize(verb.size() - 2);
    const std::size_t n = verb.size();
    if (n >= 2 && verb[n - 1] == verb[n - 2] && verb[n - 1] != 's' && verb[n - 1] != 'l') verb.pop_back();  // "stopped" -> "stop"
    // "seized" -> "seiz" + e, "rescued" -> "rescu" + e: the e the past tense dropped
    static const std::set<char> e_after = {'z', 'u', 'v', 'c', 'g'};
    auto vowel = [](char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'; };
    const std::size_t m = verb.size();
    // "donated" -> "donate", "evacuated" -> "evacuate" (but "treated" -> "treat")
    const bool ate = m >= 4 && verb.compare(m - 2, 2, "at") == 0 && !vowel(verb[m - 3]);
    if (!verb.empty() && (e_after.count(verb.back()) || ate)) verb += 'e';
  }
  return verb;
}

// A count keyed by what it counts and the verb told of it (event_count): the
// noun as a mention keys it, always kept, and the verb's stem.
bool normalise_told_count(Claim& c, const AttributeInfo& info, bool article_dated) {
  auto verb = c.qualifiers.find("verb");
  if (verb == c.qualifiers.end()) return false;
  static const std::set<std::string, std::less<>> not_told = {"aged", "need", "used", "based", "called", "named",
                                                               "listed", "ranked", "rated", "priced", "valued",
                                                               "estimated", "expected", "scheduled", "planned"};
  if (not_told.count(verb->second)) return false;
  verb->second = verb_stem(verb->second);
  return normalise_mention(c, info, article_dated, /*keep_noun=*/true);
}

// A statistic keyed by its noun (stat_level, stat_change, fill_level): "deaths" and
// "death" are one key, and the noun must name something ("it", "which" do not).
bool normalise_statistic(Claim& c, const AttributeInfo& info) {
  auto what = c.qualifiers.find("what");
  if (what == c.qualifiers.end()) return false;
  static const std::set<std::string, std::less<>> not_nouns = {"the", "which", "that", "this", "and", "also", "then", "now",
                                                               "they", "have", "has", "had", "its", "their", "all"};
  std::string& noun = what->second;
  if (not_nouns.count(noun)) return false;
  singularise(noun);
  const Quantity& v = c.value;
  if (info.family == "percent") return v.kind == QuantityKind::percent;
  return v.kind == QuantityKind::number && v.per == 0 && v.value > 0;
}

// A count of people (deaths, arrests) or of the things the attribute counts.
bool normalise_count(Claim& c, const AttributeInfo& info) {
  Quantity& v = c.value;
  if (v.kind != QuantityKind::number || v.per != 0) return false;
  // "arrested four times", "evacuated 22 houses": a count of something else.
  static const std::set<std::string, std::less<>> not_people = {
      "times", "time", "years", "year", "days", "day", "hours", "minutes", "weeks", "months", "homes",
      "houses", "buildings", "cars", "vehicles", "dogs", "cats", "animals", "%", "percent", "points", "dollars",
      "miles", "feet", "states", "countries", "cities", "counts", "charges"};
  // Counts of things (rules/attributes.json "counts": vehicles, homes, cases) keep them.
  const bool of_things = !info.counts.empty() && info.counts != "people";
  if (!of_things && not_people.count(v.unit)) return false;
  if (!(v.value >= 1 && v.value < 1e9)) return false;
  if (v.bound == Bound::exact && v.value != std::floor(v.value)) return false;
  if (!info.counts.empty() && info.counts != "as_written") v.unit = info.counts;
  // "as many as 100", "up to 50" in news is an estimate near its top (here: at
  // least 60 % of it), not any number below it: "up to 50 cars" and "as many
  // as 100 cars" disagree.
  if (info.event && (v.bound == Bound::at_most || v.bound == Bound::less_than)) v.min = std::ceil(v.value * 0.6);
  return true;
}

// A length, weight or speed, in the unit the text wrote ("26,291 feet", "17
// pounds"); comparison brings it to metres, kilograms or km/h (check/align.cc).
bool normalise_measure(Claim& c, const char* unit_capture, std::string_view dimension) {
  Quantity& v = c.value;
  if (auto it = c.qualifiers.find(unit_capture); it != c.qualifiers.end()) {
    if (v.unit.empty()) v.unit = it->second;
    c.qualifiers.erase(it);
  }
  const MeasureUnit* unit = measure_unit(v.unit);
  // "125 km/h" read as kilometres per hour is a speed, not a length.
  if (v.per != 0 && dimension != "speed") return false;
  // Temperatures may be zero or below; every other measure is positive.
  return v.kind == QuantityKind::number && unit && unit->dimension == dimension && (v.value > 0 || dimension == "temperature");
}

// An area, in the unit written: the value layer reads "40 square miles" with
// its unit; a unit the pattern captured apart ("km2") wins.
bool normalise_area(Claim& c) {
  if (auto it = c.qualifiers.find("area_unit"); it != c.qualifiers.end()) {
    c.value.unit = it->second;  // captured as a qualifier: "square_miles"
    std::replace(c.value.unit.begin(), c.value.unit.end(), '_', ' ');
    c.qualifiers.erase(it);
  }
  return normalise_measure(c, "area_unit", "area");
}

// A speed, in the unit written: "140 mph", "225 km/h" (the value layer reads
// "225 kilometres per hour" as kilometres per hour), "30 knots".
bool normalise_speed(Claim& c) {
  Quantity& v = c.value;
  if (v.per == 1 && (v.per_unit == "hour" || v.per_unit == "h" || v.per_unit == "hr")) {
    if (v.unit == "km" || v.unit == "kilometres" || v.unit == "kilometers") v.unit = "km/h";
    else if (v.unit == "miles" || v.unit == "mile") v.unit = "mph";
    else return false;
    v.per = 0;
    v.per_unit.clear();
  }
  return normalise_measure(c, "speed_unit", "speed");
}

}  // namespace

bool normalise(Claim& c, bool article_dated, std::string_view after_value) {
  Quantity& v = c.value;
  if (c.attribute == "event_date") {
    // A day, and one the text fixes: a weekday or a date without a year is
    // resolved against the article's date, so without one it is no claim.
    return v.is_date() && v.date_precision == DatePrecision::day &&
           (article_dated || !v.inferred || keep_without_year(c));
  }
  if (c.attribute == "event_year") {
    // One year or month, not a decade ("the late 1990s") nor a day (an
    // event_date); a year the text fixes, or "12 years ago" in a dated
    // article, never a year resolved from a weekday.
    const bool ago = v.inferred && article_dated && v.text.size() > 4 && v.text.ends_with(" ago");
    if (v.kind != QuantityKind::date || (v.inferred && !ago) ||
        (v.date_precision != DatePrecision::year && v.date_precision != DatePrecision::month))
      return false;
    if (ago && v.date_precision == DatePrecision::year && !std::isnan(v.min)) {
      // "12 years ago" in June 2026 is some time from mid-2013 to mid-2014.
      int y = 0, m = 0, d = 0;
      base::civil_from_days(static_cast<int64_t>(v.min), y, m, d);
      v.min = static_cast<double>(base::days_from_civil(y - 1, 1, 1));
    }
    return true;
  }
  if (c.attribute == "rate") return normalise_rate(c);
  // An offer per share, never the money a company offered to settle a claim.
  if (c.attribute == "offer_price" && (v.kind != QuantityKind::money || v.per_unit.rfind("share", 0) != 0)) return false;
  if (c.attribute == "share_of_group") return normalise_share(c);
  const AttributeInfo& info = attribute_info(c.attribute);
  // An age, of a person named or not ("an 11-year-old girl": age_mentioned).
  if (c.attribute == "age" || c.attribute == "age_mentioned") return normalise_age(v, after_value);
  if (info.agreement_only) return normalise_mention(c, info, article_dated);
  if (c.qualifiers.count("what") && (c.attribute == "stat_level" || c.attribute == "stat_change" || c.attribute == "fill_level"))
    return normalise_statistic(c, info);
  if (info.fallback) return normalise_told_count(c, info, article_dated);
  // "picked up nine nominations" names no award won.
  if (c.attribute == "awards" && (after_value.starts_with(" nomination") || after_value.starts_with(" nod"))) return false;
  if (info.family == "count") return normalise_count(c, info);
  if (info.family == "length") return normalise_measure(c, "len_unit", "length");
  if (info.family == "mass") return normalise_measure(c, "mass_unit", "mass");
  if (info.family == "speed") return normalise_speed(c);
  if (info.family == "area") return normalise_area(c);
  if (info.family == "temperature") return normalise_measure(c, "temp_unit", "temperature");
  // "$80 per hour" is a rate, not money paid; a price report's average and a
  // takeover's offer are per unit by nature ("152.3p a litre", "$54.20 a share").
  if (info.family == "money" && (v.kind != QuantityKind::money || (info.event && v.per != 0 && c.attribute != "average_price" && c.attribute != "offer_price")))
    return false;
  if (info.family == "duration" && v.kind != QuantityKind::duration) return false;
  if (info.family == "percent" && v.kind != QuantityKind::percent) return false;
  return true;
}

std::string source_of(std::string_view sentence) {
  // Who gave the figure, by the kind of teller: counts from the police and
  // from organisers, or from officials and from activists, differ as a rule.
  static const RE2 teller(
      "(?i)\\b(?:according to|said|says|say|estimated|estimates|put (?:the|that) (?:number|figure|toll|count|crowd) at|"
      "counted|reported|told)\\b[^.;]{0,40}?\\b(police|organi[sz]ers|activists?|officials|authorities|witnesses|rescuers|"
      "hospital|doctors|medics|health (?:ministry|officials)|ministry|state (?:media|television|tv)|the government|"
      "opposition|monitors?|observatory|coroner|medical examiner|military|army|rebels|union|firefighters|fire officials)\\b|"
      "\\b(police|organi[sz]ers|activists|officials|authorities|witnesses|rescuers|state media|opposition|monitors|"
      "rebels|union|firefighters) (?:said|say|says|estimated|estimate|put|reported|counted)\\b");
  std::string after, before;
  if (!RE2::PartialMatch(sentence, teller, &after, &before)) return {};
  std::string who = after.empty() ? before : after;
  for (char& ch : who) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  static const std::map<std::string, std::string, std::less<>> kinds = {
      {"police", "authorities"},     {"officials", "authorities"},   {"authorities", "authorities"},
      {"ministry", "authorities"},   {"the government", "authorities"}, {"state media", "authorities"},
      {"state television", "authorities"}, {"state tv", "authorities"}, {"military", "authorities"},
      {"army", "authorities"},       {"coroner", "authorities"},     {"medical examiner", "authorities"},
      {"firefighters", "authorities"}, {"fire officials", "authorities"}, {"health ministry", "medics"},
      {"health officials", "medics"}, {"hospital", "medics"},        {"doctors", "medics"},
      {"medics", "medics"},          {"rescuers", "medics"},         {"organisers", "organisers"},
      {"organizers", "organisers"},  {"union", "organisers"},        {"activists", "activists"},
      {"activist", "activists"},     {"opposition", "activists"},    {"monitors", "activists"},
      {"monitor", "activists"},      {"observatory", "activists"},   {"rebels", "activists"},
      {"witnesses", "witnesses"}};
  auto it = kinds.find(who);
  return it == kinds.end() ? std::string() : it->second;
}

void add_context(Claim& c, std::string_view sentence, std::size_t at, std::size_t value_end) {
  const AttributeInfo& info = attribute_info(c.attribute);
  static const RE2 year("\\b((?:19|20)[0-9][0-9])\\b");
  static const std::set<std::string, std::less<>> keyed_by_year = {"time_served", "sentence", "prize", "amount_stolen",
                                                                   "damage_cost", "nominations", "magnitude", "event_duration"};
  if (info.fallback) {
    // A count no rule names ("which won 48 golds") is keyed by the name its
    // clause gives it too: a swimmer's golds are not her country's.
    std::size_t clause = sentence.find_last_of(";:", at);
    clause = clause == std::string_view::npos ? 0 : clause + 1;
    if (std::string who = nearest_name(sentence.substr(clause, at - clause), at - clause); !who.empty())
      c.qualifiers["who"] = who;
    return;
  }
  if (keyed_by_year.count(c.attribute)) {
    // "served three months in prison in 1996" is another stint than the
    // three years served later, "in 2007, another man won a $14 million
    // jackpot" another prize: the year written keys it.
    std::string y;
    if (RE2::PartialMatch(sentence, year, &y)) c.qualifiers["year"] = y;
    return;
  }
  // "an average of 3,100 drivers joined the strike each day" is no count of
  // the strikers: an average is a fact of its own.
  if (info.event && !info.agreement_only) {
    static const RE2 average("(?i)\\b(?:an average of|on average|average of|averaging|an average) $");
    if (RE2::PartialMatch(sentence.substr(at >= 30 ? at - 30 : 0, at >= 30 ? 30 : at), average)) c.qualifiers["measure"] = "average";
  }
  // "each person will receive $1.84 million" is a share of the $3.4 million the
  // couple get, "$500 apiece" of a total: an amount per head is a fact of its own.
  if (info.event && !info.agreement_only && info.family == "money") {
    static const RE2 each_before("(?i)\\beach(?: [a-z]+){0,6} $");
    static const RE2 each_after("(?i)^(?: each| apiece| per (?:person|head|victim|family|household|player|worker|winner)| a head)\\b");
    const std::size_t from = at >= 40 ? at - 40 : 0;
    if (RE2::PartialMatch(sentence.substr(from, at - from), each_before) ||
        (value_end <= sentence.size() && RE2::PartialMatch(sentence.substr(value_end, 30), each_after)))
      c.qualifiers["per"] = "head";
  }
  if (!info.event || info.agreement_only || info.family != "count" || c.attribute == "age") return;
  if (std::string source = source_of(sentence); !source.empty()) c.qualifiers[std::string(kSourceQualifier)] = source;
  static const RE2 day("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|overnight|yesterday|today|tonight)\\b");
  re2::StringPiece input(sentence.data(), sentence.size()), found;
  std::size_t best = std::string_view::npos, best_distance = 0;
  std::string best_day;
  // "Police said Sunday that 40 cars ...": the day of the telling, not of the event.
  static const RE2 telling("(?i)\\b(?:said|says|told [a-z ]{1,30}?|announced|reported|confirmed|added|stated|"
                           "disclosed|revealed|estimated|updated)(?: on| late| early)? $");
  while (RE2::FindAndConsume(&input, day, &found)) {
    std::size_t pos = static_cast<std::size_t>(found.data() - sentence.data());
    if (RE2::PartialMatch(sentence.substr(pos >= 40 ? pos - 40 : 0, pos >= 40 ? 40 : pos), telling)) continue;
    std::size_t distance = pos > at ? pos - at : at - pos;
    if (best == std::string_view::npos || distance < best_distance) {
      best = pos, best_distance = distance;
      best_day = std::string(found.data(), found.size());
      for (char& ch : best_day) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
  }
  // Homes without power are counted again each day of a storm: the day is
  // the figure's as-of date, not another fact.
  if (!best_day.empty() && c.attribute != "without_power") c.qualifiers["day"] = best_day;
  // A year written in the sentence dates a background event ("in 1995, a year
  // when six climbers died"): its counts are not today's.  The article's own
  // year or a later one ("a budget for 2027") dates nothing past.
  std::string y;
  if (RE2::PartialMatch(sentence, year, &y) && (c.as_of.size() < 4 || y < c.as_of.substr(0, 4))) c.qualifiers["year"] = y;
  // "Eight people including three children were injured": three is a part of the count.
  static const RE2 part("(?i)\\b(?:including|among them|among whom|of whom|of them)\\s*$");
  if (at <= sentence.size() && RE2::PartialMatch(sentence.substr(0, at), part)) c.qualifiers["scope"] = "part";
  // "part of a wider plan to shed 6,000 jobs": the group's whole, not the
  // 1,400 one plant loses.
  static const RE2 wider("(?i)\\b(?:wider|broader|overall|global|worldwide|group-wide|company-wide|companywide|nationwide)\\b[^.;,]{0,40}$");
  if (!c.qualifiers.count("scope") && RE2::PartialMatch(sentence.substr(at >= 60 ? at - 60 : 0, at >= 60 ? 60 : at), wider))
    c.qualifiers["scope"] = "whole";
  // "six of those arrested", "two of the 12 injured": a part of a count told elsewhere.
  static const RE2 part_after("(?i)^ ?of (?:those|them|whom|the)\\b");
  if (!c.qualifiers.count("scope") && value_end <= sentence.size() && RE2::PartialMatch(sentence.substr(value_end, 20), part_after))
    c.qualifiers["scope"] = "part";
  static const RE2 more("(?i)^ ?(?:[a-z]+ )?(?:more|others?|other people|additional|further|another)\\b");
  if (!c.qualifiers.count("scope") && value_end <= sentence.size() && RE2::PartialMatch(sentence.substr(value_end, 40), more))
    c.qualifiers["scope"] = "more";
  static const RE2 total("(?i)\\b(?:since|so far|to date|cumulative|year-long|this year|uprising|crackdown|civil war)\\b");
  if (!c.qualifiers.count("scope") && RE2::PartialMatch(sentence, total)) c.qualifiers["scope"] = "total";
}

void join_duration(Quantity& value, const Quantity& next, std::string_view between) {
  if (value.kind != QuantityKind::duration || next.kind != QuantityKind::duration) return;
  if (between != ", " && between != " and " && between != " " && between != ", and ") return;
  auto minutes = [](const std::string& unit) {
    std::string u = unit;
    if (!u.empty() && u.back() == 's') u.pop_back();
    if (u == "year") return 525960.0;  // "28 years and six months"
    if (u == "month") return 43830.0;
    if (u == "hour") return 60.0;
    if (u == "minute") return 1.0;
    if (u == "second") return 1.0 / 60;
    return 0.0;
  };
  double a = minutes(value.unit), b = minutes(next.unit);
  if (a == 0 || b == 0 || b >= a) return;
  value.value = value.value * a / b + next.value;
  value.unit = next.unit;
  value.digits = 0;
  value.text += std::string(between) + next.text;
}

}  // namespace claimcheck::claims::news
