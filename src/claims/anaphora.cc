// Companies of a business story and what anaphors point back to; see anaphora.h.
#include "claims/anaphora.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "claimcheck/attributes.h"
#include "claims/word_occurrences.h"

namespace claimcheck::claims::news {
namespace {

// A capitalised word with a lower-case letter ("Fabrikam", "McDonald's"), so
// tickers ("FBRK") and shouting ("FRIDAY") are not names; "&" joins words.
constexpr const char* kName =
    "((?:[A-Z][A-Za-z0-9&-]*[a-z][A-Za-z0-9&-]*)(?: (?:&|[A-Z][A-Za-z0-9&-]*[a-z][A-Za-z0-9&-]*))*)";
constexpr const char* kPossessive = "(?:'s?|\u2019s?)?";

std::unique_ptr<RE2> compile(const std::string& pattern) {
  RE2::Options o;
  o.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, o);
  if (!re->ok()) return nullptr;
  return re;
}

const std::string* fragment(const std::map<std::string, rules::Fragment>& fragments, const char* name) {
  auto it = fragments.find(name);
  return it == fragments.end() ? nullptr : &it->second.pattern;
}

bool is_word_byte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80 || c == '_' || c == '-';
}

// "Kors'", "Fabrikam's", "Fabrikam’s": the name without its possessive.
std::string_view strip_possessive(std::string_view s) {
  for (std::string_view end : {"'s", "\u2019s", "'", "\u2019"})
    if (s.size() > end.size() && s.substr(s.size() - end.size()) == end) return s.substr(0, s.size() - end.size());
  return s;
}

// Capitalised words that open a sentence before "shares", "sales"...
// without naming a company ("Its shares", "The stock").
bool is_function_word(std::string_view w) {
  static const std::set<std::string_view> words = {
      "The", "Its", "It", "This", "That", "These", "Those", "Their", "His", "Her", "Our", "Your", "My", "A",
      "An", "Shares", "Stock", "Stocks", "In", "On", "At", "For", "And", "But", "As", "If", "When", "While",
      "After", "Before", "Both", "All", "Some", "Most", "Many", "Other", "Such", "Total", "Net", "Annual",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
      "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
      // Words that open a results sentence ("Quarterly profit rose 12%",
      // "European shares fell"): capitalised by the sentence, not a name.
      "Quarterly", "Full-year", "Half-year", "First-quarter", "Second-quarter", "Third-quarter",
      "Fourth-quarter", "Revenue", "Revenues", "Sales", "Profit", "Profits", "Earnings", "Operating",
      "Pre-tax", "Pretax", "Underlying", "Adjusted", "Core", "Overall", "Domestic", "International",
      "Global", "Online", "Retail", "Like-for-like", "Same-store", "Group", "European", "Asian", "American",
      "British", "Chinese", "Japanese", "German", "French", "US", "UK", "Oil", "Bank", "Tech", "Technology",
      "Energy", "Mining", "Airline", "Banking", "Insurance", "Property", "Housing", "Consumer", "Company"};
  return words.count(w) > 0;
}

}  // namespace

CompanyWords::CompanyWords(const std::map<std::string, rules::Fragment>& fragments) {
  const std::string* noun = fragment(fragments, "n_company_noun");
  const std::string* kind = fragment(fragments, "n_company_kind");
  const std::string* pronoun = fragment(fragments, "n_company_pronoun");
  const std::string* suffix = fragment(fragments, "n_company_suffix");
  const std::string* verb = fragment(fragments, "n_company_verb");
  const std::string* after = fragment(fragments, "n_company_after");
  if (!noun || !kind || !pronoun || !suffix || !verb || !after) return;
  const std::string name = kName;
  introduced_ = compile("(?i:\\b(" + *kind + ")) " + name);
  suffix_ = compile("(?:,? (?:" + *suffix + "))+$");
  after_ = compile(name + "(?:,? (?:" + *suffix + "))*" + kPossessive + " (?:(?:" + *after + ")\\b|(?:" + *verb + ")\\b)");
  lead_ = compile("^(?i:(?:the|a|an|" + *noun + "|" + *kind + ") )+");
  suffixed_ = compile(name + "(?:,? (?:" + *suffix + "))+(?:[^A-Za-z]|$)");
  ticker_ = compile(name + "(?:,? (?:" + *suffix + "))* ?(?:\\((?:[A-Za-z ]{2,15}: ?)?([A-Z]{1,5}(?:\\.[A-Z]{1,2})?)\\)|([A-Z]{2,5}\\.[A-Z]{1,2})\\b)");
  anaphor_ = compile("(?i)\\b(?:(?:the|this|that) (" + *noun + "|" + *kind + ")|(" + *pronoun + "))\\b");
  if (!introduced_ || !lead_ || !suffix_ || !suffixed_ || !after_ || !ticker_ || !anaphor_) anaphor_.reset();
}

bool company_attribute(std::string_view attribute) {
  const AttributeInfo& info = attribute_info(std::string(attribute));
  return info.owner == "company" || attribute == "growth" || attribute == "users" || attribute == "index_change" ||
         attribute == "index_level";
}

