// Periods made of days: "this weekend", "the first week of July", "the last
// week of June 2026", "the first week of 2027"; a range of two dates ("from
// March to May", "from January 2020 to March 2021"); days of one month
// ("between 3 and 12 of Sept", "from 4 to 8 June 2025"); and spans counted
// from today ("the past 7 days", "the next 3 days").  Ends are inclusive days.
#include <cmath>

#include "base/calendar.h"
#include "values/lexicon.h"
#include "values/scanner_impl.h"

namespace claimcheck::values {

namespace {

int64_t day(int y, int m, int d) { return base::days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)); }
int64_t monday_of(int64_t d) { return d - (((d % 7) + 7 + 3) % 7); }  // 1970-01-01 was a Thursday

}  // namespace

// "this weekend", "the weekend", "last weekend", "next weekend": Saturday and
// Sunday of the reference date's week (Monday first), or the week before/after.
bool Scanner::try_weekend(std::size_t i) {
  int dir = 0;
  const std::string& w = t_[i].lower;
  if (w == "last" || w == "past" || w == "previous") dir = -1;
  else if (w == "next" || w == "coming") dir = 1;
  else if (w != "this" && w != "the") return false;
  if (!word_is(i + 1, "weekend")) return false;
  std::size_t e = i + 2;
  // "the weekend before last", "the weekend after next": two weeks away.
  if (w == "the" && match_words(e, {"before", "last"})) dir = -2, e += 2;
  else if (w == "the" && match_words(e, {"after", "next"})) dir = 2, e += 2;
  std::optional<Quantity> a = anchor(true);
  if (!a) return false;
  const int64_t saturday = monday_of(static_cast<int64_t>(a->value)) + 5 + 7 * dir;
  emit_date(i, e, saturday, saturday + 1, DatePrecision::day, true, true);
  return true;
}

// "the first week of July", "the last week of June 2026", "the second week of
// September", "the first week of 2027", "the third week of next month": days
// 1-7, 8-14, 15-21, 22-28, or the last seven days of the month or year.
bool Scanner::try_week_of(std::size_t i) {
  std::size_t k = i;
  if (word_is(k, "the")) ++k;
  // "the week of Oct 2": the week (Monday first) that holds that day.
  if (k > i && word_is(k, "week") && word_is(k + 1, "of") && k + 2 < size()) {
    const std::size_t found = out_.size();
    if (!try_date(k + 2)) return false;
    if (out_.size() != found + 1) return true;  // consumed, nothing emitted
    const Quantity q = out_.back().q;
    if (q.kind != QuantityKind::date || q.date_precision != DatePrecision::day) return true;  // "the week of May 2026"
    out_.pop_back();
    const int64_t monday = monday_of(static_cast<int64_t>(q.value));
    emit_date(i, next_, monday, monday + 6, DatePrecision::day, q.inferred, true);
    return true;
  }
  // "the last weekend of the month", "the first weekend of May": a Saturday and its Sunday.
  const bool weekend = word_is(k + 1, "weekend");
  if (!is_word(k) || !(weekend || word_is(k + 1, "week")) || !word_is(k + 2, "of")) return false;  // cheap words first
  const int nth = t_[k].lower == "last" ? -1 : ordinal_word(t_[k].lower);
  if (nth == 0 || nth > 4) return false;
  k += 3;
  int y = 0, m = 0;
  bool inferred = false, full = false;
  std::size_t e = k;
  if (is_word(k) && (m = month_word(t_[k].lower, &full)) && (full || t_[k].upper)) {
    e = k + 1;
    if (!full && is_sym(e, ".") && glued(e) && e + 1 < size()) ++e;
    std::size_t ye = is_sym(e, ",") ? e + 1 : e;
    if ((y = year_at(ye))) e = ye + 1;
    else if ((y = infer_year())) inferred = true;
    else return false;
  } else if ((y = year_at(k))) {
    e = k + 1;
  } else if ((m = deictic_month_at(k, y))) {  // "the third week of next month"
    e = k + 2;
    inferred = true;
  } else {
    return false;
  }
  const int64_t first = m ? day(y, m, 1) : day(y, 1, 1);
  const int64_t last = m ? day(y, m, base::days_in_month(y, m)) : day(y, 12, 31);
  if (weekend) {
    const int64_t first_saturday = first + (5 - (first - monday_of(first)) + 7) % 7;
    const int64_t last_saturday = last - ((last - monday_of(last)) - 5 + 7) % 7;
    const int64_t saturday = nth > 0 ? first_saturday + 7 * (nth - 1) : last_saturday;
    if (saturday > last) return mark(i, e), true;  // no fifth weekend
    emit_date(i, e, saturday, saturday + 1, DatePrecision::day, inferred, true);
    return true;
  }
  const int64_t from = nth > 0 ? first + 7 * (nth - 1) : last - 6;
  emit_date(i, e, from, from + 6, DatePrecision::day, inferred, true);
  return true;
}

