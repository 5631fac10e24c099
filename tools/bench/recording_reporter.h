#pragma once
// A console reporter that also keeps each benchmark's real time per
// iteration, so a bench can print ratios against its baseline measured in the
// same process (docs/benchmarks.md).
//
//   claimcheck::bench::RecordingReporter reporter;
//   benchmark::RunSpecifiedBenchmarks(&reporter);
//   double ratio = reporter.ns["BM_Extract"] / reporter.ns["BM_BareSet"];
#include <benchmark/benchmark.h>

#include <map>
#include <string>
#include <vector>

namespace claimcheck::bench {

class RecordingReporter : public benchmark::ConsoleReporter {
 public:
  std::map<std::string, double> ns;  // benchmark name -> real time per iteration

  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs)
      if (r.run_type == Run::RT_Iteration) ns[r.benchmark_name()] = r.GetAdjustedRealTime();
    ConsoleReporter::ReportRuns(runs);
  }
};

}  // namespace claimcheck::bench
