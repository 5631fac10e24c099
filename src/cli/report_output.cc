#include "cli/report_output.h"

#include <iostream>
#include <memory>

namespace claimcheck::cli {

report::KindCounts write_report(report::Format format, const store::Store& store, const check::Filter& filter,
                                const report::RenderOptions& options, const std::string& output) {
  const bool to_stdout = output.empty() || output == "-";
  std::unique_ptr<report::AtomicFile> file;
  if (!to_stdout) file = std::make_unique<report::AtomicFile>(output);
  auto sink = [&](std::string_view bytes) {
    if (file) file->write(bytes);
    else std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  };

  report::KindCounts counts;
  if (report::can_stream(format)) {
    counts = report::stream_report(format, store, filter, options, sink);
  } else {
    report::ReportInput in = report::gather(store, check::find_conflicts(store, filter));
    counts = report::count_kinds(in.findings);
    sink(report::render(format, in, options));
  }
  if (file) file->commit();
  else std::cout.flush();
  return counts;
}

}  // namespace claimcheck::cli
