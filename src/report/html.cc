// The HTML report: templates/report.html filled from the view model.  Every
// value is HTML-escaped by the template engine; the only raw insertions are
// the page's own stylesheet and script, embedded from templates/ at build time.
#include "report/report.h"
#include "report/template.h"
#include "report/view.h"

namespace claimcheck::report {

std::string render_html(const ReportInput& in, const RenderOptions& opts) {
  nlohmann::json model = view_model(in, opts);
  model["css"] = std::string(embedded_file("report.css"));
  model["script"] = std::string(embedded_file("report.js"));
  return embedded_template("report.html").render(model, escape_html);
}

}  // namespace claimcheck::report
