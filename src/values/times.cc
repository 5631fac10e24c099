// Clock times written with words: "noon", "midnight", "3 o'clock", "ten
// o'clock", "half past ten", "quarter to five", "twenty past seven"; and the
// "am"/"p.m." reader the digit times ("8:30am", amounts.cc) share.
#include "values/lexicon.h"
#include "values/scanner_impl.h"

namespace claimcheck::values {

// "am", "PM", "a.m.", "p.m" at j: 1 am, 2 pm, 0 none; `len` its tokens.
int Scanner::meridiem(std::size_t j, std::size_t& len) const {
  if (!is_word(j)) return 0;
  const std::string& w = t_[j].lower;
  if (w == "am" || w == "pm") return len = 1, w == "am" ? 1 : 2;
  if ((w == "a" || w == "p") && is_sym(j + 1, ".") && glued(j + 1) && word_is(j + 2, "m") && glued(j + 2)) {
    len = is_sym(j + 3, ".") && glued(j + 3) ? 4 : 3;
    return w == "a" ? 1 : 2;
  }
  return 0;
}

// A time zone as news writes it after a clock time ("GMT", "ET") at j.
bool Scanner::zone_at(std::size_t j) const {
  static const char* const kZones[] = {"UTC", "GMT", "BST", "CET", "CEST", "EET", "EEST", "WET", "EST", "EDT",
                                       "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "CT", "JST",
                                       "KST", "HKT", "SGT", "AEST", "AEDT", "MSK", "IST"};
  if (!is_word(j)) return false;
  for (const char* z : kZones)
    if (t_[j].text == z) return true;
  return false;
}

// An hour 1..12 at j, in digits or words ("7", "seven"); 0 if none.
int Scanner::clock_hour(std::size_t j) const {
  double h = -1;
  if (is_num(j)) {
    const Num n = parse_digits_token(j);
    if (n.ok && n.plain_int) h = n.value;
  } else if (is_word(j)) {
    h = number_word(t_[j].lower);
  }
  return h >= 1 && h <= 12 && h == static_cast<int>(h) ? static_cast<int>(h) : 0;
}

// "o'clock" at j: its token count, else 0.
std::size_t Scanner::oclock_at(std::size_t j) const {
  return match_words(j, {"o", "'", "clock"});
}

bool Scanner::emit_clock(std::size_t b, std::size_t e, int hour, int minute) {
  std::size_t len = 0;
  if (const int half = meridiem(e, len)) {  // "half past ten pm", "3 o'clock p.m."
    hour = hour % 12 + (half == 2 ? 12 : 0);
    e += len;
  } else if (std::size_t part = match_words(e, {"in", "the", "evening"}) + match_words(e, {"in", "the", "afternoon"}) +
                                match_words(e, {"at", "night"})) {
    if (hour < 12) hour += 12;  // "4 in the afternoon"
    e += part;
  } else if (std::size_t morning = match_words(e, {"in", "the", "morning"})) {
    if (hour == 12) hour = 0;  // "8 o'clock in the morning"
    e += morning;
  } else if (hour < 12 && word_is(e, "tonight")) {
    hour += 12;  // "eight o'clock tonight": the evening's eight (joined with its day, datetimes.cc)
  }
  Found f;
  f.q.kind = QuantityKind::time;
  f.q.value = (hour % 24) * 60 + minute;
  f.q.digits = 2;
  if (zone_at(e)) f.q.unit = t_[e].text, ++e;  // "9-11am ET", "noon GMT"
  if (const std::size_t lead = near_time_lead(b)) b -= lead, f.q.approximate = true;  // "just before midnight"
  emit(std::move(f), b, e);
  return true;
}

// "just after 8 a.m.", "shortly before midnight": 2 when those words end at b, else 0.
std::size_t Scanner::near_time_lead(std::size_t b) const {
  return b >= 2 && (word_is(b - 2, "just") || word_is(b - 2, "shortly")) &&
                 (word_is(b - 1, "after") || word_is(b - 1, "before"))
             ? 2
             : 0;
}

// "9-11am ET", "9am-5pm ET", "10:00-11:30 GMT": a zone written once, after the second time of a
// range, is the first time's too.
void Scanner::share_zone(const Found& second, std::size_t b) {
  if (out_.empty() || b == 0) return;
  Found& first = out_.back();
  if (first.q.kind != QuantityKind::time || !first.q.unit.empty()) return;
  std::size_t j = b;
  while (j > 0 && t_[j - 1].begin >= first.q.end) --j;
  const bool joined = b - j == 1 && (is_sym(j, "-") || word_is(j, "to") || word_is(j, "and") ||
                                      word_is(j, "until") || word_is(j, "till"));
  if (joined) first.q.unit = second.q.unit;
}

bool Scanner::try_named_time(std::size_t i) {
  if (!is_word(i) && !is_num(i)) return false;
  const std::string_view w = is_word(i) ? std::string_view(t_[i].lower) : std::string_view();
  if (w == "noon" || w == "midnight" || w == "midday") {
    if (i > 0 && is_sym(i - 1, "-") && glued(i)) return false;  // "after-midnight" as one word
    return emit_clock(i, i + 1, w == "midnight" ? 0 : 12, 0);
  }
  // Cheap words first: most numbers have neither "in"/"at" after nor "at" before.
  const bool part_after = word_is(i + 1, "in") || word_is(i + 1, "at");
  const bool at_before = i > 0 && word_is(i - 1, "at") && is_word(i) && is_word(i + 1);
  // "seven thirty pm" without "at": hour and minutes in words need the am/pm.
  // Cheap test first: an "am"/"pm"/"a.m." two to four tokens on (most word pairs have none).
  const auto meridiem_near = [&] {
    for (std::size_t j = i + 2; j <= i + 4 && j < size(); ++j)
      if (is_word(j) && t_[j].lower.size() <= 2 && (t_[j].lower[0] == 'a' || t_[j].lower[0] == 'p')) return true;
    return false;
  };
  const bool words_then_meridiem = !at_before && is_word(i) && is_word(i + 1) && meridiem_near();
  if (const int h = part_after || at_before || words_then_meridiem ? clock_hour(i) : 0) {
    // "4 in the afternoon", "3 in the morning", "10 at night"
    if (match_words(i + 1, {"in", "the", "morning"}) || match_words(i + 1, {"in", "the", "afternoon"}) ||
        match_words(i + 1, {"in", "the", "evening"}) || match_words(i + 1, {"at", "night"}))
      return emit_clock(i, i + 1, h, 0);
    // "at seven thirty", "at six forty-five": hour and minutes in words after "at"
    if (is_word(i) && (at_before || words_then_meridiem) && is_word(i + 1) && number_word(t_[i + 1].lower) >= 10) {
      const Num n = parse_number(i + 1, false);
      std::size_t len = 0;
      if (n.ok && n.words && !n.weak && n.value >= 10 && n.value <= 59 && n.value == static_cast<int>(n.value) &&
          ((at_before && boundary_after(n.end)) || meridiem(n.end, len)))
        return emit_clock(i, n.end, h, static_cast<int>(n.value));
    }
  }
  if (i > 0 && word_is(i - 1, "at")) {
    // "at half nine" (British): half past the hour.
    if (w == "half" && clock_hour(i + 1) && boundary_after(i + 2)) return emit_clock(i, i + 2, clock_hour(i + 1), 30);
    // "at 1800 hours": the 24-hour clock read aloud.
    if (is_num(i) && word_is(i + 1, "hours") && t_[i].text.size() == 4) {
      const Num n = parse_digits_token(i);
      const int hhmm = n.ok && n.plain_int ? static_cast<int>(n.value) : -1;
      if (hhmm >= 0 && hhmm / 100 <= 23 && hhmm % 100 <= 59) return emit_clock(i, i + 2, hhmm / 100, hhmm % 100);
    }
  }
  // Most numbers have none of these words after them: look before reading.
  const auto clock_word = [&](std::size_t j) {
    return is_word(j) && (t_[j].lower == "past" || t_[j].lower == "to" || t_[j].lower == "after" ||
                          t_[j].lower == "minutes" ||
                          t_[j].lower == "minute" || t_[j].lower == "o" || t_[j].lower == "noon" ||
                          t_[j].lower == "midnight");
  };
  if (!clock_word(i + 1) && !clock_word(i + 2) && !clock_word(i + 3)) return false;
  if (const std::size_t len = oclock_at(i + 1); len && clock_hour(i))  // "3 o'clock"
    return emit_clock(i, i + 1 + len, clock_hour(i), 0);
  if ((word_is(i + 1, "noon") || word_is(i + 1, "midnight")) && clock_hour(i) == 12)  // "12 noon"
    return emit_clock(i, i + 2, t_[i + 1].lower == "noon" ? 12 : 0, 0);
  // "half past ten", "quarter to five", "twenty past seven", "10 minutes to 6";
  // a bare "5 to 6" or "ten to six" is a range, not a time.
  int minutes = 0;
  bool said_minutes = false;
  std::size_t k = i + 1;
  if (w == "half") minutes = 30;
  else if (w == "quarter") minutes = 15;
  else if (word_is(i, "a") && word_is(i + 1, "quarter")) minutes = 15, k = i + 2;
  else if (is_num(i) || (is_word(i) && number_word(w) > 0)) {
    const Num n = parse_number(i, false);
    if (!n.ok || n.value < 1 || n.value > 29 || n.value != static_cast<int>(n.value)) return false;
    minutes = static_cast<int>(n.value);
    k = n.end;
    if (word_is(k, "minutes") || word_is(k, "minute")) ++k, said_minutes = true;
  }
  // "a quarter after three" (US) is "past"; only with "quarter" or after "at": "ten after six" may be a score.
  const bool after =
      word_is(k, "after") && (w == "quarter" || word_is(i, "a") || (i > 0 && word_is(i - 1, "at")));
  if (!minutes || !(word_is(k, "past") || word_is(k, "to") || after)) return false;
  const bool before = t_[k].lower == "to";
  std::size_t len = 0;
  // "ten to six" stays a range; "ten to eight pm" and "at twenty to nine" are times; "9 to 11 a.m."
  // in digits is a range of times.
  if (before && !said_minutes && w != "half" && w != "quarter" && !word_is(i, "a") &&
      (!meridiem(k + 2, len) || is_num(i)) && !(i > 0 && word_is(i - 1, "at")))
    return false;
  if (before && w == "half") return false;  // "half to" is no time
  const bool noon = word_is(k + 1, "noon") || word_is(k + 1, "midday"), midnight = word_is(k + 1, "midnight");
  const int h = noon || midnight ? 12 : clock_hour(k + 1);
  if (!h || !(boundary_after(k + 2) || meridiem(k + 2, len))) return false;
  int hour = before ? (h + 11) % 12 : h;
  const int minute = before ? 60 - minutes : minutes;
  if (midnight) hour = before ? 23 : 0;  // "quarter to midnight" 23:45, "ten past midnight" 00:10
  else if (noon && !before) hour = 12;
  std::size_t e = k + 2;
  if (std::size_t len = oclock_at(e)) e += len;
  return emit_clock(i, e, hour == 0 && !midnight ? 12 : hour, minute);  // "quarter to one" 12:45
}

}  // namespace claimcheck::values
