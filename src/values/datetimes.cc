// A clock time on a day named by a deictic word: "tomorrow at 8pm", "today at
// 10:30 am", "tonight at 9", "8pm tomorrow".  One quantity, as Recognizers-
// Text's datetime: a `time` (minutes after midnight, compared as a time of day)
// that carries its day (min = max = the day, date_precision day).  A time after
// an absolute date ("March 5, 2026 at 3pm") stays a date and a time: the date
// is what a checker compares across articles.
#include "values/scanner_impl.h"

namespace claimcheck::values {

// The day was just emitted (out_.back()) for tokens [at, e).
void Scanner::join_clock(std::size_t at, std::size_t e, bool evening) {
  const Quantity day = out_.back().q;
  auto carry = [&](Quantity& t) {
    t.min = t.max = day.value;
    t.date_precision = DatePrecision::day;
    t.inferred = t.inferred || day.inferred;
  };
  // "8pm tomorrow": the time was read right before the day.
  if (out_.size() >= 2 && at > 0) {
    Quantity& t = out_[out_.size() - 2].q;
    // "9.30pm on Tuesday": the time, "on", then the day.
    const std::size_t last = at >= 2 && word_is(at - 1, "on") && t.end == t_[at - 2].end ? at - 2 : at - 1;
    // "at 8 tomorrow morning", "at 9 tonight": an hour alone after "at" is a clock time here.
    if (t.kind == QuantityKind::number && last >= 1 && is_num(last) && word_is(last - 1, "at") &&
        t.begin == t_[last].begin && t.end == t_[last].end && !t.approximate && t.bound == Bound::exact &&
        t.unit.empty() && clock_hour(last)) {
      const int hour = clock_hour(last);
      t = Quantity{};
      t.kind = QuantityKind::time;
      t.value = (evening && hour < 12 ? hour + 12 : hour) * 60;
      t.digits = 2;
      t.begin = t_[last].begin;
      t.end = t_[last].end;
      out_[out_.size() - 2].bare = false;
    }
    std::size_t first = last;  // the time's first token
    while (first > 0 && t_[first].begin > t.begin) --first;
    // "from 8 p.m. to 10 p.m. tonight": a range of times keeps its day apart.
    const bool ranged = first > 0 && (word_is(first - 1, "to") || word_is(first - 1, "until") ||
                                      word_is(first - 1, "and") || is_sym(first - 1, "-"));
    if (t.kind == QuantityKind::time && t.date_precision == DatePrecision::none && t.end == t_[last].end &&
        !ranged) {
      // "7:30 tomorrow evening": a morning hour without am/pm is the evening's.
      std::size_t len = 0;
      bool stated = false;
      for (std::size_t k = first; k <= last; ++k) stated = stated || meridiem(k, len) || word_is(k, "in");
      if (evening && !stated && t.value >= 60 && t.value < 12 * 60) t.value += 12 * 60;
      t.end = day.end;
      carry(t);
      out_.pop_back();
      return;
    }
  }
  if (!word_is(e, "at")) return;
  const std::size_t k = e + 1, before = out_.size();
  std::size_t len = 0;
  // "tonight at 9", "tomorrow at 7": an hour alone after "at" is a clock time here.
  if (is_num(k) && clock_hour(k) && !is_sym(k + 1, ":") && !meridiem(k + 1, len) && boundary_after(k + 1) &&
      !word_is(k + 1, "percent")) {
    const int hour = clock_hour(k);
    emit_clock(k, k + 1, evening && hour < 12 ? hour + 12 : hour, 0);
  } else if (!try_named_time(k) && !try_amount(k)) {
    return;
  }
  if (out_.size() != before + 1 || out_.back().q.kind != QuantityKind::time) return;
  // "tonight at 10:30": an evening's clock time without am/pm is the evening's.
  if (evening && is_num(k) && is_sym(k + 1, ":") && is_num(k + 2) && !meridiem(k + 3, len) &&
      out_.back().q.value < 12 * 60 && clock_hour(k))
    out_.back().q.value += 12 * 60;
  Found t = std::move(out_.back());
  out_.pop_back();
  t.q.begin = day.begin;
  carry(t.q);
  out_.back() = std::move(t);  // replaces the day
}

}  // namespace claimcheck::values
