// Amounts: a number with what is written around it, read in named phases
// over one Amount:
//   prefix    bounds and approximations ("more than", "about"), "between"/"from",
//             a sign, a currency prefix ("$", "US$", "RMB")
//   number    the number itself; names ("5G") stop here, clock times ("10:30",
//             "8 a.m.") are emitted here
//   range     "6-12", "6 to 12", "between $2 and $3", "$2-3 billion"
//   suffix    a currency after the number, a multiplier, a duration unit
//   relative  "12 hours later", "a year ago" become dates
//   bounds    "400+", "10 or more", "or so"
//   noun      the counted noun or measurement unit ("1 million token context" -> tokens)
//   rate      "per million tokens", "/month", "per user per month"
//   classify  kind, bound, min/max
//   emit      plain numbers after a name ("iPhone 17") and section numbers are dropped
#include <cstdlib>
#include <string>
#include <unordered_set>

#include "values/lexicon.h"
#include "values/scanner_impl.h"

namespace claimcheck::values {

struct Scanner::Amount {
  std::size_t start = 0;   // first token of the span
  std::size_t k = 0;       // after the prefix bounds and sign (a "from" without "to" starts here)
  std::size_t num_at = 0;  // the number
  std::size_t e = 0;       // end of the span so far
  std::size_t clen = 0;    // tokens of the currency prefix
  Bound bound = Bound::exact;
  bool approx = false, between = false, from = false, negative = false;
  std::string cur;  // ISO code
  Num a;
  Found f;
  double lo = 0, hi = kUnset;
  bool range = false, percent = false, multiplier = false, age = false;
  bool idiom = false;  // "a million times", "one day he left": no quantity
  std::size_t change_at = 0;  // the "to" of "rose from 4% to 6%": two levels, not a range
  std::string unit, duration;
  double per = 0;
  std::string per_unit;
};

bool Scanner::try_amount(std::size_t i) {
  if (try_point_fraction(i)) return true;
  Amount m;
  Step s = amount_prefix(i, m);
  if (s == Step::next) s = amount_number(m);
  if (s == Step::next) s = amount_range(m);
  if (s == Step::next) {
    amount_suffix(m);
    s = amount_relative(m);
  }
  if (s != Step::next) return s == Step::done;
  amount_bounds_after(m);
  amount_noun(m);
  amount_bounds_after(m);
  amount_rate(m);
  amount_classify(m);
  return amount_emit(m);
}

Scanner::Step Scanner::amount_prefix(std::size_t i, Amount& m) {
  m.start = i;
  std::size_t k = i;
  // "The price went up to 999": "go up" is a movement, not a bound (the number is read on its
  // own); "rose up to 30%" stays a bound, as the earlier held-out batches read it.
  if (word_is(i, "up") && word_is(i + 1, "to") && i > 0 && is_word(i - 1)) {
    static const std::unordered_set<std::string_view> kMoved = {
        "went", "go", "goes", "going", "gone", "moved", "crept", "edged", "ticked", "came", "come", "comes", "bumped"};
    if (kMoved.count(t_[i - 1].lower)) return Step::reject;
  }
  for (int round = 0; round < 2; ++round) {
    std::size_t len = parse_prefix_bound(k, m.bound, m.approx);
    if (!len) break;
    k += len;
  }
  if (word_is(k, "between")) {
    m.between = true;
    ++k;
  } else if (word_is(k, "from") && (is_num(k + 1) || (k + 1 < t_.size() && t_[k + 1].kind == Token::symbol) ||
                                     // "from one to ten": a number word, then "to"
                                     (is_word(k + 1) && number_word(t_[k + 1].lower) >= 0 &&
                                      (word_is(k + 2, "to") || word_is(k + 4, "to"))))) {
    m.from = true;
    ++k;
  }
  // Sign: "-5", "-$5", "minus 5", "minus five", "negative twelve"; "- 10 k" only as a whole text.
  const bool minus_word = (word_is(k, "minus") || word_is(k, "negative")) &&
                          (is_num(k + 1) || (is_word(k + 1) && number_word(t_[k + 1].lower) >= 0));
  const bool minus_sign = is_sym(k, "-") && k + 1 < t_.size() && (is_num(k + 1) || t_[k + 1].kind == Token::symbol) &&
                          (t_[k].space_before || k == 0) && (k == 0 || t_[k - 1].kind != Token::number) &&
                          (glued(k + 1) || lone_signed_number(k));
  if (minus_word || minus_sign) {
    m.negative = true;
    ++k;
  } else if (is_sym(k, "+") && is_num(k + 1) && glued(k + 1) && (k == 0 || t_[k].space_before) &&
             (k == 0 || t_[k - 1].kind != Token::number)) {
    ++k;  // "+12", "+2.5%": an explicit plus sign is in the span (phone numbers are skipped before)
  }
  m.k = k;
  m.clen = parse_currency_prefix(k, m.cur);
  m.num_at = k + m.clen;
  // "$-5", "(-5)"; not the dash of "9:00-10:30" (glued to the number before it: a range)
  // nor of "5pm-7pm" (glued to an am/pm: a range of times)
  const auto meridiem_before = [&](std::size_t j) {
    return j > 0 && glued(j) &&
           (word_is(j - 1, "am") || word_is(j - 1, "pm") || (is_sym(j - 1, ".") && word_is(j - 2, "m")));
  };
  if (!m.negative && is_sym(m.num_at, "-") && glued(m.num_at + 1) && is_num(m.num_at + 1) &&
      !(m.num_at > 0 && is_num(m.num_at - 1) && glued(m.num_at)) && !meridiem_before(m.num_at)) {
    m.negative = true;
    ++m.num_at;
  }
  if (m.num_at >= t_.size()) return Step::reject;
  if (t_[m.num_at].kind == Token::number && rejected_start(m.num_at) && m.clen == 0) return Step::reject;
  if (t_[m.num_at].kind == Token::word) {
    const std::string& w = t_[m.num_at].lower;
    // "my number one fan", "cloud nine", "a high five": a rank or an idiom.
    if (m.num_at > 0 && is_word(m.num_at - 1) && m.clen == 0) {
      const std::string_view p = t_[m.num_at - 1].lower;
      if (p == "number" || (p == "cloud" && w == "nine") || (p == "high" && w == "five")) return Step::reject;
    }
    if (number_word(w) < 0 && w != "a" && w != "an" && w != "half" && w != "once" && w != "twice" && w != "thrice" &&
        w != "dozens" && w != "tens" && w != "hundreds" && w != "several" && scale_word(w) == 0 &&
        !w.ends_with("fold") &&
        !((w == "nought" || w == "naught") && word_is(m.num_at + 1, "point")))
      return Step::reject;
  }
  if (m.clen == 0 && !m.negative && m.bound == Bound::exact && !m.approx && year_at(m.num_at) && try_year(m.num_at))
    return Step::done;
  return Step::next;
}

// "- 10 k", "- 1 4/5": a sign apart from its number reads as a sign only when
// the two are the whole text (a line starting "- 3" is a list item).
bool Scanner::lone_signed_number(std::size_t k) const {
  if (k != 0 || !is_num(k + 1)) return false;
  const Num n = parse_number(k + 1, false);
  return n.ok && (n.end == t_.size() || (n.end + 1 == t_.size() && is_sym(n.end, ".")));
}

// Things glued right after the number that make it a name: "5G", "4o", "3D".
bool Scanner::glued_name_after(std::size_t j) const {
  if (!is_word(j) || !glued(j)) return false;
  if (!measure_unit(t_[j].text).empty() || !duration_unit(t_[j].lower).empty()) return false;
  std::string unit;
  if (temperature_at(j, unit)) return false;  // "40C"
  if (!currency_code(t_[j].text).empty() || !currency_word(t_[j].lower).empty()) return false;
  if (pence_at(j)) return false;  // "50p"
  return true;
}

// A "p" glued to the number before it that is pence: "50p" before a phrase end, and "a 10p coin",
// "a 5p rise" (an article before the number, a lower-case word after).
bool Scanner::pence_at(std::size_t j) const {
  if (t_[j].text != "p" || !glued(j)) return false;
  if (boundary_after(j + 1)) return true;
  return j >= 2 && (word_is(j - 2, "a") || word_is(j - 2, "an")) && is_num(j - 1) && is_word(j + 1) &&
         !t_[j + 1].upper;
}

// A percent unit glued to its number is no name: "4.2pct", "5pc", "100bp",
// "3pp"; but "320pp" (a book's pages): no rate moves more than 100 points.
bool Scanner::glued_percent_after(const Amount& m) const {
  std::string unit;
  if (!percent_at(m.e, unit)) return false;
  return unit != "pp" || m.a.value <= 100;
}

// A spelled number glued by a hyphen to a word that is no unit, currency,
// percent or number: one compound word ("two-way", "one-man", "three-piece").
bool Scanner::compound_word_after(const Amount& m) const {
  const std::size_t j = m.e;
  if (!m.a.words || m.a.has_scale || m.a.fraction || m.a.max > 0 || !m.cur.empty()) return false;
  if (!is_sym(j, "-") || !glued(j) || !is_word(j + 1) || !glued(j + 1)) return false;
  const std::string& w = t_[j + 1].lower;
  std::string unit, code;
  double factor = 1;
  if (!duration_unit(w).empty() || !unit_noun(w).empty() || number_word(w) >= 0 || fraction_word(w) > 0 ||
      scale_word(w) > 0 || ordinal_word(w) > 0 || w == "fold" || w == "old" || w == "per" || w == "odd")
    return false;
  return percent_at(j, unit) == 0 && parse_currency_suffix(j, code, factor) == 0;
}

// "%", "percent", "per cent", "percentage points", "basis points" at j: the
// token count, and the unit ("%", "pp", "bp").
std::size_t Scanner::percent_at(std::size_t j, std::string& u) const {
  if (is_sym(j, "%")) {
    if (is_num(j + 1) && glued(j + 1)) return 0;  // "%25", "%2020": URL encoding
    u = "%";
    return 1;
  }
  if (is_sym(j, "-") && glued(j) && is_word(j + 1) && glued(j + 1)) {  // "a 7-percent rise"
    const std::size_t len = percent_at(j + 1, u);
    return len ? len + 1 : 0;
  }
  if (!is_word(j)) return 0;
  if (std::size_t len = match_words(j, {"percentage", "points"}); len) return u = "pp", len;
  if (std::size_t len = match_words(j, {"percentage", "point"}); len) return u = "pp", len;
  // "a 0.25 percentage-point cut"
  if (std::size_t len = match_words(j, {"percentage", "-", "points"}); len) return u = "pp", len;
  if (std::size_t len = match_words(j, {"percentage", "-", "point"}); len) return u = "pp", len;
  // "5 percent points", "5 per cent points": percentage points, as loosely written
  const std::string_view w0 = t_[j].lower;
  if (w0 == "percent" && (word_is(j + 1, "points") || word_is(j + 1, "point"))) return u = "pp", 2;
  if (w0 == "per" && word_is(j + 1, "cent") && (word_is(j + 2, "points") || word_is(j + 2, "point")))
    return u = "pp", 3;
  if (std::size_t len = match_words(j, {"per", "cent"}); len) return u = "%", len;
  if (std::size_t len = match_words(j, {"per", "-", "cent"}); len) return u = "%", len;  // "a 20-per-cent cut"
  if (std::size_t len = match_words(j, {"basis", "points"}); len) return u = "bp", len;
  if (std::size_t len = match_words(j, {"basis", "point"}); len) return u = "bp", len;
  const std::string& w = t_[j].lower;
  if (w == "percent" || w == "pct" || w == "percents" || w == "percentage") return u = "%", 1;
  if (w == "pp" || w == "ppt" || w == "ppts") return u = "pp", 1;
  // British "5pc", and "15 pc." spaced only at the end of a phrase ("a 15 pc set" is pieces).
  const bool phrase_end = j + 1 >= size() || is_sym(j + 1, ".") || is_sym(j + 1, ",") || is_sym(j + 1, ";");
  if (w == "pc" && ((glued(j) && !(is_word(j + 1) && glued(j + 1))) || (!t_[j].upper && phrase_end)))
    return u = "%", 1;
  if (w == "bps" || (w == "bp" && glued(j))) return u = "bp", 1;
  return 0;
}

Scanner::Step Scanner::amount_number(Amount& m) {
  m.a = parse_number(m.num_at, !m.cur.empty());
  const Num& a = m.a;
  if (!a.ok || a.ordinal) return Step::reject;
  m.e = a.end;
  m.f.q.value = m.negative ? -a.value : a.value;
  m.f.q.digits = a.digits;
  m.lo = m.f.q.value;
  if (a.max > 0) {  // a vague count: "dozens (of people)"
    m.range = true;
    m.hi = a.max;
    if (word_is(m.e, "of") && is_word(m.e + 1) && !unit_noun(t_[m.e + 1].lower).empty()) ++m.e;
    return Step::next;
  }
  if (!a.words) {
    Step t = amount_time(m);
    if (t != Step::next) return t;
  }
  // "221B Baker Street": one glued capital after a whole number, then a name, is an address.
  if (!a.words && a.has_scale && a.end == m.num_at + 2 && glued(m.num_at + 1) && t_[m.num_at + 1].text.size() == 1 &&
      t_[m.num_at + 1].upper && is_word(m.e) && t_[m.e].upper && unit_noun(t_[m.e].lower).empty() &&
      measure_unit(t_[m.e].text).empty() && currency_code(t_[m.e].text).empty() && !month_word(t_[m.e].lower)) {
    mark(m.start, m.e);
    return Step::done;
  }
  // "Apt 4B", "Gate 5B", "exit 42B": a glued capital after a name's or a label noun's number is a
  // label, no scale.
  if (!a.words && a.has_scale && a.end == m.num_at + 2 && glued(m.num_at + 1) && t_[m.num_at + 1].text.size() == 1 &&
      t_[m.num_at + 1].upper && m.clen == 0 && m.start == m.num_at &&
      (name_before(m.start) || (m.start > 0 && is_word(m.start - 1) && label_noun(t_[m.start - 1].lower)))) {
    mark(m.start, m.e);
    return Step::done;
  }
  if (compound_word_after(m)) {
    mark(m.start, m.e + 2);
    return Step::done;  // "a two-way street", "a one-man band": a word, not a count
  }
  if (!a.words && !a.has_scale && !a.multiplier && !a.fraction && glued_name_after(m.e) && !glued_percent_after(m)) {
    mark(m.start, m.e + 1);
    return Step::done;  // consumed, nothing emitted
  }
  // Percent directly after the first number: "10%-20%"; after a fraction
  // "of a", "of one": "three-quarters of a percentage point", "a third of one percent".
  const std::size_t of_a =
      a.fraction && word_is(m.e, "of") && (word_is(m.e + 1, "a") || word_is(m.e + 1, "one")) ? 2 : 0;
  if (std::size_t len = percent_at(m.e + of_a, m.unit)) {
    m.percent = true;
    m.e += of_a + len;
  }
  return Step::next;
}

// Clock times: "10:30", "8:30am", "6:12 p.m.", "12:50 BST", "9am", "just after
// 8 a.m.".  A colon that is no time ("16:9", "3:1") is consumed, nothing emitted.
Scanner::Step Scanner::amount_time(Amount& m) {
  std::size_t e = m.e;
  const bool colon = is_sym(e, ":") && glued(e) && is_num(e + 1) && glued(e + 1);
  std::size_t len = 0;
  // "about 2 o'clock" (a bare "2 o'clock" is read by try_named_time)
  const std::size_t oc = !colon && m.a.plain_int && is_word(e) && t_[e].lower == "o" ? oclock_at(e) : 0;
  std::size_t after = colon ? e + 2 : e + oc;  // "7:56:30 pm": the seconds come before am/pm
  if (colon && is_sym(after, ":") && glued(after) && is_num(after + 1) && glued(after + 1)) after += 2;
  const int half = meridiem(after, len);
  // "0824 GMT", "at 2300 GMT": four digits and a time zone, as news agencies stamp times.
  const bool stamp = !colon && !half && !oc && m.a.plain_int && !m.negative && m.a.end == m.num_at + 1 &&
                     t_[m.num_at].text.size() == 4 && zone_at(e) && static_cast<int>(m.a.value) / 100 < 24 &&
                     static_cast<int>(m.a.value) % 100 < 60;
  if (!colon && !half && !oc && !stamp) return Step::next;
  // Hours past 99 are no clock time; clamp before the cast (4e21 does not fit an int).
  int hour = m.a.value >= 0 && m.a.value < 100 ? static_cast<int>(m.a.value) : 99, minute = 0;
  if (stamp) hour = static_cast<int>(m.a.value) / 100, minute = static_cast<int>(m.a.value) % 100;
  if (colon) {
    minute = std::atoi(std::string(t_[e + 1].text).c_str());
    if (t_[e + 1].text.size() != 2 || !m.a.plain_int || m.negative || hour > 24 || minute > 59) {
      mark(m.start, e + 2);
      return Step::done;  // a ratio or a score
    }
    e += 2;
    if (is_sym(e, ":") && glued(e) && is_num(e + 1) && glued(e + 1) && t_[e + 1].text.size() == 2) e += 2;
  }
  if (oc) {
    if (hour < 1 || hour > 12) return Step::next;
    e += oc;
  }
  if (half) {
    if (!m.a.plain_int) {  // "9.30am": a dot between hour and minutes (British)
      const std::string_view t = t_[m.num_at].text;
      const std::size_t dot = t.find('.');
      if (colon || m.a.end != m.num_at + 1 || dot == std::string_view::npos || dot > 2 || t.size() != dot + 3)
        return Step::next;
      minute = std::atoi(std::string(t.substr(dot + 1)).c_str());
      if (minute > 59) return Step::next;
    }
    if (hour < 1 || hour > 12) return Step::next;
    hour = hour % 12 + (half == 2 ? 12 : 0);
    e += len;
  } else if (hour >= 1 && hour <= 12) {  // "4:30 in the afternoon", "5:15 in the morning"
    if (std::size_t part = match_words(e, {"in", "the", "evening"}) + match_words(e, {"in", "the", "afternoon"}) +
                           match_words(e, {"at", "night"})) {
      if (hour < 12) hour += 12;
      e += part;
    } else if (std::size_t morning = match_words(e, {"in", "the", "morning"})) {
      if (hour == 12) hour = 0;
      e += morning;
    }
  }
  Found f;
  f.q.kind = QuantityKind::time;
  f.q.value = hour % 24 * 60 + minute;
  f.q.digits = colon || stamp ? 4 : 2;
  if (zone_at(e)) f.q.unit = t_[e].text, ++e;
  std::size_t b = m.from || m.between ? m.k : m.start;  // "from 8 p.m. to 10 p.m.": two times
  f.q.approximate = m.approx;
  if (const std::size_t lead = near_time_lead(b)) b -= lead, f.q.approximate = true;  // "just after 8 a.m."
  emit(std::move(f), b, e);
  return Step::done;
}

// One to three capitalised words at j ending in a street word: "Downing Street", "Elm Rd".
bool Scanner::street_after(std::size_t j) const {
  static const std::unordered_set<std::string_view> kStreet = {
      "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd",
      "way", "place", "square", "court", "terrace", "close", "crescent", "row", "highway", "parkway"};
  for (std::size_t k = j; k < j + 3 && is_word(k) && t_[k].upper; ++k)
    if (k > j && kStreet.count(t_[k].lower)) return true;
  return false;
}

// "rose", "fell", "gained" ... right before the amount at `start`.
bool Scanner::change_verb_before(std::size_t start) const {
  static const std::unordered_set<std::string_view> kVerbs = {
      "rose", "fell", "dropped", "climbed", "gained", "lost", "declined", "jumped", "slid", "slipped",
      "increased", "decreased", "added", "shed", "surged", "tumbled", "rises", "falls", "gains", "loses",
      "went", "grew", "risen", "fallen", "grown", "soared", "changed", "moved", "shrank", "doubled", "halved"};
  // "rose sharply from 4% to 6%": one adverb may stand between
  if (start > 1 && is_word(start - 1) && t_[start - 1].lower.size() > 3 && t_[start - 1].lower.ends_with("ly")) --start;
  return start > 0 && is_word(start - 1) && kVerbs.count(t_[start - 1].lower);
}

// Whether a percent sign or word is at j (the second number of "10% to 20%").
bool Scanner::word_sep_percent(std::size_t j) const {
  std::string unit;
  return percent_at(j, unit) > 0;
}

// "more than 30 and less than 50", "at least $5 and at most $10": one range.
void Scanner::amount_bounded_range(Amount& m) const {
  if ((m.bound != Bound::more_than && m.bound != Bound::at_least) || m.approx || !word_is(m.e, "and")) return;
  Bound upper = Bound::exact;
  bool approx = false;
  std::size_t n = m.e + 1;
  const std::size_t len = parse_prefix_bound(n, upper, approx);
  if (!len || approx || (upper != Bound::less_than && upper != Bound::at_most)) return;
  n += len;
  std::string cur2;
  n += parse_currency_prefix(n, cur2);
  if (cur2 != m.cur || !(is_num(n) || is_word(n))) return;
  const Num b = parse_number(n, !m.cur.empty());
  if (!b.ok || b.ordinal || b.weak) return;
  double lo = m.lo;  // "more than 3 and less than 5 million": the scale applies to both
  if (!m.a.has_scale && b.has_scale && lo < b.value / b.scale) lo *= b.scale;
  if (!(b.value > lo)) return;
  std::size_t e = b.end;
  std::string unit2;
  if (m.percent) {
    const std::size_t plen = percent_at(e, unit2);
    if (!plen || unit2 != m.unit) return;
    e += plen;
  }
  m.range = true;
  m.bound = Bound::exact;
  m.lo = lo;
  m.hi = b.value;
  m.e = e;
}

Scanner::Step Scanner::amount_range(Amount& m) {
  amount_bounded_range(m);
  const std::size_t j = m.e;
  const bool dash = is_sym(j, "-") || is_sym(j, "\xE2\x80\x93");
  const bool word_sep = word_is(j, "to") || word_is(j, "through") || (m.between && word_is(j, "and")) ||
                        (!m.between && !m.from && word_is(j, "or") && m.a.words);
  // "a 9-to-5 job", "a 3-to-1 vote": hyphenated into one word, a name or a ratio.
  if (dash && glued(j) && !m.a.words && word_is(j + 1, "to") && glued(j + 1) && is_sym(j + 2, "-") && glued(j + 2) &&
      is_num(j + 3) && glued(j + 3)) {
    mark(m.start, j + 4);
    return Step::done;
  }
  // "7-Eleven": digits glued by a hyphen to a number word make a name, not two numbers.
  if (dash && glued(j) && !m.a.words && m.a.plain_int && is_word(j + 1) && glued(j + 1) &&
      t_[j + 1].lower != "a" && t_[j + 1].lower != "an" && number_word(t_[j + 1].lower) >= 0) {
    mark(m.start, j + 2);
    return Step::done;
  }
  if ((dash || word_sep) && !m.a.multiplier && !m.a.ordinal && !m.range) {
    std::size_t n = j + 1;
    std::string cur2;
    n += parse_currency_prefix(n, cur2);
    if (n < t_.size() && (is_num(n) || (m.a.words && is_word(n)))) {
      Num b = parse_number(n, !m.cur.empty() || !cur2.empty());
      // "from 10 to 11:30 am": the hour alone takes the half of the day of the time after it;
      // the second time is read on its own.
      if (std::size_t len = 0; b.ok && b.plain_int && m.a.plain_int && m.a.end == m.num_at + 1 && !m.negative &&
                               m.cur.empty() && cur2.empty() && !m.percent && clock_hour(m.num_at) &&
                               clock_hour(n) && is_sym(b.end, ":") && glued(b.end) && is_num(b.end + 1) &&
                               glued(b.end + 1) && t_[b.end + 1].text.size() == 2) {
        if (const int half = meridiem(b.end + 2, len)) {
          emit_clock(m.num_at, m.a.end, clock_hour(m.num_at) % 12 + (half == 2 ? 12 : 0), 0);
          mark(m.start, m.a.end);
          return Step::done;
        }
      }
      bool ok = b.ok && !b.ordinal && !b.weak && (m.a.words == b.words || !dash);
      if (ok && dash && !m.a.words && !glued(j) != !glued(n)) ok = false;
      // Phone-number like "555-1234" or codes like "3-1" are not ranges.
      double av = m.a.value, bv = b.value;
      // "rose from 4% to 6%", "fell from 15 to 10 million": a change, read as a range of two ends and
      // emitted as the level before and the level after (amount_emit); the scale or unit written once
      // is both ends'.  A scale is shared when the two ends are then within a factor of ten ("from 500
      // to 1.2 million" keeps 500).
      const bool change = ok && m.from && change_verb_before(m.start);
      if (ok && !m.a.has_scale && b.has_scale &&
          (change ? av * b.scale >= bv / 10 && av * b.scale <= bv * 10 : av < b.value / b.scale))
        av *= b.scale;
      if (ok && bv <= av && !change) ok = false;
      if (ok && change && bv == av) ok = false;
      if (ok && word_is(j, "or") && !(b.value > m.a.value)) ok = false;
      // "gained 1.25 percent to 4,500": a change, then the level it reached
      if (ok && m.percent && !word_sep_percent(b.end)) ok = false;
      // "rose 4 percentage points to 60%": a change in points, then the level (not a range)
      if (std::string unit2; ok && m.percent && percent_at(b.end, unit2) && unit2 != m.unit) ok = false;
      if (ok && !cur2.empty() && !m.cur.empty() && cur2 != m.cur) ok = false;
      if (ok && !cur2.empty() && (m.cur.empty() || m.percent)) ok = false;  // "3.2% to $145.60"
      // "fell $4.75 to $32": a change, then the level it reached (not a range)
      if (ok && !cur2.empty() && !m.from && !m.between && change_verb_before(m.start)) ok = false;
      if (ok && change) m.change_at = j;
      if (ok) {
        m.range = true;
        m.lo = m.negative ? -av : av;
        m.hi = bv;
        if (!cur2.empty()) m.cur = cur2;
        m.e = b.end;
        if (!m.percent) {
          if (std::size_t len = percent_at(m.e, m.unit)) {
            m.percent = true;
            m.e += len;
          }
        } else {
          std::string unit2;  // "10% to 20%", "30 percent to 40 percent"
          if (std::size_t len = percent_at(m.e, unit2); len && unit2 == m.unit) m.e += len;
        }
        m.a.has_scale = m.a.has_scale || b.has_scale;
        // "between 9 and 10 am", "from 4 to 6 pm": two clock times, as "between 4pm and 5pm" is.
        std::size_t len = 0;
        const int half = meridiem(m.e, len);
        if (half && !m.percent && m.cur.empty() && m.a.plain_int && b.plain_int && !m.negative && m.lo >= 1 &&
            m.hi <= 12 && clock_hour(m.num_at) && clock_hour(n)) {
          const int first = static_cast<int>(m.lo) % 12 + (half == 2 ? 12 : 0);
          const std::size_t second_end = b.end;
          emit_clock(m.num_at, m.a.end, first, 0);
          emit_clock(n, second_end, static_cast<int>(m.hi), 0);
          mark(m.start, next_);
          return Step::done;
        }
      } else if (dash && glued(j) && glued(n) && b.ok && !m.a.words) {
        // "voted 6-3", "a 7-2 vote": a tally, the votes for and against (two counts).
        if (m.a.plain_int && b.plain_int && !m.negative && tally_around(m.start, b.end)) {
          Found first = m.f, second = m.f;
          for (Found* f : {&first, &second}) {
            f->q.bound = Bound::exact;
            f->q.min = f->q.max = kUnset;
            f->bare = false;
          }
          first.q.value = m.a.value;
          second.q.value = b.value;
          second.q.digits = b.digits;
          emit(std::move(first), m.num_at, m.a.end);
          emit(std::move(second), n, b.end);
          mark(m.start, b.end);
          return Step::done;
        }
        // "3-1", "555-1234": a score or a code, not a quantity.
        mark(m.start, b.end);
        return Step::done;
      }
    }
  }
  // "between 3 and 12 of Sept", "from 4 to 8 June 2025": days of a month.
  // (a change of days, "moved from 4 to 8 June", stays the days' range, as before changes were read)
  if (m.range && (!m.change_at || m.hi > m.lo) && !m.percent && m.cur.empty() && !m.a.has_scale && !m.a.words &&
      m.a.plain_int && try_day_range(m.start, m.lo, m.hi, m.e))
    return Step::done;
  if (m.from && !m.range) m.start = m.k;  // "from 5 ..." without "to": the span starts at the number
  if (m.between && !m.range) return Step::reject;
  return Step::next;
}

void Scanner::amount_suffix(Amount& m) {
  // "sixty-odd guests", "forty-odd years": about that many, before any unit is read
  if (!m.range && is_sym(m.e, "-") && glued(m.e) && word_is(m.e + 1, "odd") && glued(m.e + 1)) {
    m.approx = true;
    m.e += 2;
  }
  // "fifteen grand", "5 grand a month": thousands of dollars (slang), not "two grand pianos".
  if (!m.percent && m.cur.empty() && !m.a.has_scale && !m.a.fraction && word_is(m.e, "grand") && !glued(m.e) &&
      (!is_word(m.e + 1) || stop_word(t_[m.e + 1].lower))) {
    m.cur = "USD";
    m.lo *= 1000;
    if (m.range) m.hi *= 1000;
    m.f.q.value *= 1000;
    m.a.has_scale = true;
    m.e += 1;
    return;
  }
  // Currency after the number: "5 billion yuan", "15-20 usd", "216 RMB".
  if (!m.percent) {
    std::string c2;
    double factor = 1;
    // "thousands of dollars", "millions of pounds": a vague count of a currency.
    const std::size_t at = m.a.max > 0 && m.cur.empty() && word_is(m.e, "of") ? m.e + 1 : m.e;
    if (std::size_t len = parse_currency_suffix(at, c2, factor)) {
      if (m.cur.empty() || m.cur == c2) {
        m.cur = c2;
        m.e = at + len;
        m.lo *= factor;
        if (m.range) m.hi *= factor;
        m.f.q.value *= factor;
        if (factor == 1 && !m.range) amount_subunit(m);
      }
    }
  }
  m.multiplier = m.a.multiplier;
  if (m.percent || !m.cur.empty()) return;
  // Multipliers: "3 times", "10-fold", "2x" (from the parse).
  if (!m.multiplier) {
    if (word_is(m.e, "times") && !m.a.weak) {
      m.multiplier = true;
      m.e += 1;
      // "told you a hundred times": hyperbole, unless it compares ("a hundred times more")
      static const std::unordered_set<std::string_view> kCompare = {
          "more", "less", "fewer", "as", "bigger", "larger", "higher", "greater", "smaller", "faster", "slower",
          "cheaper", "better", "worse", "the", "over", "that", "what", "stronger", "longer", "lower"};
      const std::string& first = t_[m.num_at].lower;
      if ((first == "a" || first == "an") && !(is_word(m.e) && kCompare.count(t_[m.e].lower))) m.idiom = true;
    } else if (is_sym(m.e, "-") && glued(m.e) && word_is(m.e + 1, "fold") && glued(m.e + 1)) {
      m.multiplier = true;
      m.e += 2;
    } else if (word_is(m.e, "fold")) {
      m.multiplier = true;
      m.e += 1;
    }
  }
  if (m.multiplier) return;
  // Durations: "400 days", "13-hour", "two and a half months", "5-year-old".
  std::size_t j = m.e;
  if (is_sym(j, "-") && glued(j) && glued(j + 1)) ++j;
  if (!is_word(j)) return;
  std::string d = duration_unit(t_[j].lower);
  const bool glued_unit = glued(j) && j == m.e;
  // Short forms glued only: "24h" is not read, "5yrs" and "3 mos" are.
  if (!d.empty() && (t_[j].lower != "mo" || !glued_unit) && !(m.a.weak && t_[j].lower == "second")) {
    m.duration = d;
    m.e = j + 1;
    if (is_sym(m.e, "-") && glued(m.e) && word_is(m.e + 1, "old") && glued(m.e + 1)) {
      m.e += 2;  // an age: "a 29-year-old"
      m.age = true;
    } else if (word_is(m.e, "old") && !glued(m.e)) {
      m.e += 1;  // "29 years old"
      m.age = true;
    } else if (!m.range) {
      amount_compound_duration(m);
    }
  }
}

// "3 dollars 50 cents", "thirteen dollars and forty-five cents".
void Scanner::amount_subunit(Amount& m) const {
  std::size_t j = m.e;
  if (word_is(j, "and")) ++j;
  if (!is_num(j) && !(is_word(j) && number_word(t_[j].lower) > 0)) return;
  Num c = parse_number(j, false);
  std::string code;
  if (!c.ok || c.has_scale || c.value >= 100) return;
  // "ten pounds fifty", "five dollars ninety": the hundredths without their word
  static const std::unordered_set<std::string_view> kMain = {"pounds", "pound", "dollars", "dollar", "euros", "euro", "quid", "bucks"};
  const bool bare_cents = j == m.e && kMain.count(t_[m.e - 1].lower) && c.value >= 1 && c.value == static_cast<int>(c.value) &&
                          (c.end == t_.size() || t_[c.end].kind == Token::symbol) && !is_sym(c.end, "%") && !is_sym(c.end, "-");
  if (!bare_cents && (!is_word(c.end) || subunit(t_[c.end].lower, code) == 0)) return;
  const double cents = (m.negative ? -c.value : c.value) * (bare_cents ? 0.01 : subunit(t_[c.end].lower, code));
  m.lo += cents;
  m.f.q.value += cents;
  m.e = bare_cents ? c.end : c.end + 1;
}

// "1 hour 35 minutes", "2 years and 3 months": one duration in the smaller unit.
void Scanner::amount_compound_duration(Amount& m) const {
  static const struct {
    const char* big;
    const char* small;
    double ratio;
  } kSteps[] = {{"hour", "minute", 60}, {"minute", "second", 60}, {"day", "hour", 24},
                {"week", "day", 7},     {"year", "month", 12}};
  std::size_t j = m.e;
  const std::size_t half = match_words(j, {"and", "a", "half"}), quarter = match_words(j, {"and", "a", "quarter"});
  if (std::size_t len = half + quarter; len && m.duration != "second") {  // "an hour and a half", "and a quarter"
    const double part = half ? 0.5 : 0.25;
    m.lo += m.negative ? -part : part;
    m.f.q.value = m.lo;
    m.e += len;
    return;
  }
  if (word_is(j, "and")) ++j;
  if (!is_num(j) && !(is_word(j) && number_word(t_[j].lower) > 0)) return;
  Num b = parse_number(j, false);
  if (!b.ok || b.has_scale || !is_word(b.end)) return;
  const std::string small = duration_unit(t_[b.end].lower);
  for (const auto& step : kSteps) {
    if (m.duration != step.big || small != step.small || b.value >= step.ratio) continue;
    m.lo = m.lo * step.ratio + (m.negative ? -b.value : b.value);
    m.f.q.value = m.lo;
    m.duration = small;
    m.e = b.end + 1;
    return;
  }
}

Scanner::Step Scanner::amount_relative(Amount& m) {
  if (m.idiom) {
    mark(m.start, m.e);
    return Step::done;
  }
  const std::string& word = t_[m.num_at].lower;
  // "One day he left", "at one point", "in a minute": idioms, not quantities.
  static const std::unordered_set<std::string_view> kClauseStart = {
      "he", "she", "they", "we", "i", "you", "it", "the", "a", "an", "his", "her", "their", "our", "my", "there"};
  if (m.a.weak && word == "one" && m.duration == "day" &&
      (is_sym(m.e, ",") || (is_word(m.e) && kClauseStart.count(t_[m.e].lower))) &&
      (m.start == 0 || is_sym(m.start - 1, ",") || word_is(m.start - 1, "and") || word_is(m.start - 1, "but") ||
       word_is(m.start - 1, "then")))
    return Step::reject;
  if (m.a.weak && word == "one" && m.start > 0 && (word_is(m.start - 1, "at") || word_is(m.start - 1, "for")) &&
      (word_is(m.e, "point") || word_is(m.e, "time") || word_is(m.e, "thing")))
    return Step::reject;
  // "in a minute", "hold on a minute", "wait a second", "just a minute"
  if (m.a.weak && (word == "a" || word == "an") && (m.duration == "minute" || m.duration == "second") &&
      m.start > 0 &&
      (word_is(m.start - 1, "in") || word_is(m.start - 1, "on") || word_is(m.start - 1, "wait") ||
       word_is(m.start - 1, "just") || word_is(m.start - 1, "me")) &&
      boundary_after(m.e))
    return Step::reject;
  // "Thanks a million!": gratitude, not a count.
  if ((word == "a" || word == "an") && m.a.has_scale && m.start > 0 && word_is(m.start - 1, "thanks")) {
    mark(m.start, m.e);
    return Step::done;
  }
  // Relative dates: "12 hours later", "a year ago", "three weeks from tomorrow", "in two weeks".
  if (!m.duration.empty() && !m.age && !m.range && m.bound == Bound::exact) {
    const std::string w = is_word(m.e) ? t_[m.e].lower : std::string();
    int dir = 0, shift = 0;
    std::size_t end = m.e + 1;
    if (w == "later" || w == "afterwards" || w == "afterward" || w == "hence") dir = 1;
    else if (w == "earlier" || w == "ago" || w == "prior" || w == "previously") dir = -1;
    else if ((w == "after" || w == "before") && boundary_after(m.e + 1) && !event_follows(m.e + 1))
      dir = w == "after" ? 1 : -1;
    if ((w == "from" || w == "after" || w == "before") && is_word(m.e + 1)) {
      const std::string& d = t_[m.e + 1].lower;
      if (d == "today" || d == "now" || d == "tomorrow" || d == "yesterday") {
        dir = w == "before" ? -1 : 1;
        shift = d == "tomorrow" ? 1 : d == "yesterday" ? -1 : 0;
        end = m.e + 2;
      }
    }
    const double amount = m.negative ? -m.lo : m.lo;
    if (dir == 0 && m.start == m.num_at && try_counted_period(m.start, m.e, amount, m.duration)) return Step::done;
    // "a year ago today": the day, not the year
    const bool to_the_day = w == "ago" && word_is(m.e + 1, "today");
    if (to_the_day) end = m.e + 2;
    if (dir != 0) {
      // "just 12 hours later": the span starts at the amount.
      const bool deictic = w == "ago" || end == m.e + 2;
      if (!emit_relative(m.start, end, amount, m.duration, dir, deictic, shift, to_the_day)) mark(m.start, end);
      return Step::done;
    }
    if (future_in(m.start, m.e)) {
      if (!emit_relative(m.start - 1, m.e, amount, m.duration, 1, true)) mark(m.start - 1, m.e);
      return Step::done;
    }
  }
  const std::string& first = t_[m.num_at].lower;
  const bool article = first == "a" || first == "an";
  if (m.a.weak && m.duration.empty() && m.cur.empty() && !m.percent && !m.range) {
    // A lone "one" or "a": a pronoun or an article, not a quantity ("one user" still counts).
    std::string noun = is_word(m.e) ? unit_noun(t_[m.e].lower) : std::string();
    // "one in five": a count of a ratio, as "1 in 5" is.
    // "one in a hundred", "one in a thousand": the article is the count's
    const bool one_in = !article && word_is(m.e, "in") &&
                        (is_num(m.e + 1) || (is_word(m.e + 1) && number_word(t_[m.e + 1].lower) > 1) ||
                         (word_is(m.e + 1, "a") && (word_is(m.e + 2, "hundred") || word_is(m.e + 2, "thousand"))));
    if ((noun.empty() || article) && !one_in) return Step::reject;
  }
  if (m.a.weak && !m.duration.empty() && article) {
    // "an hour", "a year": a duration, except after "once" ("once a year").
    if (m.start > 0 && is_word(m.start - 1) &&
        (t_[m.start - 1].lower == "once" || t_[m.start - 1].lower == "every"))
      return Step::reject;
  }
  return Step::next;
}

// "six hours after the trial", "days after a storm", "weeks before his death":
// a span before or after an event the text names, not a date counted from the
// reference date.
bool Scanner::event_follows(std::size_t j) const {
  static const char* const kDeterminers[] = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                                             "this", "that", "these", "those", "being", "he", "she", "they", "it", "we"};
  for (const char* d : kDeterminers)
    if (word_is(j, d)) return true;
  return false;
}