CompanyNames::CompanyNames(std::string_view text, const std::vector<Mention>& mentions, const CompanyWords& words)
    : text_(text), words_(words) {
  if (!words_.ready()) return;
  // Names the text treats as companies, with any ticker and company noun.
  std::vector<std::string> names;
  auto strip = [&](std::string_view s) {
    std::string out(strip_possessive(s));
    RE2::Replace(&out, *words_.suffix_, "");
    RE2::Replace(&out, *words_.lead_, "");  // "Brewer Fabrikam" opening a sentence
    return out;
  };
  re2::StringPiece input(text.data(), text.size()), name, ticker, ticker2, noun;
  while (RE2::FindAndConsume(&input, *words_.ticker_, &name, &ticker, &ticker2)) {
    std::string n = strip(std::string_view(name.data(), name.size()));
    names.push_back(n);
    alias_.emplace(ticker.empty() ? std::string(ticker2.data(), ticker2.size()) : std::string(ticker.data(), ticker.size()), n);
  }
  input = re2::StringPiece(text.data(), text.size());
  while (RE2::FindAndConsume(&input, *words_.after_, &name)) names.push_back(strip(std::string_view(name.data(), name.size())));
  input = re2::StringPiece(text.data(), text.size());
  while (RE2::FindAndConsume(&input, *words_.introduced_, &noun, &name)) {
    std::string n = strip(std::string_view(name.data(), name.size()));
    std::string k(noun.data(), noun.size());
    for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    noun_.emplace(k, n);
    names.push_back(n);
  }
  // A suffixed name is a company too ("Fabrikam Holdings Inc." -> "Fabrikam").
  input = re2::StringPiece(text.data(), text.size());
  while (RE2::FindAndConsume(&input, *words_.suffixed_, &name)) names.push_back(strip(std::string_view(name.data(), name.size())));
  for (const Mention& m : mentions)
    if (m.kind == "company" || m.kind == "index") names.push_back(m.listed ? m.canonical : strip(m.canonical));
  names.erase(std::remove_if(names.begin(), names.end(), [](const std::string& n) { return is_function_word(n); }),
              names.end());
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  // Longer names first, so "Qatar" alone is the short form of "Qatar Airways".
  std::stable_sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return std::count(a.begin(), a.end(), ' ') > std::count(b.begin(), b.end(), ' ');
  });
  // A listed company the name starts with is its canonical name ("Tesla
  // Motors" -> "Tesla" when the gazetteer lists Tesla).
  auto listed_prefix = [&](const std::string& n) {
    for (const Mention& m : mentions)
      if (m.listed && m.kind == "company" && n.size() > m.canonical.size() && n.rfind(m.canonical + " ", 0) == 0)
        return m.canonical;
    return n;
  };
  for (const std::string& full : names) {
    if (full.empty()) continue;
    const std::string n = listed_prefix(full);
    alias_.emplace(full, n);
    std::size_t first = full.find(' '), last = full.rfind(' ');
    if (first == std::string::npos) continue;
    // "Kors" and "Keurig" for "Michael Kors" and "Keurig Green Mountain".
    for (std::string part : {full.substr(0, first), full.substr(last + 1)})
      if (part.size() >= 4 && !std::all_of(part.begin(), part.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
        alias_.emplace(part, n);
  }
  // Every mention of a company, by any of its forms, in text order.
  std::vector<std::string_view> forms;
  std::vector<const std::string*> companies;
  for (const auto& [form, company] : alias_) {
    if (form.empty()) continue;  // alias_ never holds one: names are checked, parts are 4 bytes or more
    forms.push_back(form);
    companies.push_back(&company);
  }
  for (const Occurrence& o : whole_word_occurrences(text, forms, is_word_byte)) seen_.push_back({o.at, *companies[o.form]});
  for (const Mention& m : mentions)
    if (m.kind == "company" || m.kind == "index") seen_.push_back({m.begin, m.listed ? m.canonical : canonical(m.canonical)});
  std::stable_sort(seen_.begin(), seen_.end(), [](const Seen& a, const Seen& b) { return a.at < b.at; });
}

std::string CompanyNames::canonical(std::string_view name) const {
  if (!words_.ready()) return std::string(name);
  std::string n(strip_possessive(name));
  RE2::Replace(&n, *words_.suffix_, "");
  if (auto it = alias_.find(n); it != alias_.end()) return it->second;
  return n;
}

std::string CompanyNames::last_before(std::size_t at, std::string_view noun) const {
  if (!noun.empty())
    if (auto it = noun_.find(noun); it != noun_.end()) return it->second;
  std::string found;
  for (const Seen& s : seen_) {
    if (s.at >= at) break;
    found = s.name;
  }
  return found;
}

std::string CompanyNames::owner(std::string_view named, std::size_t sentence_begin, std::size_t value_at) const {
  if (!words_.ready()) return std::string(named);
  std::string_view before = text_.substr(sentence_begin, value_at - sentence_begin);
  re2::StringPiece input(before.data(), before.size()), noun, pronoun;
  std::size_t anaphor = std::string_view::npos;
  std::string anaphor_noun;
  bool bare = false;  // "it", "its": the name of the same sentence ("Fabrikam said it lost ...")
  while (RE2::FindAndConsume(&input, *words_.anaphor_, &noun, &pronoun)) {
    anaphor = static_cast<std::size_t>(input.data() - before.data());
    anaphor_noun.assign(noun.data(), noun.size());
    for (char& c : anaphor_noun) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bare = pronoun.size() >= 2 && (pronoun[0] == 'i' || pronoun[0] == 'I') && (pronoun[1] == 't' || pronoun[1] == 'T');
  }
  std::size_t name_at = named.empty() ? std::string_view::npos : before.rfind(named);
  if (!named.empty() && (anaphor == std::string_view::npos || bare ||
                         (name_at != std::string_view::npos && name_at >= anaphor)))
    return canonical(named);
  std::string back = last_before(sentence_begin + (anaphor == std::string_view::npos ? before.size() : anaphor), anaphor_noun);
  if (!back.empty() && (anaphor != std::string_view::npos || named.empty())) return back;
  return named.empty() ? std::string() : canonical(named);
}

}  // namespace claimcheck::claims::news
