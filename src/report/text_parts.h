#pragma once
// The pieces of the text report, shared by render_text (text.cc) and the
// streamed report (stream.cc), so both write the same bytes.
#include <cstdint>
#include <string>

#include "claimcheck/finding.h"
#include "report/evidence.h"

namespace claimcheck::report {

// The subject line that opens a subject's findings.
std::string text_subject(const std::string& subject, bool color);
// One finding: kind, attribute, explanation, values, each claim with its sentence.
std::string text_finding(const Finding& f, const DocumentIndex& docs, bool color);
// "5 documents, 39 claims: 1 conflict, ..." and the newline.
std::string text_summary(uint64_t documents, uint64_t claims, const std::string& counts);

}  // namespace claimcheck::report
