#pragma once
// The words the value layer knows, as data (lexicon.cc): number words, scale
// words and abbreviations, months, currencies, duration units, counted nouns,
// bound and approximation phrases.  All lookups take lower-case ASCII.
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/quantity.h"

namespace claimcheck::values {

// "seven" -> 7, "twenty" -> 20, "hundred" -> 100 (see is_scale_word); -1 if none.
double number_word(std::string_view lower);
// "thousand" 1e3 ... "trillion" 1e12, plus "lakh", "crore"; 0 if none.
double scale_word(std::string_view lower);
// Abbreviations written right after a number: "k"/"K" 1e3, "m"/"M"/"mn"/"mln" 1e6,
// "b"/"B"/"bn"/"bln" 1e9, "t"/"T"/"tn"/"trn" 1e12.  `as_written` keeps case:
// lower-case single letters "m", "b", "t" count only when `money` is true.
double scale_abbreviation(std::string_view as_written, bool money);
// "first" 1, "second" 2 ... "tenth" 10, "twenty-third" handled by the caller; 0 if none.
int ordinal_word(std::string_view lower);
// Denominators: "half" 2, "halves" 2, "third(s)" 3, "quarter(s)" 4, "fifth(s)" 5 ... "tenth(s)" 10,
// "hundredth(s)" 100, "thousandth(s)" 1e3 ... "trillionth(s)" 1e12; 0 if none.
double fraction_word(std::string_view lower);

// Every number word, month name and abbreviation and weekday (lower case): the
// words that may start a quantity, for one lookup per word token.
std::vector<std::string_view> starter_vocabulary();

// Month 1..12 of a month name or abbreviation ("apr", "sept"); 0 if none.
// `full` tells whether the whole name was written.
int month_word(std::string_view lower, bool* full = nullptr);
// 1 Monday .. 7 Sunday; 0 if none.
int weekday_word(std::string_view lower);
// Nouns a label follows ("seat 14C", "gate 5B", "exit 42B"): the letter after its number is
// part of the label, no scale, unit or temperature.
bool label_noun(std::string_view lower);
// "twenties" 20 ... "nineties" 90 (decades of a century); 0 if none.
int decade_word(std::string_view lower);
// "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun": 1..7; 0 if none.
int weekday_abbreviation(std::string_view lower);

// Holidays by name (lower-case words, "'" a token of its own): a fixed month
// and day, or the nth weekday of the month (nth -1: the last) for those that
// move, or (month 0) `offset` days after Easter Sunday.
struct Holiday {
  std::initializer_list<std::string_view> words;
  int month;
  int day;      // 0: moves, see weekday and nth
  int weekday;  // 1 Monday .. 7 Sunday
  int nth;
  int offset = 0;  // days after that: Black Friday is the day after Thanksgiving
};
// Longer names first ("christmas eve" before "christmas").
std::span<const Holiday> holidays();

// Duration units: "hours" -> "hour", "yrs" -> "year", "decade" -> "decade"; empty if none.
std::string duration_unit(std::string_view lower);

// ISO 4217 code of a currency code written before or after an amount
// ("USD", "RMB" -> "CNY"); empty if none.  Lower-case codes are accepted for
// the common ones ("usd", "rmb").
std::string currency_code(std::string_view as_written);
// ISO code of a currency word after an amount ("dollars" USD, "yuan" CNY,
// "euros" EUR); empty if none.
std::string currency_word(std::string_view lower);
// ISO code of a currency symbol ("$" USD, "€" EUR, "£" GBP, "₹" INR);
// "¥" returns "¥" (the caller decides CNY or JPY by context).  Empty if none.
std::string currency_symbol(std::string_view symbol);
// "HK" + "$" -> HKD, "US" USD, "A"/"AU" AUD, "C"/"CA" CAD, "S" SGD, "NT" TWD, "R" BRL, "MX" MXN.
std::string dollar_prefix(std::string_view letters);

// Counted nouns that become a number's unit, by any form written ("token",
// "tokens", "GPUs"): the canonical plural lower-case form, or empty.
std::string unit_noun(std::string_view lower);
// Measurement units glued to or after a number ("GB", "GHz", "kWh"): the form
// to report, or empty.
std::string measure_unit(std::string_view as_written);

// Nouns a price is given per after "a"/"an" ("$2.10 a share", "$80 a barrel");
// duration units ("$18 an hour") are read apart.
bool rate_noun(std::string_view lower);

// Words that may stand between a number and its counted noun ("total", "active").
bool noun_modifier(std::string_view lower);
// Function words that stop the look-ahead for a counted noun.
bool stop_word(std::string_view lower);

}  // namespace claimcheck::values