// Suffix bounds: "400+", "10 or more", "5 or less", "or so".
void Scanner::amount_bounds_after(Amount& m) const {
  std::size_t& e = m.e;
  if (is_sym(e, "+") && glued(e)) {
    if (m.bound == Bound::exact) m.bound = Bound::at_least;
    ++e;
  } else if (is_sym(e, "-") && glued(e) && word_is(e + 1, "plus") && glued(e + 1)) {  // "1,200-plus"
    if (m.bound == Bound::exact) m.bound = Bound::at_least;
    e += 2;
  } else if (std::size_t len = match_words(e, {"or", "more"}) + match_words(e, {"or", "higher"}) +
                               match_words(e, {"or", "above"}) + match_words(e, {"and", "above"}) +
                               match_words(e, {"or", "greater"}) + match_words(e, {"plus"})) {
    if (m.bound == Bound::exact) m.bound = Bound::at_least;
    e += len;
  } else if (std::size_t len2 = match_words(e, {"or", "less"}) + match_words(e, {"or", "fewer"}) +
                                match_words(e, {"or", "below"}) + match_words(e, {"and", "below"}) +
                                match_words(e, {"or", "lower"})) {
    if (m.bound == Bound::exact) m.bound = Bound::at_most;
    e += len2;
  } else if (match_words(e, {"or", "so"})) {
    m.approx = true;
    e += 2;
  }
}

