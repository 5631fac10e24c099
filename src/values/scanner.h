#pragma once
// The value layer's internals: a sentence is split into tokens (words,
// numbers, symbols) and a Scanner walks them left to right trying the
// recognisers in order: relative dates, absolute dates, then amounts
// (numbers, percents, money, durations, with their bounds, ranges and rates).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/quantity.h"

namespace claimcheck::values {

struct Token {
  enum Kind : uint8_t { word, number, symbol };
  Kind kind = word;
  bool space_before = true;  // whitespace (or the sentence start) before it
  bool upper = false;        // word starting with an upper-case letter
  uint32_t begin = 0, end = 0;  // offsets into the sentence
  std::string_view text;
  std::string lower;  // lower-case text of words (ASCII folding)
};

std::vector<Token> tokenize(std::string_view sentence);

// What the scan of one document keeps between sentences.
struct ScanContext {
  bool german_numbers = false;    // "1.000.000,5"
  std::string yen = "JPY";        // what "¥" means in this document
  std::optional<int64_t> reference_date;
  int fallback_year = 0;
  // The last date mentioned so far (anchor of relative dates, source of a
  // missing year when there is no reference date).
  std::optional<Quantity> last_date;
  // The year of the last date whose year the text wrote: the source of a
  // missing year before last_date, since a relative date with no reference
  // date ("48% a year ago") is itself a guess.
  std::optional<int> last_written_year;
};

struct Found {
  Quantity q;                       // begin/end: offsets into the sentence
  bool bare = false;                // a plain number: no unit, scale, currency, bound
};

void scan_sentence(std::string_view sentence, ScanContext& ctx, std::vector<Found>& out);

}  // namespace claimcheck::values
