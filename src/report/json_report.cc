// The JSON report (docs/report-schema.md): one object, keys sorted, findings in
// report order, documents by id, no timestamps of its own, so two runs over
// the same store give identical bytes.
#include <algorithm>

#include "claimcheck/json.h"
#include "report/report.h"
#include "report/view.h"

namespace claimcheck::report {
using nlohmann::json;

std::string render_json(const ReportInput& in, const RenderOptions& opts) {
  std::vector<Finding> findings = in.findings;
  order_findings(findings);

  json by_kind = json::object();
  for (FindingKind k : {FindingKind::conflict, FindingKind::unit_mismatch, FindingKind::not_comparable,
                        FindingKind::plan_vs_actual, FindingKind::changed_over_time, FindingKind::agreement})
    by_kind[to_string(k)] = std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.kind == k; });

  std::vector<const store::DocumentInfo*> docs;
  for (const auto& d : in.documents) docs.push_back(&d);
  std::sort(docs.begin(), docs.end(), [](auto* a, auto* b) { return a->id < b->id; });
  json documents = json::array();
  for (const auto* d : docs) {
    documents.push_back({{"id", d->id},
                         {"path", d->path},
                         {"title", d->title.empty() ? json(nullptr) : json(d->title)},
                         {"date", d->date.empty() ? json(nullptr) : json(d->date)},
                         {"content_hash", d->content_hash},
                         {"ingested_at", d->ingested_at},
                         {"bytes", d->bytes},
                         {"metadata", d->metadata}});
  }

  json report{{"schema_version", kSchemaVersion},
              {"tool", {{"name", "claimcheck"}, {"version", tool_version(opts)}}},
              {"summary",
               {{"documents", in.stats.documents ? in.stats.documents : in.documents.size()},
                {"claims", in.stats.claims},
                {"subjects", in.stats.subjects},
                {"attributes", in.stats.attributes},
                {"findings", findings.size()},
                {"by_kind", by_kind}}},
              {"documents", documents},
              {"findings", findings}};
  // Invalid UTF-8 in an article becomes U+FFFD rather than failing the report.
  return report.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace claimcheck::report
