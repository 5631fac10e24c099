// The JSON report (docs/report-schema.md): one object, keys sorted, findings in
// report order, documents by id, no timestamps of its own, so two runs over
// the same store give identical bytes.
#include <algorithm>

#include "claimcheck/json.h"
#include "report/report.h"
#include "report/json_parts.h"
#include "report/view.h"

namespace claimcheck::report {
using nlohmann::json;

json document_json(const store::DocumentInfo& d) {
  json j{{"id", d.id},
          {"path", d.path},
          {"title", d.title.empty() ? json(nullptr) : json(d.title)},
          {"date", d.date.empty() ? json(nullptr) : json(d.date)},
          {"content_hash", d.content_hash},
          {"ingested_at", d.ingested_at},
          {"bytes", d.bytes},
          {"metadata", d.metadata}};
  if (!d.story.empty()) j["story"] = d.story;  // the event the article is about (stories/)
  return j;
}

json summary_json(const store::Stats& stats, uint64_t documents, const KindCounts& counts) {
  json by_kind = json::object();
  uint64_t findings = 0;
  for (FindingKind k : {FindingKind::conflict, FindingKind::unit_mismatch, FindingKind::not_comparable,
                        FindingKind::plan_vs_actual, FindingKind::changed_over_time, FindingKind::agreement}) {
    by_kind[to_string(k)] = counts[kind_rank(k)];
    findings += counts[kind_rank(k)];
  }
  return {{"documents", documents},   {"claims", stats.claims},   {"subjects", stats.subjects},
          {"attributes", stats.attributes}, {"findings", findings}, {"by_kind", by_kind}};
}

json tool_json(const RenderOptions& opts) { return {{"name", "claimcheck"}, {"version", tool_version(opts)}}; }

std::string dump_json(const json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string render_json(const ReportInput& in, const RenderOptions& opts) {
  std::vector<Finding> findings = in.findings;
  order_findings(findings);

  std::vector<const store::DocumentInfo*> docs;
  for (const auto& d : in.documents) docs.push_back(&d);
  std::sort(docs.begin(), docs.end(), [](auto* a, auto* b) { return a->id < b->id; });
  json documents = json::array();
  for (const auto* d : docs) documents.push_back(document_json(*d));

  json report{{"schema_version", kSchemaVersion},
              {"tool", tool_json(opts)},
              {"summary", summary_json(in.stats, in.stats.documents ? in.stats.documents : in.documents.size(),
                                       count_kinds(findings))},
              {"documents", documents},
              {"findings", findings}};
  // Invalid UTF-8 in an article becomes U+FFFD rather than failing the report.
  return dump_json(report, 2) + "\n";
}

}  // namespace claimcheck::report
