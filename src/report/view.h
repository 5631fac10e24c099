#pragma once
// The view model the page templates (templates/report.html, report.md) are
// filled from: plain JSON with every string still raw; the template's escaper
// makes it safe for its format.  Built in one place so Markdown and HTML show
// the same facts in the same order.
//
//   summary   documents, claims, subjects, findings, per-kind counts
//   subjects  [{subject, findings: [finding]}], conflicts first
//   findings  the same findings, flat
//   finding   kind, kind_label, severity, subject, attribute_label, qualifiers,
//             explanation, fingerprint, values [{value, docs, count}],
//             claims [{value, location, doc, short_doc, title, date, modality,
//                      as_of, before, span, after}]
//   timeline  date and changed-over-time findings: [{heading, kind, entries:
//             [{when, value, doc, short_doc, title, pos}]}], pos in 0..100
#include <nlohmann/json.hpp>

#include "report/report.h"

namespace claimcheck::report {

nlohmann::json view_model(const ReportInput&, const RenderOptions&);

// The version printed in reports: RenderOptions::tool_version or the built one.
std::string tool_version(const RenderOptions&);

}  // namespace claimcheck::report
