// `claimcheck baseline ARTICLE...`: accept what the gate finds today.  Runs the
// same comparison as `claimcheck check` (read-only) and writes every new
// finding's fingerprint to a baseline file that `check --baseline` reads
// (format in src/gate/baseline.h).  Review the file's diff like code.
//
//   claimcheck baseline news/*.md                       -> .claimcheck-baseline.json
//   claimcheck baseline news/gpt55.md --output ci/baseline.json
#include <filesystem>
#include <iostream>
#include <memory>

#include "claimcheck/error.h"
#include "claims/extractor.h"
#include "cli/command.h"
#include "gate/article.h"
#include "gate/baseline.h"
#include "gate/diagnostic.h"
#include "gate/gate.h"
#include "report/evidence.h"
#include "report/report.h"
#include "store/store.h"

namespace claimcheck::cli {
namespace {

struct BaselineOptions {
  std::vector<std::string> articles;
  std::string output = ".claimcheck-baseline.json";
  std::string repo_root;
  bool merge = false;
};

int run_baseline(const BaselineOptions& o, const GlobalOptions& g) {
  gate::GateOptions options;
  options.fail_on = std::nullopt;
  options.repo_root = o.repo_root.empty() ? gate::find_repo_root() : o.repo_root;
  std::vector<gate::BaselineEntry> entries;
  if (o.merge && o.output != "-") entries = gate::read_baseline(o.output).entries;

  auto extractor = claims::Extractor::load(g.rules_dirs);
  std::vector<gate::Article> articles = gate::load_articles(o.articles, *extractor);
  auto store = store::Store::open(g.db, store::Mode::read_only);
  gate::place_in_stories(*store, articles);
  gate::GateResult result = gate::run_gate(*store, articles, options);

  std::size_t added = 0;
  for (const gate::GateFinding& f : result.findings) {
    if (f.known) continue;  // never fails the gate: nothing to accept
    const Claim& c = f.finding.claims[f.primary];
    gate::BaselineEntry e;
    e.fingerprint = f.finding.fingerprint;
    e.kind = to_string(f.finding.kind);
    e.file = report::relative_to(c.doc, options.repo_root);
    e.line = c.line;
    // The diagnostic without its location, level and fingerprint: what was accepted.
    std::string line = gate::diagnostic_line(f, false);
    std::string level = std::string(": ") + gate::level_name(f.finding.severity) + ": ";
    std::size_t from = line.find(level);
    std::size_t to = line.rfind(" [fingerprint ");
    from = from == std::string::npos ? 0 : from + level.size();
    e.message = line.substr(from, to == std::string::npos || to < from ? std::string::npos : to - from);
    entries.push_back(std::move(e));
    ++added;
  }
  std::string text = gate::baseline_text(std::move(entries));
  if (o.output == "-") {
    std::cout << text << std::flush;
  } else {
    std::error_code ec;  // "ci/baseline.json" in a fresh checkout: make ci/
    if (auto dir = std::filesystem::path(o.output).parent_path(); !dir.empty()) std::filesystem::create_directories(dir, ec);
    report::write_file_atomically(o.output, text);
  }
  if (!g.quiet)
    std::cerr << "claimcheck baseline: " << added << (added == 1 ? " finding" : " findings") << " accepted"
              << (o.output == "-" ? std::string() : " in " + o.output) << "\n";
  return kExitOk;
}

const Registration reg{{"baseline", "Write a baseline file accepting the findings `check` reports for the articles today", 41,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto o = std::make_shared<BaselineOptions>();
      app.add_option("ARTICLE", o->articles, "Article files, as you would pass them to `claimcheck check`")->required();
      app.add_option("-o,--output", o->output, "Baseline file to write (default: .claimcheck-baseline.json; - = stdout)");
      app.add_flag("--merge", o->merge, "Keep the entries already in the output file and add the new ones");
      app.add_option("--repo-root", o->repo_root, "Fingerprint paths relative to DIR (default: the enclosing git repository)");
      return [o, &g] { return run_baseline(*o, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
