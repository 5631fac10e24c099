// claimcheck-floor: the least a rule-based scan of a corpus must do, as a
// whole process, for benchmarks to divide by (docs/benchmarks.md):
//
//   claimcheck-floor PATH...          read every article ingest would read (same
//                                     walk, same JSON Lines parsing) and run the
//                                     rules' candidate pass (RuleSet::candidates,
//                                     the shipped rules: one RE2::Set of the
//                                     literals the rules need, then the regex of
//                                     each rule whose literals are all there)
//                                     over each article's text
//   claimcheck-floor --read PATH...   the same without the candidate pass
//
// Prints "articles, MB, seconds, MB/s" on stderr.  No store, no extraction:
// `claimcheck ingest` over the same paths divided by this is the overhead of
// everything a scan does beyond matching the rules once.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/inputs.h"
#include "ingest/jsonl_input.h"
#include "rules/rule_set.h"

using namespace claimcheck;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

}  // namespace

int main(int argc, char** argv) {
  bool read_only = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--read") read_only = true;
    else if (a == "-h" || a == "--help") {
      std::cout << "usage: claimcheck-floor [--read] PATH...\n";
      return 0;
    } else paths.push_back(a);
  }
  if (paths.empty()) {
    std::cerr << "usage: claimcheck-floor [--read] PATH...\n";
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  // CLAIMCHECK_FLOOR_RULES=DIR: time a rule pack from disk instead of the shipped ones.
  const char* rules_dir = std::getenv("CLAIMCHECK_FLOOR_RULES");
  auto rules = rules_dir ? rules::RuleSet::load({rules_dir}) : rules::RuleSet::load({});
  ingest::InputStream inputs(paths);
  uint64_t articles = 0, bytes = 0, hits_total = 0;
  std::vector<int> hits;
  for (ingest::Input in; inputs.next(in);) {
    if (!in.error.empty() || in.path == "-") continue;
    std::string text;
    if (in.jsonl()) {
      try {
        text = ingest::parse_jsonl_article(in.jsonl_line, in.path, in.line_number).text;
      } catch (const std::exception&) {
        continue;
      }
    } else {
      text = slurp(in.path);
    }
    ++articles;
    bytes += text.size();
    if (read_only) continue;
    hits.clear();
    rules->candidates(text, &hits);
    hits_total += hits.size();
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "claimcheck-floor: %llu articles, %.1f MB, %.2f s, %.1f MB/s%s (%llu rule hits)\n",
               static_cast<unsigned long long>(articles), bytes / 1e6, seconds, seconds > 0 ? bytes / 1e6 / seconds : 0,
               read_only ? " reading only" : "", static_cast<unsigned long long>(hits_total));
  return 0;
}
