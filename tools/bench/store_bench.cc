// Store throughput on 1 million synthetic claims (10,000 documents of 100),
// against a baseline measured in the same process: serialising the same
// claims to JSON without writing anything.  Figures go to docs/storage.md.
//
//   build-*/tools/store_bench
//
// Counters: claims/s and bytes/s (bytes = encoded claim values handed to
// RocksDB), db_bytes_per_claim after a flush and full compaction,
// value_bytes_per_claim for the binary encoding vs json_bytes_per_claim, and
// time_vs_json = store time / JSON time (the ratio to quote).  Rates use the
// process's CPU time (std::clock: this thread plus RocksDB's background
// flushes), which stays meaningful on a loaded machine; wall-clock rates are
// reported beside them.  CLAIMCHECK_BENCH_DOCS=N runs N documents instead of 10,000.
//
// BM_StoreBulkLoad stores the same documents through store::BulkLoad (sorted
// SST files, one atomic ingest; `claimcheck import` of keyed claims) instead of
// one put_document batch each; its time_vs_put = bulk time / put_document time.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "claimcheck/json.h"
#include "store/bulk_load.h"
#include "store/codec.h"
#include "store/store.h"

using namespace claimcheck;

namespace {

const int kDocuments = std::getenv("CLAIMCHECK_BENCH_DOCS") ? std::atoi(std::getenv("CLAIMCHECK_BENCH_DOCS")) : 10000;
constexpr int kClaimsPerDocument = 100;
const double kClaims = double(kDocuments) * kClaimsPerDocument;
double g_json_seconds = 0;
double g_put_seconds = 0, g_put_wall = 0;

// Process CPU time and wall time since construction.
struct Clock {
  std::clock_t cpu0 = std::clock();
  std::chrono::steady_clock::time_point wall0 = std::chrono::steady_clock::now();
  double cpu() const { return double(std::clock() - cpu0) / CLOCKS_PER_SEC; }
  double wall() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count(); }
};

const char* const kAttributes[] = {"release_date", "price", "parameters", "valuation",
                                   "context_window", "benchmark_score", "revenue", "users"};

std::vector<Claim> document_claims(int d) {
  std::vector<Claim> out;
  out.reserve(kClaimsPerDocument);
  std::string doc = "corpus/synthetic/" + std::to_string(d) + ".txt";
  for (int i = 0; i < kClaimsPerDocument; ++i) {
    Claim c;
    int k = d * kClaimsPerDocument + i;
    c.subject = "Model-" + std::to_string(k % 2000);
    c.attribute = kAttributes[k % 8];
    c.doc = doc;
    c.begin = static_cast<std::size_t>(i) * 180 + 40;
    c.end = c.begin + 14;
    c.rule = std::string("ai-models/") + c.attribute + ".stated";
    c.id = make_claim_id(doc, c.begin, c.end, c.rule);
    c.line = i + 1;
    c.column = 41;
    c.text = "$" + std::to_string(k % 97) + " per million";
    c.sentence = "According to the company, " + c.subject + " has a " + c.attribute + " of " + c.text +
                 " as of the announcement this week, analysts said.";
    c.value.kind = QuantityKind::money;
    c.value.value = 0.01 * (k % 9973);
    c.value.unit = "USD";
    c.value.per = 1e6;
    c.value.per_unit = "tokens";
    c.value.digits = 3;
    c.value.begin = c.begin;
    c.value.end = c.end;
    c.value.text = c.text;
    if (k % 3 == 0) c.qualifiers = {{"direction", k % 2 ? "input" : "output"}};
    c.as_of = "2026-04-27";
    out.push_back(std::move(c));
  }
  return out;
}

void BM_JsonBaseline(benchmark::State& state) {
  for (auto _ : state) {
    Clock clock;
    uint64_t bytes = 0;
    for (int d = 0; d < kDocuments; ++d)
      for (const Claim& c : document_claims(d)) bytes += nlohmann::json(c).dump().size();
    g_json_seconds = clock.cpu();
    state.counters["claims/s"] = benchmark::Counter(kClaims / g_json_seconds);
    state.counters["wall_claims/s"] = benchmark::Counter(kClaims / clock.wall());
    state.counters["bytes/s"] = benchmark::Counter(bytes / g_json_seconds);
    state.counters["json_bytes_per_claim"] = bytes / kClaims;
  }
}

// The record of document `d`, the same for every way of storing it.
store::DocumentInfo document_record(int d, const std::vector<Claim>& claims) {
  store::DocumentInfo info;
  info.id = claims[0].doc;
  info.path = info.id;
  info.content_hash = std::to_string(d);
  return info;
}

void BM_StorePutDocuments(benchmark::State& state) {
  for (auto _ : state) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "claimcheck-bench-XXXXXX").string();
    std::string dir = mkdtemp(tmpl.data());
    uint64_t value_bytes = 0;
    double seconds = 0, wall = 0;
    store::Stats stats;
    {
      auto store = store::Store::open(dir + "/db", store::Mode::read_write);
      Clock clock;
      for (int d = 0; d < kDocuments; ++d) {
        auto claims = document_claims(d);
        for (const Claim& c : claims) value_bytes += store::codec::encode_claim(c).size();
        store->put_document(document_record(d, claims), claims);
      }
      store->sync();
      seconds = g_put_seconds = clock.cpu();
      wall = g_put_wall = clock.wall();
      state.PauseTiming();
      store->compact();
      stats = store->stats();
      state.ResumeTiming();
    }
    std::filesystem::remove_all(dir);
    state.counters["claims/s"] = benchmark::Counter(kClaims / seconds);
    state.counters["wall_claims/s"] = benchmark::Counter(kClaims / wall);
    state.counters["bytes/s"] = benchmark::Counter(value_bytes / seconds);
    state.counters["value_bytes_per_claim"] = value_bytes / kClaims;
    state.counters["db_bytes_per_claim"] = double(stats.bytes_on_disk) / kClaims;
    if (g_json_seconds > 0) state.counters["time_vs_json"] = seconds / g_json_seconds;
  }
}

void BM_StoreBulkLoad(benchmark::State& state) {
  for (auto _ : state) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "claimcheck-bench-XXXXXX").string();
    std::string dir = mkdtemp(tmpl.data());
    double seconds = 0, wall = 0;
    std::size_t files = 0;
    store::Stats stats;
    {
      auto store = store::Store::open(dir + "/db", store::Mode::read_write);
      Clock clock;
      store::BulkLoad load(*store);
      for (int d = 0; d < kDocuments; ++d) {
        auto claims = document_claims(d);
        load.add(document_record(d, claims), claims);
      }
      load.commit();
      files = load.files_written();
      store->sync();
      seconds = clock.cpu();
      wall = clock.wall();
      state.PauseTiming();
      store->compact();
      stats = store->stats();
      state.ResumeTiming();
    }
    std::filesystem::remove_all(dir);
    state.counters["claims/s"] = benchmark::Counter(kClaims / seconds);
    state.counters["wall_claims/s"] = benchmark::Counter(kClaims / wall);
    state.counters["sst_files"] = double(files);
    state.counters["db_bytes_per_claim"] = double(stats.bytes_on_disk) / kClaims;
    if (g_put_seconds > 0) state.counters["time_vs_put"] = seconds / g_put_seconds;
    if (g_put_wall > 0) state.counters["wall_vs_put"] = wall / g_put_wall;
  }
}

}  // namespace

BENCHMARK(BM_JsonBaseline)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_StorePutDocuments)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_StoreBulkLoad)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
