// Collecting what a report shows about the store besides the findings.
#include <algorithm>

#include "report/report.h"

namespace claimcheck::report {

ReportInput gather(const store::Store& store, std::vector<Finding> findings) {
  ReportInput in;
  in.findings = std::move(findings);
  store.for_each_document([&](const store::DocumentInfo& d) { in.documents.push_back(d); });
  std::sort(in.documents.begin(), in.documents.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  in.stats = store.stats();
  return in;
}

}  // namespace claimcheck::report
