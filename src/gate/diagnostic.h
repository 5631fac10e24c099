#pragma once
// The gate's default output: one compiler-style line per finding, so editors
// and CI logs link straight to the claim.
//
//   news/gpt55.md:5:30: error: GPT-5.5 release date 2026-04-25 conflicts with 2026-04-23
//   (corpus/003_d4106d9e4592ae5a.txt, line 38) and 2026-04-24 (corpus/002_7487f4256f525623.txt, line 5)
//   [fingerprint 3f9c1e0a7b2d4c55]
//
// (one line; wrapped here).  The location is the claim in the article under
// review, path as given on the command line, line and column 1-based (columns
// count Unicode code points).  error = conflict, warning = unit mismatch,
// note = not comparable, plan vs actual, changed over time.  The fingerprint
// is what a baseline or an accept marker names.
#include <string>

#include "gate/gate.h"

namespace claimcheck::gate {

// "error", "warning" or "note".
const char* level_name(Severity);

// The line, without newline.  `color`: the level in bold red/yellow/cyan.
std::string diagnostic_line(const GateFinding& g, bool color);

}  // namespace claimcheck::gate
