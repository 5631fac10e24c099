#pragma once
// Made-up documents and claims for the store tests: deterministic, varied
// enough to exercise every field of the encoding.
#include <string>
#include <vector>

#include "claimcheck/claim.h"
#include "store/store.h"

namespace claimcheck::testing {

inline Claim synthetic_claim(const std::string& doc, int i, const std::string& subject = "") {
  Claim c;
  c.subject = subject.empty() ? "Model-" + std::to_string(i % 7) : subject;
  c.attribute = i % 3 == 0 ? "release_date" : (i % 3 == 1 ? "price" : "parameters");
  c.doc = doc;
  c.begin = static_cast<std::size_t>(i) * 40;
  c.end = c.begin + 12;
  c.rule = "test/rule" + std::to_string(i % 3);
  c.id = make_claim_id(doc, c.begin, c.end, c.rule);
  c.line = i + 1;
  c.column = 3;
  c.text = "value " + std::to_string(i);
  c.sentence = "In " + doc + ", " + c.subject + " has value " + std::to_string(i) + ".";
  c.modality = i % 4 == 0 ? Modality::plan : Modality::stated;
  if (i % 3 == 0) {
    c.value.kind = QuantityKind::date;
    c.value.value = c.value.min = c.value.max = static_cast<double>(days_from_civil(2026, 4, 1 + i % 28));
    c.value.date_precision = DatePrecision::day;
    c.as_of = "2026-04-27";
  } else if (i % 3 == 1) {
    c.value.kind = QuantityKind::money;
    c.value.value = 0.14 * (i + 1);
    c.value.unit = "USD";
    c.value.per = 1e6;
    c.value.per_unit = "tokens";
    c.value.digits = 2;
    c.qualifiers = {{"direction", i % 2 ? "input" : "output"}};
  } else {
    c.value.kind = QuantityKind::number;
    c.value.value = 1.6e12;
    c.value.unit = "parameters";
    c.value.approximate = true;
    c.value.bound = Bound::at_least;
    c.value.min = 1.6e12;
    c.qualifiers = {{"scope", "total"}};
  }
  c.value.begin = c.begin;
  c.value.end = c.end;
  c.value.text = c.text;
  return c;
}

inline std::vector<Claim> synthetic_claims(const std::string& doc, int n, int offset = 0) {
  std::vector<Claim> out;
  for (int i = 0; i < n; ++i) out.push_back(synthetic_claim(doc, i + offset));
  return out;
}

inline store::DocumentInfo synthetic_document(const std::string& id, const std::string& hash) {
  store::DocumentInfo d;
  d.id = id;
  d.path = id;
  d.content_hash = hash;
  d.title = "Title of " + id;
  d.date = "2026-04-27";
  d.ingested_at = "2026-11-24T10:00:00Z";
  d.bytes = 1234;
  d.metadata = {{"source", "test"}};
  return d;
}

}  // namespace claimcheck::testing
