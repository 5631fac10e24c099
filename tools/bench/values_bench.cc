// values_bench: throughput of the text and value layers against a bare RE2::Set
// pass over the same bytes (the figure that matters is the ratio).
//
//   values_bench [--benchmark_min_time=0.01] [--mb=100] [--corpus=DIR]
//
// The corpus (corpus/*.txt) is repeated in memory to about --mb megabytes, as
// separate articles.  Three passes:
//   re2_set          RE2::Set::Match of a few quantity-ish patterns over every article
//   make_document    text::make_document (UTF-8 check, NFKC + folding, offset map, ICU sentences)
//   find_quantities  make_document + values::find_quantities
// After the runs it prints MB/s of each and the ratio to the RE2::Set pass.
#include <benchmark/benchmark.h>
#include <re2/set.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "text/document.h"
#include "values/recognizer.h"

namespace {

std::string g_corpus_dir;
double g_target_mb = 100;
std::vector<std::string> g_docs;
std::size_t g_bytes = 0;
std::map<std::string, double> g_mbps;  // best MB/s per pass

void load_corpus() {
  if (!g_docs.empty()) return;
  std::vector<std::string> articles;
  for (const auto& e : std::filesystem::directory_iterator(g_corpus_dir)) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    articles.push_back(ss.str());
  }
  std::sort(articles.begin(), articles.end());
  if (articles.empty()) {
    std::fprintf(stderr, "values_bench: no corpus/*.txt under %s\n", g_corpus_dir.c_str());
    std::exit(2);
  }
  const std::size_t target = static_cast<std::size_t>(g_target_mb * 1024 * 1024);
  while (g_bytes < target) {
    for (const auto& a : articles) {
      g_docs.push_back(a);
      g_bytes += a.size();
    }
  }
}

void record(benchmark::State& state, const char* name, double seconds) {
  double mbps = g_bytes / (1024.0 * 1024.0) / seconds;
  double& best = g_mbps[name];
  best = std::max(best, mbps);
}

void BM_Re2Set(benchmark::State& state) {
  load_corpus();
  RE2::Options o;
  o.set_log_errors(false);
  RE2::Set set(o, RE2::UNANCHORED);
  for (const char* p : {R"(\$\s?\d[\d,.]*)", R"(\d+(?:\.\d+)?\s?%)", R"(\b\d{4}-\d{2}-\d{2}\b)",
                        R"((?i)\b(?:million|billion|trillion)\b)",
                        R"(\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)",
                        R"((?i)\bper (?:million|thousand)? ?tokens\b)", R"(\b\d+(?:,\d{3})+\b)",
                        R"((?i)\b(?:hours?|days?|weeks?|months?|years?) (?:later|ago)\b)"})
    set.Add(p, nullptr);
  set.Compile();
  std::vector<int> hits;
  std::size_t total = 0;
  for (auto _ : state) {
    auto t0 = std::chrono::steady_clock::now();
    for (const auto& d : g_docs) {
      hits.clear();
      set.Match(d, &hits);
      total += hits.size();
    }
    record(state, "re2_set", std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  benchmark::DoNotOptimize(total);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * g_bytes));
}

void BM_MakeDocument(benchmark::State& state) {
  load_corpus();
  std::size_t sentences = 0;
  for (auto _ : state) {
    auto t0 = std::chrono::steady_clock::now();
    for (const auto& d : g_docs) sentences += claimcheck::text::make_document("bench", d).sentences.size();
    record(state, "make_document", std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  benchmark::DoNotOptimize(sentences);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * g_bytes));
}

void BM_FindQuantities(benchmark::State& state) {
  load_corpus();
  claimcheck::values::ValueOptions vo;
  vo.reference_date = claimcheck::days_from_civil(2026, 4, 27);
  std::size_t found = 0;
  for (auto _ : state) {
    auto t0 = std::chrono::steady_clock::now();
    for (const auto& d : g_docs) {
      auto doc = claimcheck::text::make_document("bench", d);
      found += claimcheck::values::find_quantities(doc, vo).size();
    }
    record(state, "find_quantities", std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  state.counters["quantities"] = static_cast<double>(found) / state.iterations();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * g_bytes));
}

BENCHMARK(BM_Re2Set)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_MakeDocument)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_FindQuantities)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
  g_corpus_dir = (std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "corpus").string();
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--mb=", 5) == 0) g_target_mb = std::atof(argv[i] + 5);
    else if (std::strncmp(argv[i], "--corpus=", 9) == 0) g_corpus_dir = argv[i] + 9;
    else rest.push_back(argv[i]);
  }
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  load_corpus();
  std::printf("\n%zu articles, %.1f MB (corpus/*.txt repeated)\n", g_docs.size(), g_bytes / (1024.0 * 1024.0));
  const double base = g_mbps.count("re2_set") ? g_mbps["re2_set"] : 0;
  for (const char* name : {"re2_set", "make_document", "find_quantities"}) {
    if (!g_mbps.count(name)) continue;
    std::printf("%-16s %8.1f MB/s", name, g_mbps[name]);
    if (base > 0) std::printf("   %.2fx of the RE2::Set pass", g_mbps[name] / base);
    std::printf("\n");
  }
  return 0;
}
