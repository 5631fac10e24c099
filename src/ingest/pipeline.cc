// ingest_paths: extraction workers feeding one writer through a bounded,
// ordered buffer (the shape is drawn in ingest.h).
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "claimcheck/error.h"
#include "claims/manifest.h"
#include "ingest/content_hash.h"
#include "ingest/ingest.h"
#include "ingest/inputs.h"
#include "ingest/jsonl_input.h"
#include "ingest/progress.h"
#include "text/document.h"

namespace claimcheck::ingest {
namespace {

// What a worker hands the writer for one input.
struct Result {
  enum Kind { extracted, unchanged, failed } kind = failed;
  std::string error;  // "file: cause" when failed
  uint64_t bytes = 0;
  store::DocumentInfo info;
  std::vector<Claim> claims;
};

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string read_bytes(const std::string& path) {
  if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, std::string("cannot read file: ") + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(path, "cannot read file: read error");
  return std::move(ss).str();
}

// manifest.json files, read once per directory.
class ManifestCache {
 public:
  claims::ArticleMeta lookup(const std::string& path) {
    std::string dir = std::filesystem::path(path).parent_path().string();
    std::lock_guard lock(mu_);
    auto it = by_dir_.find(dir);
    if (it == by_dir_.end()) it = by_dir_.emplace(dir, claims::Manifest::beside(path)).first;
    if (!it->second) return {};
    return it->second->lookup(std::filesystem::path(path).filename().string());
  }

 private:
  std::mutex mu_;
  std::map<std::string, std::optional<claims::Manifest>> by_dir_;
};

class Pipeline {
 public:
  Pipeline(store::Store& store, const claims::Extractor& extractor, std::vector<Input> inputs,
           const IngestOptions& options)
      : store_(store), extractor_(extractor), inputs_(std::move(inputs)), options_(options),
        slots_(inputs_.size()), out_(options.diagnostics ? *options.diagnostics : std::cerr) {
    jobs_ = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs_ = std::min<std::size_t>(jobs_, std::max<std::size_t>(1, inputs_.size()));
    capacity_ = 4 * jobs_;
  }

  IngestSummary run() {
    auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> workers;
    for (std::size_t i = 0; i < jobs_; ++i) workers.emplace_back([this] { work(); });
    try {
      write_all();
    } catch (...) {
      halt();
      for (auto& w : workers) w.join();
      throw;
    }
    halt();
    for (auto& w : workers) w.join();
    summary_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary_;
  }

 private:
  bool stop_requested() const { return options_.stop && options_.stop->load(); }

  void halt() {
    std::lock_guard lock(mu_);
    halted_ = true;
    work_cv_.notify_all();
  }

