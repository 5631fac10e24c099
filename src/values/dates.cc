// Dates: absolute ("April 23, 2026", "2026-04-23", "04/27 2026", "Q2 2026"),
// fuzzy ("mid-February", "the end of March", "early 2026") and relative
// ("one day later", "a year ago", "last week"), resolved against the last date
// mentioned before them (HeidelTime's narrative rule), else the reference date.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/calendar.h"
#include "values/lexicon.h"
#include "values/scanner_impl.h"

namespace claimcheck::values {

using base::civil_from_days;
using base::days_in_month;
using base::valid_date;

namespace {

int64_t day(int y, int m, int d) { return base::days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)); }
int64_t month_first(int y, int m) { return day(y, m, 1); }
int64_t month_last(int y, int m) { return day(y, m, days_in_month(y, m)); }

bool ascii_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

bool ordinal_suffix(const Token& t) {
  return t.lower == "st" || t.lower == "nd" || t.lower == "rd" || t.lower == "th";
}

// Words after which a bare month name is a date: "in April", "since May",
// "its March funding round" (a possessive or an article before a capitalised
// month makes it an adjective of time, not the verb "march").
bool month_context(const std::string& w) {
  static const char* const kWords[] = {"in", "since", "by", "until", "till", "from", "through", "to", "of", "during",
                                       "before", "after", "early", "mid", "late", "end", "beginning", "start",
                                       "last", "next", "this", "between", "and", "on", "for", "or", "throughout",
                                       "middle", "around", "each", "every", "past", "coming", "its", "their",
                                       "his", "her", "our", "a", "an"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

}  // namespace

int Scanner::year_at(std::size_t i) const {
  if (!is_num(i)) return 0;
  std::string_view s = t_[i].text;
  if (s.size() != 4) return 0;
  for (char c : s)
    if (c < '0' || c > '9') return 0;
  int y = std::atoi(std::string(s).c_str());
  return (y >= 1800 && y <= 2199) ? y : 0;
}

// A year after a day and month may be older than year_at allows: "July 4th, 1776".
int Scanner::day_year_at(std::size_t i) const {
  if (int y = year_at(i)) return y;
  if (!is_num(i) || t_[i].text.size() != 4 || t_[i].text[0] != '1') return 0;
  for (char c : t_[i].text)
    if (c < '0' || c > '9') return 0;
  if (!boundary_after(i + 1) || is_sym(i + 1, "%")) return 0;  // "May 5, 1500 people marched"
  return std::atoi(std::string(t_[i].text).c_str());
}

int Scanner::infer_year() const {
  if (ctx_.reference_date) {
    int y, m, d;
    civil_from_days(*ctx_.reference_date, y, m, d);
    return y;
  }
  if (ctx_.last_written_year) return *ctx_.last_written_year;
  if (ctx_.last_date) {
    int y, m, d;
    civil_from_days(static_cast<int64_t>(ctx_.last_date->value), y, m, d);
    return y;
  }
  return ctx_.fallback_year;
}

std::optional<Quantity> Scanner::anchor(bool deictic) const {
  if (ctx_.last_date && !(deictic && ctx_.reference_date)) return ctx_.last_date;
  if (ctx_.reference_date) {
    Quantity q;
    q.kind = QuantityKind::date;
    q.value = q.min = q.max = static_cast<double>(*ctx_.reference_date);
    q.date_precision = DatePrecision::day;
    return q;
  }
  return std::nullopt;
}

void Scanner::emit_date(std::size_t b, std::size_t e, int64_t first, int64_t last, DatePrecision p, bool inferred,
                        bool range) {
  Found f;
  Quantity& q = f.q;
  const bool interval = range || p == DatePrecision::part_of_month;
  q.kind = interval ? QuantityKind::daterange : QuantityKind::date;
  q.value = q.min = static_cast<double>(first);
  q.max = static_cast<double>(last);
  q.date_precision = p;
  q.inferred = inferred;
  if (interval) q.bound = Bound::range;
  emit(f, b, e);
  ctx_.last_date = out_.back().q;
  if (!inferred) {
    int y, m, d;
    civil_from_days(last, y, m, d);  // a range's last year: the text has reached it
    ctx_.last_written_year = y;
  }
}

// ---------------------------------------------------------------------------

bool Scanner::try_date(std::size_t i) {
  if (i >= t_.size()) return false;
  const Token& t = t_[i];
  if (t.kind == Token::word) {
    if (try_part_of(i) || try_quarter(i) || try_holiday(i) || try_nth_weekday(i) || try_day_of_month(i) ||
        try_decade(i) || try_year_in_words(i) || try_season(i) || (t.lower == "the" && (try_century(i) || try_day_of(i))))
      return true;
    // "the 23rd of April" (read from the number)
    if (t.lower == "the" && is_num(i + 1)) return false;
    // "the second of October", "the twenty-first of May 2026"
    if (std::size_t e = 0; t.lower == "the" && ordinal_day(i, e) && word_is(e, "of") && is_word(e + 1)) {
      bool full_month = false;
      const int m = month_word(t_[e + 1].lower, &full_month);
      if (m && (full_month || t_[e + 1].upper)) return emit_day(i, e + 2, m, ordinal_day(i, e));
    }
    std::size_t start = i;
    bool full = false;
    if (month_word(t.lower, &full)) return try_month_date(start, i);
    // "FY2026", "FY26", "fiscal 2026"
    if ((t.text == "FY" || t.lower == "fiscal") && is_num(i + 1)) {
      std::string_view s = t_[i + 1].text;
      int y = 0;
      if (s.size() == 4) y = year_at(i + 1);
      else if (s.size() == 2 && glued(i + 1)) y = 2000 + std::atoi(std::string(s).c_str());
      if (y) {
        emit_date(i, i + 2, day(y, 1, 1), day(y, 12, 31), DatePrecision::year, false);
        return true;
      }
    }
    return false;
  }
  if (t.kind == Token::symbol) return try_decade(i);  // "'98", "'90s"
  if (t.kind == Token::number) {
    if (try_numeric_date(i) || try_quarter(i) || try_dashed_month_date(i) || try_nth_weekday(i) || try_bare_day(i))
      return true;
    // "23 April 2026", "23rd of April"
    Num d = parse_digits_token(i);
    if (d.ok && d.plain_int && d.int_digits <= 2 && d.value >= 1 && d.value <= 31) {
      std::size_t k = i + 1;
      if (is_word(k) && glued(k) && ordinal_suffix(t_[k])) ++k;
      if (word_is(k, "of")) ++k;
      bool full = false;
      int m = is_word(k) ? month_word(t_[k].lower, &full) : 0;
      if (m && (full || t_[k].upper) && !(t_[k].lower == "may" && !t_[k].upper) && !(t_[k].lower == "mar" && !t_[k].upper)) {
        std::size_t e = k + 1;
        if (!full && is_sym(e, ".") && glued(e) && e + 1 < size()) ++e;  // "3 Jan. 2010"; a final period ends the sentence
        int y = 0;
        std::size_t ye = e;
        if (is_sym(ye, ",")) ++ye;
        if ((y = day_year_at(ye))) e = ye + 1;
        bool inferred = false;
        if (!y) {
          y = infer_year();
          inferred = true;
          if (!y) {
            mark(i, e);
            return true;
          }
        }
        int dd = static_cast<int>(d.value);
        if (!valid_date(y, m, dd)) {
          mark(i, e);
          return true;  // "30 February": refused
        }
        emit_date(weekday_before(i), e, day(y, m, dd), day(y, m, dd), DatePrecision::day, inferred);
        return true;
      }
    }
    return try_year(i);
  }
  return false;
}

bool Scanner::try_month_date(std::size_t start, std::size_t i) {
  bool full = false;
  const Token& t = t_[i];
  int m = month_word(t.lower, &full);
  std::size_t k = i + 1;
  if (!full && is_sym(k, ".") && glued(k) && k + 1 < size()) ++k;  // "Sept. 2018"; a final period ends the sentence
  // "January the 3rd, 2010"
  if (word_is(k, "the") && is_num(k + 1) && is_word(k + 2) && glued(k + 2) && ordinal_suffix(t_[k + 2])) ++k;
  const bool ambiguous = t.lower == "may" || t.lower == "march" || t.lower == "mar";
  // lower-case "may"/"march" only with a year: "may 5, 2026"
  const bool need_year = ambiguous && !t.upper;
  // "Jan-1", "Jan/1": a day glued after a separator (a year there is "Dec/2018", below).
  if ((is_sym(k, "-") || is_sym(k, "/")) && glued(k) && is_num(k + 1) && glued(k + 1) && t_[k + 1].text.size() <= 2 &&
      !is_sym(k + 2, t_[k].text))
    ++k;
  if (need_year && !is_num(k)) return false;
  // Day of month.
  if (is_num(k)) {
    Num d = parse_digits_token(k);
    if (d.ok && d.plain_int && d.int_digits <= 2 && d.value >= 1 && d.value <= 31) {
      std::size_t e = k + 1;
      if (is_word(e) && glued(e) && ordinal_suffix(t_[e])) ++e;
      // Not a date when a scale, unit or percent follows: "May 5 million".
      if (is_sym(e, "%") || (is_word(e) && (scale_word(t_[e].lower) > 0 || !unit_noun(t_[e].lower).empty()))) return false;
      if (is_sym(e, ":") && is_num(e + 1)) return false;
      int d2 = 0;
      std::size_t e2 = e;
      // "April 23-25", "from March 3 to 5", "between May 4 and 9": the "from"/"between" is in the span.
      const bool from = start > 0 && word_is(start - 1, "from"), between = start > 0 && word_is(start - 1, "between");
      if ((is_sym(e, "-") || word_is(e, "to") || word_is(e, "through") || (between && word_is(e, "and"))) &&
          is_num(e + 1)) {
        Num dd = parse_digits_token(e + 1);
        if (dd.ok && dd.plain_int && dd.int_digits <= 2 && dd.value > d.value && dd.value <= 31) {
          d2 = static_cast<int>(dd.value);
          e2 = e + 2;
          if (is_word(e2) && glued(e2) && ordinal_suffix(t_[e2])) ++e2;
        }
      }
      std::size_t ye = d2 ? e2 : e;
      if (is_sym(ye, ",")) ++ye;
      int y = day_year_at(ye);
      std::size_t end = y ? ye + 1 : (d2 ? e2 : e);
      bool inferred = false;
      if (!y && need_year) return false;
      if (!y) {
        y = infer_year();
        inferred = true;
        if (!y) {
          mark(start, end);  // a date, but no year to give it: left out
          return true;
        }
      }
      int dd = static_cast<int>(d.value);
      if (!valid_date(y, m, dd) || (d2 && !valid_date(y, m, d2))) {
        mark(start, end);
        return true;  // "February 30": refused, not shifted
      }
      if (d2) emit_date(from || between ? start - 1 : start, end, day(y, m, dd), day(y, m, d2), DatePrecision::day,
                        inferred, true);
      else emit_date(weekday_before(start), end, day(y, m, dd), day(y, m, dd), DatePrecision::day, inferred);
      return true;
    }
  }
  // "October the second", "May first, 2026"
  if (std::size_t e = 0; (full || t.upper) && ordinal_day(k, e)) return emit_day(start, e, m, ordinal_day(k, e));
  return try_month_alone(start, i, k, m);
}

// A month without a day, read up to k: "April 2026", "April, 2026", "April of
// 2026", "Dec/2018"; or a bare month in context ("in April", "since May"),
// its year inferred.
bool Scanner::try_month_alone(std::size_t start, std::size_t i, std::size_t k, int m) {
  const Token& t = t_[i];
  bool full = false;
  month_word(t.lower, &full);
  const bool ambiguous = t.lower == "may" || t.lower == "march" || t.lower == "mar";
  std::size_t ye = k;
  if (is_sym(ye, ",") || word_is(ye, "of") || ((is_sym(ye, "/") || is_sym(ye, "-")) && glued(ye) && glued(ye + 1))) ++ye;
  if (int y = year_at(ye)) {
    emit_date(start, ye + 1, month_first(y, m), month_last(y, m), DatePrecision::month, false);
    return true;
  }
  if (ambiguous && !t.upper) return false;  // lower-case "may"/"march" only with a year
  if (!full && !t.upper) return false;
  // "an APR of 19.9%", "DEC filings": an abbreviation in capitals without a day or year is an acronym.
  if (!full && std::all_of(t.text.begin(), t.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
  // "March to May 2027", "May through July": a capitalised month joined to another is a month too.
  const bool range_to = (word_is(k, "to") || word_is(k, "through") || word_is(k, "until")) && is_word(k + 1) &&
                        t_[k + 1].upper && month_word(t_[k + 1].lower);
  const bool context = (start > 0 && is_word(start - 1) && month_context(t_[start - 1].lower)) || range_to;
  // Alone ("April" at the start of a sentence or after a comma): only full names other than May/March.
  if (start == i && !context && (ambiguous || !t.upper || !full)) return false;
  if (start > 0 && start == i && !context && is_word(start - 1) && t_[start - 1].upper) return false;  // "Ann April"
  const int y = infer_year();
  if (!y) return false;
  emit_date(start, k, month_first(y, m), month_last(y, m), DatePrecision::month, true);
  return true;
}

// A day of month in words at j: "second", "the second", "twenty-first",
// "thirty first"; 0 if none (not "first-quarter").  `end`: the token after it.
int Scanner::ordinal_day(std::size_t j, std::size_t& end) const {
  if (word_is(j, "the")) ++j;
  if (!is_word(j)) return 0;
  int d = 0;
  const std::string& w = t_[j].lower;
  if (w == "twenty" || w == "thirty") {
    std::size_t o = j + 1;
    if (is_sym(o, "-") && glued(o)) ++o;
    const int unit = is_word(o) ? ordinal_word(t_[o].lower) : 0;
    if (unit < 1 || unit > 9) return 0;
    d = (w == "twenty" ? 20 : 30) + unit;
    j = o;
  } else {
    d = ordinal_word(w);
  }
  if (d < 1 || d > 31 || (is_sym(j + 1, "-") && glued(j + 1))) return 0;
  end = j + 1;
  return d;
}

// The century of a two-digit year: the latest that is not after the reference
// year ('98 -> 1998, '21 -> 2021).
int Scanner::century_year(int yy) const {
  const int now = infer_year() ? infer_year() : 2000;
  const int y = now / 100 * 100 + yy;
  return y > now ? y - 100 : y;
}

// A year in words after a preposition: "in nineteen ninety-five", "since twenty
// twenty-two" (the century's number, then the year's two digits), before the
// end of a phrase ("in nineteen twenty minutes" is no year).
bool Scanner::try_year_in_words(std::size_t i) {
  static const std::unordered_set<std::string_view> kBefore = {"in", "since", "by", "until", "from",
                                                               "before", "after", "during", "of"};
  if (i == 0 || !is_word(i - 1) || !kBefore.count(t_[i - 1].lower)) return false;
  const double century = number_word(t_[i].lower);
  if (!(century >= 11 && century <= 20) || !is_word(i + 1)) return false;
  const double tens = number_word(t_[i + 1].lower);
  if (!(tens >= 20 && tens <= 90 && static_cast<int>(tens) % 10 == 0)) return false;
  int y = static_cast<int>(century) * 100 + static_cast<int>(tens);
  std::size_t e = i + 2;
  if (is_sym(e, "-") && glued(e) && is_word(e + 1) && glued(e + 1)) ++e;  // "ninety-five"
  if (is_word(e)) {
    const double unit = number_word(t_[e].lower);
    if (unit >= 1 && unit <= 9) y += static_cast<int>(unit), ++e;
    else if (is_sym(e - 1, "-")) return false;
  }
  if (!boundary_after(e) || (is_sym(e, "-") && glued(e))) return false;
  emit_date(i, e, day(y, 1, 1), day(y, 12, 31), DatePrecision::year, false);
  return true;
}

// Decades: "the 90s", "the '70s", "'90s", "the sixties", "the nineteen
// nineties" (the 1990s is try_year's); a year in two digits: "'98".
bool Scanner::try_decade(std::size_t i) {
  const bool the = word_is(i, "the");
  std::size_t k = the ? i + 1 : i;
  int first = 0;
  std::size_t e = 0;
  const bool apostrophe = is_sym(k, "'") && (k == 0 || t_[k].space_before) && is_num(k + 1) && glued(k + 1);
  const std::size_t n = apostrophe ? k + 1 : k;
  if (is_num(n) && t_[n].text.size() == 2 && (apostrophe || the)) {  // not "in his 90s"
    const std::string_view txt = t_[n].text;
    if (!ascii_digits(txt)) return false;
    const int yy = (txt[0] - '0') * 10 + (txt[1] - '0');
    if (word_is(n + 1, "s") && glued(n + 1) && yy % 10 == 0 && boundary_after(n + 2)) {
      first = century_year(yy);
      e = n + 2;
    } else if (apostrophe && !the && !(is_word(n + 1) && glued(n + 1)) && !is_sym(n + 1, "%")) {
      const int y = century_year(yy);  // "in '98"
      emit_date(k, n + 1, day(y, 1, 1), day(y, 12, 31), DatePrecision::year, false);
      return true;
    } else {
      return false;
    }
  } else if (the && is_word(k)) {
    int century = 1900;
    if (word_is(k, "nineteen") || word_is(k, "eighteen") || word_is(k, "twenty")) {
      century = t_[k].lower == "nineteen" ? 1900 : t_[k].lower == "eighteen" ? 1800 : 2000;
      k += is_sym(k + 1, "-") && glued(k + 1) ? 2 : 1;
    } else if (word_is(k, "two") && word_is(k + 1, "thousands")) {  // "the two thousands"
      first = 2000, e = k + 2;
    }
    if (!first) {
      const std::string_view dword = is_word(k) ? std::string_view(t_[k].lower) : std::string_view();
      const int dw = dword.size() >= 7 && dword.ends_with("ties") ? decade_word(dword) : 0;  // cheap test first
      if (!dw || !boundary_after(k + 1)) return false;
      first = century + dw;
      e = k + 1;
    }
  } else {
    return false;
  }
  emit_date(i, e, day(first, 1, 1), day(first + 9, 12, 31), DatePrecision::year, false, true);
  return true;
}

// "the 19th century", "the twenty-first century": years (N-1)*100 to (N-1)*100+99.
bool Scanner::try_century(std::size_t i) {
  if (!word_is(i, "the")) return false;
  std::size_t k = i + 1;
  int n = 0;
  if (is_num(k) && is_word(k + 1) && glued(k + 1) && ordinal_suffix(t_[k + 1]) && t_[k].text.size() <= 2) {
    n = std::atoi(std::string(t_[k].text).c_str());
    k += 2;
  } else if (std::size_t e = 0; (n = ordinal_day(k, e))) {  // "twenty-first" reads as a day number
    k = e;
  } else if (is_word(k)) {
    n = ordinal_word(t_[k].lower);
    ++k;
  }
  if (n < 1 || n > 30 || !word_is(k, "century")) return false;
  const int first = (n - 1) * 100;
  if (first < 1) return false;
  emit_date(i, k + 1, day(first, 1, 1), day(first + 99, 12, 31), DatePrecision::year, false, true);
  return true;
}

// "the last day of March", "the first day of 2028", "the last day of the
// month", "the first day of next month": one day.
bool Scanner::try_day_of(std::size_t i) {
  if (!word_is(i, "the") || !(word_is(i + 1, "first") || word_is(i + 1, "last")) || !word_is(i + 2, "day") ||
      !word_is(i + 3, "of"))
    return false;
  const bool last = t_[i + 1].lower == "last";
  std::size_t k = i + 4, e = 0;
  int y = 0, m = 0;
  bool inferred = false, full = false, whole_year = false;
  if (is_word(k) && (m = month_word(t_[k].lower, &full)) && (full || t_[k].upper)) {
    e = k + 1;
    std::size_t ye = is_sym(e, ",") || word_is(e, "of") ? e + 1 : e;
    if ((y = year_at(ye))) e = ye + 1;
    else if ((y = infer_year())) inferred = true;
    else return false;
  } else if ((y = year_at(k))) {
    whole_year = true;
    e = k + 1;
  } else if (is_word(k) && (word_is(k + 1, "month") || word_is(k + 1, "year"))) {
    const std::string& w = t_[k].lower;
    const int shift = w == "next" ? 1 : w == "last" ? -1 : w == "this" || w == "the" ? 0 : 2;
    std::optional<Quantity> a = shift == 2 ? std::nullopt : anchor(true);
    if (!a) return false;
    int d;
    civil_from_days(static_cast<int64_t>(a->value), y, m, d);
    whole_year = word_is(k + 1, "year");
    if (whole_year) y += shift;
    else {
      const int total = y * 12 + (m - 1) + shift;
      y = total / 12, m = total % 12 + 1;
    }
    inferred = true;
    e = k + 2;
  } else {
    return false;
  }
  const int64_t d = whole_year ? (last ? day(y, 12, 31) : day(y, 1, 1)) : (last ? month_last(y, m) : month_first(y, m));
  emit_date(i, e, d, d, DatePrecision::day, inferred);
  return true;
}

// "this month", "next month", "last month" at k: the month (1-12) from the
// reference date (else the last date), its year in `y`; 0 if none.
int Scanner::deictic_month_at(std::size_t k, int& y) const {
  if (!word_is(k + 1, "month") || !is_word(k)) return 0;
  const std::string& w = t_[k].lower;
  // "of the month" (after "the first Friday", "the last weekend") is this month.
  const int shift = w == "next" ? 1 : w == "last" ? -1 : w == "this" || w == "the" ? 0 : 2;
  if (shift == 2) return 0;
  std::optional<Quantity> a = anchor(true);
  if (!a) return 0;
  int m, d;
  civil_from_days(static_cast<int64_t>(a->value), y, m, d);
  const int total = y * 12 + (m - 1) + shift;
  y = total / 12;
  return total % 12 + 1;
}

// "I'll go back on 15": a bare day after "on" that ends the sentence is a day of
// the reference month (RT's reading); "on 15 votes", "on 15 May" are read elsewhere.
bool Scanner::try_bare_day(std::size_t i) {
  if (i == 0 || !word_is(i - 1, "on") || !ctx_.reference_date) return false;
  const bool end = i + 1 == size() || (i + 2 == size() && (is_sym(i + 1, ".") || is_sym(i + 1, "!") || is_sym(i + 1, "?")));
  if (!end) return false;
  const Num n = parse_digits_token(i);
  if (!n.ok || !n.plain_int || n.int_digits > 2 || n.value < 1 || n.value > 31) return false;
  int y, m, d;
  civil_from_days(*ctx_.reference_date, y, m, d);
  const int dd = static_cast<int>(n.value);
  if (!valid_date(y, m, dd)) return false;
  emit_date(i, i + 1, day(y, m, dd), day(y, m, dd), DatePrecision::day, true);
  return true;
}

// "on the 5th", "by the twenty-first", "Tuesday the 24th", "from the 3rd to
// the 7th": a day of the month the text is in (the reference date's, else the
// last date's).  Only after a word that makes it a day ("the 1st item" is a rank).
bool Scanner::try_day_of_month(std::size_t i) {
  if (!word_is(i, "the") || i == 0 || !(is_word(i - 1) || is_sym(i - 1, ","))) return false;
  static const char* const kBefore[] = {"on", "by", "until", "till", "since", "from", "before", "after", "through",
                                        "between"};
  const std::string& p = t_[i - 1].lower;
  bool context = weekday_word(p) != 0 || (is_sym(i - 1, ",") && i > 1 && is_word(i - 2) && weekday_word(t_[i - 2].lower));
  for (const char* b : kBefore)
    if (p == b) context = true;
  // "to the 7th", "and the 3rd" only in digits ("the first and the second" are ranks).
  const bool digits_only = p == "to" || p == "and";
  if (!context && !digits_only) return false;
  int dd = 0;
  std::size_t e = 0;
  if (is_num(i + 1) && is_word(i + 2) && glued(i + 2) && ordinal_suffix(t_[i + 2])) {
    const Num n = parse_digits_token(i + 1);
    if (n.ok && n.plain_int && n.int_digits <= 2) dd = static_cast<int>(n.value), e = i + 3;
  } else if (!digits_only) {
    dd = ordinal_day(i, e);
  }
  if (dd < 1 || dd > 31 || word_is(e, "of") || !boundary_after(e) || is_sym(e, "-")) return false;
  std::optional<Quantity> a = anchor(true);
  if (!a) return false;
  int y, m, d;
  civil_from_days(static_cast<int64_t>(a->value), y, m, d);
  if (!valid_date(y, m, dd)) return mark(i, e), true;
  emit_date(weekday_before(i), e, day(y, m, dd), day(y, m, dd), DatePrecision::day, true);
  return true;
}

// Month m, day dd, read up to e: a year may follow (", 2026"), else it is
// inferred.  An impossible day is consumed, nothing emitted.
bool Scanner::emit_day(std::size_t start, std::size_t e, int m, int dd) {
  std::size_t ye = e;
  if (is_sym(ye, ",")) ++ye;
  int y = day_year_at(ye);
  const bool inferred = y == 0;
  if (y) e = ye + 1;
  else if (!(y = infer_year())) return mark(start, e), true;
  if (!valid_date(y, m, dd)) return mark(start, e), true;
  emit_date(weekday_before(start), e, day(y, m, dd), day(y, m, dd), DatePrecision::day, inferred);
  return true;
}

namespace {

// Day of month of the nth weekday (1 Monday .. 7 Sunday) of a month; nth -1 is
// the last; 0 when the month has no such day ("the fifth Monday").
int nth_weekday(int y, int m, int weekday, int nth) {
  const int first_weekday = static_cast<int>(((day(y, m, 1) % 7) + 7 + 3) % 7) + 1;  // 1 Monday
  int d = 1 + (weekday - first_weekday + 7) % 7;
  if (nth > 0) d += 7 * (nth - 1);
  else
    while (d + 7 <= days_in_month(y, m)) d += 7;
  return d <= days_in_month(y, m) ? d : 0;
}

// Easter Sunday of year y (the anonymous Gregorian computus).
int64_t easter(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, dd = (h + l - 7 * m + 114) % 31 + 1;
  return day(y, month, dd);
}

bool holiday_context(const std::string& w) {
  static const char* const kWords[] = {"on", "at", "by", "before", "after", "until", "till", "since", "over",
                                       "for", "from", "to", "this", "last", "next", "around", "during", "of"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}
}  // namespace

// "Christmas Day 2025", "Thanksgiving", "New Year's Eve, 2026": a holiday by
// name (capitalised), with the year written after it or inferred.
bool Scanner::try_holiday(std::size_t i) {
  if (!t_[i].upper) return false;
  // Indexed by first word: most capitalised words start no holiday.
  static const std::unordered_map<std::string_view, std::vector<const Holiday*>> by_first = [] {
    std::unordered_map<std::string_view, std::vector<const Holiday*>> m;
    for (const Holiday& h : holidays()) m[*h.words.begin()].push_back(&h);
    return m;
  }();
  const auto it = by_first.find(t_[i].lower);
  if (it == by_first.end()) return false;
  for (const Holiday* hp : it->second) {
    const Holiday& h = *hp;
    const std::size_t len = match_words(i, h.words);
    if (!len) continue;
    std::size_t e = i + len, ye = e;
    if (is_sym(ye, ",")) ++ye;
    int y = year_at(ye);
    const bool inferred = y == 0;
    // Without a year a holiday is a date only after a word that makes it one
    // ("on Christmas", "by Thanksgiving"), not in "Christmas sales".
    if (inferred && !(i > 0 && is_word(i - 1) && holiday_context(t_[i - 1].lower))) return false;
    if (y) e = ye + 1;
    else if (!(y = infer_year())) return false;
    const int64_t d = (h.month == 0 ? easter(y)
                       : h.day    ? day(y, h.month, h.day)
                                  : day(y, h.month, nth_weekday(y, h.month, h.weekday, h.nth))) +
                      h.offset;
    emit_date(i, e, d, d, DatePrecision::day, inferred);
    return true;
  }
  return false;
}

// "the first Friday of July", "the last Monday of May 2025".
bool Scanner::try_nth_weekday(std::size_t i) {
  std::size_t k = i;
  if (word_is(k, "the")) ++k;
  int nth = 0;
  if (is_num(k) && t_[k].text.size() == 1 && is_word(k + 1) && glued(k + 1) && ordinal_suffix(t_[k + 1])) {
    nth = t_[k].text[0] - '0';  // "the 2nd Sunday of May"
    ++k;
  } else if (is_word(k)) {
    nth = t_[k].lower == "last" ? -1 : ordinal_word(t_[k].lower);
  }
  // "of" or "in": "the second Sunday in May" is as common as "of May".
  if (nth == 0 || nth > 5 || !is_word(k + 1) || !(word_is(k + 2, "of") || word_is(k + 2, "in")) || !is_word(k + 3))
    return false;
  const int wd = weekday_word(t_[k + 1].lower);
  if (!wd) return false;
  // "the first Friday of next month"
  if (int dy = 0, dm = deictic_month_at(k + 3, dy); dm) {
    const int d = nth_weekday(dy, dm, wd, nth);
    if (!d) return mark(i, k + 5), true;
    emit_date(i, k + 5, day(dy, dm, d), day(dy, dm, d), DatePrecision::day, true);
    return true;
  }
  bool full = false;
  const int m = month_word(t_[k + 3].lower, &full);
  if (!m || !(full || t_[k + 3].upper)) return false;
  std::size_t e = k + 4, ye = e;
  if (is_sym(ye, ",")) ++ye;
  int y = year_at(ye);
  const bool inferred = y == 0;
  if (y) e = ye + 1;
  else if (!(y = infer_year())) return false;
  const int d = nth_weekday(y, m, wd, nth);
  if (!d) return mark(i, e), true;
  emit_date(i, e, day(y, m, d), day(y, m, d), DatePrecision::day, inferred);
  return true;
}

// "Friday, March 13, 2026": the weekday before a day's date is part of its span.
// Abbreviated and capitalised too: "Mon, Nov 30", "Wed. Nov 25".
std::size_t Scanner::weekday_before(std::size_t start) const {
  std::size_t w = start;
  if (w > 0 && is_sym(w - 1, ",")) --w;
  if (w > 0 && is_word(w - 1) && weekday_word(t_[w - 1].lower) && !used_[w - 1]) return w - 1;
  if (w > 1 && is_sym(w - 1, ".") && glued(w - 1)) --w;
  if (w > 0 && is_word(w - 1) && t_[w - 1].upper && weekday_abbreviation(t_[w - 1].lower) && !used_[w - 1])
    return w - 1;
  return start;
}

// "05-Aug-2016", "5-aug-16", "05/Aug/2016": day, month name, year joined by one separator.
bool Scanner::try_dashed_month_date(std::size_t i) {
  const std::size_t m = i + 2;
  if (!(is_sym(i + 1, "-") || is_sym(i + 1, "/")) || !glued(i + 1) || !is_word(m) || !glued(m)) return false;
  const int month = month_word(t_[m].lower);
  if (!month || !is_sym(m + 1, t_[i + 1].text) || !glued(m + 1) || !is_num(m + 2) || !glued(m + 2)) return false;
  Num d = parse_digits_token(i), yv = parse_digits_token(m + 2);
  if (!d.ok || !d.plain_int || d.int_digits > 2 || !yv.ok || !yv.plain_int) return false;
  int y = yv.int_digits == 4 ? static_cast<int>(yv.value) : yv.int_digits == 2 ? 2000 + static_cast<int>(yv.value) : 0;
  if (y > 2000 + 50 && yv.int_digits == 2) y -= 100;
  const int dd = static_cast<int>(d.value);
  if (!y || !valid_date(y, month, dd)) return false;
  emit_date(i, m + 3, day(y, month, dd), day(y, month, dd), DatePrecision::day, false);
  return true;
}

// "12-2015", "12/2015": a month and a year.
bool Scanner::try_month_year(std::size_t i) {
  if (!(is_sym(i + 1, "-") || is_sym(i + 1, "/")) || !glued(i + 1) || !glued(i + 2)) return false;
  const int y = year_at(i + 2);
  Num mo = parse_digits_token(i);
  if (!y || !mo.ok || !mo.plain_int || mo.int_digits > 2 || mo.value < 1 || mo.value > 12) return false;
  if (is_sym(i + 3, "-") || is_sym(i + 3, "/") || (is_word(i + 3) && !unit_noun(t_[i + 3].lower).empty())) return false;
  const int m = static_cast<int>(mo.value);
  emit_date(i, i + 3, month_first(y, m), month_last(y, m), DatePrecision::month, false);
  return true;
}

// A date in digits: "12-2015" (month-year), "27.04.2026" (dotted), "2026-04-23"
// (ISO), "04/27/2026" (slashed); an impossible one is consumed, nothing emitted.
bool Scanner::try_numeric_date(std::size_t i) {
  if (try_month_year(i) || try_dotted_date(i)) return true;
  Num a = parse_digits_token(i);
  if (!a.ok || !a.plain_int) return false;
  return try_iso_date(i, a) || try_slashed_date(i, a);
}

// Dotted: "27.04.2026", "2026.04.23" (one token).
bool Scanner::try_dotted_date(std::size_t i) {
  std::string_view s = t_[i].text;
  const std::size_t p1 = s.find('.'), p2 = s.rfind('.');
  if (p1 == std::string_view::npos || p1 == p2) return false;
  std::string_view x = s.substr(0, p1), y = s.substr(p1 + 1, p2 - p1 - 1), z = s.substr(p2 + 1);
  if (s.find('.', p1 + 1) != p2 || s.find(',') != std::string_view::npos) return false;
  const int a = std::atoi(std::string(x).c_str()), b = std::atoi(std::string(y).c_str()),
            c = std::atoi(std::string(z).c_str());
  int yy = 0, mm = 0, dd = 0;
  if (x.size() == 4 && y.size() <= 2 && z.size() <= 2) yy = a, mm = b, dd = c;
  else if (x.size() <= 2 && y.size() <= 2 && z.size() == 4) dd = a, mm = b, yy = c;
  else return false;
  if (yy < 1800 || yy > 2199) return false;
  if (!valid_date(yy, mm, dd)) {
    mark(i, i + 1);
    return true;
  }
  emit_date(i, i + 1, day(yy, mm, dd), day(yy, mm, dd), DatePrecision::day, false);
  return true;
}

// ISO: "2026-04-23", "2026/04/23"; `a` is the year token read.
bool Scanner::try_iso_date(std::size_t i, const Num& a) {
  if (!(a.int_digits == 4 && (is_sym(i + 1, "-") || is_sym(i + 1, "/")) && glued(i + 1) && is_num(i + 2) &&
        glued(i + 2) && is_sym(i + 3, t_[i + 1].text) && glued(i + 3) && is_num(i + 4) && glued(i + 4)))
    return false;
  Num m = parse_digits_token(i + 2), d = parse_digits_token(i + 4);
  if (!(m.ok && d.ok && m.plain_int && d.plain_int && m.int_digits <= 2 && d.int_digits <= 2)) return false;
  int yy = static_cast<int>(a.value), mm = static_cast<int>(m.value), dd = static_cast<int>(d.value);
  if (!valid_date(yy, mm, dd)) {
    mark(i, i + 5);
    return true;
  }
  emit_date(i, i + 5, day(yy, mm, dd), day(yy, mm, dd), DatePrecision::day, false);
  return true;
}

// US: "04/27/2026", "4/27/26", "04/27 2026"; "27/04/2026" when the first part > 12;
// "04/27" alone only with two digits each or after "on"/"since".
bool Scanner::try_slashed_date(std::size_t i, const Num& a) {
  if (!(a.int_digits <= 2 && is_sym(i + 1, "/") && glued(i + 1) && is_num(i + 2) && glued(i + 2))) return false;
  Num b = parse_digits_token(i + 2);
  if (!b.ok || !b.plain_int || b.int_digits > 2) return false;
  const int x = static_cast<int>(a.value), y = static_cast<int>(b.value);
  int yy = 0;
  std::size_t e = i + 3;
  if (is_sym(e, "/") && glued(e) && is_num(e + 1) && glued(e + 1)) {
    Num c = parse_digits_token(e + 1);
    if (!c.ok || !c.plain_int) return false;
    if (c.int_digits == 4) yy = static_cast<int>(c.value);
    else if (c.int_digits == 2) yy = 2000 + static_cast<int>(c.value);
    else return false;
    e += 2;
  } else if (int y4 = year_at(e)) {
    yy = y4;
    e += 1;
  }
  bool inferred = false;
  if (!yy) {
    const bool context = i > 0 && is_word(i - 1) && (t_[i - 1].lower == "on" || t_[i - 1].lower == "since");
    if (!((a.zero_padded || b.zero_padded) && t_[i].text.size() == 2 && t_[i + 2].text.size() == 2) && !context)
      return false;
    yy = infer_year();
    inferred = true;
    if (!yy) return false;
  }
  int mm = x, dd = y;
  if (x > 12 && y <= 12) mm = y, dd = x;
  if (!valid_date(yy, mm, dd)) {
    mark(i, e);
    return true;
  }
  emit_date(i, e, day(yy, mm, dd), day(yy, mm, dd), DatePrecision::day, inferred);
  return true;
}

// "mid-February", "early March 2026", "late April", "the end of March",
// "the beginning of 2026", "mid-2026", "early next year" is left alone.
bool Scanner::try_part_of(std::size_t i) {
  std::size_t k = i;
  int part = 0;  // 1 early, 2 mid, 3 late
  if (word_is(k, "the")) ++k;
  const std::string w = is_word(k) ? t_[k].lower : std::string();
  if (w == "early" || w == "beginning" || w == "start") part = 1;
  else if (w == "mid" || w == "middle") part = 2;
  else if (w == "late" || w == "end") part = 3;
  else return false;
  if (k != i && !(w == "beginning" || w == "start" || w == "middle" || w == "end")) return false;
  ++k;
  if (w == "beginning" || w == "start" || w == "middle" || w == "end") {
    if (!word_is(k, "of")) return false;
    ++k;
  } else if (is_sym(k, "-") && glued(k)) {
    ++k;
  } else if (w == "mid" && glued(k)) {
    // "mid2026" is rare; require a separator
    return false;
  }
  // Month, optionally with year.
  bool full = false;
  if (is_word(k) && month_word(t_[k].lower, &full) && (full || t_[k].upper)) {
    int m = month_word(t_[k].lower);
    std::size_t e = k + 1;
    if (!full && is_sym(e, ".") && glued(e)) ++e;
    std::size_t ye = e;
    if (is_sym(ye, ",") || word_is(ye, "of")) ++ye;
    int y = year_at(ye);
    bool inferred = false;
    if (y) e = ye + 1;
    else {
      y = infer_year();
      inferred = true;
      if (!y) return false;
    }
    int first = part == 1 ? 1 : part == 2 ? 11 : 21;
    int last = part == 1 ? 10 : part == 2 ? 20 : days_in_month(y, m);
    emit_date(i, e, day(y, m, first), day(y, m, last), DatePrecision::part_of_month, inferred);
    return true;
  }
  // "early next year", "late this year", "mid last year", "the end of the year";
  // "the end of this month", "early next month"
  int shift = 2;
  if (is_word(k) && (word_is(k + 1, "year") || word_is(k + 1, "month")))
    shift = t_[k].lower == "next" ? 1 : t_[k].lower == "this" || t_[k].lower == "the" ? 0 : t_[k].lower == "last" ? -1 : 2;
  if (shift != 2 && word_is(k + 1, "month")) {
    std::optional<Quantity> a = anchor(true);
    if (!a) return false;
    int y, m, d;
    civil_from_days(static_cast<int64_t>(a->value), y, m, d);
    const int total = y * 12 + (m - 1) + shift;
    y = total / 12, m = total % 12 + 1;
    const int first = part == 1 ? 1 : part == 2 ? 11 : 21, last = part == 1 ? 10 : part == 2 ? 20 : days_in_month(y, m);
    emit_date(i, k + 2, day(y, m, first), day(y, m, last), DatePrecision::part_of_month, true);
    return true;
  }
  if (shift != 2 && infer_year()) {
    const int y = infer_year() + shift;
    int m1 = part == 1 ? 1 : part == 2 ? 5 : 9;
    int m2 = part == 1 ? 4 : part == 2 ? 8 : 12;
    emit_date(i, k + 2, month_first(y, m1), month_last(y, m2), DatePrecision::year, true, true);
    return true;
  }
  // "the early 1990s" 1990-1993, "mid-'80s" 1984-1986, "the late 90s" 1997-1999
  const std::size_t q = is_sym(k, "'") && is_num(k + 1) && glued(k + 1) ? k + 1 : k;
  if (is_num(q) && (t_[q].text.size() == 4 || (t_[q].text.size() == 2 && (q > k || the_before(i)))) &&
      word_is(q + 1, "s") && glued(q + 1)) {
    const int yy = std::atoi(std::string(t_[q].text).c_str());
    const int y = t_[q].text.size() == 4 ? yy : century_year(yy);
    if (yy % 10 == 0 && y >= 1000) {
      const int y1 = part == 1 ? y : part == 2 ? y + 4 : y + 7, y2 = part == 1 ? y + 3 : part == 2 ? y + 6 : y + 9;
      emit_date(the_before(i) ? i - 1 : i, q + 2, day(y1, 1, 1), day(y2, 12, 31), DatePrecision::year, false, true);
      return true;
    }
  }
  if (int y = year_at(k)) {
    int m1 = part == 1 ? 1 : part == 2 ? 5 : 9;
    int m2 = part == 1 ? 4 : part == 2 ? 8 : 12;
    emit_date(i, k + 1, month_first(y, m1), month_last(y, m2), DatePrecision::year, false, true);
    return true;
  }
  return false;
}

// "the" right before i, not yet read: "the late 1990s" keeps it in the span.
bool Scanner::the_before(std::size_t i) const { return i > 0 && word_is(i - 1, "the") && !used_[i - 1]; }

// A quarter or half year is read in three phases: its name (a code such as
// "Q2", "2Q", "H1", or words such as "the second quarter", "first half"),
// then the year written after it ("2026", "26" glued, "'26", "FY2026", "of
// last year"), else the year inferred (a year stated before, the reference).
struct Scanner::PeriodName {
  int quarter = 0, half = 0;
  std::size_t end = 0;     // token after the name (and after "of ..." when that names the year)
  bool own_year = false;   // "of this year", "of last year": the year is relative, not written
  int year_shift = 0;      // -1 "of last year", +1 "of next year"
};

// "Q2", "H1", "2Q", "1H": a letter and one digit glued.
bool Scanner::period_code(std::size_t i, PeriodName& p) const {
  std::size_t letter = 0, digit = 0;
  if (is_word(i) && (t_[i].text == "Q" || t_[i].text == "H") && is_num(i + 1) && glued(i + 1)) letter = i, digit = i + 1;
  else if (is_num(i) && is_word(i + 1) && glued(i + 1) && (t_[i + 1].text == "Q" || t_[i + 1].text == "H"))
    digit = i, letter = i + 1;
  else return false;
  if (t_[digit].text.size() != 1) return false;
  const int n = t_[digit].text[0] - '0';
  if (t_[letter].text == "Q" && n >= 1 && n <= 4) p.quarter = n;
  else if (t_[letter].text == "H" && n >= 1 && n <= 2) p.half = n;
  else return false;
  p.end = i + 2;
  return true;
}

// "the second quarter", "3rd quarter", "first half", "second fiscal quarter",
// with "of this year" / "of last year" when the words name the year.
bool Scanner::period_words(std::size_t i, PeriodName& p) const {
  std::size_t j = i;
  if (word_is(j, "the")) ++j;
  int ord = 0;
  if (is_word(j)) ord = ordinal_word(t_[j].lower);
  else if (is_num(j) && is_word(j + 1) && glued(j + 1) && ordinal_suffix(t_[j + 1])) {
    ord = std::atoi(std::string(t_[j].text).c_str());
    ++j;
  }
  if (!ord) return false;
  if (word_is(j + 1, "quarter") && ord <= 4) p.quarter = ord;
  else if (word_is(j + 1, "half") && ord <= 2) p.half = ord;
  else if (word_is(j + 1, "fiscal") && word_is(j + 2, "quarter") && ord <= 4) p.quarter = ord, ++j;
  else return false;
  std::size_t k = j + 2;
  if (word_is(k, "of") && year_at(k + 1)) {
    ++k;
  } else if (std::size_t len = match_words(k, {"of", "this", "year"}) + match_words(k, {"of", "the", "year"})) {
    k += len;
    p.own_year = true;
  } else if (match_words(k, {"of", "last", "year"}) || match_words(k, {"of", "next", "year"})) {
    p.year_shift = t_[k + 1].lower == "last" ? -1 : 1;
    p.own_year = true;
    k += 3;
  }
  p.end = k;
  return true;
}

// The year written at k: " 2026", glued "26" ("2Q26"), "'26", "FY2026"; 0 if none (k unchanged).
int Scanner::period_year(std::size_t& k) const {
  if (int y = year_at(k)) return ++k, y;
  if (is_num(k) && glued(k) && t_[k].text.size() == 2) {
    const int y = 2000 + std::atoi(std::string(t_[k].text).c_str());
    return ++k, y;
  }
  if (is_sym(k, "'") && is_num(k + 1) && glued(k + 1) && t_[k + 1].text.size() == 2) {
    const int y = 2000 + std::atoi(std::string(t_[k + 1].text).c_str());
    return k += 2, y;
  }
  if (is_word(k) && t_[k].lower == "fy" && year_at(k + 1)) {
    const int y = year_at(k + 1);
    return k += 2, y;
  }
  return 0;
}

// "Q2 2026", "Q2", "2Q26", "H1 2026", "1H26", "the second quarter of 2026", "first half of 2026".
bool Scanner::try_quarter(std::size_t i) {
  PeriodName p;
  if (!period_code(i, p) && !period_words(i, p)) return false;
  std::size_t e = p.end;
  int y = p.own_year ? 0 : period_year(e);
  const bool inferred = y == 0;
  if (inferred) {
    y = infer_year();
    if (!y) return false;
    y += p.year_shift;
  }
  if (p.quarter)
    emit_date(i, e, month_first(y, 3 * p.quarter - 2), month_last(y, 3 * p.quarter), DatePrecision::quarter, inferred);
  else
    emit_date(i, e, month_first(y, 6 * p.half - 5), month_last(y, 6 * p.half), DatePrecision::half_year, inferred);
  return true;
}

// A 4-digit year: "in 2025", "2025-2026", "2025-26", "the 1990s".
bool Scanner::try_year(std::size_t i) {
  int y = year_at(i);
  if (!y) return false;
  if (i > 0 && t_[i - 1].kind == Token::symbol && !currency_symbol(t_[i - 1].text).empty()) return false;
  if (i > 0 && !t_[i].space_before && t_[i - 1].kind == Token::word) return false;  // "Comparisons2026"
  if (i > 0 && !t_[i].space_before && is_sym(i - 1, "-") && i >= 2 && glued(i - 1) && is_word(i - 2)) {
    const std::string& w = t_[i - 2].lower;
    if (w != "mid" && w != "pre" && w != "post" && w != "early" && w != "late") return false;  // "GPT-2026"
  }
  std::size_t e = i + 1;
  // "1990s"; "the 1800s" is a century (the decade 1800-1809 is written "the 1800s" far less often);
  // "the 2000s" stays a decade, as it is said.
  if (is_word(e) && glued(e) && t_[e].lower == "s" && y % 10 == 0) {
    const std::size_t b = i > 0 && word_is(i - 1, "the") && !used_[i - 1] ? i - 1 : i;  // "the 1980s"
    const int span = y % 100 == 0 && y >= 1100 && y <= 1900 ? 99 : 9;
    emit_date(b, e + 1, day(y, 1, 1), day(y + span, 12, 31), DatePrecision::year, false, true);
    return true;
  }
  // "2016 second quarter", "2016 Q3", "2025 first half"
  if (PeriodName p; (is_word(e) && !word_is(e, "the") && period_words(e, p)) || period_code(e, p)) {
    if (p.quarter)
      emit_date(i, p.end, month_first(y, 3 * p.quarter - 2), month_last(y, 3 * p.quarter), DatePrecision::quarter, false);
    else
      emit_date(i, p.end, month_first(y, 6 * p.half - 5), month_last(y, 6 * p.half), DatePrecision::half_year, false);
    return true;
  }
  // What follows decides: a unit, scale, percent or currency makes it an amount.
  if (is_sym(e, "%") || is_sym(e, "+")) return false;
  if (is_word(e)) {
    const std::string& w = t_[e].lower;
    if (scale_word(w) > 0 || !unit_noun(w).empty() || !duration_unit(w).empty() || !currency_word(w).empty() ||
        !currency_code(t_[e].text).empty() || w == "percent" || !measure_unit(t_[e].text).empty() || w == "times" ||
        (glued(e) && w != "s"))
      return false;
    // "2048 token context": a modifier before a counted noun
    if (noun_modifier(w) && is_word(e + 1) && !unit_noun(t_[e + 1].lower).empty()) return false;
  }
  if (is_sym(e, ":") || is_sym(e, "/")) return false;
  // Year ranges.
  std::size_t start = i;
  if (i > 0 && (word_is(i - 1, "from") || word_is(i - 1, "between"))) start = i - 1;
  if ((is_sym(e, "-") || word_is(e, "to") || word_is(e, "through") || (start < i && word_is(e, "and"))) && is_num(e + 1)) {
    std::string_view s2 = t_[e + 1].text;
    int y2 = year_at(e + 1);
    if (!y2 && s2.size() == 2 && is_sym(e, "-") && glued(e + 1)) y2 = y / 100 * 100 + std::atoi(std::string(s2).c_str());
    if (y2 > y && y2 - y < 200) {
      std::size_t end = e + 2;
      if (is_word(end) && (!unit_noun(t_[end].lower).empty() || scale_word(t_[end].lower) > 0)) return false;
      emit_date(start, end, day(y, 1, 1), day(y2, 12, 31), DatePrecision::year, false, true);
      return true;
    }
  }
  // "2015-12": an ISO month (a year range "2015-16" was read above).
  if (is_sym(e, "-") && glued(e) && is_num(e + 1) && glued(e + 1) && t_[e + 1].text.size() <= 2 &&
      !is_sym(e + 2, "-")) {
    const int m = std::atoi(std::string(t_[e + 1].text).c_str());
    if (m >= 1 && m <= 12) {
      emit_date(i, e + 2, month_first(y, m), month_last(y, m), DatePrecision::month, false);
      return true;
    }
  }
  // "2017 april", "2017 April"
  bool full = false;
  if (is_word(e) && month_word(t_[e].lower, &full) && (full || t_[e].upper) &&
      ((t_[e].lower != "may" && t_[e].lower != "march") || t_[e].upper)) {
    const int m = month_word(t_[e].lower);
    emit_date(i, e + 1, month_first(y, m), month_last(y, m), DatePrecision::month, false);
    return true;
  }
  emit_date(i, e, day(y, 1, 1), day(y, 12, 31), DatePrecision::year, false);
  return true;
}

// ---------------------------------------------------------------------------
// Relative dates

namespace {

// Days one unit of a relative shift spans (a month at most 31); 0 if not a unit.
double unit_days(const std::string& unit) {
  if (unit == "second") return 1.0 / 86400;
  if (unit == "minute") return 1.0 / 1440;
  if (unit == "hour") return 1.0 / 24;
  if (unit == "day") return 1;
  if (unit == "week") return 7;
  if (unit == "fortnight") return 14;
  if (unit == "month") return 31;
  if (unit == "quarter") return 92;
  if (unit == "year") return 366;
  if (unit == "decade") return 3660;
  if (unit == "century") return 36600;
  if (unit == "millennium") return 366000;
  return 0;
}

}  // namespace

// "12 hours later", "three months ago", "in two weeks".  Finer than a day
// moves by whole days; months move the month (to the day when the anchor is a
// day and the text is deictic: "two months ago"); years the year.
bool Scanner::emit_relative(std::size_t b, std::size_t e, double amount, const std::string& unit, int direction,
                            bool deictic, int shift_days, bool to_the_day) {
  // A shift beyond the calendar ("99999999999999999999999 hours later") is no
  // date: refused here, in doubles, before any conversion to an integer.
  const double per_unit = unit_days(unit);
  if (per_unit == 0 || !(std::fabs(amount) * per_unit < 3.6e6)) return false;
  std::optional<Quantity> a = anchor(deictic);
  if (!a) return false;
  const int64_t base = static_cast<int64_t>(a->value) + shift_days;
  const DatePrecision ap = a->date_precision == DatePrecision::none ? DatePrecision::day : a->date_precision;
  int y, m, d;
  civil_from_days(base, y, m, d);
  int64_t first = 0, last = 0;
  DatePrecision p = DatePrecision::day;
  if (per_unit < 28) {
    const int64_t delta = direction * static_cast<int64_t>(std::floor(amount * per_unit + 1e-9));
    if (ap != DatePrecision::day) {
      // A coarse anchor ("in April ... two weeks later") stays coarse.
      first = static_cast<int64_t>(a->min) + delta;
      last = static_cast<int64_t>(a->max) + delta;
      emit_date(b, e, first, last, ap, true, true);
      return true;
    }
    first = last = base + delta;
  } else if (unit == "month" || unit == "quarter") {
    const int months = static_cast<int>(std::lround(amount * (unit == "quarter" ? 3 : 1)));
    const int total = y * 12 + (m - 1) + direction * months;
    const int yy = static_cast<int>(std::floor(total / 12.0)), mm = total - yy * 12 + 1;
    if (deictic && ap == DatePrecision::day) {
      first = last = day(yy, mm, std::min(d, days_in_month(yy, mm)));
    } else {
      first = month_first(yy, mm);
      last = month_last(yy, mm);
      p = DatePrecision::month;
    }
  } else {
    const int years = static_cast<int>(std::lround(
        amount * (unit == "decade" ? 10 : unit == "century" ? 100 : unit == "millennium" ? 1000 : 1)));
    const int yy = y + direction * years;
    if (to_the_day && ap == DatePrecision::day) {  // "a year ago today"
      first = last = day(yy, m, std::min(d, days_in_month(yy, m)));
    } else {
      first = day(yy, 1, 1);
      last = day(yy, 12, 31);
      p = DatePrecision::year;
    }
  }
  if (first < day(1, 1, 1) || last > day(9999, 12, 31)) return false;
  emit_date(b, e, first, last, p, true);
  return true;
}

// "in two weeks" names a day when nothing in the sentence tells of the past
// ("it was built in 48 hours" is a duration).
bool Scanner::future_in(std::size_t start, std::size_t e) const {
  if (start == 0 || !word_is(start - 1, "in")) return false;
  if (e < t_.size() && t_[e].kind != Token::symbol && !word_is(e, "time")) return false;
  // Past forms (irregular ones; "-ed" is tested below): "we got 10k in one day" is a duration.
  static const std::unordered_set<std::string_view> kPast = {
      "was", "were", "took", "had", "did", "built", "made", "sold", "spent", "ran", "grew", "fell", "rose",
      "lasted", "finished", "completed", "done", "got", "went", "came", "won", "lost", "wrote", "drove", "flew",
      "swam", "rode", "paid", "bought", "sent", "read", "ate", "drank", "slept", "left", "met", "saw", "gave",
      "kept", "held", "found", "brought", "caught", "taught", "thought", "became", "began", "broke",
      "drew", "fought", "knew", "led", "rang", "sang", "sat", "shot", "stood", "threw", "wore", "woke"};
  for (std::size_t k = 0; k + 1 < start; ++k) {
    if (!is_word(k)) continue;
    const std::string& w = t_[k].lower;
    if (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) return false;
    if (kPast.count(w)) return false;
  }
  return true;
}

// A part of the day at j, lower case: 1 "morning", 2 "afternoon", "evening",
// "night"; 0 if none.  It names no time of its own ("parts of a day are not
// read"), but it is in the day's span and makes a bare hour the evening's.
int Scanner::part_of_day(std::size_t j) const {
  if (!is_word(j) || t_[j].upper) return 0;
  const std::string& w = t_[j].lower;
  return w == "morning" ? 1 : w == "afternoon" || w == "evening" || w == "night" ? 2 : 0;
}

// "the day after tomorrow", "the day before yesterday", "earlier this month",
// "later this year", "year to date".
bool Scanner::try_relative_words(std::size_t i) {
  // Which form, before the anchor is looked up (most words start none).
  const std::size_t after = match_words(i, {"the", "day", "after", "tomorrow"});
  const std::size_t before = after ? 0 : match_words(i, {"the", "day", "before", "yesterday"});
  const std::size_t to_date = match_words(i, {"year", "to", "date"}) +
                              match_words(i, {"year", "-", "to", "-", "date"}) + match_words(i, {"ytd"});
  const bool earlier = word_is(i, "earlier"), later = word_is(i, "later");
  const bool part = (earlier || later) && word_is(i + 1, "this") &&
                    (word_is(i + 2, "month") || word_is(i + 2, "year") || word_is(i + 2, "week"));
  if (!after && !before && !to_date && !part) return false;
  std::optional<Quantity> a = anchor(true);
  if (!a || a->date_precision != DatePrecision::day) return false;
  const int64_t today = static_cast<int64_t>(a->value);
  if (after || before) {
    const int64_t d = after ? today + 2 : today - 2;
    emit_date(i, i + after + before, d, d, DatePrecision::day, true);
    join_clock(i, i + after + before, false);  // "the day after tomorrow at 10am"
    return true;
  }
  int y, m, d;
  civil_from_days(today, y, m, d);
  if (to_date) {
    emit_date(i, i + to_date, day(y, 1, 1), today, DatePrecision::day, true, true);
    return true;
  }
  // Day precision: both ends are exact days (the period's first or last, and today), unlike
  // "early March", whose ten days are a convention.
  int64_t first = 0, last = 0;
  if (word_is(i + 2, "month")) first = month_first(y, m), last = month_last(y, m);
  else if (word_is(i + 2, "year")) first = day(y, 1, 1), last = day(y, 12, 31);
  else first = today - (((today % 7) + 7 + 3) % 7), last = first + 6;
  if (earlier) emit_date(i, i + 3, first, today, DatePrecision::day, true, true);
  else emit_date(i, i + 3, today, last, DatePrecision::day, true, true);
  return true;
}

// "this time last year", "this time next month": the same day a period away
// (29 February a year on is 28 February).
bool Scanner::try_this_time(std::size_t i) {
  if (!word_is(i, "this") || !word_is(i + 1, "time")) return false;
  const int dir = word_is(i + 2, "last") ? -1 : word_is(i + 2, "next") ? 1 : 0;
  if (!dir || !is_word(i + 3)) return false;
  const std::string& unit = t_[i + 3].lower;
  if (unit != "year" && unit != "month" && unit != "week") return false;
  if (!emit_relative(i, i + 4, 1, unit, dir, true, 0, true)) mark(i, i + 4);
  return true;
}

// "next March" (the first March after the anchor's month), "last May" (the
// most recent before it), "this April" (the anchor's year).
bool Scanner::try_relative_month(std::size_t i) {
  const std::string& w = t_[i].lower;
  const int dir = w == "next" ? 1 : w == "last" ? -1 : w == "this" ? 0 : 2;
  if (dir == 2 || !is_word(i + 1)) return false;
  bool full = false;
  const int mo = month_word(t_[i + 1].lower, &full);
  const bool ambiguous = t_[i + 1].lower == "may" || t_[i + 1].lower == "march" || t_[i + 1].lower == "mar";
  if (!mo || !(full || t_[i + 1].upper) || (ambiguous && !t_[i + 1].upper)) return false;
  std::size_t e = i + 2;
  if (!full && is_sym(e, ".") && glued(e) && e + 1 < size()) ++e;
  std::size_t day_end = 0;
  if (is_num(e) || ordinal_day(e, day_end)) return false;  // "next March 5": the date reader's
  std::optional<Quantity> a = anchor(true);
  if (!a) return false;
  int y, m, d;
  civil_from_days(static_cast<int64_t>(a->value), y, m, d);
  if (dir == 1 && mo <= m) ++y;
  if (dir == -1 && mo >= m) --y;
  emit_date(i, e, month_first(y, mo), month_last(y, mo), DatePrecision::month, true);
  return true;
}

// "next week Wednesday", "last week Friday", "this week Monday", and the weekday
// first: "Tuesday next week", "Friday last week".
bool Scanner::try_week_weekday(std::size_t i) {
  const bool weekday_first = weekday_word(t_[i].lower) != 0;
  const std::size_t d = weekday_first ? i + 1 : i;  // "next"/"last"/"this"
  int dir = 0;
  if (word_is(d, "next")) dir = 1;
  else if (word_is(d, "last")) dir = -1;
  else if (!word_is(d, "this")) return false;
  if (!word_is(d + 1, "week")) return false;
  const int wd = weekday_first ? weekday_word(t_[i].lower) : is_word(i + 2) ? weekday_word(t_[i + 2].lower) : 0;
  if (!wd) return false;
  std::optional<Quantity> a = anchor(true);
  if (!a) return false;
  const int64_t base = static_cast<int64_t>(a->value);
  const int64_t monday = base - (((base % 7) + 7 + 3) % 7) + dir * 7;
  emit_date(i, i + 3, monday + wd - 1, monday + wd - 1, DatePrecision::day, true);
  return true;
}

// "every Tuesday and Thursday", "each Monday, Wednesday or Friday": the weekday at i closes a list
// of weekdays after "every" or "each", a set with no date.
bool Scanner::weekday_set_before(std::size_t i) const {
  for (std::size_t k = i; k > 0 && i - k < 8; --k) {
    const std::size_t p = k - 1;
    if (word_is(p, "every") || word_is(p, "each")) return k < i;
    if (!(word_is(p, "and") || word_is(p, "or") || is_sym(p, ",") || (is_word(p) && weekday_word(t_[p].lower))))
      return false;
  }
  return false;
}

// Weekdays: "on Friday", "last Monday", "next Tuesday", "this Friday".
bool Scanner::try_weekday(std::size_t i) {
  const std::string& w = t_[i].lower;
  std::size_t wi = i;
  int mod = 9;  // 9 = bare; 2 = "next": that day of next week (RT's reading, Monday-first weeks)
  if (w == "last" || w == "past") mod = -1, ++wi;
  else if (w == "next") mod = 2, ++wi;
  else if (w == "coming") mod = 1, ++wi;
  else if (w == "this" && word_is(i + 1, "coming")) mod = 1, wi += 2;  // "this coming Friday": the first one ahead
  else if (w == "this") mod = 0, ++wi;
  if (!is_word(wi) || !weekday_word(t_[wi].lower)) return false;  // most words: no weekday, nothing to decide
  const bool on = i > 0 && (word_is(i - 1, "on") || word_is(i - 1, "since") || word_is(i - 1, "until") ||
                            word_is(i - 1, "by") || word_is(i - 1, "from"));
  // "Monday, April 27, 2026": the weekday only names the date that follows.
  std::size_t day_end = 0;
  const bool dated = is_word(wi + 1) ? month_word(t_[wi + 1].lower) != 0 ||
                                           (word_is(wi + 1, "the") && (is_num(wi + 2) || ordinal_day(wi + 1, day_end)))
                     : is_sym(wi + 1, ",") && word_is(wi + 2, "the") ? is_num(wi + 3) || ordinal_day(wi + 2, day_end)
                     : is_num(wi + 1) && is_word(wi + 2) && month_word(t_[wi + 2].lower) ? true  // "Thursday 7 May"
                                     : (is_sym(wi + 1, ",") && is_word(wi + 2) && month_word(t_[wi + 2].lower) != 0) ||
                                           (is_sym(wi + 1, ",") && is_num(wi + 2));
  // "I went there Saturday", "the company said Tuesday that": a capitalised weekday
  // after a lower-case word and before the end of a phrase or a part of the day ("Saturday night"; not "every Saturday"),
  // when the text has a date of its own: without one the anchor would be whatever date came last
  // (a photo caption's), too weak a guess for so weak a cue.
  const int part = part_of_day(wi + 1);  // "Tuesday afternoon", "on Monday night"
  const bool bare = mod == 9 && !on && ctx_.reference_date && t_[i].upper && i > 0 && is_word(i - 1) && !t_[i - 1].upper &&
                    boundary_after(i + 1 + (part ? 1 : 0)) && !ordinal_suffix(t_[i - 1]) && !word_is(i - 1, "every") && !word_is(i - 1, "each") &&
                    !word_is(i - 1, "a") && !word_is(i - 1, "the") && !word_is(i - 1, "of") && !word_is(i - 1, "per") &&
                    !weekday_set_before(i);
  // "Friday at 6pm" opening a sentence: a capitalised weekday with a clock time after "at" is a datetime.
  const bool timed = mod == 9 && !on && !bare && ctx_.reference_date && t_[i].upper && word_is(wi + 1, "at") &&
                     (is_num(wi + 2) || word_is(wi + 2, "noon") || word_is(wi + 2, "midnight")) &&
                     (i == 0 || (is_word(i - 1) && !t_[i - 1].upper && !word_is(i - 1, "every") &&
                                 !word_is(i - 1, "each") && !word_is(i - 1, "a") && !word_is(i - 1, "the") &&
                                 !word_is(i - 1, "of") && !word_is(i - 1, "per")));
  if (is_word(wi) && (mod != 9 || (t_[wi].upper && (on || bare || timed))) && !dated) {
    int wd = weekday_word(t_[wi].lower);
    if (wd) {
      std::optional<Quantity> a = anchor(true);
      if (!a) return false;
      int64_t base = static_cast<int64_t>(a->value);
      int64_t today = ((base % 7) + 7 + 3) % 7 + 1;  // 1 = Monday
      int64_t target;
      if (mod == 1) target = base + ((wd - today + 7) % 7 == 0 ? 7 : (wd - today + 7) % 7);
      else if (mod == -1) target = base - ((today - wd + 7) % 7 == 0 ? 7 : (today - wd + 7) % 7);
      else if (mod == 0) target = base - (today - 1) + (wd - 1);
      else if (mod == 2) target = base - (today - 1) + 7 + (wd - 1);
      else target = base - (today - wd + 7) % 7;  // news: the most recent such day
      const std::size_t e = wi + 1 + (part ? 1 : 0);
      emit_date(i, e, target, target, DatePrecision::day, true);
      join_clock(i, e, part == 2);  // "Tuesday at 8", "8pm Friday": one datetime
      return true;
    }
  }
  return false;
}

bool Scanner::try_relative(std::size_t i) {
  if (!is_word(i)) return false;
  if (try_relative_words(i) || try_this_time(i) || try_week_weekday(i) || try_weekend(i) || try_week_of(i)) return true;
  const std::string& w = t_[i].lower;
  auto day_shift = [&](std::size_t e, int delta, bool deictic) {
    std::optional<Quantity> a = anchor(deictic);
    if (!a) return false;
    int64_t base = static_cast<int64_t>(a->value);
    emit_date(i, e, base + delta, base + delta, DatePrecision::day, true);
    return true;
  };
  // A clock time with the day makes one datetime: "tomorrow at 8pm", "8pm tomorrow".
  // A part of the day after it is in the span ("tomorrow evening"); the value stays the day.
  auto named_day = [&](int delta) {
    const int part = w == "tonight" ? 0 : part_of_day(i + 1);
    if (!day_shift(i + 1 + (part ? 1 : 0), delta, true)) return false;
    join_clock(i, i + 1 + (part ? 1 : 0), w == "tonight" || part == 2);
    return true;
  };
  if (w == "yesterday") return named_day(-1);
  if (w == "tomorrow") return named_day(1);
  if (w == "today" && !is_sym(i + 1, "'")) return named_day(0);
  if (w == "tonight") return named_day(0);
  // "last night": yesterday evening (not "the last night of the tour", "his last night there"), only
  // when the text has a reference date: without one the anchor is whatever date came last, too weak
  // a guess for a phrase quoted speech uses so often.
  static const std::unordered_set<std::string_view> kOwners = {"the", "his", "her", "their", "my",
                                                                "our", "your", "its", "s"};  // "Paris's"
  if (w == "last" && word_is(i + 1, "night") && ctx_.reference_date &&
      !(i > 0 && is_word(i - 1) && kOwners.count(t_[i - 1].lower))) {
    if (!day_shift(i + 2, -1, true)) return false;
    join_clock(i, i + 2, true);  // "last night at 11": 23:00 yesterday
    return true;
  }
  if (std::size_t len = match_words(i, {"this", "morning"}) + match_words(i, {"this", "afternoon"}) +
                        match_words(i, {"this", "evening"})) {
    if (!day_shift(i + len, 0, true)) return false;
    join_clock(i, i + len, !word_is(i + 1, "morning"));  // "this evening at 7": 19:00 today
    return true;
  }
  if (std::size_t len = match_words(i, {"the", "next", "day"}) + match_words(i, {"the", "following", "day"}) +
                        match_words(i, {"the", "day", "after"}) + match_words(i, {"next", "day"}) +
                        match_words(i, {"a", "day", "later"}))
    return day_shift(i + len, 1, false);
  if (std::size_t len = match_words(i, {"the", "previous", "day"}) + match_words(i, {"the", "day", "before"}) +
                        match_words(i, {"a", "day", "earlier"}))
    return day_shift(i + len, -1, false);
  if (std::size_t len = match_words(i, {"the", "same", "day"})) return day_shift(i + len, 0, false);
  if (try_weekday(i) || try_relative_month(i)) return true;
  // last/this/next week|month|year|quarter, the following/previous week|month|year
  int dir = 2;
  std::size_t k = i;
  if (w == "last" || w == "previous") dir = -1;
  else if (w == "this" || w == "current") dir = 0;
  else if (w == "next" || w == "following" || w == "coming") dir = 1;
  else if (w == "the" && is_word(i + 1)) {
    const std::string& w2 = t_[i + 1].lower;
    if (w2 == "following" || w2 == "next") dir = 1;
    else if (w2 == "previous" || w2 == "preceding") dir = -1;
    if (dir != 2) k = i + 1;
  }
  // "the week after next", "the month after next": two steps ahead.
  const bool after_next = dir == 2 && w == "the" && match_words(i + 2, {"after", "next"});
  const bool before_last = dir == 2 && w == "the" && match_words(i + 2, {"before", "last"});  // two steps back
  if (before_last) dir = -2;
  if ((dir == 2 && !after_next) || !is_word(k + 1)) return false;
  const std::string& u = t_[k + 1].lower;
  if (u != "week" && u != "month" && u != "year" && u != "quarter") return false;
  // "last year's", "this year" are dates; "next year" too.  "the following
  // week" is narrative (after the last date), "next week" deictic (after today).
  std::optional<Quantity> a = anchor(k == i);
  if (!a) return false;
  int y, m, d;
  civil_from_days(static_cast<int64_t>(a->value), y, m, d);
  std::size_t e = k + (after_next || before_last ? 4 : 2);
  if (u == "week") {
    int64_t base = static_cast<int64_t>(a->value);
    // Monday of the anchor's week (1970-01-01 was a Thursday).
    int64_t weekday = ((base % 7) + 7 + 3) % 7;  // 0 = Monday
    int64_t monday = base - weekday + dir * 7;
    emit_date(i, e, monday, monday + 6, DatePrecision::day, true, true);
    return true;
  }
  if (u == "month") {
    int total = y * 12 + (m - 1) + dir;
    int yy = static_cast<int>(std::floor(total / 12.0));
    int mm = total - yy * 12 + 1;
    // "the 1st of next month", "the third of this month": that day of the month named.
    if (i >= 3 && word_is(i - 1, "of")) {
      std::size_t b = 0, end = 0;
      int dd = 0;
      if (is_word(i - 2) && glued(i - 2) && ordinal_suffix(t_[i - 2]) && is_num(i - 3)) {
        const Num n = parse_digits_token(i - 3);
        if (n.ok && n.plain_int && n.int_digits <= 2) dd = static_cast<int>(n.value), b = i - 3;
      } else {
        for (std::size_t j = i - 2; j + 4 >= i && j > 0 && !dd; --j)
          if (word_is(j - 1, "the") && ordinal_day(j, end) && end == i - 1) dd = ordinal_day(j, end), b = j;
      }
      if (dd && word_is(b - 1, "the") && !used_[b - 1] && valid_date(yy, mm, dd)) {
        emit_date(b - 1, e, day(yy, mm, dd), day(yy, mm, dd), DatePrecision::day, true);
        return true;
      }
    }
    // "next month's 5th", "this month's twentieth": that day of the month named.
    if (is_sym(e, "'") && glued(e) && word_is(e + 1, "s") && glued(e + 1)) {
      std::size_t de = 0;
      int dd = 0;
      if (is_num(e + 2) && is_word(e + 3) && glued(e + 3) && ordinal_suffix(t_[e + 3])) {
        const Num n = parse_digits_token(e + 2);
        if (n.ok && n.plain_int && n.int_digits <= 2) dd = static_cast<int>(n.value), de = e + 4;
      } else {
        dd = ordinal_day(e + 2, de);
      }
      if (dd && valid_date(yy, mm, dd)) {
        emit_date(i, de, day(yy, mm, dd), day(yy, mm, dd), DatePrecision::day, true);
        return true;
      }
    }
    emit_date(i, e, month_first(yy, mm), month_last(yy, mm), DatePrecision::month, true);
    return true;
  }
  if (u == "quarter") {
    int qi = (m - 1) / 3 + dir;
    int yy = y + static_cast<int>(std::floor(qi / 4.0));
    qi = ((qi % 4) + 4) % 4;
    emit_date(i, e, month_first(yy, 3 * qi + 1), month_last(yy, 3 * qi + 3), DatePrecision::quarter, true);
    return true;
  }
  int yy = y + dir;
  emit_date(i, e, day(yy, 1, 1), day(yy, 12, 31), DatePrecision::year, true);
  return true;
}

}  // namespace claimcheck::values
