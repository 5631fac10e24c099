#pragma once
// What every renderer shows about one claim: its sentence split around the
// claimed span, the document it came from, and where in the file it sits.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claim.h"
#include "claimcheck/finding.h"
#include "claimcheck/document.h"
#include "claimcheck/short_names.h"

namespace claimcheck::report {

// The sentence with whitespace runs (newlines too) collapsed to one space, cut
// around the first occurrence of the claimed text.  When the span is not in
// the sentence (an inferred value), `span` is empty and `before` is all of it.
struct Highlighted {
  std::string before, span, after;
};
Highlighted highlight(const Claim&);

// Whitespace runs collapsed to one space, ends trimmed.
std::string collapse_space(std::string_view);

// Number of Unicode code points in UTF-8 text (columns count code points).
std::size_t code_points(std::string_view);

// `doc` relative to `root` when it lies inside it; otherwise unchanged.
// Backslashes never appear: ids are paths as given on a POSIX system.
std::string relative_to(const std::string& doc, const std::string& root);

// "corpus/003_d4106d9e4592ae5a.txt:18:35"
std::string location(const Claim&);

// Documents by id, for titles and dates.
class DocumentIndex {
 public:
  explicit DocumentIndex(const std::vector<store::DocumentInfo>& docs);
  // nullptr when the store does not know the document.
  const store::DocumentInfo* find(const std::string& id) const;

 private:
  std::map<std::string, const store::DocumentInfo*> by_id_;
};

// A support value (display form, the key) as people write it: display_text()
// of a claim that carries it ("8.52e11 USD" -> "$852 billion"); else unchanged.
std::string people_value(const Finding&, const std::string& value);

// The claims of a finding that carry `value` (display form), in finding order.
std::vector<const Claim*> claims_with_value(const Finding&, const std::string& value);

}  // namespace claimcheck::report

namespace claimcheck::report {

// Index of the claim a SARIF result or annotation points at: the first claim in
// one of `focus_docs` (the articles under review), else the first claim of the
// least supported value (the odd one out).  REQUIRES: !f.claims.empty().
std::size_t primary_claim(const Finding& f, const std::vector<std::string>& focus_docs);

}  // namespace claimcheck::report