// Counted nouns and measurement units: "1 million token context window" -> tokens.
void Scanner::amount_noun(Amount& m) const {
  if (m.percent || !m.cur.empty() || !m.duration.empty() || m.multiplier || !m.unit.empty()) return;
  if (std::size_t len = temperature_at(m.e, m.unit) + area_at(m.e, m.unit)) {
    m.e += len;
    return;
  }
  if (is_sym(m.e, "-") && glued(m.e) && glued(m.e + 1)) {  // "a 40-square-mile area"
    if (std::size_t len = area_at(m.e + 1, m.unit)) {
      m.e += 1 + len;
      return;
    }
  }
  if (is_word(m.e)) {
    std::string mu = measure_unit(t_[m.e].text);
    if (!mu.empty() && (glued(m.e) || t_[m.e].text.size() >= 2)) {
      m.unit = mu;
      m.e += 1;
      return;
    }
  }
  // "a 450-pound man": a weight (parse_currency_suffix left it, no money noun follows).
  if (is_sym(m.e, "-") && glued(m.e) && is_word(m.e + 1) && glued(m.e + 1) && t_[m.e + 1].lower == "pound") {
    m.unit = "pounds";
    m.e += 2;
    return;
  }
  std::size_t j = m.e;
  int skipped = 0, generic = 0;
  while (j < t_.size() && skipped <= 3) {
    if (is_sym(j, "-") && glued(j) && glued(j + 1) && is_word(j + 1)) {
      ++j;
      continue;
    }
    if (!is_word(j)) break;
    std::string noun = unit_noun(t_[j].lower);
    if (!noun.empty()) {
      m.unit = noun;
      if (noun == "gpus" && is_word(j + 1) && (t_[j + 1].lower == "hours" || t_[j + 1].lower == "hour")) {
        m.unit = "gpu-hours";  // "2.788 million GPU hours"
        if (j == m.e) m.e = j + 2;
        break;
      }
      if (j == m.e || (j == m.e + 1 && is_sym(m.e, "-"))) m.e = j + 1;  // right after the number: part of the span
      break;
    }
    if (is_num(j + 1) && glued(j + 1) && generic == 0) {  // a model id such as "H100"
      ++generic;
      j += 2;
      continue;
    }
    if (stop_word(t_[j].lower) || scale_word(t_[j].lower) > 0) break;
    if (!noun_modifier(t_[j].lower)) {
      if (t_[j].upper && t_[j].lower != "ai" && t_[j].lower != "gpu" && t_[j].lower != "h100") break;
      if (++generic > 1) break;
    }
    ++skipped;
    ++j;
  }
}

