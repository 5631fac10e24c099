// Gate latency against corpus size: `claimcheck check` on one article
// against databases of 10k, 100k and 1M claims.  The gate looks up
// only the (subject, attribute) keys the article mentions (check::compare_new,
// one prefix scan each), so the two times should be about equal: the figure
// reported is their ratio (100k and 1M to 10k), measured in this process,
// with the store open (gate_check) and opening it as the command does
// (gate_open_and_check).
//
// Both databases hold the shipped corpus (so the article has real conflicts
// to find) plus synthetic claims spread over many subjects and attributes,
// written with Store::put_document in large documents to keep set-up short.
//
//   build/tools/gate_bench                        (about half a minute, most of it writing 1M claims)
//   build/tools/gate_bench --claims-large 200000  (quicker, smaller largest database)
//   build/tools/gate_bench --keep /tmp/gate-dbs     (keeps them: time `claimcheck --db /tmp/gate-dbs/1M check ...`)
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
#include "recording_reporter.h"

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


}  // namespace

int main(int argc, char** argv) {
  std::size_t small = 10000, middle = 100000, large = 1000000;
  std::string keep;  // --keep DIR: leave the databases there (DIR/10k, DIR/100k, DIR/1M) for whole-process timings
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--claims-large" && i + 1 < argc) large = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--claims-middle" && i + 1 < argc) middle = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--keep" && i + 1 < argc) keep = argv[++i];
    else rest.push_back(argv[i]);
  }
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());

  fs::path root = keep.empty() ? fs::temp_directory_path() / ("claimcheck-gate-bench-" + std::to_string(getpid())) : fs::path(keep);
  fs::create_directories(root);
  auto extractor = claims::Extractor::load();
  fs::path article_path = root / "article.txt";
  { std::ofstream(article_path) << kArticle; }
  std::vector<gate::Article> articles{gate::load_article(article_path.string(), *extractor)};

  const std::vector<std::pair<std::string, std::size_t>> sizes{{"10k", small}, {"100k", middle}, {"1M", large}};
  std::map<std::string, std::unique_ptr<store::Store>> stores;
  for (auto [name, n] : sizes) {
    auto t0 = std::chrono::steady_clock::now();
    fs::remove_all(root / name);
    build_db((root / name).string(), n, *extractor);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cerr << "gate_bench: wrote " << n << " synthetic claims (+ corpus) for " << name << " in " << s << " s\n";
    stores[name] = store::Store::open((root / name).string(), store::Mode::read_only);
  }

  std::size_t findings = 0;
  for (const auto& [name, n] : sizes) {
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
  // What `claimcheck check` does on each run: open the database (a read-only
  // instance), then compare.  Opening reads every table file's footer and index.
  for (const auto& [name, n] : sizes) {
    std::string path = (root / name).string();
    benchmark::RegisterBenchmark(("gate_open_and_check/" + name).c_str(), [path, &articles](benchmark::State& st) {
      for (auto _ : st) {
        auto store = store::Store::open(path, store::Mode::read_only);
        benchmark::DoNotOptimize(gate::run_gate(*store, articles, {}));
      }
    })->Unit(benchmark::kMicrosecond);
  }
  // The whole command's work for one article: read, extract, compare.
  benchmark::RegisterBenchmark("gate_extract_and_check/1M", [&](benchmark::State& st) {
    for (auto _ : st) {
      std::vector<gate::Article> fresh{gate::load_article(article_path.string(), *extractor)};
      benchmark::DoNotOptimize(gate::run_gate(*stores["1M"], fresh, {}));
    }
  })->Unit(benchmark::kMicrosecond);

  claimcheck::bench::RecordingReporter reporter;
  auto& g_ns = reporter.ns;  // benchmark name -> real time per iteration
  benchmark::RunSpecifiedBenchmarks(&reporter);
  for (const std::string what : {"gate_check", "gate_open_and_check"})
    if (g_ns.count(what + "/10k") && g_ns.count(what + "/100k") && g_ns.count(what + "/1M"))
      std::cout << what << " latency ratio 10k : 100k : 1M claims = 1 : " << g_ns[what + "/100k"] / g_ns[what + "/10k"]
                << " : " << g_ns[what + "/1M"] / g_ns[what + "/10k"] << "\n";
  stores.clear();
  std::error_code ec;
  if (keep.empty()) fs::remove_all(root, ec);
  return 0;
}