namespace {

// First month of a season (meteorological, northern hemisphere): spring 3,
// summer 6, autumn/fall 9, winter 12 (December to February); 0 if none.
int season_month(std::string_view w) {
  return w == "spring" ? 3 : w == "summer" ? 6 : w == "autumn" || w == "fall" ? 9 : w == "winter" ? 12 : 0;
}

}  // namespace

// Seasons as months: "summer 2026", "the autumn of 2025", "fall 2026" (its
// year written), "last winter", "next spring", "this summer" (from the
// reference date: the last one ended before it, the next one starting after
// it, the one holding it or else the one of its year).  A season of year Y is
// three months from its first; winter Y is December Y to February Y+1.
bool Scanner::try_season(std::size_t i) {
  // The season word first (at i or after one word): most words name none.
  if (!season_month(t_[i].lower) && !(is_word(i + 1) && season_month(t_[i + 1].lower))) return false;
  std::size_t k = i;
  int dir = 2;  // 2: a year is written
  if (word_is(k, "the")) ++k;
  else if (word_is(k, "last") || word_is(k, "past")) dir = -1, ++k;
  else if (word_is(k, "next") || word_is(k, "coming")) dir = 1, ++k;
  else if (word_is(k, "this")) dir = 0, ++k;
  const int sm = is_word(k) ? season_month(t_[k].lower) : 0;
  if (!sm) return false;
  auto range = [&](int y, int64_t& first, int64_t& last) {
    first = day(y, sm, 1);
    const int em = sm + 2 > 12 ? sm - 10 : sm + 2, ey = sm + 2 > 12 ? y + 1 : y;
    last = day(ey, em, base::days_in_month(ey, em));
  };
  int64_t first = 0, last = 0;
  if (dir == 2) {  // "summer 2026", "the summer of 1969", "fall 2026"
    std::size_t ye = word_is(k + 1, "of") ? k + 2 : k + 1;
    if (word_is(k + 1, "of") && i == k) return false;  // "fall of 2026" without "the": the verb, too often
    const int y = year_at(ye);
    if (!y || (t_[k].lower == "fall" && !t_[k].upper && i == k && !(i > 0 && word_is(i - 1, "in")))) return false;
    range(y, first, last);
    emit_date(i, ye + 1, first, last, DatePrecision::month, false, true);
    return true;
  }
  if (k + 1 < size() && !boundary_after(k + 1) && !part_of_day(k + 1)) return false;  // "last summer's" is fine, "next spring break" is not
  std::optional<Quantity> a = anchor(true);
  if (!a) return false;
  const int64_t today = static_cast<int64_t>(a->value);
  int y, m, d;
  base::civil_from_days(today, y, m, d);
  // Candidates: the seasons starting in the years around today.
  int64_t best_first = 0, best_last = 0;
  bool found = false;
  for (int yy = y - 2; yy <= y + 1; ++yy) {
    range(yy, first, last);
    const bool ok = dir == -1 ? last < today : dir == 1 ? first > today : (first <= today && today <= last) || yy == y;
    if (!ok) continue;
    // last: the latest; next: the earliest; this: the one holding today, else the reference year's.
    if (!found || (dir == -1 && first > best_first) || (dir == 0 && first <= today && today <= last)) {
      best_first = first, best_last = last, found = true;
      if (dir == 1) break;
    }
  }
  if (!found) return false;
  emit_date(i, k + 1, best_first, best_last, DatePrecision::month, true, true);
  return true;
}

