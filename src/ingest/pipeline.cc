// ingest_paths: extraction workers taking inputs from a stream and feeding
// one writer through a bounded ring of results (the shape is drawn in ingest.h).
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
#include "stories/index.h"
#include "stories/scope.h"
#include "stories/sketch.h"
#include "text/document.h"

namespace claimcheck::ingest {
namespace {

// What a worker hands the writer for one input.
struct Result {
  enum Kind { extracted, unchanged, failed } kind = failed;
  std::string error;  // "file: cause" when failed
  std::string path;   // for the progress line
  uint64_t progress_mark = 0;
  uint64_t bytes = 0;
  store::DocumentInfo info;
  std::vector<Claim> claims;
  stories::Sketch sketch;  // what the article is about, for the writer to place it in a story
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

// Workers take inputs from the stream in order (sequence numbers), extract
// without holding the lock, and leave each result in a ring of `capacity_`
// slots; the writer stores the results in sequence order.  A worker may run
// at most `capacity_` inputs ahead of the writer, so memory is bounded by
// the ring, whatever the size of the corpus.
class Pipeline {
 public:
  Pipeline(store::Store& store, const claims::Extractor& extractor, const std::vector<std::string>& paths,
           const IngestOptions& options)
      : store_(store), extractor_(extractor), inputs_(paths), options_(options),
        out_(options.diagnostics ? *options.diagnostics : std::cerr) {
    jobs_ = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    capacity_ = 4 * jobs_;
    ring_.resize(capacity_);
    if (options.progress) totals_ = measure_inputs(paths);
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
      uint64_t seq;
      Input input;
      {
        std::unique_lock lock(mu_);
        work_cv_.wait(lock, [&] { return halted_ || exhausted_ || next_take_ < next_write_ + capacity_; });
        if (halted_ || exhausted_) return;
        if (!inputs_.next(input)) {
          exhausted_ = true;
          done_cv_.notify_all();
          work_cv_.notify_all();
          return;
        }
        seq = next_take_++;
      }
      Result r = process(input);
      r.path = std::move(input.path);
      r.progress_mark = input.progress_mark;
      std::lock_guard lock(mu_);
      ring_[seq % capacity_] = std::move(r);
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
      const bool jsonl = input.jsonl();
      JsonlArticle article;
      if (jsonl) article = parse_jsonl_article(input.jsonl_line, input.path, input.line_number);
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
      if (jsonl) r.info.story = article.story;
      r.info.content_hash = hash;
      r.info.title = extraction.meta.title;
      r.info.date = extraction.meta.date;
      r.info.ingested_at = utc_now();
      r.info.bytes = r.bytes;
      r.claims = std::move(extraction.claims);
      r.sketch = stories::sketch_text(doc.normalized);
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
    Progress progress(options_.progress, totals_);
    ProgressState state;
    for (uint64_t seq = 0;; ++seq) {
      if (stop_requested()) {
        summary_.interrupted = true;
        return;
      }
      Result r;
      {
        std::unique_lock lock(mu_);
        auto& slot = ring_[seq % capacity_];
        done_cv_.wait(lock, [&] { return slot.has_value() || (exhausted_ && seq >= next_take_); });
        if (!slot) return;  // every input written
        r = std::move(*slot);
        slot.reset();
      }
      write(r, progress);
      summary_.bytes += r.bytes;
      state = {summary_.documents(), r.progress_mark, summary_.bytes, summary_.claims};
      progress.update(state, r.path);
      std::lock_guard lock(mu_);
      next_write_ = seq + 1;
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
        // The writer places the document in a story (in input order, so the
        // result does not depend on --jobs), stores its sketch and bands and
        // scopes its event claims to the story, all in the document's batch.
        stories::Placement placed = story_index_.place(r.info.id, r.info.date, r.sketch, r.info.story);
        r.info.story = placed.story;
        r.info.story_entries = story_index_.entries(r.info.id, r.info.story, r.info.date, r.sketch);
        stories::scope_to_story(r.claims, r.info.story);
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
  InputStream inputs_;  // guarded by mu_
  IngestOptions options_;
  std::ostream& out_;
  std::size_t jobs_ = 1, capacity_ = 4;
  InputTotals totals_;  // measured only for the progress line
  ManifestCache manifests_;
  stories::StoryIndex story_index_{store_};  // used by the writer only

  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::vector<std::optional<Result>> ring_;  // results waiting for the writer, at seq % capacity_
  uint64_t next_take_ = 0, next_write_ = 0;
  bool halted_ = false, exhausted_ = false;
  IngestSummary summary_;
};

}  // namespace

IngestSummary ingest_paths(store::Store& store, const claims::Extractor& extractor,
                           const std::vector<std::string>& paths, const IngestOptions& options) {
  IngestSummary summary = Pipeline(store, extractor, paths, options).run();
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
