#pragma once
// The pieces of the JSON and SARIF reports (docs/report-schema.md), shared by
// render_json (json_report.cc), render_sarif (sarif.cc) and the streamed
// report (stream.cc), so both write the same bytes.
#include <cstdint>
#include <string>

#include "claimcheck/json.h"
#include "report/report.h"

namespace claimcheck::report {

nlohmann::json document_json(const store::DocumentInfo&);
nlohmann::json summary_json(const store::Stats&, uint64_t documents, const KindCounts&);
nlohmann::json tool_json(const RenderOptions&);
// dump() as the report writes it: `indent` spaces, UTF-8 kept, invalid UTF-8 as U+FFFD.
std::string dump_json(const nlohmann::json&, int indent);

// SARIF (sarif.cc): one result per finding (REQUIRES: !f.claims.empty()),
// and the whole log around `results`.
nlohmann::json sarif_result(const Finding&, const RenderOptions&);
nlohmann::json sarif_log(nlohmann::json results, const RenderOptions&);

}  // namespace claimcheck::report
