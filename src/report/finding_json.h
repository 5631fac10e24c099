#pragma once
// A finding's JSON written straight into a string, without building an
// nlohmann::json object first: the streamed JSON report writes one per
// finding, and building (then dumping, then indenting) a tree of small
// objects per claim was most of the report's time (docs/benchmarks.md).
//
// The bytes are exactly those of nlohmann's dump(2) of to_json(Finding)
// (src/model/json.cc) as the element of an array nested `depth` levels deep:
// keys sorted, two spaces per level, UTF-8 kept, invalid UTF-8 as U+FFFD,
// doubles in nlohmann's shortest round-trip form.  Tested against it
// (tests/report/finding_json_test.cc), so the two cannot drift apart silently.
//
// Example: append_finding_json(out, finding, 2) appends "    {\n      \"attribute\": ...".
#include <string>

#include "claimcheck/finding.h"

namespace claimcheck::report {

// Appends `f` indented as an element `depth` levels deep (its first line is
// indented too).  Reuse `out` between calls: it keeps its capacity.
void append_finding_json(std::string& out, const Finding& f, int depth);

}  // namespace claimcheck::report
