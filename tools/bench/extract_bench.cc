// Extraction speed beside the rules' candidate pass over the same bytes.
//
// The corpus articles are repeated to CLAIMCHECK_BENCH_MB megabytes (default
// 8; the figure in docs/quality.md used 100).  BM_Extract runs the whole
// pipeline per article (normalise, sentences, values, names, masked
// sentences, rules); BM_BareSet runs only the rules' candidate pass
// (RuleSet::candidates: the RE2::Set of the rules' literals) over the raw text.
// Compare their bytes_per_second: that ratio is the figure to report.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "claims/extractor.h"
#include "rules/rule_set.h"
#include "text/document.h"

namespace {

std::vector<std::string> corpus_texts() {
  std::vector<std::string> texts;
  // tools/bench/extract_bench.cc -> the source tree's corpus/ (no CMake definition needed).
  std::filesystem::path dir = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "corpus";
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  return texts;
}

const std::vector<std::string>& repeated() {
  static std::vector<std::string> docs = [] {
    const char* env = std::getenv("CLAIMCHECK_BENCH_MB");
    std::size_t target = static_cast<std::size_t>(env ? std::atof(env) * 1e6 : 8e6);
    auto base = corpus_texts();
    std::vector<std::string> out;
    std::size_t total = 0;
    while (total < target && !base.empty())
      for (const auto& t : base) {
        out.push_back(t);
        total += t.size();
      }
    return out;
  }();
  return docs;
}

std::size_t total_bytes() {
  std::size_t n = 0;
  for (const auto& d : repeated()) n += d.size();
  return n;
}

void BM_Extract(benchmark::State& state) {
  auto extractor = claimcheck::claims::Extractor::load();
  std::size_t claims = 0;
  for (auto _ : state) {
    int i = 0;
    for (const auto& text : repeated()) {
      auto doc = claimcheck::text::make_document("doc" + std::to_string(i++), text);
      claims += extractor->extract(doc, {"", "2026-04-27"}).claims.size();
    }
  }
  benchmark::DoNotOptimize(claims);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes()));
}

void BM_BareSet(benchmark::State& state) {
  auto set = claimcheck::rules::RuleSet::load({});
  std::vector<int> hits;
  std::size_t n = 0;
  for (auto _ : state) {
    for (const auto& text : repeated()) {
      set->candidates(text, &hits);
      n += hits.size();
    }
  }
  benchmark::DoNotOptimize(n);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes()));
}

}  // namespace

BENCHMARK(BM_BareSet)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_MAIN();
