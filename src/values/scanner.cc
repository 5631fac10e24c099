// Tokens, numbers and amounts: numbers, percents, money, durations with their
// bounds, approximations, ranges, counted nouns and rate denominators.
#include <unicode/uchar.h>

#include <cctype>
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
    {{"shy", "of"}, Bound::less_than, false},        {{"just", "shy", "of"}, Bound::less_than, false},
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
    // ".08" and "-.5" start a number; "v.2" does not.
    const bool sign_before = i > 0 && s[i - 1] == '-' && (i < 2 || s[i - 2] == ' ');
    if (ascii_digit(c) || (c == '.' && i + 1 < n && ascii_digit(s[i + 1]) && (t.space_before || sign_before))) {
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
  if (f.q.kind == QuantityKind::time && !f.q.unit.empty()) share_zone(f, b);
  f.q.begin = t_[b].begin;
  f.q.end = t_[e - 1].end;
  out_.push_back(std::move(f));
  mark(b, e);
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
  // "US$", "HK$", "NT$", "us $ 10"
  // Spaced only for prefixes that are no English word ("a $ 5" is an article).
  const bool us = (t.lower == "us" || t.lower == "hk" || t.lower == "c" || t.lower == "nt" || t.lower == "nz" ||
                   t.lower == "au" || t.lower == "sg") &&
                  is_sym(i + 1, "$") && !glued(i + 1) && is_num(i + 2);
  if (is_sym(i + 1, "$") && (glued(i + 1) || us)) {
    std::string c = dollar_prefix(t.lower == "us" ? "US" : t.text);
    if (c.empty() && is_num(i + 2)) {  // "hk$ 10.05 billion", "c$ 16.4 million" in lower-case text
      std::string upper(t.text);
      for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      c = dollar_prefix(upper);
    }
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

// Adjective + currency word at i: "US dollars", "Hong Kong dollars",
// "Japanese yen", "50 euro cents"; the tokens read, 0 if none.
std::size_t Scanner::parse_currency_adjective(std::size_t i, std::string& code, double& factor) const {
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
      {{"yuan", "renminbi"}, "CNY"},      {{"euro", "cents"}, "EUR"},         {{"deutsche", "marks"}, "DEM"},
      {{"deutsche", "mark"}, "DEM"},      {{"german", "marks"}, "DEM"},       {{"french", "francs"}, "FRF"},
      {{"belgian", "francs"}, "BEF"},     {{"italian", "lire"}, "ITL"},       {{"irish", "pounds"}, "IEP"},
      {{"finnish", "markka"}, "FIM"},     {{"finnish", "marks"}, "FIM"},      {{"egyptian", "pounds"}, "EGP"},
      {{"brazilian", "reais"}, "BRL"},    {{"brazilian", "real"}, "BRL"},     {{"south", "african", "rand"}, "ZAR"},
      // Currency words several countries use, with the country that names one.
      {{"canadian", "dollar"}, "CAD"},    {{"australian", "dollar"}, "AUD"},  {{"hong", "kong", "dollar"}, "HKD"},
      {{"singapore", "dollar"}, "SGD"},   {{"new", "zealand", "dollar"}, "NZD"}, {{"taiwan", "dollar"}, "TWD"},
      {{"jamaican", "dollars"}, "JMD"},   {{"namibian", "dollars"}, "NAD"},   {{"liberian", "dollars"}, "LRD"},
      {{"fijian", "dollars"}, "FJD"},     {{"zimbabwean", "dollars"}, "ZWL"}, {{"bahamian", "dollars"}, "BSD"},
      {{"brunei", "dollars"}, "BND"},     {{"belize", "dollars"}, "BZD"},     {{"guyanese", "dollars"}, "GYD"},
      {{"east", "caribbean", "dollars"}, "XCD"}, {{"barbadian", "dollars"}, "BBD"},
      {{"danish", "kroner"}, "DKK"},      {{"danish", "krone"}, "DKK"},       {{"norwegian", "kroner"}, "NOK"},
      {{"norwegian", "krone"}, "NOK"},    {{"philippine", "pesos"}, "PHP"},   {{"philippine", "peso"}, "PHP"},
      {{"argentine", "pesos"}, "ARS"},    {{"argentinian", "pesos"}, "ARS"},  {{"chilean", "pesos"}, "CLP"},
      {{"colombian", "pesos"}, "COP"},    {{"cuban", "pesos"}, "CUP"},        {{"mexican", "peso"}, "MXN"},
      {{"kuwaiti", "dinars"}, "KWD"},     {{"kuwaiti", "dinar"}, "KWD"},      {{"jordanian", "dinars"}, "JOD"},
      {{"bahraini", "dinars"}, "BHD"},    {{"iraqi", "dinars"}, "IQD"},       {{"algerian", "dinars"}, "DZD"},
      {{"serbian", "dinars"}, "RSD"},     {{"tunisian", "dinars"}, "TND"},    {{"libyan", "dinars"}, "LYD"},
      {{"saudi", "riyals"}, "SAR"},       {{"qatari", "riyals"}, "QAR"},      {{"omani", "rials"}, "OMR"},
      {{"iranian", "rials"}, "IRR"},      {{"yemeni", "rials"}, "YER"},       {{"pakistani", "rupees"}, "PKR"},
      {{"sri", "lankan", "rupees"}, "LKR"}, {{"nepalese", "rupees"}, "NPR"},  {{"mauritian", "rupees"}, "MUR"},
      {{"indonesian", "rupiah"}, "IDR"},  {{"kenyan", "shillings"}, "KES"},   {{"ugandan", "shillings"}, "UGX"},
      {{"tanzanian", "shillings"}, "TZS"}, {{"somali", "shillings"}, "SOS"},  {{"austrian", "schillings"}, "ATS"},
      {{"lebanese", "pounds"}, "LBP"},    {{"syrian", "pounds"}, "SYP"},      {{"sudanese", "pounds"}, "SDG"},
      {{"egyptian", "pound"}, "EGP"},     {{"swiss", "franc"}, "CHF"},        {{"cfa", "francs"}, "XOF"},
  };
  // Indexed by first word: most words after a number start none of them.
  static const std::unordered_map<std::string_view, std::vector<const Adj*>> by_first = [] {
    std::unordered_map<std::string_view, std::vector<const Adj*>> m;
    for (const Adj& a : kAdj) m[*a.words.begin()].push_back(&a);
    return m;
  }();
  static const std::vector<const Adj*> kNone;
  const auto adj = by_first.find(t_[i].lower);
  for (const Adj* ap : adj == by_first.end() ? kNone : adj->second) {
    const Adj& a = *ap;
    std::size_t len = match_words(i, a.words);
    if (len) {
      code = a.iso;
      if (t_[i + len - 1].lower == "cents") factor = 0.01;  // "50 euro cents"
      return len;
    }
  }
  return 0;
}

std::size_t Scanner::parse_currency_suffix(std::size_t i, std::string& code, double& factor) const {
  factor = 1;
  // "a 12-cent dividend", "a 5-dollar bill"
  if (is_sym(i, "-") && glued(i) && is_word(i + 1) && glued(i + 1)) {
    // "a 450-pound man", "the 17-pound cat" weigh; "a 20-pound fine", "a
    // five-pound note" cost.
    if (t_[i + 1].lower == "pound" && !money_noun_after(i + 2)) return 0;
    std::size_t len = parse_currency_suffix(i + 1, code, factor);
    return len ? len + 1 : 0;
  }
  if (!is_word(i)) {
    if (i < t_.size() && t_[i].kind == Token::symbol && t_[i].text == "\xC2\xA2") {  // "75¢": cents
      code = "USD";
      factor = 0.01;
      return 1;
    }
    if (i < t_.size() && t_[i].kind == Token::symbol && t_[i].text != "$") {
      // "5€", "20 €" (European style); not the prefix of a number that follows ("5 €10").
      std::string c = currency_symbol(t_[i].text);
      if (!c.empty() && (glued(i) || !(is_num(i + 1) && glued(i + 1)))) {
        code = c == "\xC2\xA5" ? ctx_.yen : c;
        return 1;
      }
    }
    return 0;
  }
  const std::string& w = t_[i].lower;
  if (pence_at(i)) {  // "50p", "a 10p coin": pence
    code = "GBP";
    factor = 0.01;
    return 1;
  }
  std::string c = currency_code(t_[i].text);
  if (!c.empty()) {
    code = c;
    return 1;
  }
  if (std::size_t len = parse_currency_adjective(i, code, factor)) return len;
  // A nationality before a currency word only one country uses: "Turkish lira",
  // "Swedish kronor" (not "Liberian dollars": many countries have dollars).
  if (t_[i].upper && is_word(i + 1) && currency_word(w).empty()) {
    static const std::unordered_set<std::string_view> kShared = {
        "dollar", "dollars", "pound", "pounds", "franc", "francs", "peso", "pesos", "krone", "kroner",
        "rupee",  "rupees",  "mark",  "marks",  "dinar", "dinars", "riyal", "riyals", "shilling", "shillings"};
    const std::string& next = t_[i + 1].lower;
    if (!kShared.count(next) && !currency_word(next).empty()) {
      code = currency_word(next);
      return 2;
    }
  }
  if (double f = subunit(w, code); f > 0) {  // "30 cents", "470 pence"
    factor = f;
    return 1;
  }
  // US coins: "a nickel", "three dimes" (not "nickel mines", "a nickel of"; "nickel" is a metal too).
  if (w == "nickels" || w == "dimes" ||
      ((w == "nickel" || w == "dime") && (boundary_after(i + 1) && !word_is(i + 1, "of")))) {
    code = "USD";
    factor = w[0] == 'n' ? 0.05 : 0.1;
    return 1;
  }
  if (w == "fiver" || w == "fivers" || w == "tenner" || w == "tenners") {  // British notes: "a fiver", "two tenners"
    code = "GBP";
    factor = w[0] == 'f' ? 5 : 10;
    return 1;
  }
  // "pounds" is a weight in a sentence about weight ("weighs 180 pounds").
  if ((w == "pounds" || w == "pound") && (weight_sentence() || weight_of_after(i + 1))) return 0;
  c = currency_word(w);
  if (!c.empty()) {
    code = c;
    return 1;
  }
  return 0;
}

// Hundredths of a currency: "cents" (USD), "pence"/"penny" (GBP); 0 if none.
double Scanner::subunit(std::string_view w, std::string& code) {
  if (w == "cents" || w == "cent") return code = "USD", 0.01;
  if (w == "pence" || w == "penny" || w == "pennies") return code = "GBP", 0.01;
  return 0;
}

// A noun that only money qualifies: "a 20-pound fine", "a five-pound note".
bool Scanner::money_noun_after(std::size_t j) const {
  if (!is_word(j)) return false;
  static const std::unordered_set<std::string_view> kMoneyNouns = {
      "note",  "notes", "coin",  "coins", "fine",    "fines",   "fee",     "fees",    "bill",   "bills",
      "prize", "bet",   "bets",  "bonus", "charge",  "charges", "voucher", "vouchers", "ticket", "tickets",
      "tax",   "levy",  "bond",  "bonds", "payment", "payments", "deposit", "donation", "tip",   "reward",
      "rise",  "increase", "cut", "loan", "per",     "a",       "an",      "each",    "million", "billion"};
  return kMoneyNouns.count(t_[j].lower) > 0;
}

bool Scanner::weight_sentence() const {
  for (std::string_view cue : {"weigh", "heav", "lb", "kg", "kilo", "ounce", "stone", "scales"})
    if (s_.find(cue) != std::string_view::npos) return true;
  return false;
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
    } else if ((word_is(j, "a") || word_is(j, "an")) && is_word(j + 1) &&
               (!duration_unit(t_[j + 1].lower).empty() || (round == 0 && rate_noun(t_[j + 1].lower))) &&
               !(word_is(j + 2, "earlier") || word_is(j + 2, "ago") || word_is(j + 2, "before") ||
                 word_is(j + 2, "later") || word_is(j + 2, "previously") || word_is(j + 2, "prior"))) {
      // "$3.7bn a year earlier" is last year's amount, not a yearly rate.
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
  // "9:00-10:00": a clock time after a clock time and a dash is the range's second end.
  auto clock_at = [&](std::size_t h) {
    return is_num(h) && is_sym(h + 1, ":") && glued(h + 1) && is_num(h + 2) && glued(h + 2) && t_[h + 2].text.size() == 2;
  };
  if (p.text == "-" && i >= 4 && clock_at(i - 4) && clock_at(i)) return false;
  // "5pm-7pm": an hour with am/pm after another and a dash, likewise.
  auto meridiem_word = [&](std::size_t j) { return word_is(j, "am") || word_is(j, "pm"); };
  if (p.text == "-" && i >= 3 && meridiem_word(i - 2) && is_num(i - 3) && meridiem_word(i + 1)) return false;
  if (!t_[i].space_before && p.kind == Token::symbol && (p.text == "-" || p.text == "_" || p.text == ".") && i >= 2 &&
      !p.space_before && (t_[i - 2].kind == Token::word || t_[i - 2].kind == Token::number))
    return true;
  if (p.kind == Token::symbol && p.text == "." && i >= 2 && t_[i - 2].kind == Token::word && glued(i - 1)) {
    static const char* const kAbbr[] = {"no", "nr", "vol", "art", "fig", "ch", "sec", "p", "pp", "op", "ver", "v"};
    for (const char* a : kAbbr)
      if (t_[i - 2].lower == a) return true;
  }
  if (p.kind == Token::symbol && (p.text == "#" || p.text == "@" || p.text == "\xE2\x84\x96")) return true;
  // "She was number 1", "the number 23 shirt": a rank or a label, as "No. 5" and "#5" are;
  // "version 2.0" a name.
  if (p.kind == Token::word && (std::string_view(p.lower) == "number" || std::string_view(p.lower) == "version") &&
      !is_sym(i + 1, "%"))
    return true;
  // "Our ZIP code is 90210": a postal code is a label (the first letter is tested first: most words pass).
  for (std::size_t b = i; b > 0 && b + 3 > i; --b) {
    const std::string_view w = t_[b - 1].lower;
    if (t_[b - 1].kind == Token::word && !w.empty() && (w[0] == 'z' || w[0] == 'p') &&
        (w == "zip" || w == "postcode" || w == "zipcode"))
      return true;
  }
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
  // "A 12-mile walk" opens a sentence with an article, not "Vitamin A 12".
  if ((p.lower == "a" || p.lower == "an") && (start == 1 || t_[start - 2].kind != Token::word)) return false;
  static const char* const kAllowed[] = {"in", "on", "at", "by", "for", "of", "to", "from", "and", "or", "the",
                                         "with", "only", "just", "all", "total", "since", "after", "before", "until",
                                         "about", "nearly", "over", "under", "around", "some", "up", "down", "but",
                                         "that", "these", "those", "its", "their", "our", "his", "her", "my", "were",
                                         "was", "are", "is", "has", "have", "had", "reached", "hit", "extra",
                                         "another", "top", "within", "among", "than", "sold", "each",
                                         // verbs that start a sentence (capitalised there, no name)
                                         "multiply", "divide", "add", "subtract", "plus", "count", "pick", "choose",
                                         "bring", "buy", "take", "give", "pay", "send", "get", "need", "want", "use",
                                         "keep", "put", "save", "spend", "cut", "raise", "double", "split", "sell",
                                         "expect", "allow", "wait", "makes", "made",
                                         // a storm's rank is a number to compare: "a Category 4 storm"
                                         "category"};
  for (const char* a : kAllowed)
    if (p.lower == a) return false;
  return true;
}

// ---------------------------------------------------------------------------

// Whether a quantity can start at token i: numbers and symbols always; words
// only from a fixed set (number words, bound and approximation words, months,
// weekdays, relative-date words, currency codes).  Most words start nothing.
bool Scanner::may_start(std::size_t i) const {
  const Token& t = t_[i];
  if (t.kind != Token::word) return true;
  // One lookup per word token: true = starts a quantity, false = only when
  // capitalised (holidays: "Christmas", "Good Friday"; "New" is decided below).
  static const std::unordered_map<std::string_view, bool> starters = [] {
    std::unordered_map<std::string_view, bool> s;
    for (const Holiday& h : holidays())
      if (*h.words.begin() != "new") s.emplace(*h.words.begin(), false);
    for (const Phrase& p : kPrefixes) s.insert_or_assign(*p.words.begin(), true);
    for (const char* w : {"a", "an", "half", "once", "twice", "thrice", "between", "from", "minus", "negative", "the", "yesterday", "today",
                          "tomorrow", "next", "last", "this", "previous", "following", "current", "coming", "past",
                          "early", "mid", "late", "beginning", "start", "middle", "end", "fy", "fiscal", "q", "h",
                          "first", "second", "third", "fourth", "us", "hk", "au", "ca", "sg", "nt", "r", "mx", "nz",
                          "rs", "c", "s", "can", "mex", "dozens", "tens", "hundreds", "thousands", "several",
                          "millions", "billions", "ytd", "nought", "naught", "tonight", "noon", "midnight", "midday", "quarter",
                          "spring", "summer", "autumn", "winter", "fall",  // seasons (periods.cc)
                          "twofold", "threefold", "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold",
                          "ninefold", "tenfold", "twentyfold", "hundredfold", "thousandfold"})
      s.insert_or_assign(w, true);
    for (std::string_view w : starter_vocabulary()) s.insert_or_assign(w, true);  // number words, months, weekdays
    return s;
  }();
  if (const auto it = starters.find(t.lower); it != starters.end() && (it->second || t.upper)) return true;
  // Common words that start a quantity only before one word: "year to date", "earlier this month".
  if (t.lower == "year") return word_is(i + 1, "to") || is_sym(i + 1, "-");
  if (t.lower == "earlier" || t.lower == "later") return word_is(i + 1, "this");
  if (t.lower == "new") return t.upper && (word_is(i + 1, "year") || word_is(i + 1, "years"));  // New Year's Day
  // Currency codes: "USD 5", and in lower-case text "usd 2.5 million".
  return (t.upper || is_num(i + 1)) && !currency_code(t.text).empty();
}

void Scanner::run() {
  // Spans that hold no quantities at all: URLs, e-mail addresses, phone numbers.
  static const RE2 kSkip(
      R"((?:https?://|www\.)[^\s]+|[\w.+-]+@[\w-]+\.[\w.]+|[\w-]+\.(?:com|org|net|io|ai|cn|html?)(?:/[^\s]*)?)"
      R"(|\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b)"
      R"(|\b0\d{2,3}-\d{7,8}\b|\b1[3-9]\d{9}\b|\b0\d{2,4} \d{3,4} \d{3,4}\b|\b07\d{3} ?\d{6}\b)"  // UK mobile: 07700 900123
      R"(|[^\s%]*%[0-9A-Fa-f]{2}\S*)");  // URL-encoded text: "a%2020", "q%25name"
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
    if (try_relative(i) || try_date(i) || try_named_time(i) || try_amount(i)) {
      clock_after_date();
      if (next_ > i) i = next_ - 1;
      continue;
    }
    // A number that no recogniser took (e.g. "Qwen3"): skip its glued tail.
  }
  join_date_ranges(0);
}

// "on Dec 5th at 7": an hour alone after a day's date is a clock time (the
// date stays a date of its own; datetimes.cc joins only deictic days).
void Scanner::clock_after_date() {
  const std::size_t k = next_;
  if (out_.empty() || !word_is(k, "at") || !is_num(k + 1) || used_[k + 1]) return;
  const Quantity& d = out_.back().q;
  if (d.kind != QuantityKind::date || d.date_precision != DatePrecision::day || d.end != t_[k - 1].end) return;
  std::size_t len = 0;
  if (const int h = clock_hour(k + 1);
      h && !is_sym(k + 2, ":") && !meridiem(k + 2, len) && boundary_after(k + 2) && !is_sym(k + 2, "%"))
    emit_clock(k + 1, k + 2, h, 0);
}

void scan_sentence(std::string_view sentence, ScanContext& ctx, std::vector<Found>& out) {
  Scanner(sentence, ctx, out).run();
}

}  // namespace claimcheck::values
