#pragma once
// Which articles an ingest reads: the paths named on the command line, the
// article files under named directories, and the lines of JSON Lines corpora.
//
// InputStream hands them out one at a time, in a fixed order, without ever
// listing the whole corpus: it holds the entries of the directories being
// walked and a read buffer of the JSON Lines file being read, so memory does
// not grow with the number of articles (a million-article corpus costs what
// a ten-article one does).
//
// Example:
//   InputStream inputs({"corpus", "news.jsonl.gz"});
//   for (Input in; inputs.next(in);)
//     if (!in.error.empty()) std::cerr << in.path << ": " << in.error << "\n";
#include <cstdint>
#include <deque>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace claimcheck::ingest {

class JsonlReader;  // ingest/jsonl_input.h

struct Input {
  std::string path;   // as read ("-" = standard input; the corpus file for a JSON Lines article)
  std::string error;  // why it cannot be read ("" = fine); reported, counted as failed
  // A JSON Lines article: its raw line and its 1-based line number in `path`
  // (line_number 0 = an ordinary file, read by whoever processes the Input).
  std::string jsonl_line;
  std::size_t line_number = 0;
  // How far through the input bytes the stream is once this Input is done:
  // file sizes summed, plus the position in a JSON Lines file (compressed
  // bytes for .gz).  Progress and ETA compare it with InputTotals::bytes.
  uint64_t progress_mark = 0;

  bool jsonl() const { return line_number != 0; }
};

// File extensions an ingest picks up inside directories.
bool is_article_file(const std::string& path);

// Files as given (any extension: the user named them, so a symlink named is
// followed); directories walked recursively in name order, taking article
// files and skipping hidden entries (.git, .claimcheck) and symlinks, as
// `grep -r` does: a link in a corpus (notes.txt -> ~/.netrc) would read a
// file from outside it into reports.  With `follow_symlinks` (--follow)
// symlinks to files are read; symlinks to directories are never walked into
// (a link to a parent would never end).  "-" kept.  A path that does not exist becomes an Input
// with an error, so one typo does not stop a batch; so does a JSON Lines file
// that cannot be opened or turns out damaged part way (after the articles read
// before the damage).
class InputStream {
 public:
  explicit InputStream(std::vector<std::string> paths, bool follow_symlinks = false);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // The next input; false when there are no more.  Never throws for a bad
  // input (it becomes an Input with an error).  Not thread-safe: callers lock.
  bool next(Input& out);

  struct Entry {
    std::filesystem::path path;
    bool directory = false;
  };

 private:
  struct Directory {
    std::vector<Entry> entries;  // sorted; subdirectories are listed when reached
    std::size_t next = 0;
  };
  bool next_jsonl_line(Input& out);                       // false: the file is done
  bool start_path(const std::string& path, Input& out);   // false: nothing to hand out for it
  bool push_directory(const std::string& dir, Input& out);  // false: unreadable, `out` says why

  std::deque<std::string> paths_;
  bool follow_symlinks_ = false;
  std::vector<Directory> walk_;          // the directories being walked, innermost last
  std::unique_ptr<JsonlReader> jsonl_;   // the JSON Lines file being read
  uint64_t bytes_before_ = 0;            // input bytes of everything finished before jsonl_
};

// What an InputStream over `paths` will read, for progress: article files and
// JSON Lines files (their size on disk), found by the same walk.
struct InputTotals {
  uint64_t files = 0, bytes = 0;
  uint64_t jsonl_files = 0;  // how many of the files hold many articles each
};
InputTotals measure_inputs(const std::vector<std::string>& paths, bool follow_symlinks = false);

// Every input at once: for tests and small lists only (an InputStream is what
// keeps memory flat).
std::vector<Input> collect_inputs(const std::vector<std::string>& paths, bool follow_symlinks = false);

}  // namespace claimcheck::ingest
