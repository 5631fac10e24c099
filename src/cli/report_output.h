#pragma once
// Writing the conflict report of `report` and `scan`: to stdout, or
// atomically to a file.  Text and JSON are streamed subject by subject
// (report::stream_report), so a report over millions of claims needs memory
// for one subject, not for every finding; the other formats are rendered whole.
#include <string>

#include "check/find.h"
#include "report/report.h"
#include "store/store.h"

namespace claimcheck::cli {

// `output` "" or "-" = stdout.  Returns the findings counted by kind.
report::KindCounts write_report(report::Format format, const store::Store& store, const check::Filter& filter,
                                const report::RenderOptions& options, const std::string& output);

}  // namespace claimcheck::cli
