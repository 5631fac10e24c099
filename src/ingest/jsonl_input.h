#pragma once
// JSON Lines corpora: one article per line, the form large corpora come in.
//
//   {"id":"a1","title":"...","date":"2026-04-27","url":"https://...","story":"...","text":"..."}
//
// Only "text" is required.  "id" becomes the document id (default
// "FILE:LINE"); "title" and "date" are what is known before reading the text
// (like a manifest.json entry); "story" names the event the article is about
// (its event facts are compared only within that story: stories/scope.h;
// without it the story is found from the text); "url" is kept in the document's metadata.
// Files ending in .jsonl or .ndjson are read as they are, .jsonl.gz and
// .ndjson.gz through zlib; blank lines are skipped.
//
// A corpus is read front to back, one line at a time: nothing but the read
// buffer is held in memory, whatever the size of the file, and a .gz file is
// never decompressed whole.
//
// Example:
//   JsonlReader reader("news.jsonl.gz");           // throws Error("news.jsonl.gz", ...)
//   for (JsonlReader::Line l; reader.next(l);) {
//     JsonlArticle a = parse_jsonl_article(l.text, reader.path(), l.number);  // Error("news.jsonl.gz:17", ...)
//     ...
//   }
#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck::ingest {

struct JsonlArticle {
  std::string id, title, date, url, story, text;
  std::string line;  // the raw JSON line: its hash says whether the article changed
  std::size_t line_number = 0;  // 1-based, in the file
};

// .jsonl, .ndjson, .jsonl.gz, .ndjson.gz (case-insensitive).
bool is_jsonl_file(const std::string& path);

// One line of a corpus as an article.  Throws claimcheck::Error("source:line",
// cause) when the line is not a JSON object with a string "text".
JsonlArticle parse_jsonl_article(std::string_view line, const std::string& source, std::size_t line_number);

class JsonlReader {
 public:
  struct Line {
    std::string text;
    std::size_t number = 0;  // 1-based physical line number
  };
  // Throws claimcheck::Error(path, cause) when the file cannot be opened.
  explicit JsonlReader(std::string path);
  ~JsonlReader();
  JsonlReader(const JsonlReader&) = delete;
  JsonlReader& operator=(const JsonlReader&) = delete;

  const std::string& path() const { return path_; }
  // The next non-blank line; false at the end.  Throws Error(path:line, cause)
  // when the file cannot be read further (damaged gzip, I/O error).
  bool next(Line& out);
  // Bytes of the file consumed so far (compressed bytes for .gz): progress.
  uint64_t position() const;

 private:
  std::string path_;
  void* gz_ = nullptr;        // gzFile (plain files are read through it too)
  std::string buffer_;        // read but not yet split into lines
  std::size_t buffer_pos_ = 0;
  bool eof_ = false;
  std::size_t line_number_ = 0;  // physical lines consumed
};

}  // namespace claimcheck::ingest
