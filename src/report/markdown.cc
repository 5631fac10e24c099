// The Markdown report: templates/report.md filled from the view model, every
// value escaped for Markdown.
#include "report/report.h"
#include "report/template.h"
#include "report/view.h"

namespace claimcheck::report {

std::string render_markdown(const ReportInput& in, const RenderOptions& opts) {
  return embedded_template("report.md").render(view_model(in, opts), escape_markdown);
}

}  // namespace claimcheck::report
