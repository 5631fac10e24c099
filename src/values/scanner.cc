// Tokens, numbers and amounts: numbers, percents, money, durations with their
// bounds, approximations, ranges, counted nouns and rate denominators.
#include <unicode/uchar.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <re2/re2.h>

#include <unordered_map>
#include <unordered_set>

#include "values/lexicon.h"
#include "values/scanner_impl.h"

namespace claimcheck::values {

namespace {

char32_t decode(std::string_view s, std::size_t i, int& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + len > s.size()) {
    len = 1;
    return 0xFFFD;
  }
  if (len == 2) return ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
  if (len == 3) return ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
  return ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
}

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int significant_digits(double v) {
  if (v == 0 || !std::isfinite(v)) return 1;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.12g", std::fabs(v));
  std::string s(buf);
  auto e = s.find('e');
  if (e != std::string::npos) s = s.substr(0, e);
  std::string d;
  for (char c : s)
    if (ascii_digit(c)) d += c;
  std::size_t b = d.find_first_not_of('0');
  if (b == std::string::npos) return 1;
  d = d.substr(b);
  if (s.find('.') == std::string::npos) {
    std::size_t last = d.find_last_not_of('0');
    d = d.substr(0, last + 1);
  }
  return static_cast<int>(d.size());
}

struct Phrase {
  std::initializer_list<std::string_view> words;
  Bound bound;
  bool approx;
};

const Phrase kPrefixes[] = {
    {{"more", "than"}, Bound::more_than, false},     {{"greater", "than"}, Bound::more_than, false},
    {{"higher", "than"}, Bound::more_than, false},   {{"larger", "than"}, Bound::more_than, false},
    {{"over"}, Bound::more_than, false},             {{"above"}, Bound::more_than, false},
    {{"exceeding"}, Bound::more_than, false},        {{"exceeds"}, Bound::more_than, false},
    {{"exceeded"}, Bound::more_than, false},         {{"exceed"}, Bound::more_than, false},
    {{"surpassing"}, Bound::more_than, false},       {{"topping"}, Bound::more_than, false},
    {{"in", "excess", "of"}, Bound::more_than, false}, {{"upwards", "of"}, Bound::more_than, false},
    {{"upward", "of"}, Bound::more_than, false},     {{"north", "of"}, Bound::more_than, false},
    {{"well", "over"}, Bound::more_than, false},     {{"just", "over"}, Bound::more_than, false},
    {{"well", "above"}, Bound::more_than, false},    {{"just", "above"}, Bound::more_than, false},
    {{"at", "least"}, Bound::at_least, false},       {{"no", "less", "than"}, Bound::at_least, false},
    {{"not", "less", "than"}, Bound::at_least, false}, {{"no", "fewer", "than"}, Bound::at_least, false},
    {{"a", "minimum", "of"}, Bound::at_least, false}, {{"minimum", "of"}, Bound::at_least, false},
    {{"starting", "at"}, Bound::at_least, false},    {{"starting", "from"}, Bound::at_least, false},
    {{"as", "little", "as"}, Bound::at_least, false}, {{"as", "low", "as"}, Bound::at_least, false},
    {{"less", "than"}, Bound::less_than, false},     {{"fewer", "than"}, Bound::less_than, false},
    {{"lower", "than"}, Bound::less_than, false},    {{"smaller", "than"}, Bound::less_than, false},
    {{"under"}, Bound::less_than, false},            {{"below"}, Bound::less_than, false},
    {{"just", "under"}, Bound::less_than, false},    {{"just", "below"}, Bound::less_than, false},
    {{"well", "under"}, Bound::less_than, false},    {{"well", "below"}, Bound::less_than, false},
    {{"shy", "of"}, Bound::less_than, false},
    {{"at", "most"}, Bound::at_most, false},         {{"up", "to"}, Bound::at_most, false},
    {{"no", "more", "than"}, Bound::at_most, false}, {{"not", "more", "than"}, Bound::at_most, false},
    {{"no", "greater", "than"}, Bound::at_most, false}, {{"a", "maximum", "of"}, Bound::at_most, false},
    {{"maximum", "of"}, Bound::at_most, false},      {{"as", "many", "as"}, Bound::at_most, false},
    {{"as", "much", "as"}, Bound::at_most, false},   {{"as", "high", "as"}, Bound::at_most, false},
    {{"no", "higher", "than"}, Bound::at_most, false}, {{"not", "exceeding"}, Bound::at_most, false},
    {{"about"}, Bound::exact, true},                 {{"around"}, Bound::exact, true},
    {{"approximately"}, Bound::exact, true},         {{"approx", "."}, Bound::exact, true},
    {{"approx"}, Bound::exact, true},                {{"roughly"}, Bound::exact, true},
    {{"nearly"}, Bound::exact, true},                {{"almost"}, Bound::exact, true},
    {{"close", "to"}, Bound::exact, true},           {{"circa"}, Bound::exact, true},
    {{"ca", "."}, Bound::exact, true},               {{"some"}, Bound::exact, true},
    {{"an", "estimated"}, Bound::exact, true},       {{"estimated"}, Bound::exact, true},
    {{"an", "approximate"}, Bound::exact, true},     {{"~"}, Bound::exact, true},
    {{"\xE2\x89\x88"}, Bound::exact, true},          {{"\xE2\x88\xBC"}, Bound::exact, true},
    {{"in", "the", "region", "of"}, Bound::exact, true}, {{"on", "the", "order", "of"}, Bound::exact, true},
    {{"approaching"}, Bound::exact, true},           {{"nigh", "on"}, Bound::exact, true},
};


}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 4 + 4);
  bool space = true;
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      ++i;
      continue;
    }
    Token t;
    t.space_before = space;
    space = false;
    t.begin = static_cast<uint32_t>(i);
    if (ascii_digit(c) || (c == '.' && i + 1 < n && ascii_digit(s[i + 1]) && t.space_before)) {
      std::size_t j = i + 1;
      while (j < n) {
        if (ascii_digit(s[j])) {
          ++j;
        } else if ((s[j] == ',' || s[j] == '.') && j + 1 < n && ascii_digit(s[j + 1])) {
          ++j;
        } else {
          break;
        }
      }
      t.kind = Token::number;
      t.end = static_cast<uint32_t>(j);
      t.text = s.substr(i, j - i);
      out.push_back(std::move(t));
      i = j;
      continue;
    }
    int len = 1;
    char32_t cp = decode(s, i, len);
    bool alpha = cp < 0x80 ? ascii_alpha(c) : u_isalpha(cp);
    if (alpha) {
      std::size_t j = i + len;
      t.upper = cp < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(cp);
      while (j < n) {
        if (ascii_alpha(s[j])) {
          ++j;
          continue;
        }
        if (static_cast<unsigned char>(s[j]) >= 0x80) {
          int l2 = 1;
          char32_t c2 = decode(s, j, l2);
          if (u_isalpha(c2)) {
            j += l2;
            continue;
          }
        }
        break;
      }
      t.kind = Token::word;
      t.end = static_cast<uint32_t>(j);
      t.text = s.substr(i, j - i);
      t.lower.reserve(t.text.size());
      for (char ch : t.text) t.lower += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
      out.push_back(std::move(t));
      i = j;
      continue;
    }
    t.kind = Token::symbol;
    t.end = static_cast<uint32_t>(i + len);
    t.text = s.substr(i, len);
    out.push_back(std::move(t));
    i += len;
  }
  return out;
}