// Rates: "$0.28 per million tokens", "$20/month", "$9.99 per user per month".
void Scanner::amount_rate(Amount& m) const {
  if (!m.duration.empty()) return;
  std::size_t j = m.e;
  // "5 million tokens per second": after the counted noun
  if (!m.unit.empty() && is_word(j) && unit_noun(t_[j].lower) == m.unit) ++j;
  double per = 0;
  std::string per_unit;
  if (std::size_t len = parse_rate(j, per, per_unit)) {
    m.e = j + len;
    m.per = per;
    m.per_unit = per_unit;
  }
}

void Scanner::amount_classify(Amount& m) const {
  Quantity& q = m.f.q;
  if (m.percent) {
    q.kind = QuantityKind::percent;
    if (m.unit == "bp") {  // basis points are hundredths of a percentage point
      m.lo /= 100;
      if (m.range) m.hi /= 100;
      m.unit = "pp";
    }
  } else if (!m.cur.empty()) {
    q.kind = QuantityKind::money;
    m.unit = m.cur;
  } else if (m.age) {
    q.kind = QuantityKind::age;
    m.unit = m.duration;
  } else if (!m.duration.empty()) {
    q.kind = QuantityKind::duration;
    m.unit = m.duration;
    if (m.unit == "decade" || m.unit == "century" || m.unit == "millennium" || m.unit == "fortnight" ||
        m.unit == "quarter") {
      double f = m.unit == "decade"       ? 10
                 : m.unit == "century"    ? 100
                 : m.unit == "millennium" ? 1000
                 : m.unit == "fortnight"  ? 2
                                          : 3;
      m.unit = m.unit == "fortnight" ? "week" : m.unit == "quarter" ? "month" : "year";
      m.lo *= f;
      if (m.range) m.hi *= f;
    }
  } else {
    q.kind = QuantityKind::number;
    if (m.multiplier) m.unit = "x";
  }
  q.value = m.lo;
  if (m.range) {
    q.bound = Bound::range;
    q.min = m.lo;
    q.max = m.hi;
  } else {
    q.bound = m.bound;
    if (m.bound == Bound::at_least || m.bound == Bound::more_than) q.min = q.value;
    if (m.bound == Bound::at_most || m.bound == Bound::less_than) q.max = q.value;
  }
  q.approximate = m.approx;
  q.unit = m.unit;
  q.per = m.per;
  q.per_unit = m.per_unit;
}

