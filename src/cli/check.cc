// `claimcheck check ARTICLE...`: the CI gate.  Extracts the articles' claims,
// compares them with the stored corpus (read-only: runs while another process
// ingests) and with each other, and exits 1 when something new at or above
// --fail-on turns up.  The rules of "new", "known" and "accepted" are in
// src/gate/gate.h; the output line in src/gate/diagnostic.h.
//
//   claimcheck check news/gpt55.md                      compiler-style lines
//   claimcheck check news/*.md --format sarif -o claimcheck.sarif
//   claimcheck check news/gpt55.md --baseline .claimcheck-baseline.json --ingest
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <set>

#include "claimcheck/error.h"
#include "claims/extractor.h"
#include "cli/command.h"
#include "gate/article.h"
#include "gate/baseline.h"
#include "gate/diagnostic.h"
#include "gate/gate.h"
#include "report/report.h"
#include "store/store.h"

namespace claimcheck::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> articles;
  std::string format = "text";
  std::string output;  // "" = stdout
  std::string baseline;
  std::string fail_on = "conflict";
  std::string repo_root;
  bool ingest = false;
};

// The report formats get the findings to act on (new, not accepted) and the
// records of the documents they cite: looked up one by one, never a scan.
report::ReportInput report_input(const store::Store& store, const gate::GateResult& r,
                                 const std::vector<gate::Article>& articles) {
  report::ReportInput in;
  std::set<std::string> cited;
  for (const gate::GateFinding& g : r.findings) {
    if (g.known || g.accepted != gate::Acceptance::none) continue;
    in.findings.push_back(g.finding);
    for (const Claim& c : g.finding.claims) cited.insert(c.doc);
  }
  for (const gate::Article& a : articles) {
    in.documents.push_back(a.info);
    cited.erase(a.path);
  }
  for (const std::string& id : cited)
    if (auto d = store.document(id)) in.documents.push_back(*d);
  std::sort(in.documents.begin(), in.documents.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  in.stats.documents = in.documents.size();
  in.stats.claims = r.claims;
  return in;
}

std::string summary(const gate::GateResult& r, std::size_t articles) {
  std::string s = "claimcheck check: " + std::to_string(articles) + (articles == 1 ? " article, " : " articles, ") +
                  std::to_string(r.claims) + (r.claims == 1 ? " claim: " : " claims: ");
  std::size_t failing = r.count_failing();
  std::size_t shown = r.count(false, gate::Acceptance::none);
  s += failing ? std::to_string(failing) + " new finding" + (failing == 1 ? "" : "s") + " at or above --fail-on"
               : std::string("nothing new at or above --fail-on");
  if (shown > failing) s += ", " + std::to_string(shown - failing) + " below it";
  std::size_t baseline = r.count(false, gate::Acceptance::baseline) + r.count(true, gate::Acceptance::baseline);
  std::size_t marker = r.count(false, gate::Acceptance::marker) + r.count(true, gate::Acceptance::marker);
  std::size_t known = r.count(true, gate::Acceptance::none);
  if (baseline) s += ", " + std::to_string(baseline) + " accepted by the baseline";
  if (marker) s += ", " + std::to_string(marker) + " accepted in the article";
  if (known) s += ", " + std::to_string(known) + " already in the corpus";
  return s;
}

void ingest_articles(const std::string& db, const std::vector<gate::Article>& articles, bool quiet) {
  auto store = store::Store::open(db, store::Mode::read_write);
  std::size_t changed = 0;
  for (const gate::Article& a : articles)
    if (store->put_document(a.info, a.claims) != store::PutOutcome::unchanged) ++changed;
  store->sync();
  if (!quiet)
    std::cerr << "claimcheck check: ingested " << articles.size() << (articles.size() == 1 ? " article" : " articles")
              << " (" << changed << " new or changed) into " << db << "\n";
}

int run_check(const CheckOptions& o, const GlobalOptions& g) {
  report::Format format = report::Format::text;
  if (!report::parse_format(o.format, format) ||
      (format != report::Format::text && format != report::Format::sarif && format != report::Format::github &&
       format != report::Format::json))
    throw Error("--format", "unknown format '" + o.format + "' (text, sarif, github, json)");
  gate::GateOptions options;
  options.fail_on = gate::parse_fail_on(o.fail_on);
  options.repo_root = o.repo_root.empty() ? gate::find_repo_root() : o.repo_root;
  gate::Baseline baseline;
  if (!o.baseline.empty()) {
    baseline = gate::read_baseline(o.baseline);
    options.baseline = &baseline;
  }

  auto extractor = claims::Extractor::load(g.rules_dirs);
  std::vector<gate::Article> articles = gate::load_articles(o.articles, *extractor);

  gate::GateResult result;
  std::string text;
  {
    auto store = store::Store::open(g.db, store::Mode::read_only);
    gate::place_in_stories(*store, articles);
    result = gate::run_gate(*store, articles, options);
    if (format == report::Format::text) {
      bool color = o.output.empty() && use_color(g, STDOUT_FILENO);
      for (const gate::GateFinding& f : result.findings)
        if (!f.known && f.accepted == gate::Acceptance::none) text += gate::diagnostic_line(f, color) + "\n";
    } else {
      report::RenderOptions ro;
      ro.repo_root = options.repo_root;
      for (const gate::Article& a : articles) ro.focus_docs.push_back(a.path);
      text = report::render(format, report_input(*store, result, articles), ro);
    }
  }  // the read-only store is closed before --ingest opens the database for writing

  if (o.output.empty() || o.output == "-") {
    std::cout << text << std::flush;
  } else {
    report::write_file_atomically(o.output, text);
  }
  if (!g.quiet) std::cerr << summary(result, articles.size()) << "\n";
  if (result.failed) return kExitFindings;
  if (o.ingest) ingest_articles(g.db, articles, g.quiet);
  return kExitOk;
}

const Registration reg{{"check", "CI gate: check new articles against the database (read-only); exit 1 on new conflicts", 40,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto o = std::make_shared<CheckOptions>();
      app.add_option("ARTICLE", o->articles, "Article files to check (.txt, .md/.markdown, .html/.htm)")->required();
      app.add_option("-f,--format", o->format,
                     "Output: text (path:line:column: error: ..., default), sarif (SARIF 2.1.0 for GitHub code "
                     "scanning), github (workflow annotations) or json (the report schema)")
          ->check(CLI::IsMember({"text", "sarif", "github", "json"}));
      app.add_option("-o,--output", o->output, "Write the output to FILE (atomically) instead of stdout");
      app.add_option("--baseline", o->baseline,
                     "Accept the findings listed in FILE (written by `claimcheck baseline`), matched by fingerprint");
      app.add_option("--fail-on", o->fail_on,
                     "Lowest level that fails the gate: conflict (default), warning (also unit mismatches), note "
                     "(every finding but agreements) or none");
      app.add_option("--repo-root", o->repo_root,
                     "Paths in fingerprints and SARIF/GitHub output are relative to DIR (default: the enclosing git "
                     "repository, else the current directory)");
      app.add_flag("--ingest", o->ingest, "After a passing check, add the articles to the database (the merge step)");
      app.footer(
          "Exit status: 0 nothing new at or above --fail-on; 1 at least one new finding at or above it;\n"
          "2 usage, input or database error.  A finding is accepted by --baseline FILE or by a marker in\n"
          "the article: <!-- claimcheck: accept FINGERPRINT --> (or claimcheck-accept: FINGERPRINT).\n"
          "Findings the corpus already had (the article sides with a stored value) never fail the gate.\n"
          "Database: --db DIR, else $CLAIMCHECK_DB, else ./.claimcheck (opened read-only).  See docs/ci.md.");
      return [o, &g] { return run_check(*o, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