  void work() {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mu_);
        work_cv_.wait(lock, [&] { return halted_ || next_take_ >= inputs_.size() || next_take_ < next_write_ + capacity_; });
        if (halted_ || next_take_ >= inputs_.size()) return;
        i = next_take_++;
      }
      Result r = process(inputs_[i]);
      std::lock_guard lock(mu_);
      slots_[i] = std::move(r);
      done_cv_.notify_all();
    }
  }

  Result process(const Input& input) {
    Result r;
    if (!input.error.empty()) {
      r.error = input.path + ": " + input.error;
      return r;
    }
    try {
      // A JSON Lines article: its text, id and metadata come from its line.
      JsonlArticle article;
      if (input.corpus) article = input.corpus->article(input.article);
      const bool jsonl = bool(input.corpus);
      std::string bytes = jsonl ? std::move(article.text) : read_bytes(input.path);
      r.bytes = bytes.size();
      bool from_stdin = input.path == "-";
      std::string id = jsonl ? article.id : from_stdin ? options_.stdin_name : input.path;
      std::string hash = content_hash(jsonl ? article.line : bytes);
      if (!options_.force) {
        if (auto old = store_.document(id); old && old->content_hash == hash) {
          r.kind = Result::unchanged;
          return r;
        }
      }
      text::TextOptions text_options;
      text_options.lenient = options_.lenient;
      text_options.markup = from_stdin || jsonl ? text::Markup::plain : text::markup_for_path(input.path);
      text::Document doc = text::make_document(id, std::move(bytes), text_options);
      claims::ArticleMeta known = jsonl        ? claims::ArticleMeta{article.title, article.date}
                                  : from_stdin ? claims::ArticleMeta{}
                                               : manifests_.lookup(input.path);
      claims::Extraction extraction = extractor_.extract(doc, known);
      r.info.id = id;
      r.info.path = from_stdin || jsonl ? "" : input.path;
      if (jsonl && !article.url.empty()) r.info.metadata["url"] = article.url;
      r.info.content_hash = hash;
      r.info.title = extraction.meta.title;
      r.info.date = extraction.meta.date;
      r.info.ingested_at = utc_now();
      r.info.bytes = r.bytes;
      r.claims = std::move(extraction.claims);
      r.kind = Result::extracted;
    } catch (const Error& e) {
      r.kind = Result::failed;
      r.error = e.where().empty() ? input.path + ": " + e.what() : e.what();
    } catch (const std::exception& e) {
      r.kind = Result::failed;
      r.error = input.path + ": " + e.what();
    }
    return r;
  }

  void write_all() {
    Progress progress(options_.progress, inputs_.size());
    for (std::size_t i = 0; i < inputs_.size(); ++i) {
      if (stop_requested()) {
        summary_.interrupted = true;
        return;
      }
      Result r;
      {
        std::unique_lock lock(mu_);
        done_cv_.wait(lock, [&] { return slots_[i].has_value(); });
        r = std::move(*slots_[i]);
        slots_[i].reset();
      }
      write(r, progress);
      summary_.bytes += r.bytes;
      progress.update(i + 1, summary_.bytes, inputs_[i].path);
      std::lock_guard lock(mu_);
      next_write_ = i + 1;
      work_cv_.notify_all();
    }
  }

  void write(Result& r, Progress& progress) {
    switch (r.kind) {
      case Result::failed:
        ++summary_.failed;
        progress.clear();
        out_ << r.error << "\n";
        return;
      case Result::unchanged:
        ++summary_.unchanged;
        return;
      case Result::extracted: {
        store::PutOutcome outcome =
            options_.force ? store_.replace_document(r.info, r.claims) : store_.put_document(r.info, r.claims);
        if (outcome == store::PutOutcome::added) ++summary_.added;
        if (outcome == store::PutOutcome::replaced) ++summary_.replaced;
        if (outcome == store::PutOutcome::unchanged) ++summary_.unchanged;
        else summary_.claims += r.claims.size();
        return;
      }
    }
  }

  store::Store& store_;
  const claims::Extractor& extractor_;
  std::vector<Input> inputs_;
  IngestOptions options_;
  std::vector<std::optional<Result>> slots_;  // results waiting for the writer, by input index
  std::ostream& out_;
  std::size_t jobs_ = 1, capacity_ = 4;
  ManifestCache manifests_;

  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::size_t next_take_ = 0, next_write_ = 0;
  bool halted_ = false;
  IngestSummary summary_;
};

}  // namespace

IngestSummary ingest_paths(store::Store& store, const claims::Extractor& extractor,
                           const std::vector<std::string>& paths, const IngestOptions& options) {
  IngestSummary summary = Pipeline(store, extractor, collect_inputs(paths), options).run();
  store.sync();
  return summary;
}

std::string summary_line(const IngestSummary& s) {
  char buf[256];
  double mbps = s.seconds > 0 ? s.bytes / 1e6 / s.seconds : 0;
  std::snprintf(buf, sizeof buf,
                "ingest: %llu documents (%llu new, %llu changed, %llu unchanged, %llu failed), %llu claims in "
                "%.2f s (%.1f MB/s)%s",
                static_cast<unsigned long long>(s.documents()), static_cast<unsigned long long>(s.added),
                static_cast<unsigned long long>(s.replaced), static_cast<unsigned long long>(s.unchanged),
                static_cast<unsigned long long>(s.failed), static_cast<unsigned long long>(s.claims), s.seconds,
                mbps, s.interrupted ? "; interrupted" : "");
  return buf;
}

}  // namespace claimcheck::ingest
