// The HTML report: templates/report.html filled from the view model, written
// piece by piece (page.h) and showing at most RenderOptions::page.  Every
// value is HTML-escaped by the template engine; the only raw insertions are
// the page's own stylesheet and script, embedded from templates/ at build time.
#include "report/page.h"
#include "report/report.h"

namespace claimcheck::report {

std::string render_html(const ReportInput& in, const RenderOptions& opts) {
  std::string out;
  write_html(in, opts, [&](std::string_view s) { out += s; });
  return out;
}

}  // namespace claimcheck::report