bool Scanner::amount_emit(Amount& m) {
  const Quantity& q = m.f.q;
  const bool plain = q.kind == QuantityKind::number && !m.a.has_scale && !m.a.words && !m.a.fraction && !m.range &&
                     !m.multiplier &&
                     m.bound == Bound::exact && !m.approx && m.clen == 0;
  // "10 Downing Street", "42 Elm Road": a house number.
  if (plain && m.a.plain_int && q.unit.empty() && street_after(m.e)) {
    mark(m.start, m.e);
    return true;
  }
  // Plain numbers right after a product name are part of the name; a number
  // grouped in thousands never is ("A STAGGERING 64,000 fans": a tabloid's capitals).
  bool grouped = false;
  for (std::size_t i = m.num_at; i < m.a.end && !m.a.words; ++i)
    grouped |= is_sym(i, ",") || t_[i].text.find(',') != std::string_view::npos;
  if (plain && !grouped && name_before(m.start) && (q.unit.empty() || measure_unit(q.unit).empty())) {
    // "Page 2 of 3": the count after "of" belongs to the name too.
    if (word_is(m.e, "of") && is_num(m.e + 1)) m.e += 2;
    mark(m.start, m.e);
    return true;
  }
  // A capitalised number word after a name is part of it: "Chapter Four", "the Fantastic Four".
  // "The Three Musketeers": a capitalised number word inside a sentence, before a capitalised word.
  const bool title = m.num_at > 0 && is_word(m.e) && t_[m.e].upper && !month_word(t_[m.e].lower) &&
                     !weekday_word(t_[m.e].lower);
  // "Ocean's Eleven": after a name's possessive.  A noun after it does not save it ("the Big Four banks").
  const bool possessive = m.num_at >= 3 && word_is(m.num_at - 1, "s") && is_sym(m.num_at - 2, "'") &&
                          is_word(m.num_at - 3) && t_[m.num_at - 3].upper;
  if (q.kind == QuantityKind::number && m.a.words && !m.a.has_scale && t_[m.num_at].upper && m.start == m.num_at &&
      m.bound == Bound::exact && !m.approx && (name_before(m.start) || title || possessive)) {
    mark(m.start, m.e);
    return true;
  }
  // Section numbers: "3.1 Models", "2. Results" at the start of a line.
  if (plain && m.start == 0 && !m.a.plain_int && is_word(m.a.end) && t_[m.a.end].upper) {
    mark(m.start, m.a.end);
    return true;
  }
  // Bare: a plain integer with nothing around it ("464"; not "1,234,567").
  if (plain && m.a.plain_int && q.unit.empty() && !m.negative && q.per == 0) m.f.bare = true;
  if (m.change_at && m.range) return emit_change(m);
  emit(std::move(m.f), m.start, m.e);
  return true;
}

