#pragma once
// The Scanner class shared by scanner.cc (amounts) and dates.cc (dates).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "values/scanner.h"

namespace claimcheck::values {

// A number as written: digits or words, with its scale applied.
struct Num {
  bool ok = false;
  double value = 0;
  int digits = 0;
  std::size_t end = 0;        // token after the number
  double scale = 1;           // 1e9 for "billion" / "bn"
  bool has_scale = false;
  bool words = false;         // spelled out ("two", "a million")
  bool weak = false;          // "a"/"an" or a lone "one": needs a unit to count
  bool multiplier = false;    // "2x", "twice"
  bool fraction = false;      // "1/12th", "a quarter of", "2/3"
  bool ordinal = false;       // "23rd": only a day of month
  int int_digits = 0;         // digits before any separator/decimal point (years, days)
  bool plain_int = false;     // digits only, no separators or decimals
  bool zero_padded = false;   // "04"
  double max = 0;             // vague counts: the interval value..max ("dozens" 24..99)
};

class Scanner {
 public:
  Scanner(std::string_view sentence, ScanContext& ctx, std::vector<Found>& out);
  void run();

 private:
  // --- tokens ---
  std::size_t size() const { return t_.size(); }
  bool is_word(std::size_t i) const { return i < t_.size() && t_[i].kind == Token::word; }
  bool is_num(std::size_t i) const { return i < t_.size() && t_[i].kind == Token::number; }
  bool is_sym(std::size_t i, std::string_view s) const {
    return i < t_.size() && t_[i].kind == Token::symbol && t_[i].text == s;
  }
  bool word_is(std::size_t i, std::string_view lower) const { return is_word(i) && t_[i].lower == lower; }
  bool glued(std::size_t i) const { return i < t_.size() && !t_[i].space_before; }
  // Matches a sequence of lower-case words (and symbols) starting at i; returns the token count or 0.
  std::size_t match_words(std::size_t i, std::initializer_list<std::string_view> words) const;
  bool boundary_after(std::size_t i) const;  // end, punctuation or a stop word at i

  // --- numbers (scanner.cc) ---
  Num parse_number(std::size_t i, bool money) const;
  Num parse_digits_token(std::size_t i) const;
  Num parse_number_words(std::size_t i) const;
  std::optional<Num> parse_article_number(std::size_t i) const;
  std::optional<Num> parse_article_fraction(std::size_t i) const;
  Num parse_vague_count(std::size_t i) const;
  Num parse_word_sequence(std::size_t i) const;
  void parse_word_tail(Num& n) const;
  bool read_and_a_fraction(Num& n) const;
  void read_spoken_decimals(Num& n) const;
  void read_spoken_digits(Num& n) const;
  void read_over(Num& n) const;
  void read_space_groups(Num& n, std::size_t i) const;
  bool read_power(Num& n) const;
  bool read_fraction(Num& n, std::size_t i) const;
  Num simple_fraction(std::size_t j) const;
  void read_scale(Num& n, bool money) const;
  bool digits_value(std::string_view s, double& value, int& digits, int& int_digits, bool& plain) const;
  std::size_t parse_currency_prefix(std::size_t i, std::string& code) const;
  std::size_t parse_currency_suffix(std::size_t i, std::string& code, double& factor) const;
  std::size_t parse_currency_adjective(std::size_t i, std::string& code, double& factor) const;
  static double subunit(std::string_view lower, std::string& code);
  bool weight_sentence() const;
  bool money_noun_after(std::size_t j) const;
  std::size_t parse_prefix_bound(std::size_t i, Bound& bound, bool& approx) const;
  std::size_t parse_rate(std::size_t i, double& per, std::string& per_unit) const;
  // An amount is read in named phases over one Amount (amounts.cc):
  // prefix -> number -> range -> suffix -> relative -> bounds/noun -> rate -> classify -> emit.
  struct Amount;
  enum class Step { next, reject, done };  // go on / not an amount / consumed
  bool try_amount(std::size_t i);
  Step amount_prefix(std::size_t i, Amount& m);
  Step amount_number(Amount& m);
  Step amount_range(Amount& m);
  void amount_bounded_range(Amount& m) const;
  Step amount_time(Amount& m);
  // --- clock times in words (times.cc) ---
  bool try_named_time(std::size_t i);
  int clock_hour(std::size_t j) const;
  std::size_t oclock_at(std::size_t j) const;
  bool emit_clock(std::size_t b, std::size_t e, int hour, int minute);
  bool zone_at(std::size_t j) const;                   // "GMT", "ET" after a clock time
  std::size_t near_time_lead(std::size_t b) const;     // "just after", "shortly before"
  void share_zone(const Found& second, std::size_t b);  // "9-11am ET": the zone is both times
  // --- periods of days (periods.cc) ---
  bool try_weekend(std::size_t i);
  bool try_week_of(std::size_t i);
  bool try_season(std::size_t i);           // "summer 2026", "last winter"
  bool try_century(std::size_t i);          // "the 19th century"
  bool try_day_of(std::size_t i);           // "the last day of March"
  bool try_day_range(std::size_t start, double lo, double hi, std::size_t e);
  bool try_counted_period(std::size_t b, std::size_t e, double amount, const std::string& unit);
  void join_date_ranges(std::size_t from_found);
  void anchor_range_ends(Quantity& a, std::size_t ab, std::size_t ae, Quantity& b, std::size_t bb) const;
  // --- a clock time on a deictic day: "tomorrow at 8pm" (datetimes.cc) ---
  void join_clock(std::size_t at, std::size_t e, bool evening);
  void clock_after_date();
  int meridiem(std::size_t j, std::size_t& len) const;
  void amount_suffix(Amount& m);
  void amount_subunit(Amount& m) const;
  void amount_compound_duration(Amount& m) const;
  Step amount_relative(Amount& m);
  void amount_bounds_after(Amount& m) const;
  void amount_noun(Amount& m) const;
  void amount_rate(Amount& m) const;
  void amount_classify(Amount& m) const;
  bool amount_emit(Amount& m);
  bool emit_change(Amount& m);  // "rose from 4% to 6%": two levels
  bool tally_around(std::size_t start, std::size_t end) const;  // "voted 6-3": two counts
  std::size_t percent_at(std::size_t j, std::string& unit) const;
  bool word_sep_percent(std::size_t j) const;
  bool glued_name_after(std::size_t j) const;
  bool pence_at(std::size_t j) const;  // "50p", "a 10p coin"
  bool event_follows(std::size_t j) const;
  bool glued_percent_after(const Amount& m) const;
  bool compound_word_after(const Amount& m) const;
  bool lone_signed_number(std::size_t k) const;
  bool change_verb_before(std::size_t start) const;
  bool street_after(std::size_t j) const;
  // --- measures (measures.cc) ---
  std::size_t temperature_at(std::size_t j, std::string& unit) const;  // "°C", "40C", "degrees Fahrenheit"
  std::size_t area_at(std::size_t j, std::string& unit) const;         // "square miles", "sq ft"
  bool weight_of_after(std::size_t j) const;                            // "pounds of cocaine"
  bool try_point_fraction(std::size_t i);                               // "a quarter point": 0.25 pp  // "Downing Street": the number before is a house number
  bool may_start(std::size_t i) const;
  bool rejected_start(std::size_t i) const;
  bool name_before(std::size_t start) const;

