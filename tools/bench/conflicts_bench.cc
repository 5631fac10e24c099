// Conflict detection over 100k and 1M synthetic claims, with planted conflicts.
//
// The generator makes groups of five claims about one (subject, attribute),
// from five documents, whose values agree at their stated precision ("1.6
// trillion", "1,600 billion", "about 1.58 trillion", ...).  Every 97th group
// gets one value that truly differs (a date three days off, an amount 40 %
// higher).  Each run checks that exactly the planted groups give a conflict
// and every other group exactly one agreement: the benchmark is also a test.
//
//   BM_Generate/N        baseline: make the groups and their keys, compare nothing
//   BM_Compare/N         the same plus check::compare_group on every group (the
//                        pure comparison, streamed group by group like
//                        Store::for_each_group, so memory is one group)
//   BM_StoreFindConflicts/N  check::find_conflicts over a real RocksDB store
//                        holding the N claims (the load is not timed)
//
// Counters: claims/s, peak_rss_MiB (peak resident memory of the run alone:
// /proc/self/clear_refs resets the high-water mark before each run), and
// ratio figures are computed from BM_Compare / BM_Generate in docs/conflicts.md.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "check/compare.h"
#include "check/find.h"
#include "claimcheck/claim.h"
#include "store/store.h"

namespace {

using namespace claimcheck;

constexpr int kPerGroup = 5;
constexpr int kPlantEvery = 97;

const char* const kAttributes[] = {"release_date", "parameters", "price", "context_window", "valuation"};

bool planted(std::size_t group) { return group % kPlantEvery == 13; }

// The claims of group `g`: five documents agreeing, one of them off when planted.
void make_group(std::size_t g, std::vector<Claim>& out) {
  out.clear();
  const std::string subject = "Model " + std::to_string(g / 5);
  const char* attribute = kAttributes[g % 5];
  for (int d = 0; d < kPerGroup; ++d) {
    Claim c;
    c.subject = subject;
    c.attribute = attribute;
    c.doc = "bench/doc_" + std::to_string(d) + ".txt";
    c.begin = g * 16 + d;
    c.end = c.begin + 8;
    c.line = static_cast<int>(g % 5000) + 1;
    c.column = 1;
    c.rule = "bench/rule";
    c.as_of = "2026-04-27";
    Quantity& q = c.value;
    const bool off = planted(g) && d == kPerGroup - 1;
    switch (g % 5) {
      case 0: {  // a day, or the month it falls in
        q.kind = QuantityKind::date;
        const double day = 20000 + static_cast<double>(g % 300) + (off ? 3 : 0);
        q.value = q.min = q.max = day;
        q.date_precision = DatePrecision::day;
        break;
      }
      case 1:  // 1.6 trillion / 1,600 billion / about 1.58 trillion
        q.kind = QuantityKind::number;
        q.unit = "parameters";
        q.value = d == 2 ? 1.58e12 : 1.6e12;
        q.digits = d == 1 ? 4 : (d == 2 ? 3 : 2);
        q.approximate = d == 2;
        if (off) q.value = 2.24e12;
        c.qualifiers["scope"] = "total";
        break;
      case 2:  // $0.28 per million tokens, or $0.00028 per thousand
        q.kind = QuantityKind::money;
        q.unit = "USD";
        q.per = d % 2 ? 1e3 : 1e6;
        q.per_unit = "tokens";
        q.value = (d % 2 ? 0.00028 : 0.28) * (off ? 1.4 : 1);
        q.digits = 2;
        c.qualifiers["direction"] = "output";
        break;
      case 3:
        q.kind = QuantityKind::number;
        q.unit = "tokens";
        q.value = off ? 1.4e6 : 1e6;
        q.digits = 1;
        break;
      default:  // a valuation, all as of one date so a difference is a conflict
        q.kind = QuantityKind::money;
        q.unit = "USD";
        q.value = off ? 1.19e12 : 8.52e11;
        q.digits = 3;
        break;
    }
    q.text = "x";
    c.id = make_claim_id(c.doc, c.begin, c.end, c.rule);
    out.push_back(std::move(c));
  }
}

void reset_peak_rss() {
  std::ofstream("/proc/self/clear_refs") << "5";
}

double peak_rss_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0;
}

