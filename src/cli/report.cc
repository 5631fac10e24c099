// `claimcheck report`: conflict detection over the stored claims (read-only,
// so it runs while another process ingests), rendered in the format asked for.
//
//   claimcheck report                          text, coloured on a terminal
//   claimcheck report --format html --output report.html
//   claimcheck report --format json --kind conflict --min-severity warning
#include <unistd.h>

#include <iostream>
#include <memory>

#include "check/find.h"
#include "claimcheck/error.h"
#include "cli/command.h"
#include "cli/filter_options.h"
#include "cli/report_output.h"
#include "report/report.h"
#include "store/store.h"

namespace claimcheck::cli {
namespace {

struct ReportOptions {
  std::string format = "text";
  std::string output;  // "" = stdout
  std::vector<std::string> kinds;
  std::string min_severity = "info";
  std::string subject, attribute;
};

int run_report(const ReportOptions& o, const GlobalOptions& g) {
  report::Format format;
  if (!report::parse_format(o.format, format))
    throw Error("--format", "unknown format '" + o.format + "' (text, md, json, html, sarif, github)");
  check::Filter filter = make_filter(o.kinds, o.min_severity, o.subject, o.attribute);

  auto store = store::Store::open(g.db, store::Mode::read_only);
  report::RenderOptions ro;
  // Colour only for text going to a terminal; a file never gets escape codes.
  ro.color = format == report::Format::text && o.output.empty() && use_color(g, STDOUT_FILENO);
  write_report(format, *store, filter, ro, o.output);
  if (!o.output.empty() && o.output != "-" && !g.quiet) std::cerr << "claimcheck: wrote " << o.output << "\n";
  return kExitOk;
}

const Registration reg{{"report", "Report conflicts between the stored articles (text, md, json, html, sarif, github)", 60,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto o = std::make_shared<ReportOptions>();
      app.add_option("-f,--format", o->format, "Output format: text, md, json, html, sarif or github (default: text)")
          ->check(CLI::IsMember({"text", "md", "markdown", "json", "html", "sarif", "github"}));
      app.add_option("-o,--output", o->output, "Write to FILE (atomically) instead of stdout");
      app.add_option("--kind", o->kinds,
                     "Only findings of this kind (repeatable): conflict, unit_mismatch, plan_vs_actual, "
                     "changed_over_time, not_comparable, agreement");
      app.add_option("--min-severity", o->min_severity, "Only findings at or above: info, warning, error (default: info)");
      app.add_option("--subject", o->subject, "Only findings about this subject (exact name)");
      app.add_option("--attribute", o->attribute, "Only findings about this attribute (e.g. release_date)");
      return [o, &g] { return run_report(*o, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