Scanner::Scanner(std::string_view sentence, ScanContext& ctx, std::vector<Found>& out)
    : s_(sentence), ctx_(ctx), out_(out), t_(tokenize(sentence)), used_(t_.size(), false) {}

std::size_t Scanner::match_words(std::size_t i, std::initializer_list<std::string_view> words) const {
  std::size_t k = i;
  for (std::string_view w : words) {
    if (k >= t_.size()) return 0;
    const Token& t = t_[k];
    if (t.kind == Token::word) {
      if (t.lower != w) return 0;
    } else if (t.text != w) {
      return 0;
    }
    ++k;
  }
  return k - i;
}

bool Scanner::boundary_after(std::size_t i) const {
  if (i >= t_.size()) return true;
  if (t_[i].kind == Token::symbol) return true;
  return stop_word(t_[i].lower);
}

void Scanner::mark(std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e && k < used_.size(); ++k) used_[k] = true;
  if (e > next_) next_ = e;
}

void Scanner::emit(Found f, std::size_t b, std::size_t e) {
  f.q.begin = t_[b].begin;
  f.q.end = t_[e - 1].end;
  out_.push_back(std::move(f));
  mark(b, e);
}

// ---------------------------------------------------------------------------
// Numbers

bool Scanner::digits_value(std::string_view s, double& value, int& digits, int& int_digits, bool& plain) const {
  const char thousands = ctx_.german_numbers ? '.' : ',';
  const char decimal = ctx_.german_numbers ? ',' : '.';
  std::string whole, frac;
  bool seen_decimal = false;
  plain = true;
  std::size_t group_len = 0;
  bool grouped = false;
  std::size_t first_group = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (ascii_digit(c)) {
      (seen_decimal ? frac : whole) += c;
      ++group_len;
      continue;
    }
    plain = false;
    if (c == thousands && !seen_decimal) {
      if (!grouped) first_group = group_len;
      else if (group_len != 3) return false;
      grouped = true;
      group_len = 0;
      continue;
    }
    if (c == decimal && !seen_decimal) {
      if (grouped && group_len != 3) return false;
      seen_decimal = true;
      group_len = 0;
      continue;
    }
    // German text that also writes "3.5": a '.' not followed by a group of three.
    if (ctx_.german_numbers && c == '.' && !seen_decimal) {
      seen_decimal = true;
      continue;
    }
    return false;
  }
  if (grouped) {
    if (first_group == 0 || first_group > 3) return false;
    if (!seen_decimal && group_len != 3) return false;
  }
  if (whole.empty() && frac.empty()) return false;
  std::string text = (whole.empty() ? "0" : whole) + (frac.empty() ? "" : "." + frac);
  value = std::strtod(text.c_str(), nullptr);
  int_digits = static_cast<int>(whole.size());
  std::string all = whole + frac;
  std::size_t b = all.find_first_not_of('0');
  if (b == std::string::npos) {
    digits = 1;
  } else if (frac.empty()) {
    std::size_t last = all.find_last_not_of('0');
    digits = static_cast<int>(last - b + 1);
  } else {
    digits = static_cast<int>(all.size() - b);
  }
  return true;
}

Num Scanner::parse_digits_token(std::size_t i) const {
  Num n;
  double v = 0;
  int digits = 0, int_digits = 0;
  bool plain = false;
  if (!digits_value(t_[i].text, v, digits, int_digits, plain)) return n;
  n.ok = true;
  n.value = v;
  n.digits = digits;
  n.int_digits = int_digits;
  n.plain_int = plain;
  n.zero_padded = t_[i].text.size() > 1 && t_[i].text[0] == '0' && plain;
  n.end = i + 1;
  return n;
}