// Days of one month after a range of numbers ("between 3 and 12 of Sept",
// "from 4 to 8 June 2025"), the range read up to e: a range of dates.
bool Scanner::try_day_range(std::size_t start, double lo, double hi, std::size_t e) {
  if (lo < 1 || hi > 31 || lo != std::floor(lo) || hi != std::floor(hi)) return false;
  std::size_t k = word_is(e, "of") ? e + 1 : e;
  // "from 3 to 5 of this month"
  if (int y = 0, m = deictic_month_at(k, y); m && k > e) {
    if (!base::valid_date(y, m, static_cast<int>(hi))) return mark(start, k + 2), true;
    emit_date(start, k + 2, day(y, m, static_cast<int>(lo)), day(y, m, static_cast<int>(hi)), DatePrecision::day,
              true, true);
    return true;
  }
  bool full = false;
  const int m = is_word(k) ? month_word(t_[k].lower, &full) : 0;
  if (!m || !(full || t_[k].upper)) return false;
  e = k + 1;
  if (!full && is_sym(e, ".") && glued(e) && e + 1 < size()) ++e;  // "Sept. 2026", not a final period
  std::size_t ye = is_sym(e, ",") ? e + 1 : e;
  int y = year_at(ye);
  const bool inferred = y == 0;
  if (y) e = ye + 1;
  else if (!(y = infer_year())) return false;
  if (!base::valid_date(y, m, static_cast<int>(hi))) return mark(start, e), true;
  emit_date(start, e, day(y, m, static_cast<int>(lo)), day(y, m, static_cast<int>(hi)), DatePrecision::day, inferred,
            true);
  return true;
}

// "the past 7 days", "the last two weeks", "the next 3 days", "over the past
// three years": the amount read at [b, e) counted back from yesterday or on
// from tomorrow.  A unit finer than a day is left a duration.
bool Scanner::try_counted_period(std::size_t b, std::size_t e, double amount, const std::string& unit) {
  if (b < 2 || !word_is(b - 2, "the") || !is_word(b - 1)) return false;
  const std::string& w = t_[b - 1].lower;
  const int dir = w == "past" || w == "last" || w == "previous" ? -1 : w == "next" || w == "coming" ? 1 : 0;
  if (!dir || amount <= 0 || amount > 1000 || amount != std::floor(amount)) return false;
  std::optional<Quantity> a = anchor(true);
  if (!a || a->date_precision != DatePrecision::day) return false;
  const int64_t today = static_cast<int64_t>(a->value);
  const int n = static_cast<int>(amount);
  int64_t far = 0;
  if (unit == "day" || unit == "week") {
    far = today + dir * n * (unit == "week" ? 7 : 1);
  } else if (unit == "month" || unit == "year") {
    int y, m, d;
    base::civil_from_days(today, y, m, d);
    const int total = y * 12 + (m - 1) + dir * n * (unit == "year" ? 12 : 1);
    const int yy = static_cast<int>(std::floor(total / 12.0)), mm = total - yy * 12 + 1;
    if (yy < 1 || yy > 9999) return false;
    far = day(yy, mm, std::min(d, base::days_in_month(yy, mm)));
  } else {
    return false;
  }
  if (dir < 0) emit_date(b - 2, e, far, today - 1, DatePrecision::day, true, true);
  else emit_date(b - 2, e, today + 1, far, DatePrecision::day, true, true);
  return true;
}

