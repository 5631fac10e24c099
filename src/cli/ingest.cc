// `claimcheck ingest PATH...`: extract claims from articles into the store.
//
//   claimcheck ingest corpus/                 every .txt .md .markdown .html .htm .jsonl below
//   claimcheck ingest news.jsonl.gz           one article per line, streamed
//   claimcheck ingest a.txt b.md --jobs 4
//   curl -s URL | claimcheck ingest - --name example.com/article
//
// Ctrl-C (or SIGTERM) finishes the document being written and exits 130; a
// second Ctrl-C stops at once (whole documents only, either way).
#include <atomic>
#include <iostream>

#include "claimcheck/error.h"
#include "cli/command.h"
#include "cli/ingest_run.h"
#include "ingest/ingest.h"

namespace claimcheck::cli {
namespace {

struct IngestCliOptions {
  std::vector<std::string> paths;
  unsigned jobs = 0;
  bool force = false, lenient = false, follow = false;
  std::string name = "<stdin>";
};

int run_ingest(const IngestCliOptions& o, const GlobalOptions& g) {
  ingest::IngestOptions options;
  options.jobs = o.jobs;
  options.force = o.force;
  options.lenient = o.lenient;
  options.follow = o.follow;
  options.stdin_name = o.name;
  ingest::IngestSummary s = ingest_for_command(o.paths, options, g).summary;
  std::cerr << ingest::summary_line(s) << "\n";
  if (s.interrupted) return kExitInterrupted;
  return s.failed ? kExitUsage : kExitOk;
}

const Registration reg{{"ingest", "Extract claims from articles (files, directories, JSON Lines corpora, - for stdin) into the database", 30,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto o = std::make_shared<IngestCliOptions>();
      app.add_option("PATH", o->paths,
                     "Article files, JSON Lines corpora (.jsonl, .jsonl.gz: id, title, date, url, text per line), "
                     "directories (walked for .txt .md .markdown .html .htm and JSON Lines), or -")
          ->required();
      app.add_option("-j,--jobs", o->jobs, "Extraction threads (default: one per core)");
      app.add_flag("--force", o->force, "Re-extract and replace documents even if their bytes did not change");
      app.add_flag("--lenient", o->lenient, "Replace invalid UTF-8 with U+FFFD instead of rejecting the file");
      app.add_flag("--follow", o->follow,
                   "Inside directories, read symlinks to files too (default: skipped, as grep -r; paths named are always read)");
      app.add_option("--name", o->name, "Document id for - (default: <stdin>)");
      return [o, &g] { return run_ingest(*o, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