Num Scanner::parse_number_words(std::size_t i) const {
  Num n;
  n.words = true;
  std::size_t k = i;
  // "a"/"an" + scale, hundred, dozen, fraction-of, duration unit.
  if (word_is(k, "a") || word_is(k, "an")) {
    const std::string& w = is_word(k + 1) ? t_[k + 1].lower : std::string();
    double sc = scale_word(w);
    if (sc > 0 || w == "hundred" || w == "dozen") {
      // "a million", "a hundred thousand": read below with "a" as one
    } else if (fraction_word(w) && word_is(k + 2, "of") && w != "second") {
      n.ok = true;
      n.fraction = true;
      n.value = 1.0 / fraction_word(w);
      n.digits = significant_digits(n.value);
      n.end = k + 2;
      return n;
    } else if (!duration_unit(w).empty() && w != "second" && w != "min" && w != "mo" && w != "sec") {
      n.ok = true;
      n.weak = true;
      n.value = 1;
      n.digits = 1;
      n.end = k + 1;
      return n;
    } else {
      return n;
    }
  }
  // "half a million", "half a day"
  if (word_is(k, "half") && (word_is(k + 1, "a") || word_is(k + 1, "an")) && is_word(k + 2)) {
    const std::string& w = t_[k + 2].lower;
    double sc = scale_word(w);
    if (sc > 0) {
      n.ok = true;
      n.value = 0.5 * sc;
      n.has_scale = true;
      n.scale = sc;
      n.digits = 1;
      n.end = k + 3;
      return n;
    }
    if (w == "dozen") {
      n.ok = true;
      n.value = 6;
      n.digits = 1;
      n.end = k + 3;
      return n;
    }
    if (!duration_unit(w).empty()) {
      n.ok = true;
      n.value = 0.5;
      n.digits = 1;
      n.end = k + 2;
      return n;
    }
    return n;
  }
  if (word_is(k, "twice") || word_is(k, "thrice")) {
    n.ok = true;
    n.multiplier = true;
    n.value = t_[k].lower == "twice" ? 2 : 3;
    n.digits = 1;
    n.end = k + 1;
    return n;
  }
  double total = 0, cur = 0;
  bool any = false, last_was_number = false;
  double last_scale = 0;
  std::size_t end = k;
  if (word_is(k, "a") || word_is(k, "an")) {
    cur = 1;
    any = true;
    ++k;
    end = k;
  }
  while (k < t_.size()) {
    if (!is_word(k)) {
      // "twenty-five"
      if (is_sym(k, "-") && glued(k) && glued(k + 1) && is_word(k + 1) && last_was_number) {
        double nw = number_word(t_[k + 1].lower);
        if (nw > 0 && nw < 10) {
          ++k;
          continue;
        }
      }
      break;
    }
    const std::string& w = t_[k].lower;
    double nw = number_word(w);
    double sc = scale_word(w);
    if (w == "and" && any && k + 1 < t_.size() && is_word(k + 1)) {
      double nx = number_word(t_[k + 1].lower);
      if (nx > 0 && nx < 100 && (last_scale >= 100) && t_[k + 1].lower != "dozen") {
        ++k;
        continue;
      }
      break;
    }
    if (nw >= 0 && w != "hundred" && w != "dozen") {
      if (last_was_number && !(cur >= 20 && static_cast<long long>(cur) % 10 == 0 && nw < 10) &&
          !(last_scale >= 100)) {
        break;  // "two three" is two numbers
      }
      if (last_was_number && cur >= 20 && static_cast<long long>(cur) % 100 != 0 && nw >= 10 && last_scale < 100) break;
      cur += nw;
      any = true;
      last_was_number = true;
      last_scale = 0;
      ++k;
      end = k;
      continue;
    }
    if (w == "hundred" && any) {
      cur = (cur == 0 ? 1 : cur) * 100;
      last_scale = 100;
      last_was_number = false;
      ++k;
      end = k;
      continue;
    }
    if (w == "dozen" && any) {
      cur = (cur == 0 ? 1 : cur) * 12;
      last_was_number = false;
      ++k;
      end = k;
      continue;
    }
    if (sc > 0 && any) {
      total += (cur == 0 ? 1 : cur) * sc;
      cur = 0;
      n.has_scale = true;
      n.scale = sc;
      last_scale = sc;
      last_was_number = false;
      ++k;
      end = k;
      continue;
    }
    break;
  }
  if (!any) return n;
  double value = total + cur;
  k = end;
  // "two and a half", "one and a quarter", "three and three quarters"
  if (word_is(k, "and") && (word_is(k + 1, "a") || word_is(k + 1, "an")) && is_word(k + 2) &&
      (t_[k + 2].lower == "half" || t_[k + 2].lower == "quarter" || t_[k + 2].lower == "third")) {
    value += 1.0 / fraction_word(t_[k + 2].lower);
    end = k + 3;
    if (is_word(end) && scale_word(t_[end].lower) > 0 && !n.has_scale) {
      n.scale = scale_word(t_[end].lower);
      n.has_scale = true;
      value *= n.scale;
      ++end;
    }
  } else if (is_word(k) && value >= 1 && value < 20 && fraction_word(t_[k].lower) &&
             (t_[k].lower.back() == 's' || value == 1) && t_[k].lower != "second" && t_[k].lower != "seconds") {
    // "two thirds", "three quarters", "one half"
    value = value / fraction_word(t_[k].lower);
    n.fraction = true;
    end = k + 1;
  }
  n.ok = true;
  n.value = value;
  n.end = end;
  n.digits = significant_digits(n.has_scale ? value / n.scale : value);
  if (value == 1 && !n.has_scale && !n.fraction && end == i + 1) n.weak = true;
  return n;
}

Num Scanner::parse_number(std::size_t i, bool money) const {
  Num n;
  if (i >= t_.size()) return n;
  if (t_[i].kind == Token::word) return parse_number_words(i);
  if (t_[i].kind != Token::number) return n;
  n = parse_digits_token(i);
  if (!n.ok) return n;
  std::size_t k = n.end;
  // Vulgar fractions: "½" becomes "1⁄2" under NFKC, "1½" becomes "11⁄2".
  if (is_sym(k, "\xE2\x81\x84") && glued(k) && is_num(k + 1) && glued(k + 1) && n.plain_int) {
    Num d = parse_digits_token(k + 1);
    std::string_view num = t_[i].text;
    double whole = 0, numer = n.value;
    if (num.size() > 1) {
      numer = num.back() - '0';
      whole = std::strtod(std::string(num.substr(0, num.size() - 1)).c_str(), nullptr);
    }
    if (d.ok && d.value > 0) {
      n.value = whole + numer / d.value;
      n.fraction = true;
      n.digits = significant_digits(n.value);
      n.end = k + 2;
      return n;
    }
  }
  // "1/12th", "2/3"
  if (is_sym(k, "/") && glued(k) && is_num(k + 1) && glued(k + 1) && n.plain_int) {
    Num d = parse_digits_token(k + 1);
    bool ordinal = is_word(k + 2) && glued(k + 2) &&
                   (t_[k + 2].lower == "th" || t_[k + 2].lower == "st" || t_[k + 2].lower == "nd" ||
                    t_[k + 2].lower == "rd");
    if (d.ok && d.plain_int && d.value > 0 && (n.value < d.value || ordinal) && !is_sym(k + 2, "/")) {
      n.value = n.value / d.value;
      n.fraction = true;
      n.digits = significant_digits(n.value);
      n.end = ordinal ? k + 3 : k + 2;
      return n;
    }
    return Num{};
  }
  if (is_word(k) && glued(k)) {
    std::string_view w = t_[k].text;
    double sc = scale_abbreviation(w, money);
    if (sc > 0) {
      n.value *= sc;
      n.scale = sc;
      n.has_scale = true;
      n.end = k + 1;
      return n;
    }
    if (t_[k].lower == "x") {
      n.multiplier = true;
      n.end = k + 1;
      return n;
    }
    if (t_[k].lower == "st" || t_[k].lower == "nd" || t_[k].lower == "rd" || t_[k].lower == "th") {
      n.ordinal = true;
      n.end = k + 1;
      return n;
    }
    return n;  // the caller decides (units such as "GB", or a name like "5G")
  }
  if (is_word(k)) {
    double sc = scale_word(t_[k].lower);
    if (sc == 0 && (t_[k].lower == "bn" || t_[k].lower == "mn" || t_[k].lower == "mln" || t_[k].lower == "tn" ||
                    t_[k].lower == "trn" || t_[k].lower == "bln"))
      sc = scale_abbreviation(t_[k].lower, true);
    if (sc == 0 && money && (t_[k].text == "K" || t_[k].text == "M" || t_[k].text == "B")) sc = scale_abbreviation(t_[k].text, true);
    if (t_[k].lower == "hundred" && n.value < 100) {
      n.value *= 100;
      ++k;
      n.end = k;
      sc = is_word(k) ? scale_word(t_[k].lower) : 0;
      if (sc == 0) return n;
    }
    if (sc > 0) {
      n.value *= sc;
      n.scale = sc;
      n.has_scale = true;
      n.end = k + 1;
    }
  }
  return n;
}