// Every planted group gives exactly one conflict, every other exactly one
// agreement; nothing else anywhere.
struct Verifier {
  std::size_t conflicts = 0, agreements = 0, wrong = 0;
  void check(std::size_t g, const std::vector<Finding>& found) {
    const FindingKind expected = planted(g) ? FindingKind::conflict : FindingKind::agreement;
    if (found.size() != 1 || found[0].kind != expected) {
      if (++wrong <= 3)
        std::fprintf(stderr, "group %zu: expected one %s, got %zu findings%s%s\n", g, to_string(expected),
                     found.size(), found.empty() ? "" : ", first: ", found.empty() ? "" : found[0].explanation.c_str());
      return;
    }
    ++(expected == FindingKind::conflict ? conflicts : agreements);
  }
  void require(std::size_t groups, benchmark::State& state) const {
    std::size_t planted_count = 0;
    for (std::size_t g = 0; g < groups; ++g) planted_count += planted(g);
    if (wrong || conflicts != planted_count || agreements != groups - planted_count)
      state.SkipWithError("findings differ from the planted conflicts");
  }
};

void BM_Generate(benchmark::State& state) {
  const std::size_t groups = static_cast<std::size_t>(state.range(0)) / kPerGroup;
  reset_peak_rss();
  std::vector<Claim> group;
  for (auto _ : state) {
    std::size_t bytes = 0;
    for (std::size_t g = 0; g < groups; ++g) {
      make_group(g, group);
      for (const Claim& c : group) bytes += group_key(c).size();
    }
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(groups * kPerGroup) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}

void BM_Compare(benchmark::State& state) {
  const std::size_t groups = static_cast<std::size_t>(state.range(0)) / kPerGroup;
  reset_peak_rss();
  std::vector<Claim> group;
  for (auto _ : state) {
    Verifier v;
    for (std::size_t g = 0; g < groups; ++g) {
      make_group(g, group);
      for (const Claim& c : group) benchmark::DoNotOptimize(group_key(c));
      v.check(g, check::compare_group(group));
    }
    v.require(groups, state);
    state.counters["conflicts"] = static_cast<double>(v.conflicts);
  }
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(groups * kPerGroup) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}

// The same claims in a real store (one document per synthetic doc), then
// find_conflicts timed.  Subjects repeat per five groups, so store groups
// (subject, attribute) are exactly the generator's groups.
void BM_StoreFindConflicts(benchmark::State& state) {
  const std::size_t groups = static_cast<std::size_t>(state.range(0)) / kPerGroup;
  const auto dir = std::filesystem::temp_directory_path() / ("claimcheck-bench-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  {
    auto store = store::Store::open(dir.string(), store::Mode::read_write);
    std::vector<std::vector<Claim>> by_doc(kPerGroup);
    std::vector<Claim> group;
    for (std::size_t g = 0; g < groups; ++g) {
      make_group(g, group);
      for (int d = 0; d < kPerGroup; ++d) by_doc[d].push_back(group[d]);
    }
    for (int d = 0; d < kPerGroup; ++d) {
      store::DocumentInfo info;
      info.id = by_doc[d].front().doc;
      info.content_hash = "bench" + std::to_string(d) + "-" + std::to_string(groups);
      store->put_document(info, by_doc[d]);
    }
    store->sync();
  }
  auto store = store::Store::open(dir.string(), store::Mode::read_only);
  reset_peak_rss();
  for (auto _ : state) {
    std::size_t conflicts = 0, agreements = 0, findings = 0;
    check::find_conflicts(*store, {}, [&](Finding&& f) {
      ++findings;
      (f.kind == FindingKind::conflict ? conflicts : agreements)++;
    });
    std::size_t planted_count = 0;
    for (std::size_t g = 0; g < groups; ++g) planted_count += planted(g);
    if (conflicts != planted_count || agreements != groups - planted_count || findings != groups)
      state.SkipWithError("store findings differ from the planted conflicts");
    state.counters["conflicts"] = static_cast<double>(conflicts);
  }
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(groups * kPerGroup) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
  state.counters["peak_rss_MiB"] = peak_rss_mib();
  store.reset();
  std::filesystem::remove_all(dir);
}

BENCHMARK(BM_Generate)->Arg(100000)->Arg(1000000)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Compare)->Arg(100000)->Arg(1000000)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreFindConflicts)->Arg(100000)->Arg(1000000)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
