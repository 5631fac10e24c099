#pragma once
// The view model the page templates (templates/report.html, report.md) are
// filled from, piece by piece (page.h): plain JSON with every string still
// raw; the template's escaper makes it safe for its format.  Built in one
// place so Markdown and HTML show the same facts in the same order.
//
//   summary   documents, claims, subjects, findings, by_kind, kinds [{kind, label, count}]
//   finding   index, anchor, kind, kind_label, severity, subject, attribute_label,
//             qualifiers, explanation, fingerprint, values [{value, docs, count}],
//             claims [{value, location, doc, short_doc, title, date, modality,
//                      as_of, before, span, after}], claim_count, doc_count,
//             claims_shown (only when cut down)
//   timeline  date and changed-over-time findings: [{heading, kind, entries:
//             [{when, value, doc, short_doc, title, pos}]}], pos in 0..100
#include <nlohmann/json.hpp>

#include "report/evidence.h"
#include "report/report.h"

namespace claimcheck::report {

// The pieces of the view model, for pages written piece by piece (page.h).
// `index` is the finding's 0-based position on the page (anchor "f<index+1>").
// With `limits`, a long finding is cut down for a page a person reads:
// at most limits->claims claims (each value keeps at least one while there
// is room), limits->docs_per_value document names per value, and sentences
// cut to limits->context bytes either side of the span; the counts
// (claim_count, doc_count) stay those of the whole finding.
nlohmann::json finding_view(const Finding&, std::size_t index, const DocumentIndex&,
                            const PageLimits* limits = nullptr);
// Date and changed-over-time findings as timeline figures (see above).
nlohmann::json timeline_view(const std::vector<Finding>&, const DocumentIndex&);
// The `summary` object: documents, claims, subjects, findings, by_kind, kinds.
nlohmann::json summary_view(const store::Stats&, uint64_t documents, const KindCounts&);
// A finding with at most `max_claims` claims, every value keeping one while
// there is room, in the finding's own order.  The finding itself when short.
Finding with_fewer_claims(const Finding&, std::size_t max_claims);

// The version printed in reports: RenderOptions::tool_version or the built one.
std::string tool_version(const RenderOptions&);

}  // namespace claimcheck::report
