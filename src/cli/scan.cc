// `claimcheck scan [PATH...]`: the main job.  Ingest the articles (default:
// corpus/) into the database, then print the conflict report over everything
// stored.  Equivalent to `claimcheck ingest PATH... && claimcheck report`.
//
//   claimcheck scan                              corpus/ into ./.claimcheck, text report
//   claimcheck scan news/ --format html --output report.html
#include <unistd.h>

#include <iostream>
#include <memory>

#include "check/find.h"
#include "claimcheck/error.h"
#include "cli/command.h"
#include "cli/filter_options.h"
#include "cli/ingest_run.h"
#include "cli/report_output.h"
#include "ingest/ingest.h"
#include "report/report.h"
#include "store/store.h"

namespace claimcheck::cli {
namespace {

struct ScanOptions {
  std::vector<std::string> paths{"corpus"};
  unsigned jobs = 0;
  bool lenient = false, follow = false;
  std::string format = "text";
  std::string output;
  std::string min_severity = "info";
};

int run_scan(const ScanOptions& o, const GlobalOptions& g) {
  report::Format format;
  if (!report::parse_format(o.format, format))
    throw Error("--format", "unknown format '" + o.format + "' (text, md, json, html, sarif, github)");
  check::Filter filter = make_filter({}, o.min_severity);

  ingest::IngestOptions options;
  options.jobs = o.jobs;
  options.lenient = o.lenient;
  options.follow = o.follow;
  Ingested ingested = ingest_for_command(o.paths, options, g);
  const store::Store& store = *ingested.store;
  const ingest::IngestSummary& s = ingested.summary;
  if (s.interrupted) {
    std::cerr << ingest::summary_line(s) << "\n";
    return kExitInterrupted;
  }

  report::RenderOptions ro;
  ro.color = format == report::Format::text && o.output.empty() && use_color(g, STDOUT_FILENO);
  report::KindCounts counts = write_report(format, store, filter, ro, o.output);
  std::cerr << ingest::summary_line(s) << "; " << report::count_by_kind(counts) << "\n";
  if (!o.output.empty() && o.output != "-" && !g.quiet) std::cerr << "claimcheck: wrote " << o.output << "\n";
  return s.failed ? kExitUsage : kExitOk;
}

const Registration reg{{"scan", "Ingest articles (default: corpus/) and report conflicts: the main job", 10,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto o = std::make_shared<ScanOptions>();
      app.add_option("PATH", o->paths, "Article files, JSON Lines corpora or directories to ingest first (default: corpus)");
      app.add_option("-j,--jobs", o->jobs, "Extraction threads (default: one per core)");
      app.add_flag("--lenient", o->lenient, "Replace invalid UTF-8 with U+FFFD instead of rejecting the file");
      app.add_flag("--follow", o->follow,
                   "Inside directories, read symlinks to files too (default: skipped, as grep -r; paths named are always read)");
      app.add_option("-f,--format", o->format, "Report format: text, md, json, html, sarif or github (default: text)")
          ->check(CLI::IsMember({"text", "md", "markdown", "json", "html", "sarif", "github"}));
      app.add_option("-o,--output", o->output, "Write the report to FILE (atomically) instead of stdout");
      app.add_option("--min-severity", o->min_severity, "Only findings at or above: info, warning, error (default: info)");
      return [o, &g] { return run_scan(*o, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
