#pragma once
// Companies a business story names, and whom "the company", "its shares" or
// "the brewer" point back to (news pack, company attributes only).
//
//   "Fabrikam Inc. (NASDAQ:FBRK) reported results on Tuesday.  FBRK said
//    sales fell 4%.  The brewer's shares dropped 6%."
//
// gives every claim the subject "Fabrikam": the ticker is the company's, the
// suffix is dropped, and "The brewer's shares" (no name in the clause) is the
// company named last before it.  A company is a capitalised name the text
// treats as one (rules/news/companies.json): a suffix ("Inc."), a ticker, a
// company noun before it ("retailer Fabrikam"), its shares, results or
// executives after it ("Fabrikam shares", "Fabrikam's CEO"), a company verb
// after it ("Fabrikam reported"); then each later mention of the name, or of
// its first or last word alone ("Kors" for "Michael Kors"), is the company.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "claims/subjects.h"
#include "rules/rule.h"

namespace claimcheck::claims::news {

// The words of rules/news/companies.json, compiled once per rule set.
struct CompanyWords {
  // From the rule set's fragments; empty (ready() false) when a pack loaded
  // with --rules does not define them.
  explicit CompanyWords(const std::map<std::string, rules::Fragment>& fragments);
  bool ready() const { return anaphor_ != nullptr; }

  std::unique_ptr<RE2> anaphor_;      // "the brewer", "its shares", "it" (group 1: the noun, if any)
  std::unique_ptr<RE2> introduced_;   // "retailer Fabrikam": group 1 the noun, group 2 the name
  std::unique_ptr<RE2> lead_;         // a leading "The " or company noun to drop
  std::unique_ptr<RE2> suffix_;       // a trailing " Inc." to drop
  std::unique_ptr<RE2> suffixed_;     // a name with a suffix: "Fabrikam Holdings Inc."
  std::unique_ptr<RE2> after_;        // what makes the name before it a company's
  std::unique_ptr<RE2> ticker_;       // "Fabrikam (NASDAQ:FBRK)", "Fabrikam (FBRK.N)", "Fabrikam FBRK.L"
};

// Whether claims of `attribute` are a company's (results, shares, stakes).
bool company_attribute(std::string_view attribute);

class CompanyNames {
 public:
  // `text` is the document's normalized text; `mentions` the names found in
  // it (listed companies and indices count as companies too).
  CompanyNames(std::string_view text, const std::vector<Mention>& mentions, const CompanyWords& words);

  // The subject of a company claim whose value is at `value_at` (offset in
  // `text`) in a sentence starting at `sentence_begin`, given the name the
  // clause gives (`named`, may be empty): the company an anaphor between that
  // name and the value points back to, else `named` as the article's fullest
  // form of the company, else the company named last before the value.
  std::string owner(std::string_view named, std::size_t sentence_begin, std::size_t value_at) const;

  // `name` as the company the article means: possessive and suffix dropped,
  // a ticker or a short form replaced by the full name; else `name` as is.
  std::string canonical(std::string_view name) const;

 private:
  struct Seen {
    std::size_t at;
    std::string name;
  };
  std::string last_before(std::size_t at, std::string_view noun) const;
  void add_company(std::string name, std::size_t at);

  std::string_view text_;
  const CompanyWords& words_;
  std::map<std::string, std::string, std::less<>> alias_;  // ticker, short form, suffixed form -> name
  std::map<std::string, std::string, std::less<>> noun_;   // "retailer" -> the company introduced so
  std::vector<Seen> seen_;                                  // every mention of a company, in text order
};

}  // namespace claimcheck::claims::news
