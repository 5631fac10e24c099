// `claimcheck extract FILE...`: the claims of articles, without any database.
#include <iostream>

#include "claimcheck/error.h"
#include "claimcheck/json.h"
#include "claims/article.h"
#include "claims/extractor.h"
#include "cli/command.h"
#include "ingest/keyed.h"
#include "text/document.h"

namespace claimcheck::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string format = "jsonl";
  std::string ref_date;  // overrides what the article and manifest say
};

void print_text(const Claim& c, std::ostream& out) {
  out << c.doc << ":" << c.line << ":" << c.column << ": " << c.subject
      << (c.subject_from_focus ? " (in focus)" : "") << " | " << c.attribute;
  for (const auto& [k, v] : c.qualifiers) out << " " << k << "=" << v;
  out << " | " << display(c.value) << " | " << to_string(c.modality);
  if (!c.as_of.empty()) out << " as of " << c.as_of;
  out << " | " << c.rule << "\n    \"" << c.text << "\"\n";
}

int run_extract(const ExtractOptions& opts, const GlobalOptions& global) {
  if (!opts.ref_date.empty()) {
    int64_t days;
    if (!parse_iso_date(opts.ref_date, days)) throw Error("--ref-date", "expected YYYY-MM-DD, got '" + opts.ref_date + "'");
  }
  // Rules first: a broken rule is reported before any article is read.
  auto extractor = claims::Extractor::load(global.rules_dirs);
  if (opts.format == "keyed") {  // the cluster mapper: JSON Lines articles on stdin (docs/cluster.md)
    if (!opts.files.empty()) throw Error("--format keyed", "reads JSON Lines articles on stdin, not FILE arguments");
    // Nothing has been read from stdin or written to stdout yet: unsynced with
    // C stdio, std::cin reads in blocks instead of one getc() per byte (5 % of
    // a mapper run over news articles went to that).
    std::ios::sync_with_stdio(false);
    auto s = ingest::extract_keyed(std::cin, "<stdin>", *extractor, std::cout, std::cerr);
    if (!global.quiet) std::cerr << s.claims << " claims in " << s.articles << " articles, " << s.failed << " failed\n";
    return s.failed ? kExitUsage : kExitOk;
  }
  if (opts.files.empty()) throw Error("FILE", "give at least one article file");
  std::size_t total = 0;
  for (const auto& path : opts.files) {
    claims::ReadOptions read;
    read.stdin_name = "-";
    claims::Article article = claims::read_article(path, read);  // as ingest and check read it
    claims::ArticleMeta meta = article.known;
    if (!opts.ref_date.empty()) meta.date = opts.ref_date;
    text::Document doc = claims::make_document(std::move(article));
    claims::Extraction x = extractor->extract(doc, meta);
    for (const auto& c : x.claims) {
      if (opts.format == "jsonl") std::cout << nlohmann::json(c).dump() << "\n";
      else print_text(c, std::cout);
    }
    total += x.claims.size();
    if (!global.quiet)
      std::cerr << path << ": " << x.claims.size() << " claims"
                << (x.meta.date.empty() ? " (no article date)" : " (dated " + x.meta.date + ")") << "\n";
  }
  if (!global.quiet && opts.files.size() > 1) std::cerr << total << " claims in " << opts.files.size() << " files\n";
  return kExitOk;
}

const Registration reg{{"extract", "Print the claims found in articles (no database)", 10,
                        [](CLI::App& app, GlobalOptions& g) -> Action {
                          auto opts = std::make_shared<ExtractOptions>();
                          app.add_option("FILE", opts->files, "Articles (.txt, .md, .html)");
                          app.add_option("--format", opts->format, "Output: jsonl (one claim per line), text, or keyed (cluster mapper: "
                                         "JSON Lines articles on stdin -> key<TAB>claim-json)")
                              ->check(CLI::IsMember({"jsonl", "text", "keyed"}));
                          app.add_option("--ref-date", opts->ref_date,
                                         "Article date YYYY-MM-DD (default: manifest.json beside the file, else a dateline)");
                          return [opts, &g] { return run_extract(*opts, g); };
                        }}};

}  // namespace
}  // namespace claimcheck::cli