// "rose from 4% to 6%": the level before, spanning from the number to the "to", and the level
// after, from the "to" on; each exact, with the unit, scale and currency the range read.
// A vote's words around "6-3": "voted 6-3", "a vote of 7-2", "a 7-2 vote".
// A game's "won 98-87" is none, and neither is a court's "ruled 5-4" (a
// ruling's split is read as no quantity, as a score is).
bool Scanner::tally_around(std::size_t start, std::size_t end) const {
  if (start > 0 && is_word(start - 1)) {
    const std::string_view w = t_[start - 1].lower;
    if (w == "voted") return true;
    if (w == "of" && start > 1 && word_is(start - 2, "vote")) return true;
  }
  if (end < t_.size() && is_word(end)) {
    const std::string_view w = t_[end].lower;
    return w == "vote" || w == "votes";
  }
  return false;
}

bool Scanner::emit_change(Amount& m) {
  Found before = m.f, after = m.f;
  for (Found* f : {&before, &after}) {
    f->q.bound = Bound::exact;
    f->q.min = f->q.max = kUnset;
    f->bare = false;
  }
  before.q.value = m.lo;
  after.q.value = m.hi;
  emit(std::move(before), m.k, m.change_at);
  emit(std::move(after), m.change_at + 1, m.e);
  return true;
}

}  // namespace claimcheck::values