// ---------------------------------------------------------------------------
// Currencies, bounds, rates

std::size_t Scanner::parse_currency_prefix(std::size_t i, std::string& code) const {
  if (i >= t_.size()) return 0;
  const Token& t = t_[i];
  if (t.kind == Token::symbol) {
    std::string c = currency_symbol(t.text);
    if (c.empty()) return 0;
    code = c == "\xC2\xA5" ? ctx_.yen : c;
    return 1;
  }
  if (t.kind != Token::word) return 0;
  // "US$", "HK$", "NT$"
  if (is_sym(i + 1, "$") && glued(i + 1)) {
    std::string c = dollar_prefix(t.text);
    if (!c.empty()) {
      code = c;
      return 2;
    }
  }
  if (t.text == "Rs" || t.text == "INR" || t.text == "Rs.") {
    code = "INR";
    return is_sym(i + 1, ".") && glued(i + 1) ? 2 : 1;
  }
  std::string c = currency_code(t.text);
  if (!c.empty() && (is_num(i + 1) || (is_sym(i + 1, "$") && glued(i + 1)))) {
    code = c;
    return is_sym(i + 1, "$") ? 2 : 1;
  }
  return 0;
}

std::size_t Scanner::parse_currency_suffix(std::size_t i, std::string& code, double& factor) const {
  factor = 1;
  if (!is_word(i)) {
    if (i < t_.size() && t_[i].kind == Token::symbol && t_[i].text != "$") {
      std::string c = currency_symbol(t_[i].text);  // "5€" (European style)
      if (!c.empty() && glued(i)) {
        code = c == "\xC2\xA5" ? ctx_.yen : c;
        return 1;
      }
    }
    return 0;
  }
  const std::string& w = t_[i].lower;
  std::string c = currency_code(t_[i].text);
  if (!c.empty()) {
    code = c;
    return 1;
  }
  // Adjective + currency word: "US dollars", "Hong Kong dollars", "Japanese yen".
  struct Adj {
    std::initializer_list<std::string_view> words;
    const char* iso;
  };
  static const Adj kAdj[] = {
      {{"us", "dollars"}, "USD"},         {{"us", "dollar"}, "USD"},          {{"u", ".", "s", ".", "dollars"}, "USD"},
      {{"american", "dollars"}, "USD"},   {{"hong", "kong", "dollars"}, "HKD"}, {{"australian", "dollars"}, "AUD"},
      {{"canadian", "dollars"}, "CAD"},   {{"singapore", "dollars"}, "SGD"},  {{"new", "taiwan", "dollars"}, "TWD"},
      {{"taiwan", "dollars"}, "TWD"},     {{"new", "zealand", "dollars"}, "NZD"}, {{"british", "pounds"}, "GBP"},
      {{"pounds", "sterling"}, "GBP"},    {{"pound", "sterling"}, "GBP"},     {{"swiss", "francs"}, "CHF"},
      {{"japanese", "yen"}, "JPY"},       {{"chinese", "yuan"}, "CNY"},       {{"indian", "rupees"}, "INR"},
      {{"korean", "won"}, "KRW"},         {{"south", "korean", "won"}, "KRW"}, {{"mexican", "pesos"}, "MXN"},
      {{"yuan", "renminbi"}, "CNY"},      {{"euro", "cents"}, "EUR"},
  };
  for (const Adj& a : kAdj) {
    std::size_t len = match_words(i, a.words);
    if (len) {
      code = a.iso;
      return len;
    }
  }
  if (w == "cents" || w == "cent") {
    code = "USD";
    factor = 0.01;
    return 1;
  }
  if (w == "pounds" || w == "pound") {
    // "pounds" is money only in a text about sterling.
    if (ctx_.yen.empty()) return 0;
    return 0;
  }
  c = currency_word(w);
  if (!c.empty()) {
    code = c;
    return 1;
  }
  return 0;
}

std::size_t Scanner::parse_prefix_bound(std::size_t i, Bound& bound, bool& approx) const {
  // Phrases indexed by their first word: most tokens start none.
  static const std::unordered_map<std::string_view, std::vector<const Phrase*>> by_first = [] {
    std::unordered_map<std::string_view, std::vector<const Phrase*>> m;
    for (const Phrase& p : kPrefixes) m[*p.words.begin()].push_back(&p);
    return m;
  }();
  if (i >= t_.size()) return 0;
  auto it = by_first.find(t_[i].kind == Token::word ? std::string_view(t_[i].lower) : t_[i].text);
  if (it == by_first.end()) return 0;
  for (const Phrase* pp : it->second) {
    const Phrase& p = *pp;
    std::size_t len = match_words(i, p.words);
    if (len) {
      if (p.bound != Bound::exact) bound = p.bound;
      if (p.approx) approx = true;
      return len;
    }
  }
  return 0;
}

