// One long document: extraction time against its size (issue 17).  A report,
// a transcript or a book is one document with tens of thousands of claims; its
// extraction must grow linearly with them, whether the text is one long line
// or many short ones.
//
// The document is N dated sentences ("Acme released Zephyr-7.3 on May 8,
// 2007."), each a claim, for N = 12,500, 50,000 and 200,000 (1x, 4x, 16x),
// joined by spaces (one line) or by newlines.  Each run is make_document +
// Extractor::extract, three times; the ratios of the median times to the 1x
// time are printed: linear is 1 : 4 : 16.
//
//   build/tools/long_document_bench                      # about two minutes
//   build/tools/long_document_bench --benchmark_filter=short
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>

#include "claims/extractor.h"
#include "text/document.h"

namespace {

const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};

std::string document(std::size_t sentences, char separator) {
  std::string text;
  for (std::size_t i = 0; i < sentences; ++i) {
    if (i) text += separator;
    text += "Acme released Zephyr-" + std::to_string(i % 997) + "." + std::to_string(i / 997) + " on " +
            kMonths[i % 12] + " " + std::to_string(1 + i % 28) + ", " + std::to_string(2000 + i % 25) + ".";
  }
  return text + "\n";
}

std::map<std::string, double> g_ms;  // benchmark name -> median real time of its three runs (ms)

class RecordingReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs)
      if (r.run_type == Run::RT_Aggregate && r.aggregate_name == "median") g_ms[r.run_name.function_name] = r.GetAdjustedRealTime();
    ConsoleReporter::ReportRuns(runs);
  }
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  auto extractor = claimcheck::claims::Extractor::load();
  claimcheck::claims::ArticleMeta meta;
  meta.date = "2026-01-01";
  const std::size_t base = 12500;
  for (const auto& [layout, separator] : {std::pair<std::string, char>{"one_line", ' '}, {"short_lines", '\n'}})
    for (std::size_t times : {1, 4, 16}) {
      std::string name = "extract/" + layout + "/" + std::to_string(times) + "x";
      std::string text = document(base * times, separator);
      benchmark::RegisterBenchmark(name.c_str(), [text, &extractor, &meta](benchmark::State& st) {
        std::size_t claims = 0;
        for (auto _ : st) {
          auto doc = claimcheck::text::make_document("long.txt", text);
          claims = extractor->extract(doc, meta).claims.size();
        }
        st.counters["claims"] = static_cast<double>(claims);
        st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * text.size()));
      })->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3)->ReportAggregatesOnly(true);
    }
  RecordingReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  for (const std::string layout : {"one_line", "short_lines"}) {
    double one = g_ms["extract/" + layout + "/1x"];
    if (one <= 0) continue;
    std::printf("%s: time ratio 1x : 4x : 16x = 1 : %.2f : %.2f (linear: 1 : 4 : 16)\n", layout.c_str(),
                g_ms["extract/" + layout + "/4x"] / one, g_ms["extract/" + layout + "/16x"] / one);
  }
  return 0;
}
