// find_quantities: the document-level driver of the value layer.  A cheap RE2
// prefilter skips sentences that cannot hold a quantity (no digit, number
// word, month, time word, holiday or currency word); the Scanner (scanner.cc, dates.cc) reads the rest.
#include <cmath>
#include "values/recognizer.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "values/scanner.h"

namespace claimcheck::values {

namespace {

const RE2& prefilter() {
  static const RE2 re(
      R"((?i)[0-9]|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|)"
      R"(sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|)"
      R"(thousands?|millions?|billions?|trillions?|dozens?|hundreds|half|halves|quarters?|thirds?|fourths?|fifths?|)"
      R"(sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|millionths?|billionths?|trillionths?|)"
      R"(once|twice|thrice|first|second|ytd|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold|percentage[ -]points?|basis points?|last night|)"
      R"(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|)"
      R"(nov|november|dec|december|yesterday|today|tomorrow|days?|weeks?|months?|years?|hours?|minutes?|decades?|millenni(?:um|a)|)"
      R"(fortnight|centur(?:y|ies)|weekends?|midday|bitcoins?|quid|bucks?|tonight|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|)"
      R"(couple|noon|midnight|christmas|halloween|thanksgiving|new years?|valentines?|independence|labor|memorial|)"
      R"(mother|father|boxing|easter|pentecost|gras|juneteenth|fawkes|dollars?|euros?|pounds?|pennies|penny|pence|)"
      R"(cents?|yen|yuan|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|)"
      R"(spring|summer|autumn|winter|fall|grand|fivers?|tenners?|nickels?|dimes?)\b)");
  return re;
}

// Documents that write "1.000.000" or "1.234,5" use German-style separators.
bool german_style(const std::string& text) {
  static const RE2 de(R"(\b\d{1,3}(?:\.\d{3})+,\d|\b\d{1,3}(?:\.\d{3}){2,}\b)");
  static const RE2 en(R"(\b\d{1,3}(?:,\d{3})+\.\d|\b\d{1,3}(?:,\d{3}){2,}\b|\b\d+\.\d{1,2}\b)");
  re2::StringPiece in(text);
  int de_count = 0, en_count = 0;
  re2::StringPiece a = in;
  while (de_count < 50 && RE2::FindAndConsume(&a, de)) ++de_count;
  if (de_count == 0) return false;
  re2::StringPiece b = in;
  while (en_count < 50 && RE2::FindAndConsume(&b, en)) ++en_count;
  return de_count > en_count;
}

// What "¥" means: CNY in a text about China, JPY otherwise.
std::string yen_meaning(const std::string& text) {
  static const RE2 cn(R"((?i)\b(?:yuan|rmb|cny|renminbi|china|chinese|beijing|shanghai|shenzhen|hangzhou)\b)");
  static const RE2 jp(R"((?i)\b(?:yen|jpy|japan|japanese|tokyo|osaka)\b)");
  re2::StringPiece a(text), b(text);
  int c = 0, j = 0;
  while (c < 20 && RE2::FindAndConsume(&a, cn)) ++c;
  while (j < 20 && RE2::FindAndConsume(&b, jp)) ++j;
  return c > j ? "CNY" : "JPY";
}

bool has_letter_outside(std::string_view s, const std::vector<Found>& found, std::size_t from) {
  std::vector<bool> covered(s.size(), false);
  for (std::size_t k = from; k < found.size(); ++k)
    for (std::size_t p = found[k].q.begin; p < found[k].q.end && p < s.size(); ++p) covered[p] = true;
  for (std::size_t p = 0; p < s.size(); ++p) {
    unsigned char c = static_cast<unsigned char>(s[p]);
    if (!covered[p] && (std::isalpha(c) || c >= 0x80)) return true;
  }
  return false;
}

// "192." alone on its line.
bool number_sentence(const text::Document& doc, const text::Sentence& sentence) {
  std::string_view s = doc.sentence_text(sentence);
  const std::size_t last = s.find_last_not_of(" \t\n");
  if (last == std::string_view::npos || last == 0 || s[last] != '.') return false;
  const std::string& t = doc.normalized;
  std::size_t k = sentence.end;
  while (k < t.size() && (t[k] == ' ' || t[k] == '\t')) ++k;
  return k >= t.size() || t[k] == '\n';
}

}  // namespace

std::vector<Match> find_quantities(const text::Document& doc, const ValueOptions& options) {
  std::vector<Match> out;
  ScanContext ctx;
  ctx.reference_date = options.reference_date;
  ctx.fallback_year = options.fallback_year;
  ctx.german_numbers = german_style(doc.normalized);
  // Only "¥" reads ctx.yen: skip the two whole-document searches without one.
  if (doc.normalized.find("\xC2\xA5") != std::string::npos) ctx.yen = yen_meaning(doc.normalized);
  std::vector<Found> found;
  const RE2& pre = prefilter();
  const std::size_t last_char = doc.normalized.find_last_not_of(" \t\n");
  const bool one_line = last_char == std::string::npos || doc.normalized.rfind('\n', last_char) == std::string::npos;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const text::Sentence& sentence = doc.sentences[si];
    std::string_view s = doc.sentence_text(sentence);
    if (!RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), pre)) continue;
    found.clear();
    scan_sentence(s, ctx, found);
    if (found.empty()) continue;
    // Page furniture: a line of nothing but numbers (a view counter "464",
    // "04/27 2026 363") keeps only its dates, money and percents.  A number
    // written as a sentence of its own line ("192.") is not furniture; a list
    // or section number ("1. A Synchronized Release") is.
    // A text that is one line of nothing but plain numbers ("1, 234, 567",
    // "123456789101231") is no page: its numbers are what it says.
    bool furniture = !has_letter_outside(s, found, 0) && !number_sentence(doc, sentence) &&
                     !(one_line && std::all_of(found.begin(), found.end(), [](const Found& f) { return f.bare; }));
    for (Found& f : found) {
      if (f.bare && furniture) continue;
      // A number beyond a double ("10^400", 400 nines) means nothing we can
      // compare: leave it out rather than store infinity.
      if (!std::isfinite(f.q.value) || std::isinf(f.q.min) || std::isinf(f.q.max)) continue;
      Match m;
      m.sentence = si;
      m.norm_begin = sentence.begin + f.q.begin;
      m.norm_end = sentence.begin + f.q.end;
      m.quantity = std::move(f.q);
      m.quantity.begin = doc.to_original(m.norm_begin);
      m.quantity.end = doc.to_original_end(m.norm_end);
      if (m.quantity.end < m.quantity.begin) m.quantity.end = m.quantity.begin;
      m.quantity.text = doc.original.substr(m.quantity.begin, m.quantity.end - m.quantity.begin);
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace claimcheck::values