std::size_t Scanner::parse_rate(std::size_t i, double& per, std::string& per_unit) const {
  std::size_t k = i;
  std::string units;
  double amount = 0;
  for (int round = 0; round < 3; ++round) {
    std::size_t j = k;
    bool slash = false;
    if (word_is(j, "per") || word_is(j, "each") || word_is(j, "every")) {
      ++j;
    } else if (is_sym(j, "/")) {
      ++j;
      slash = true;
    } else if ((word_is(j, "a") || word_is(j, "an")) && is_word(j + 1) && !duration_unit(t_[j + 1].lower).empty()) {
      ++j;
    } else if (round == 0 && is_word(j) &&
               (t_[j].lower == "monthly" || t_[j].lower == "annually" || t_[j].lower == "yearly" ||
                t_[j].lower == "weekly" || t_[j].lower == "daily" || t_[j].lower == "hourly") &&
               boundary_after(j + 1)) {
      static const std::pair<std::string_view, const char*> kAdverbs[] = {
          {"monthly", "month"}, {"annually", "year"}, {"yearly", "year"}, {"weekly", "week"},
          {"daily", "day"},     {"hourly", "hour"}};
      for (auto& [adv, unit] : kAdverbs)
        if (t_[j].lower == adv) units = unit;
      per = 1;
      per_unit = units;
      return 1;
    } else {
      break;
    }
    double a = 1;
    // "per million tokens", "/1M tokens", "per 1,000 requests", "per 1K"
    if (is_num(j)) {
      Num n = parse_number(j, false);
      if (!n.ok) break;
      a = n.value;
      j = n.end;
    } else if (is_word(j) && scale_word(t_[j].lower) > 0) {
      a = scale_word(t_[j].lower);
      ++j;
    } else if (is_word(j) && (t_[j].text == "M" || t_[j].text == "K" || t_[j].text == "B")) {
      a = scale_abbreviation(t_[j].text, true);
      ++j;
    } else if (word_is(j, "thousand") || word_is(j, "hundred")) {
      a = t_[j].lower == "thousand" ? 1000 : 100;
      ++j;
    }
    // Modifiers: "per million input tokens" keeps the head noun.
    std::size_t m = j;
    int skipped = 0;
    while (skipped < 2 && is_word(m) && is_word(m + 1) && noun_modifier(t_[m].lower) &&
           unit_noun(t_[m].lower).empty() && duration_unit(t_[m].lower).empty()) {
      ++m;
      ++skipped;
    }
    if (!is_word(m)) {
      if (skipped == 0) break;
      m = j;
    }
    if (!is_word(m) || stop_word(t_[m].lower)) break;
    if (slash && !glued(j) && j == k + 1) break;
    std::string unit = t_[m].lower;
    std::string d = duration_unit(unit);
    if (!d.empty()) unit = d;
    if (unit == "capita") unit = "person";
    if (!units.empty()) units += "/";
    units += unit;
    if (amount == 0) amount = a;
    k = m + 1;
  }
  if (units.empty()) return 0;
  per = amount;
  per_unit = units;
  return k - i;
}

// ---------------------------------------------------------------------------
// Amounts

// A number whose previous token makes it part of a name: "Qwen3", "GPT-5",
// "#1", "No. 1".
bool Scanner::rejected_start(std::size_t i) const {
  if (i == 0) return false;
  const Token& p = t_[i - 1];
  if (!t_[i].space_before && p.kind == Token::word) {
    // Currency codes and FY are allowed glued: "USD5", "FY2026" are handled elsewhere.
    if (!currency_code(p.text).empty()) return false;
    return true;
  }
  if (!t_[i].space_before && p.kind == Token::symbol && (p.text == "-" || p.text == "_" || p.text == ".") && i >= 2 &&
      !p.space_before && (t_[i - 2].kind == Token::word || t_[i - 2].kind == Token::number))
    return true;
  if (p.kind == Token::symbol && p.text == "." && i >= 2 && t_[i - 2].kind == Token::word && glued(i - 1)) {
    static const char* const kAbbr[] = {"no", "nr", "vol", "art", "fig", "ch", "sec", "p", "pp", "op", "ver", "v"};
    for (const char* a : kAbbr)
      if (t_[i - 2].lower == a) return true;
  }
  if (p.kind == Token::symbol && (p.text == "#" || p.text == "@" || p.text == "\xE2\x84\x96")) return true;
  if (!t_[i].space_before && p.kind == Token::symbol && (p.text == "/" || p.text == ":" || p.text == "_")) return true;
  return false;
}

// A capitalised word right before a plain number names a product or a model:
// "Ascend 950", "iPhone 17", "Claude Opus 4.7".
bool Scanner::name_before(std::size_t start) const {
  if (start == 0) return false;
  const Token& p = t_[start - 1];
  if (p.kind != Token::word) return false;
  bool has_upper = false;
  for (char c : p.text)
    if (c >= 'A' && c <= 'Z') has_upper = true;
  if (!has_upper) return false;
  if (month_word(p.lower) || weekday_word(p.lower)) return false;
  static const char* const kAllowed[] = {"in", "on", "at", "by", "for", "of", "to", "from", "and", "or", "the",
                                         "with", "only", "just", "all", "total", "since", "after", "before", "until",
                                         "about", "nearly", "over", "under", "around", "some", "up", "down", "but",
                                         "that", "these", "those", "its", "their", "our", "his", "her", "my", "were",
                                         "was", "are", "is", "has", "have", "had", "reached", "hit", "another", "extra",
                                         "another", "another", "top", "within", "among", "than", "sold", "each"};
  for (const char* a : kAllowed)
    if (p.lower == a) return false;
  return true;
}

