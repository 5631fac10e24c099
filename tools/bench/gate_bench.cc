// Gate latency against corpus size: `claimcheck check` on one article
// against a database of 10k claims and one of 1M claims.  The gate looks up
// only the (subject, attribute) keys the article mentions (check::compare_new,
// one prefix scan each), so the two times should be about equal: the figure
// reported is their ratio (1M / 10k), measured in this process.
//
// Both databases hold the shipped corpus (so the article has real conflicts
// to find) plus synthetic claims spread over many subjects and attributes,
// written with Store::put_document in large documents to keep set-up short.
//
//   build/tools/gate_bench                        (about half a minute, most of it writing 1M claims)
//   build/tools/gate_bench --claims-large 200000  (quicker, smaller second database)
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <fstream>
#include <random>
#include <unistd.h>

#include "claims/extractor.h"
#include "gate/article.h"
#include "gate/gate.h"
#include "store/store.h"
#include "text/document.h"

namespace fs = std::filesystem;
using namespace claimcheck;

namespace {

const char* kArticle =
    "OpenAI officially released GPT-5.5 on April 25, 2026. DeepSeek launched DeepSeek V4 on April 24, 2026.\n"
    "GPT-5.5 costs $5 per million input tokens and $30 per million output tokens.\n"
    "DeepSeek V4-Pro has 1.6 trillion total parameters.\n";

const char* kAttributes[] = {"release_date", "price", "parameters", "valuation", "context_window", "benchmark_score"};

Claim synthetic_claim(std::mt19937_64& rng, const std::string& doc, std::size_t i) {
  Claim c;
  c.subject = "Synthetic-" + std::to_string(rng() % 200000);  // many small groups, as in a real archive
  c.attribute = kAttributes[rng() % 6];
  c.doc = doc;
  c.begin = i * 40;
  c.end = c.begin + 12;
  c.line = static_cast<int>(i + 1);
  c.column = 1;
  c.rule = "bench/synthetic";
  if (c.attribute == "release_date") {
    c.value.kind = QuantityKind::date;
    c.value.value = c.value.min = c.value.max = 20000 + static_cast<double>(rng() % 1000);
    c.value.date_precision = DatePrecision::day;
  } else {
    c.value.kind = c.attribute == "price" || c.attribute == "valuation" ? QuantityKind::money : QuantityKind::number;
    c.value.value = static_cast<double>(rng() % 100000);
    c.value.unit = c.value.kind == QuantityKind::money ? "USD" : "parameters";
    c.value.digits = 3;
  }
  c.text = "synthetic value";
  c.sentence = "A synthetic sentence stating a synthetic value.";
  c.id = make_claim_id(doc, c.begin, c.end, c.rule);
  return c;
}

// The shipped corpus plus `claims` synthetic claims in documents of 20k claims.
void build_db(const std::string& path, std::size_t claims, const claims::Extractor& extractor) {
  auto store = store::Store::open(path, store::Mode::read_write);
  for (const auto& entry : fs::directory_iterator(fs::path(CLAIMCHECK_SOURCE_DIR) / "corpus")) {
    if (entry.path().extension() != ".txt") continue;
    gate::Article a = gate::load_article(entry.path().string(), extractor);
    store->put_document(a.info, a.claims);
  }
  std::mt19937_64 rng(42);
  const std::size_t per_doc = 20000;
  for (std::size_t d = 0; d * per_doc < claims; ++d) {
    store::DocumentInfo info;
    info.id = "synthetic/" + std::to_string(d) + ".txt";
    info.content_hash = std::to_string(d);
    std::vector<Claim> batch;
    for (std::size_t i = 0; i < per_doc && d * per_doc + i < claims; ++i) batch.push_back(synthetic_claim(rng, info.id, i));
    store->put_document(info, batch);
  }
  store->sync();
}

std::map<std::string, double> g_ns;  // benchmark name -> real time per iteration

class RecordingReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs)
      if (r.run_type == Run::RT_Iteration) g_ns[r.benchmark_name()] = r.GetAdjustedRealTime();
    ConsoleReporter::ReportRuns(runs);
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::size_t small = 10000, large = 1000000;
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--claims-large" && i + 1 < argc) large = std::strtoull(argv[++i], nullptr, 10);
    else rest.push_back(argv[i]);
  }
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());

  fs::path root = fs::temp_directory_path() / ("claimcheck-gate-bench-" + std::to_string(getpid()));
  fs::create_directories(root);
  auto extractor = claims::Extractor::load();
  fs::path article_path = root / "article.txt";
  { std::ofstream(article_path) << kArticle; }
  std::vector<gate::Article> articles{gate::load_article(article_path.string(), *extractor)};

  std::map<std::string, std::unique_ptr<store::Store>> stores;
  for (auto [name, n] : {std::pair<std::string, std::size_t>{"10k", small}, {"1M", large}}) {
    auto t0 = std::chrono::steady_clock::now();
    build_db((root / name).string(), n, *extractor);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cerr << "gate_bench: wrote " << n << " synthetic claims (+ corpus) for " << name << " in " << s << " s\n";
    stores[name] = store::Store::open((root / name).string(), store::Mode::read_only);
  }

  std::size_t findings = 0;
  for (const auto& name : {std::string("10k"), std::string("1M")}) {
    store::Store* store = stores[name].get();
    benchmark::RegisterBenchmark(("gate_check/" + name).c_str(), [store, &articles, &findings](benchmark::State& st) {
      for (auto _ : st) {
        gate::GateResult r = gate::run_gate(*store, articles, {});
        findings = r.findings.size();
        benchmark::DoNotOptimize(r);
      }
      st.counters["findings"] = static_cast<double>(findings);
    })->Unit(benchmark::kMicrosecond);
  }
  // The whole command's work for one article: read, extract, compare.
  benchmark::RegisterBenchmark("gate_extract_and_check/1M", [&](benchmark::State& st) {
    for (auto _ : st) {
      std::vector<gate::Article> fresh{gate::load_article(article_path.string(), *extractor)};
      benchmark::DoNotOptimize(gate::run_gate(*stores["1M"], fresh, {}));
    }
  })->Unit(benchmark::kMicrosecond);

  RecordingReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  if (g_ns.count("gate_check/10k") && g_ns.count("gate_check/1M"))
    std::cout << "gate latency ratio (1M claims / 10k claims): " << g_ns["gate_check/1M"] / g_ns["gate_check/10k"]
              << "\n";
  stores.clear();
  std::error_code ec;
  fs::remove_all(root, ec);
  return 0;
}
