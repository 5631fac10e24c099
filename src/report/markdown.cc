// The Markdown report: templates/report.md filled from the view model, every
// value escaped for Markdown, written piece by piece (page.h).
#include "report/page.h"
#include "report/report.h"

namespace claimcheck::report {

std::string render_markdown(const ReportInput& in, const RenderOptions& opts) {
  std::string out;
  write_markdown(in, opts, [&](std::string_view s) { out += s; });
  return out;
}

}  // namespace claimcheck::report
