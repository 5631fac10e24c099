#pragma once
// The Scanner class shared by scanner.cc (amounts) and dates.cc (dates).
#include <cstdint>
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
  bool digits_value(std::string_view s, double& value, int& digits, int& int_digits, bool& plain) const;
  std::size_t parse_currency_prefix(std::size_t i, std::string& code) const;
  std::size_t parse_currency_suffix(std::size_t i, std::string& code, double& factor) const;
  std::size_t parse_prefix_bound(std::size_t i, Bound& bound, bool& approx) const;
  std::size_t parse_rate(std::size_t i, double& per, std::string& per_unit) const;
  bool try_amount(std::size_t i);
  bool may_start(std::size_t i) const;
  bool rejected_start(std::size_t i) const;
  bool name_before(std::size_t start) const;

  // --- dates (dates.cc) ---
  bool try_date(std::size_t i);
  bool try_relative(std::size_t i);
  bool try_month_date(std::size_t start, std::size_t i);
  bool try_numeric_date(std::size_t i);
  bool try_part_of(std::size_t i);
  bool try_quarter(std::size_t i);
  bool try_year(std::size_t i);
  int year_at(std::size_t i) const;  // a plain 4-digit year token, else 0
  int infer_year() const;
  void emit_date(std::size_t b, std::size_t e, int64_t first, int64_t last, DatePrecision p, bool inferred,
                 bool range = false);
  bool emit_relative(std::size_t b, std::size_t e, double amount, const std::string& unit, int direction,
                     bool deictic);
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