bool Scanner::try_amount(std::size_t i) {
  std::size_t start = i;
  Bound bound = Bound::exact;
  bool approx = false;
  std::size_t k = i;
  for (int round = 0; round < 2; ++round) {
    std::size_t len = parse_prefix_bound(k, bound, approx);
    if (!len) break;
    k += len;
  }
  bool between = false, from = false;
  if (word_is(k, "between")) {
    between = true;
    ++k;
  } else if (word_is(k, "from") && (is_num(k + 1) || (k + 1 < t_.size() && t_[k + 1].kind == Token::symbol))) {
    from = true;
    ++k;
  }
  // Sign.
  bool negative = false;
  if ((is_sym(k, "-") || word_is(k, "minus")) && k + 1 < t_.size() && (is_num(k + 1) || t_[k + 1].kind == Token::symbol) &&
      (t_[k].space_before || k == 0) && (k == 0 || t_[k - 1].kind != Token::number) && glued(k + 1)) {
    negative = true;
    ++k;
  }
  std::string cur;
  std::size_t clen = parse_currency_prefix(k, cur);
  std::size_t num_at = k + clen;
  if (!negative && is_sym(num_at, "-") && glued(num_at + 1) && is_num(num_at + 1)) {  // "$-5"
    negative = true;
    ++num_at;
  }
  if (num_at >= t_.size()) return false;
  if (t_[num_at].kind == Token::number && rejected_start(num_at) && clen == 0) return false;
  if (t_[num_at].kind == Token::word) {
    const std::string& w = t_[num_at].lower;
    if (number_word(w) < 0 && w != "a" && w != "an" && w != "half" && w != "twice" && w != "thrice") return false;
  }
  if (clen == 0 && !negative && bound == Bound::exact && !approx && year_at(num_at) && try_year(num_at)) return true;
  Num a = parse_number(num_at, !cur.empty());
  if (!a.ok) return false;
  if (a.ordinal) return false;
  std::size_t e = a.end;
  Found f;
  Quantity& q = f.q;
  q.value = negative ? -a.value : a.value;
  q.digits = a.digits;
  double lo = q.value, hi = kUnset;
  bool range = false;
  bool percent = false;
  std::string unit;

  // Things glued right after the number that make it a name: "5G", "4o", "3D".
  auto glued_name_after = [&](std::size_t j) {
    if (!is_word(j) || !glued(j)) return false;
    if (!measure_unit(t_[j].text).empty() || !duration_unit(t_[j].lower).empty()) return false;
    if (!currency_code(t_[j].text).empty()) return false;
    return true;
  };
  if (!a.words && !a.has_scale && !a.multiplier && !a.fraction && glued_name_after(e)) {
    mark(start, e + 1);
    return true;  // consumed, nothing emitted
  }
  // Time of day or ratio "10:30", "16:9".
  if (is_sym(e, ":") && glued(e) && is_num(e + 1) && glued(e + 1)) {
    mark(start, e + 2);
    return true;
  }
  if (is_word(e) && (t_[e].lower == "am" || t_[e].lower == "pm") && !a.words) {
    mark(start, e + 1);
    return true;
  }
  // Percent directly after the first number: "10%-20%".
  auto percent_at = [&](std::size_t j, std::string& u) -> std::size_t {
    if (is_sym(j, "%")) {
      u = "%";
      return 1;
    }
    if (!is_word(j)) return 0;
    if (std::size_t len = match_words(j, {"percentage", "points"}); len) return u = "pp", len;
    if (std::size_t len = match_words(j, {"percentage", "point"}); len) return u = "pp", len;
    if (std::size_t len = match_words(j, {"per", "cent"}); len) return u = "%", len;
    if (std::size_t len = match_words(j, {"basis", "points"}); len) return u = "bp", len;
    if (std::size_t len = match_words(j, {"basis", "point"}); len) return u = "bp", len;
    const std::string& w = t_[j].lower;
    if (w == "percent" || w == "pct") return u = "%", 1;
    if (w == "pp" || w == "ppt" || w == "ppts") return u = "pp", 1;
    if (w == "bps" || (w == "bp" && glued(j))) return u = "bp", 1;
    return 0;
  };
  std::string pu;
  if (std::size_t len = percent_at(e, pu)) {
    percent = true;
    unit = pu;
    e += len;
  }
  // Ranges: "6-12", "6 to 12", "between $2 and $3", "$2-3 billion".
  {
    std::size_t j = e;
    bool dash = is_sym(j, "-") || is_sym(j, "\xE2\x80\x93");
    bool word_sep = word_is(j, "to") || word_is(j, "through") || (between && word_is(j, "and")) ||
                    (!between && !from && word_is(j, "or") && a.words);
    if ((dash || word_sep) && !a.multiplier && !a.ordinal) {
      std::size_t m = j + 1;
      std::string cur2;
      m += parse_currency_prefix(m, cur2);
      if (m < t_.size() && (is_num(m) || (a.words && is_word(m)))) {
        Num b = parse_number(m, !cur.empty() || !cur2.empty());
        bool ok = b.ok && !b.ordinal && !b.weak && (a.words == b.words || !dash);
        if (ok && dash && !a.words && !glued(j) != !glued(m)) ok = false;
        // Phone-number like "555-1234" or codes like "3-1" are not ranges.
        double av = a.value, bv = b.value;
        if (ok && !a.has_scale && b.has_scale && av < b.value / b.scale) av *= b.scale;
        if (ok && bv <= av) ok = false;
        if (ok && word_is(j, "or") && !(b.value > a.value)) ok = false;
        if (ok && !cur2.empty() && !cur.empty() && cur2 != cur) ok = false;
        if (ok && !cur2.empty() && (cur.empty() || percent)) ok = false;  // "3.2% to $145.60"
        if (ok) {
          range = true;
          lo = negative ? -av : av;
          hi = bv;
          if (!cur2.empty()) cur = cur2;
          e = b.end;
          if (!percent) {
            if (std::size_t len = percent_at(e, pu)) {
              percent = true;
              unit = pu;
              e += len;
            }
          } else if (is_sym(e, "%")) {
            ++e;
          }
          a.has_scale = a.has_scale || b.has_scale;
        } else if (dash && glued(j) && glued(m) && b.ok && !a.words) {
          // "3-1", "555-1234": a score or a code, not a quantity.
          mark(start, b.end);
          return true;
        }
      }
    }
  }
  if (from && !range) {
    start = k;  // "from 5 ..." without "to": the span starts at the number
  }
  if (between && !range) return false;

  // Currency after the number: "5 billion yuan", "15-20 usd", "216 RMB".
  if (!percent) {
    std::string c2;
    double factor = 1;
    if (std::size_t len = parse_currency_suffix(e, c2, factor)) {
      if (cur.empty() || cur == c2 || (cur == "USD" && c2 == "USD")) {
        cur = c2;
        e += len;
        if (factor != 1) {
          lo *= factor;
          if (range) hi *= factor;
          q.value *= factor;
        }
      }
    }
  }
  std::string duration;
  bool multiplier = a.multiplier;
  if (!percent && cur.empty()) {
    // Multipliers: "3 times", "10-fold", "2x" (from the parse).
    if (!multiplier) {
      if (word_is(e, "times") && !a.weak) {
        multiplier = true;
        e += 1;
      } else if (is_sym(e, "-") && glued(e) && word_is(e + 1, "fold") && glued(e + 1)) {
        multiplier = true;
        e += 2;
      } else if (word_is(e, "fold") || (is_word(e) && t_[e].lower.size() > 4 &&
                                        t_[e].lower.compare(t_[e].lower.size() - 4, 4, "fold") == 0 && false)) {
        multiplier = true;
        e += 1;
      }
    }
    if (!multiplier) {
      // Durations: "400 days", "13-hour", "two and a half months", "5-year-old".
      std::size_t j = e;
      if (is_sym(j, "-") && glued(j) && glued(j + 1)) ++j;
      if (is_word(j)) {
        std::string d = duration_unit(t_[j].lower);
        bool glued_unit = glued(j) && j == e;
        // Short forms glued only: "24h" is not read, "5yrs" and "3 mos" are.
        if (!d.empty() && (t_[j].lower != "mo" || !glued_unit) && !(a.weak && t_[j].lower == "second")) {
          duration = d;
          e = j + 1;
          // "-year-old"
          if (is_sym(e, "-") && glued(e) && word_is(e + 1, "old")) e += 2;
        }
      }
    }
  }
  // Relative dates: "12 hours later", "a year ago".
  if (!duration.empty() && !range && bound == Bound::exact && is_word(e)) {
    const std::string& w = t_[e].lower;
    int dir = 0;
    if (w == "later" || w == "afterwards" || w == "afterward" || w == "hence") dir = 1;
    else if (w == "earlier" || w == "ago" || w == "prior" || w == "previously") dir = -1;
    else if ((w == "after" || w == "before") && boundary_after(e + 1) && !word_is(e + 1, "the")) dir = w == "after" ? 1 : -1;
    if (dir != 0) {
      std::size_t b = start;
      // "just 12 hours later": the span starts at the amount.
      if (emit_relative(b, e + 1, a.value, duration, dir, w == "ago")) return true;
      mark(b, e + 1);
      return true;
    }
  }
  if (a.weak && duration.empty()) {
    // A lone "one" or "a": a pronoun or an article, not a quantity.
    if (cur.empty() && !percent) {
      // "one million users" handled above; "one user" still counts below.
      std::string noun = is_word(e) ? unit_noun(t_[e].lower) : std::string();
      if (noun.empty() || t_[num_at].lower == "a" || t_[num_at].lower == "an") return false;
    }
  }
  if (a.weak && !duration.empty() && (t_[num_at].lower == "a" || t_[num_at].lower == "an")) {
    // "an hour", "a year": a duration, except after "once" ("once a year").
    if (start > 0 && is_word(start - 1) && (t_[start - 1].lower == "once" || t_[start - 1].lower == "every"))
      return false;
  }
  // Suffix bounds: "400+", "10 or more", "5 or less", "or so".
  auto suffix_bounds = [&]() {
    if (is_sym(e, "+") && glued(e)) {
      if (bound == Bound::exact) bound = Bound::at_least;
      ++e;
    } else if (std::size_t len = match_words(e, {"or", "more"}) + match_words(e, {"or", "higher"}) +
                                 match_words(e, {"or", "above"}) + match_words(e, {"and", "above"}) +
                                 match_words(e, {"or", "greater"}) + match_words(e, {"plus"})) {
      if (bound == Bound::exact) bound = Bound::at_least;
      e += len;
    } else if (std::size_t len2 = match_words(e, {"or", "less"}) + match_words(e, {"or", "fewer"}) +
                                  match_words(e, {"or", "below"}) + match_words(e, {"and", "below"}) +
                                  match_words(e, {"or", "lower"})) {
      if (bound == Bound::exact) bound = Bound::at_most;
      e += len2;
    } else if (match_words(e, {"or", "so"})) {
      approx = true;
      e += 2;
    }
  };
  suffix_bounds();
  // Counted nouns and measurement units.
  if (!percent && cur.empty() && duration.empty() && !multiplier) {
    if (is_word(e)) {
      std::string mu = measure_unit(t_[e].text);
      if (!mu.empty() && (glued(e) || t_[e].text.size() >= 2)) {
        unit = mu;
        e += 1;
      }
    }
    if (unit.empty()) {
      std::size_t j = e;
      int skipped = 0, generic = 0;
      while (j < t_.size() && skipped <= 3) {
        if (is_sym(j, "-") && glued(j) && glued(j + 1) && is_word(j + 1)) {
          ++j;
          continue;
        }
        if (!is_word(j)) break;
        std::string noun = unit_noun(t_[j].lower);
        if (!noun.empty()) {
          // "1 million token context window" -> tokens; "5 people" -> people.
          unit = noun;
          if (noun == "gpus" && is_word(j + 1) && (t_[j + 1].lower == "hours" || t_[j + 1].lower == "hour")) {
            unit = "gpu-hours";  // "2.788 million GPU hours"
            if (j == e) e = j + 2;
            break;
          }
          if (j == e || (j == e + 1 && is_sym(e, "-"))) e = j + 1;  // right after the number: part of the span
          break;
        }
        if (is_num(j + 1) && glued(j + 1) && generic == 0) {  // a model id such as "H100"
          ++generic;
          j += 2;
          continue;
        }
        if (stop_word(t_[j].lower) || scale_word(t_[j].lower) > 0) break;
        bool modifier = noun_modifier(t_[j].lower);
        if (!modifier) {
          if (t_[j].upper && t_[j].lower != "ai" && t_[j].lower != "gpu" && t_[j].lower != "h100") break;
          if (++generic > 1) break;
        }
        ++skipped;
        ++j;
      }
    }
  }
  suffix_bounds();
  // Rates: "$0.28 per million tokens", "$20/month", "$9.99 per user per month".
  double per = 0;
  std::string per_unit;
  if (duration.empty()) {
    std::size_t j = e;
    // "5 million tokens per second" -> after the counted noun
    if (!unit.empty() && is_word(j) && unit_noun(t_[j].lower) == unit) ++j;
    if (std::size_t len = parse_rate(j, per, per_unit)) {
      e = j + len;
    } else {
      per = 0;
      per_unit.clear();
    }
  }

  // Kind.
  if (percent) {
    q.kind = QuantityKind::percent;
    if (unit == "bp") {
      lo /= 100;
      if (range) hi /= 100;
      q.value /= 100;
      unit = "pp";
    }
  } else if (!cur.empty()) {
    q.kind = QuantityKind::money;
    unit = cur;
  } else if (!duration.empty()) {
    q.kind = QuantityKind::duration;
    unit = duration;
    if (unit == "decade" || unit == "century" || unit == "fortnight" || unit == "quarter") {
      double f = unit == "decade" ? 10 : unit == "century" ? 100 : unit == "fortnight" ? 2 : 3;
      unit = unit == "fortnight" ? "week" : unit == "quarter" ? "month" : "year";
      lo *= f;
      if (range) hi *= f;
      q.value *= f;
    }
  } else {
    q.kind = QuantityKind::number;
    if (multiplier) unit = "x";
  }
  if (range) {
    q.bound = Bound::range;
    q.min = lo;
    q.max = hi;
    q.value = lo;
  } else {
    q.value = lo;
    q.bound = bound;
    if (bound == Bound::at_least || bound == Bound::more_than) q.min = q.value;
    if (bound == Bound::at_most || bound == Bound::less_than) q.max = q.value;
  }
  q.approximate = approx;
  q.unit = unit;
  q.per = per;
  q.per_unit = per_unit;

  // Plain numbers right after a product name are part of the name.
  const bool plain = q.kind == QuantityKind::number && !a.has_scale && !a.words && !range && !multiplier &&
                     bound == Bound::exact && !approx && clen == 0;
  if (plain && name_before(start) && (q.unit.empty() || measure_unit(q.unit).empty())) {
    // "Page 2 of 3": the count after "of" belongs to the name too.
    if (word_is(e, "of") && is_num(e + 1)) e += 2;
    mark(start, e);
    return true;
  }
  // Section numbers: "3.1 Models", "2. Results" at the start of a line.
  if (plain && start == 0 && !a.plain_int && is_word(a.end) && t_[a.end].upper) {
    mark(start, a.end);
    return true;
  }
  if (plain && !a.fraction && unit.empty() && !negative && per == 0) f.bare = true;
  // Years are dates; a plain 4-digit number with nothing after it was tried as a year first.
  emit(std::move(f), start, e);
  return true;
}

