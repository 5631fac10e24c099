// Parsing JSON Lines articles: ingest's parse_jsonl_article (simdjson) beside
// the nlohmann_json parse it replaced, over the same lines in one process.
//
//   build/tools/claimcheck-gen --jsonl /tmp/news-20M.jsonl --bytes 20M --seed 2
//   build/tools/jsonl_bench --corpus /tmp/news-20M.jsonl
//
// Prints MB/s of each and the ratio of their times (nlohmann / simdjson).
#include <benchmark/benchmark.h>

#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ingest/jsonl_input.h"
#include "recording_reporter.h"

namespace {

std::vector<std::string> g_lines;
std::size_t g_bytes = 0;

// What parse_jsonl_article did before simdjson: the whole line into a
// nlohmann::json, then the string fields out of it.
std::size_t parse_with_nlohmann(const std::string& line) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return 0;
  std::size_t n = 0;
  for (const char* f : {"text", "id", "title", "date", "url", "story"}) {
    auto it = j.find(f);
    if (it != j.end() && it->is_string()) n += it->get<std::string>().size();
  }
  return n;
}

void run(benchmark::State& st, bool simd) {
  std::size_t chars = 0;
  for (auto _ : st) {
    for (std::size_t i = 0; i < g_lines.size(); ++i) {
      if (simd) {
        auto a = claimcheck::ingest::parse_jsonl_article(g_lines[i], "bench", i + 1);
        chars += a.text.size();
      } else {
        chars += parse_with_nlohmann(g_lines[i]);
      }
    }
  }
  benchmark::DoNotOptimize(chars);
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * g_bytes));
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus;
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) corpus = argv[++i];
    else rest.push_back(argv[i]);
  }
  if (corpus.empty()) {
    std::cerr << "usage: jsonl_bench --corpus FILE.jsonl [benchmark flags]\n";
    return 2;
  }
  std::ifstream in(corpus, std::ios::binary);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) g_bytes += line.size(), g_lines.push_back(std::move(line));
  std::cerr << "jsonl_bench: " << g_lines.size() << " lines, " << g_bytes / 1e6 << " MB\n";
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());
  benchmark::RegisterBenchmark("parse/nlohmann_json", [](benchmark::State& st) { run(st, false); })->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("parse/simdjson (parse_jsonl_article)", [](benchmark::State& st) { run(st, true); })->Unit(benchmark::kMillisecond);
  claimcheck::bench::RecordingReporter reporter;
  auto& g_ns = reporter.ns;  // benchmark name -> real time per iteration
  benchmark::RunSpecifiedBenchmarks(&reporter);
  double a = g_ns["parse/nlohmann_json"], b = g_ns["parse/simdjson (parse_jsonl_article)"];
  if (a > 0 && b > 0)
    std::printf("nlohmann_json %.0f MB/s, simdjson %.0f MB/s: simdjson %.2fx faster\n", g_bytes / a / 1e3,
                g_bytes / b / 1e3, a / b);
  return 0;
}
