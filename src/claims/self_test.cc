// The rule self-test runner; see self_test.h.
#include "claims/self_test.h"

#include <cmath>

#include "claimcheck/json.h"
#include "text/document.h"

namespace claimcheck::claims {
namespace {

bool value_matches(const Quantity& q, const nlohmann::json& v) {
  if (v.is_number()) {
    double want = v.get<double>();
    return std::fabs(q.value - want) <= 1e-9 * std::max(1.0, std::fabs(want));
  }
  if (!v.is_string()) return false;
  std::string want = v.get<std::string>();
  if (q.is_date() && iso_date(static_cast<int64_t>(q.value)) == want) return true;
  return display(q) == want;
}

std::string describe(const std::vector<Claim>& claims) {
  if (claims.empty()) return "no claims";
  std::string s;
  for (const auto& c : claims) {
    s += "\n      " + c.subject + (c.subject_from_focus ? " (focus)" : "") + " | " + c.attribute;
    for (const auto& [k, v] : c.qualifiers) s += " " + k + "=" + v;
    s += " | " + display(c.value) + " | " + to_string(c.modality) + " | " + c.rule;
  }
  return s;
}

}  // namespace

bool claim_matches(const Claim& c, const nlohmann::json& spec) {
  for (const auto& [key, want] : spec.items()) {
    if (key == "subject" && c.subject != want.get<std::string>()) return false;
    if (key == "attribute" && c.attribute != want.get<std::string>()) return false;
    if (key == "qualifiers" && c.qualifiers != want.get<std::map<std::string, std::string>>()) return false;
    if (key == "value" && !value_matches(c.value, want)) return false;
    if (key == "unit" && c.value.unit != want.get<std::string>()) return false;
    if (key == "modality" && to_string(c.modality) != want.get<std::string>()) return false;
    if (key == "bound" && to_string(c.value.bound) != want.get<std::string>()) return false;
    if (key == "subject_from_focus" && c.subject_from_focus != want.get<bool>()) return false;
    if (key == "as_of" && c.as_of != want.get<std::string>()) return false;
  }
  return true;
}

SelfTestResult run_self_test(const RuleExtractor& extractor) {
  SelfTestResult result;
  for (const auto& rule : extractor.rule_set().rules()) {
    int n = 0;
    for (const auto& example : rule.examples) {
      ++n;
      text::Document doc = text::make_document("example", example.text);
      std::set<std::string> fired;
      Extraction x = extractor.extract_traced(doc, ArticleMeta{"", example.ref_date}, &fired);
      std::string problem;
      if (!rule.anchor && !fired.count(rule.id)) problem = "the rule did not fire";
      for (const auto& expected : example.claims) {
        bool found = false;
        for (const auto& c : x.claims) found = found || claim_matches(c, expected.spec);
        if (!found) problem += (problem.empty() ? "" : "; ") + std::string("missing ") + expected.spec.dump();
      }
      if (problem.empty()) {
        ++result.passed;
      } else {
        ++result.failed;
        result.failures.push_back({rule.id, rule.file,
                                   "example " + std::to_string(n) + " \"" + example.text + "\": " + problem +
                                       "\n      got:" + describe(x.claims)});
      }
    }
    n = 0;
    for (const auto& counter : rule.counter_examples) {
      ++n;
      text::Document doc = text::make_document("counter-example", counter);
      std::set<std::string> fired;
      Extraction x = extractor.extract_traced(doc, {}, &fired);
      if (fired.count(rule.id)) {
        ++result.failed;
        result.failures.push_back({rule.id, rule.file,
                                   "counter-example " + std::to_string(n) + " \"" + counter +
                                       "\" yielded a claim:" + describe(x.claims)});
      } else {
        ++result.passed;
      }
    }
  }
  return result;
}

}  // namespace claimcheck::claims
