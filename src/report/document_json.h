#pragma once
// A document's entry in the JSON report written straight into a string: the
// bytes of nlohmann's dump(2) of document_json(d) (json_parts.h) as an
// element nested `depth` levels deep, without building, dumping and
// re-indenting a tree per document (a 1 GB corpus has 720,000 of them).
// Tested against document_json (tests/report/finding_json_test.cc).
#include <string>

#include "claimcheck/document.h"

namespace claimcheck::report {

// Appends `d` indented as an element `depth` levels deep (its first line too).
void append_document_json(std::string& out, const DocumentInfo& d, int depth);

}  // namespace claimcheck::report