  // --- dates (dates.cc) ---
  bool try_date(std::size_t i);
  bool try_relative(std::size_t i);
  bool try_month_date(std::size_t start, std::size_t i);
  bool try_month_alone(std::size_t start, std::size_t i, std::size_t k, int m);
  std::size_t weekday_before(std::size_t start) const;
  int ordinal_day(std::size_t j, std::size_t& end) const;
  bool emit_day(std::size_t start, std::size_t e, int m, int dd);
  bool try_day_of_month(std::size_t i);
  int deictic_month_at(std::size_t k, int& y) const;  // "next month" at k: its month, year in y
  bool try_bare_day(std::size_t i);                    // "I'll go back on 15"
  bool try_decade(std::size_t i);
  bool try_year_in_words(std::size_t i);  // "in nineteen ninety-five"
  bool the_before(std::size_t i) const;
  int century_year(int two_digits) const;
  bool try_holiday(std::size_t i);
  bool try_nth_weekday(std::size_t i);
  bool try_numeric_date(std::size_t i);
  bool try_dotted_date(std::size_t i);
  bool try_iso_date(std::size_t i, const Num& year);
  bool try_slashed_date(std::size_t i, const Num& first);
  bool try_dashed_month_date(std::size_t i);
  bool try_month_year(std::size_t i);
  bool try_part_of(std::size_t i);
  bool try_quarter(std::size_t i);
  struct PeriodName;
  bool period_code(std::size_t i, PeriodName& p) const;
  bool period_words(std::size_t i, PeriodName& p) const;
  int period_year(std::size_t& k) const;
  bool try_year(std::size_t i);
  int year_at(std::size_t i) const;  // a plain 4-digit year token, else 0
  int day_year_at(std::size_t i) const;  // after a day and month: also 1000-1799
  int infer_year() const;
  void emit_date(std::size_t b, std::size_t e, int64_t first, int64_t last, DatePrecision p, bool inferred,
                 bool range = false);
  // `shift_days` moves the anchor first: "three weeks from tomorrow" (+1).
  // `to_the_day`: years keep the day ("a year ago today", "this time last year").
  bool emit_relative(std::size_t b, std::size_t e, double amount, const std::string& unit, int direction,
                     bool deictic, int shift_days = 0, bool to_the_day = false);
  bool try_this_time(std::size_t i);  // "this time last year"
  bool future_in(std::size_t start, std::size_t e) const;  // "in two weeks" names a day
  bool try_relative_words(std::size_t i);  // "the day after tomorrow", "earlier this month", "year to date"
  bool try_week_weekday(std::size_t i);
  bool try_relative_month(std::size_t i);
  bool try_weekday(std::size_t i);
  bool weekday_set_before(std::size_t i) const;  // "every Tuesday and Thursday"
  int part_of_day(std::size_t j) const;    // "morning" 1, "afternoon"/"evening"/"night" 2         // "on Friday", "last Monday"    // "next week Wednesday"
  // Narrative anchor: the last date mentioned, else the reference date.
  // Deictic anchor ("today", "ago", "last week"): the reference date, else the last date.
  std::optional<Quantity> anchor(bool deictic = false) const;

  void emit(Found f, std::size_t b, std::size_t e);
  void mark(std::size_t b, std::size_t e);

  std::string_view s_;
  ScanContext& ctx_;
  std::vector<Found>& out_;
  std::vector<Token> t_;
  std::vector<bool> used_;
  std::size_t next_ = 0;  // the scan resumes here after a match
};

}  // namespace claimcheck::values