// ---------------------------------------------------------------------------

// Whether a quantity can start at token i: numbers and symbols always; words
// only from a fixed set (number words, bound and approximation words, months,
// weekdays, relative-date words, currency codes).  Most words start nothing.
bool Scanner::may_start(std::size_t i) const {
  const Token& t = t_[i];
  if (t.kind != Token::word) return true;
  static const std::unordered_set<std::string_view> starters = [] {
    std::unordered_set<std::string_view> s;
    for (const Phrase& p : kPrefixes) s.insert(*p.words.begin());
    for (const char* w : {"a", "an", "half", "twice", "thrice", "between", "from", "minus", "the", "yesterday", "today",
                          "tomorrow", "next", "last", "this", "previous", "following", "current", "coming", "past",
                          "early", "mid", "late", "beginning", "start", "middle", "end", "fy", "fiscal", "q", "h",
                          "first", "second", "third", "fourth", "us", "hk", "au", "ca", "sg", "nt", "r", "mx", "nz",
                          "rs", "c", "s", "can", "mex"})
      s.insert(w);
    return s;
  }();
  if (starters.count(t.lower)) return true;
  if (number_word(t.lower) >= 0) return true;
  if (month_word(t.lower) || weekday_word(t.lower)) return true;
  if (t.upper && !currency_code(t.text).empty()) return true;
  return false;
}

