// claimcheck-gen: a deterministic synthetic news corpus with planted conflicts,
// for benchmarks and scale tests.
//
//   claimcheck-gen --out corpus-100m --bytes 100M            .txt files (1000 per folder)
//   claimcheck-gen --jsonl big.jsonl.gz --articles 50000     JSON Lines (gzip by extension)
//   claimcheck-gen --out small --articles 200 --seed 7 --truth small.truth.json
//
// The same flags give the same bytes on any machine.  The truth file lists
// every planted conflict: what a scan of the corpus must report, and nothing
// else (no other fact is ever stated with two different values).
#include <zlib.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "article.h"
#include "universe.h"

namespace fs = std::filesystem;
using namespace claimcheck::gen;

namespace {

// "100M", "1G", "64k", "5000" -> bytes.
uint64_t parse_size(const std::string& s) {
  std::size_t used = 0;
  double n = std::stod(s, &used);
  std::string unit = s.substr(used);
  double mult = 1;
  if (unit == "k" || unit == "K" || unit == "KB") mult = 1e3;
  else if (unit == "M" || unit == "MB") mult = 1e6;
  else if (unit == "G" || unit == "GB") mult = 1e9;
  else if (!unit.empty()) throw std::invalid_argument("unknown size unit '" + unit + "' (k, M, G)");
  return static_cast<uint64_t>(n * mult);
}

// Where articles go: one .txt per article, or one JSON Lines stream.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual uint64_t write(const Article& a) = 0;  // returns the article's bytes (its text)
};

class TextDirSink : public Sink {
 public:
  explicit TextDirSink(fs::path dir) : dir_(std::move(dir)) {}
  uint64_t write(const Article& a) override {
    // 1000 files per folder keeps directories listable at a million articles.
    char sub[32];
    std::snprintf(sub, sizeof sub, "%04zu", count_ / 1000);
    fs::path folder = dir_ / sub;
    if (count_ % 1000 == 0) fs::create_directories(folder);
    ++count_;
    std::string text = a.as_text();
    std::ofstream out(folder / (a.id + ".txt"), std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + (folder / (a.id + ".txt")).string());
    return text.size();
  }

 private:
  fs::path dir_;
  std::size_t count_ = 0;
};

class JsonlSink : public Sink {
 public:
  explicit JsonlSink(const std::string& path) {
    gz_ = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
    if (gz_) {
      gzf_ = gzopen(path.c_str(), "wb6");
      if (!gzf_) throw std::runtime_error("cannot write " + path);
    } else {
      out_.open(path, std::ios::binary);
      if (!out_) throw std::runtime_error("cannot write " + path);
    }
  }
  ~JsonlSink() override {
    if (gzf_) gzclose(gzf_);
  }
  uint64_t write(const Article& a) override {
    nlohmann::json j = {{"id", a.id}, {"title", a.title}, {"date", a.date}, {"url", a.url}, {"text", a.body}};
    std::string line = j.dump() + "\n";
    if (gz_) {
      if (gzwrite(gzf_, line.data(), unsigned(line.size())) != int(line.size()))
        throw std::runtime_error("gzip write failed");
    } else {
      out_ << line;
    }
    return a.body.size();
  }

 private:
  bool gz_ = false;
  gzFile gzf_ = nullptr;
  std::ofstream out_;
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Writes a deterministic synthetic news corpus with planted conflicts, and a truth file"};
  std::string out_dir, jsonl, truth_path, bytes_text;
  std::size_t articles = 0, models = 0;
  uint64_t seed = 1;
  unsigned conflict_percent = 3;
  auto* out_opt = app.add_option("--out", out_dir, "Write .txt articles under this directory");
  app.add_option("--jsonl", jsonl, "Write one JSON Lines file instead (.jsonl, or .jsonl.gz for gzip)")
      ->excludes(out_opt);
  app.add_option("--bytes", bytes_text, "Stop once the article text reaches this size (100M, 1G)");
  app.add_option("--articles", articles, "Number of articles (default with --bytes: as many as fit)");
  app.add_option("--models", models, "Distinct invented models (default: one per three articles)");
  app.add_option("--seed", seed, "Random seed: same seed and flags, same corpus (default 1)");
  app.add_option("--conflict-percent", conflict_percent, "Share of facts planted with a wrong value (default 3)")
      ->check(CLI::Range(0, 100));
  app.add_option("--truth", truth_path, "Truth file (default: DIR/truth.json or FILE.truth.json)");
  CLI11_PARSE(app, argc, argv);

  try {
    if (out_dir.empty() && jsonl.empty()) throw std::invalid_argument("give --out DIR or --jsonl FILE");
    uint64_t max_bytes = bytes_text.empty() ? 0 : parse_size(bytes_text);
    if (!articles && !max_bytes) throw std::invalid_argument("give --bytes or --articles");
    // ~1.6 kB of text per article: the estimate only sizes the universe.
    std::size_t planned = articles ? articles : std::max<std::size_t>(1, max_bytes / 1600);
    if (!models) models = std::max<std::size_t>(12, planned / 3);
    if (truth_path.empty()) truth_path = out_dir.empty() ? jsonl + ".truth.json" : out_dir + "/truth.json";

    std::unique_ptr<Sink> sink;
    if (!out_dir.empty()) {
      fs::create_directories(out_dir);
      sink = std::make_unique<TextDirSink>(out_dir);
    } else {
      sink = std::make_unique<JsonlSink>(jsonl);
    }

    Universe universe(seed, models, conflict_percent);
    ArticleWriter writer(universe, seed);
    uint64_t written = 0, claims = 0;
    std::size_t n = 0;
    for (; (!articles || n < articles) && (!max_bytes || written < max_bytes); ++n) {
      // The news cycle moves through the universe once over the planned articles.
      std::size_t cursor = (n * models / planned) % models;
      Article a = writer.write(n + 1, cursor);
      written += sink->write(a);
      claims += a.claims;
    }
    sink.reset();  // flush before the truth file says the corpus is complete

    nlohmann::json conflicts = nlohmann::json::array();
    for (std::size_t m = 0; m < models; ++m)
      for (int s = 0; s < kSlots; ++s) {
        Fact f = universe.fact(m, static_cast<Slot>(s));
        if (!f.planted || writer.mentions(m, static_cast<Slot>(s)) < 2) continue;
        auto value = [](const Value& v) {
          return nlohmann::json{{"text", v.text}, {"value", v.iso.empty() ? nlohmann::json(v.number) : nlohmann::json(v.iso)}};
        };
        conflicts.push_back({{"subject", universe.name(m)},
                             {"attribute", f.attribute},
                             {"qualifiers", f.qualifiers},
                             {"values", {value(f.truth), value(f.wrong)}}});
      }
    nlohmann::json truth = {{"generator", "claimcheck-gen"},
                            {"seed", seed},
                            {"articles", n},
                            {"models", models},
                            {"bytes", written},
                            {"claims", claims},
                            {"conflict_percent", conflict_percent},
                            {"conflicts", conflicts}};
    std::ofstream(truth_path) << truth.dump(1) << "\n";
    std::cerr << "claimcheck-gen: " << n << " articles, " << written << " bytes of text, " << claims << " claims, "
              << conflicts.size() << " planted conflicts; truth in " << truth_path << "\n";
  } catch (const std::exception& e) {
    std::cerr << "claimcheck-gen: error: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