// The two ends of a range of days, each read alone, are read together: a bare weekday after
// another is the first one on or after it ("between Monday and Wednesday"), and a bare first end
// takes the week or month the second names ("from Monday to Friday next week", "from the 3rd to
// the 7th of next month").  [ab, ae) and bb are the ends' first tokens.
void Scanner::anchor_range_ends(Quantity& a, std::size_t ab, std::size_t ae, Quantity& b, std::size_t bb) const {
  const int wa = ae == ab + 1 && is_word(ab) ? weekday_word(t_[ab].lower) : 0;
  const int wb = is_word(bb) ? weekday_word(t_[bb].lower) : 0;
  const int64_t da = static_cast<int64_t>(a.min), db = static_cast<int64_t>(b.min);
  if (wa && wb && b.end == t_[bb].end) {  // two bare weekdays
    if (db < da) b.value = b.min = b.max = static_cast<double>(da + (wb - wa + 7) % 7);
    return;
  }
  if (wa && wb && wa <= wb) {  // "Monday to Friday next week": Monday of that week
    const int64_t first = db - (wb - wa);
    a.value = a.min = a.max = static_cast<double>(first);
    return;
  }
  int ya, ma, dda, yb, mb, ddb;
  base::civil_from_days(da, ya, ma, dda);
  base::civil_from_days(db, yb, mb, ddb);
  if (word_is(ab, "the") && ae <= ab + 3 && (ya != yb || ma != mb) && dda <= ddb && base::valid_date(yb, mb, dda))
    a.value = a.min = a.max = static_cast<double>(day(yb, mb, dda));
}

// Two dates joined by "to", "until", "through" (or "-", "and" after "from",
// "between"): "from March to May", "from May 5 to May 10", "from January 2020
// to March 2021" become one range from the first day of the first to the last
// day of the second.
void Scanner::join_date_ranges(std::size_t from_found) {
  auto token_at = [&](std::size_t byte) {
    std::size_t k = 0;
    while (k < t_.size() && t_[k].begin < byte) ++k;
    return k;
  };
  for (std::size_t x = from_found; x + 1 < out_.size(); ++x) {
    Quantity& a = out_[x].q;
    Quantity& b = out_[x + 1].q;
    if (!a.is_date() || !b.is_date()) continue;
    const std::size_t ab = token_at(a.begin), ae = token_at(a.end), bb = token_at(b.begin);
    if (bb != ae + 1) continue;
    const bool from = ab > 0 && word_is(ab - 1, "from"), between = ab > 0 && word_is(ab - 1, "between");
    const bool joined = word_is(ae, "to") || word_is(ae, "until") || word_is(ae, "through") || word_is(ae, "till") ||
                        (from && is_sym(ae, "-")) || (between && word_is(ae, "and"));
    if (!joined || (between && !word_is(ae, "and"))) continue;
    if (a.date_precision != b.date_precision) continue;
    if (a.date_precision == DatePrecision::day && a.inferred && b.inferred) anchor_range_ends(a, ab, ae, b, bb);
    if (!(b.min > a.max) && !(a.inferred && !b.inferred)) continue;
    // "from Jan 5 to Jan 9, 2025", "September to November 2025": the year written
    // once, at the end, is the first date's too.
    const bool absolute = is_num(ab) || (is_word(ab) && month_word(t_[ab].lower));  // not "tomorrow"
    if (a.inferred && !b.inferred && a.kind == QuantityKind::date && absolute &&
        (a.date_precision == DatePrecision::day || a.date_precision == DatePrecision::month)) {
      int ya, ma, da, yb, mb, db;
      base::civil_from_days(static_cast<int64_t>(a.min), ya, ma, da);
      base::civil_from_days(static_cast<int64_t>(b.min), yb, mb, db);
      if (ya != yb && base::valid_date(yb, ma, da)) {
        const int64_t first = day(yb, ma, da);
        const int64_t last = a.date_precision == DatePrecision::day ? first : day(yb, ma, base::days_in_month(yb, ma));
        a.value = a.min = static_cast<double>(first);
        a.max = static_cast<double>(last);
        a.inferred = false;
      }
    }
    if (!(b.min > a.max)) continue;
    if (from || between) a.begin = t_[ab - 1].begin;
    a.end = b.end;
    a.kind = QuantityKind::daterange;
    a.bound = Bound::range;
    a.max = b.max;
    a.inferred = a.inferred || b.inferred;
    out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(x) + 1);
  }
}

}  // namespace claimcheck::values
