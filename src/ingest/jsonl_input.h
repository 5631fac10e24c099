#pragma once
// JSON Lines corpora: one article per line, the form large corpora come in.
//
//   {"id":"a1","title":"...","date":"2026-04-27","url":"https://...","text":"..."}
//
// Only "text" is required.  "id" becomes the document id (default
// "FILE:LINE"); "title" and "date" are what is known before reading the text
// (like a manifest.json entry); "url" is kept in the document's metadata.
// Files ending in .jsonl or .ndjson are read as they are, .jsonl.gz and
// .ndjson.gz through zlib; blank lines are skipped.
//
// A corpus is opened once (one pass to count its articles, so progress and
// the pipeline know the total) and then read front to back while the workers
// ask for articles: nothing but a few lines in flight is held in memory,
// whatever the size of the file, and a .gz file is never decompressed whole.
//
// Example:
//   auto corpus = JsonlCorpus::open("news.jsonl.gz");
//   for (std::size_t i = 0; i < corpus->size(); ++i) {
//     JsonlArticle a = corpus->article(i);   // throws Error("news.jsonl.gz:17", ...)
//     ...
//   }
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::ingest {

struct JsonlArticle {
  std::string id, title, date, url, text;
  std::string line;  // the raw JSON line: its hash says whether the article changed
  std::size_t line_number = 0;  // 1-based, in the file
};

// .jsonl, .ndjson, .jsonl.gz, .ndjson.gz (case-insensitive).
bool is_jsonl_file(const std::string& path);

// One line of a corpus as an article.  Throws claimcheck::Error("source:line",
// cause) when the line is not a JSON object with a string "text".
JsonlArticle parse_jsonl_article(std::string_view line, const std::string& source, std::size_t line_number);

struct Input;

// Appends one Input per article of the corpus at `path`, or one Input with the
// error when it cannot be read (inputs.cc calls this for JSON Lines files).
void add_jsonl_inputs(const std::string& path, std::vector<Input>& out);

class JsonlCorpus {
 public:
  // Counts the articles.  Throws claimcheck::Error(path, cause) when the file
  // cannot be read or is damaged gzip.
  static std::shared_ptr<JsonlCorpus> open(const std::string& path);
  ~JsonlCorpus();

  const std::string& path() const { return path_; }
  std::size_t size() const { return count_; }

  // Article `index` (0-based, blank lines not counted).  Thread-safe; cheap
  // when indexes are asked for roughly in order, as ingest workers do.
  JsonlArticle article(std::size_t index);

 private:
  explicit JsonlCorpus(std::string path) : path_(std::move(path)) {}
  struct Line {
    std::string text;
    std::size_t number = 0;
  };
  Line line_at(std::size_t index);
  bool read_line(Line& out);  // next non-blank line; false at the end
  void rewind();

  std::string path_;
  std::size_t count_ = 0;

  std::mutex mu_;
  void* gz_ = nullptr;             // gzFile (plain files are read through it too)
  std::string buffer_;             // read but not yet split into lines
  std::size_t buffer_pos_ = 0;
  bool eof_ = false;
  std::size_t next_index_ = 0;     // index of the next line read_line returns
  std::size_t line_number_ = 0;    // physical lines consumed
  std::map<std::size_t, Line> ahead_;  // read for one worker while another waits for an earlier one
};

}  // namespace claimcheck::ingest
