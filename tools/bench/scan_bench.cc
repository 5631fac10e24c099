// Scan throughput against its floors, in one process over the same bytes:
//
//   read_files         reading every article file (the `cat > /dev/null` floor)
//   ruleset_pass       the rules' candidate pass (RuleSet::candidates: one RE2::Set
//                      of the rules' literals, then the regex of each rule whose
//                      literals are there) over each whole article: the least
//                      any rule-based scan must do
//   extract            what an ingest worker does per article: text::make_document
//                      (UTF-8 check, NFKC, ICU sentences) + Extractor::extract
//   ingest/jobs:N      the whole ingest (workers, one writer, RocksDB batches)
//                      into a fresh database, N extraction threads
//
// Figures: MB/s (bytes_per_second), claims/s, and the ratios printed at the
// end (extract / ruleset_pass, ingest / ruleset_pass, ingest / read_files):
// the aim is a whole scan within 3x of the bare RE2::Set pass.
//
//   claimcheck-gen --out /tmp/c10m --bytes 10M
//   build/tools/scan_bench --corpus /tmp/c10m --benchmark_min_time=1
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "claims/extractor.h"
#include "ingest/ingest.h"
#include "ingest/inputs.h"
#include "rules/rule_set.h"
#include "store/store.h"
#include "text/document.h"
#include "recording_reporter.h"

namespace fs = std::filesystem;
using namespace claimcheck;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}


}  // namespace

int main(int argc, char** argv) {
  std::string corpus = "corpus";  // run from the source tree, or give --corpus
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) corpus = argv[++i];
    else rest.push_back(argv[i]);
  }
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());

  std::vector<std::string> files;
  for (const auto& in : ingest::collect_inputs({corpus}))
    if (in.error.empty()) files.push_back(in.path);
  std::vector<std::string> texts;
  uint64_t bytes = 0;
  for (const auto& f : files) {
    texts.push_back(slurp(f));
    bytes += texts.back().size();
  }
  std::cerr << "scan_bench: " << files.size() << " files, " << bytes / 1e6 << " MB from " << corpus << "\n";

  auto rules = rules::RuleSet::load({});
  auto extractor = claims::Extractor::load();
  std::size_t claims_per_pass = 0;
  for (const auto& t : texts) claims_per_pass += extractor->extract(text::make_document("x", t)).claims.size();

  benchmark::RegisterBenchmark("read_files", [&](benchmark::State& st) {
    for (auto _ : st)
      for (const auto& f : files) benchmark::DoNotOptimize(slurp(f));
    st.SetBytesProcessed(int64_t(st.iterations() * bytes));
  })->Unit(benchmark::kMillisecond);

  benchmark::RegisterBenchmark("ruleset_pass", [&](benchmark::State& st) {
    std::vector<int> hits;
    for (auto _ : st)
      for (const auto& t : texts) {
        hits.clear();
        rules->candidates(t, &hits);
        benchmark::DoNotOptimize(hits.data());
      }
    st.SetBytesProcessed(int64_t(st.iterations() * bytes));
  })->Unit(benchmark::kMillisecond);

  benchmark::RegisterBenchmark("extract", [&](benchmark::State& st) {
    for (auto _ : st)
      for (const auto& t : texts) benchmark::DoNotOptimize(extractor->extract(text::make_document("x", t)));
    st.SetBytesProcessed(int64_t(st.iterations() * bytes));
    st.counters["claims/s"] = benchmark::Counter(double(st.iterations() * claims_per_pass), benchmark::Counter::kIsRate);
  })->Unit(benchmark::kMillisecond);

  fs::path root = fs::temp_directory_path() / ("claimcheck-scan-bench-" + std::to_string(getpid()));
  for (unsigned jobs : {1u, 2u}) {
    benchmark::RegisterBenchmark(("ingest/jobs:" + std::to_string(jobs)).c_str(), [&, jobs](benchmark::State& st) {
      uint64_t claims = 0;
      for (auto _ : st) {
        st.PauseTiming();
        fs::remove_all(root);
        st.ResumeTiming();
        auto store = store::Store::open(root.string(), store::Mode::read_write);
        ingest::IngestOptions o;
        o.jobs = jobs;
        std::ostringstream diagnostics;
        o.diagnostics = &diagnostics;
        claims += ingest::ingest_paths(*store, *extractor, {corpus}, o).claims;
      }
      st.SetBytesProcessed(int64_t(st.iterations() * bytes));
      st.counters["claims/s"] = benchmark::Counter(double(claims), benchmark::Counter::kIsRate);
      auto store = store::Store::open(root.string(), store::Mode::read_only);
      store::Stats s = store->stats();
      st.counters["db_bytes/claim"] = s.claims ? double(s.bytes_on_disk) / s.claims : 0;
    })->Unit(benchmark::kMillisecond)->UseRealTime();
  }

  claimcheck::bench::RecordingReporter reporter;
  auto& g_ns = reporter.ns;  // benchmark name -> real time per iteration
  benchmark::RunSpecifiedBenchmarks(&reporter);
  auto ratio = [&g_ns](const char* a, const char* b) {
    if (g_ns.count(a) && g_ns.count(b)) std::cout << a << " / " << b << ": " << g_ns[a] / g_ns[b] << "x\n";
  };
  ratio("extract", "ruleset_pass");
  ratio("ingest/jobs:1/real_time", "ruleset_pass");
  ratio("ingest/jobs:2/real_time", "ruleset_pass");
  ratio("ingest/jobs:1/real_time", "read_files");
  ratio("ruleset_pass", "read_files");
  std::error_code ec;
  fs::remove_all(root, ec);
  return 0;
}