void Scanner::run() {
  // Spans that hold no quantities at all: URLs, e-mail addresses, phone numbers.
  static const RE2 kSkip(
      R"((?:https?://|www\.)[^\s]+|[\w.+-]+@[\w-]+\.[\w.]+|[\w-]+\.(?:com|org|net|io|ai|cn|html?)(?:/[^\s]*)?)"
      R"(|\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b)"
      R"(|\b0\d{2,3}-\d{7,8}\b|\b1[3-9]\d{9}\b)");
  if (s_.find_first_of("0123456789") != std::string_view::npos || s_.find('@') != std::string_view::npos) {
    re2::StringPiece in(s_.data(), s_.size());
    re2::StringPiece m;
    std::size_t pos = 0;
    while (pos < s_.size() && kSkip.Match(in, pos, s_.size(), RE2::UNANCHORED, &m, 1)) {
      std::size_t b = m.data() - s_.data(), e = b + m.size();
      for (std::size_t k = 0; k < t_.size(); ++k)
        if (t_[k].begin < e && t_[k].end > b) used_[k] = true;
      pos = e > pos ? e : pos + 1;
    }
  }
  for (std::size_t i = 0; i < t_.size(); ++i) {
    if (used_[i]) continue;
    if (!may_start(i)) continue;
    next_ = i;
    if (try_relative(i) || try_date(i) || try_amount(i)) {
      if (next_ > i) i = next_ - 1;
      continue;
    }
    // A number that no recogniser took (e.g. "Qwen3"): skip its glued tail.
  }
}

void scan_sentence(std::string_view sentence, ScanContext& ctx, std::vector<Found>& out) {
  Scanner(sentence, ctx, out).run();
}

}  // namespace claimcheck::values
