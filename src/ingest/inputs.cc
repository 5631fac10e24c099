// Expanding command-line paths into the articles to ingest, one at a time.
#include "ingest/inputs.h"

#include <algorithm>
#include <filesystem>
#include <functional>

#include "claimcheck/error.h"
#include "ingest/jsonl_input.h"

namespace claimcheck::ingest {
namespace fs = std::filesystem;

bool is_article_file(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm" || is_jsonl_file(path);
}

namespace {

bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

uint64_t size_of(const std::string& path) {
  std::error_code ec;
  auto n = fs::file_size(path, ec);
  return ec ? 0 : n;
}

// An Error's cause without its location.
std::string cause_of(const Error& e) {
  std::string what = e.what(), prefix = e.where() + ": ";
  return !e.where().empty() && what.rfind(prefix, 0) == 0 ? what.substr(prefix.size()) : what;
}

// The entries of one directory an ingest takes, in name order: article files
// and subdirectories (normalised paths).  Throws Error(dir, cause) when unreadable.
std::vector<InputStream::Entry> list_directory(const fs::path& dir, bool follow_symlinks) {
  std::error_code ec;
  std::vector<InputStream::Entry> out;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (hidden(it->path())) continue;
    std::error_code type_ec;
    bool directory = it->is_directory(type_ec);
    // Like find and grep -r: a symlink to a directory is not walked into (a
    // link to a parent would never end); name it on the command line to scan it.
    if (directory && it->is_symlink(type_ec)) continue;
    // A symlink to a file, only with --follow (grep -r, not grep -R).
    if (!follow_symlinks && it->is_symlink(type_ec)) continue;
    if (directory || (it->is_regular_file(type_ec) && is_article_file(it->path().string())))
      out.push_back({it->path().lexically_normal(), directory});
  }
  if (ec) throw Error(dir.string(), "cannot read directory: " + ec.message());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return out;
}

}  // namespace

InputStream::InputStream(std::vector<std::string> paths, bool follow_symlinks)
    : paths_(paths.begin(), paths.end()), follow_symlinks_(follow_symlinks) {}
InputStream::~InputStream() = default;

bool InputStream::next_jsonl_line(Input& out) {
  JsonlReader::Line line;
  try {
    if (jsonl_->next(line)) {
      out = Input{jsonl_->path(), "", std::move(line.text), line.number, bytes_before_ + jsonl_->position()};
      return true;
    }
  } catch (const Error& e) {
    // The articles before the damage were handed out; the damage is one
    // failed input, named "file:line".
    out = Input{e.where(), cause_of(e)};
  }
  bytes_before_ += size_of(jsonl_->path());
  out.progress_mark = bytes_before_;
  jsonl_.reset();
  return !out.error.empty();
}

bool InputStream::start_path(const std::string& path, Input& out) {
  if (is_jsonl_file(path)) {
    try {
      jsonl_ = std::make_unique<JsonlReader>(path);
    } catch (const Error& e) {
      out = Input{path, cause_of(e)};  // the cause alone: the pipeline prefixes the path
      out.progress_mark = bytes_before_;
      return true;
    }
    return next_jsonl_line(out);
  }
  bytes_before_ += size_of(path);
  out = Input{path, ""};
  out.progress_mark = bytes_before_;
  return true;
}

bool InputStream::push_directory(const std::string& dir, Input& out) {
  try {
    walk_.push_back({list_directory(dir, follow_symlinks_)});
    return true;
  } catch (const Error& e) {
    out = Input{dir, cause_of(e)};
    return false;
  }
}

bool InputStream::next(Input& out) {
  for (;;) {
    if (jsonl_ && next_jsonl_line(out)) return true;
    if (!walk_.empty()) {
      Directory& d = walk_.back();
      if (d.next == d.entries.size()) {
        walk_.pop_back();
        continue;
      }
      Entry e = std::move(d.entries[d.next++]);  // d is gone once a subdirectory is pushed
      if (e.directory) {
        if (!push_directory(e.path.string(), out)) return true;
        continue;
      }
      if (start_path(e.path.string(), out)) return true;
      continue;
    }
    if (paths_.empty()) return false;
    std::string p = std::move(paths_.front());
    paths_.pop_front();
    if (p == "-") {
      out = Input{p, ""};
      return true;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (!fs::exists(st)) {
      out = Input{p, "no such file or directory"};
      return true;
    }
    if (fs::is_directory(st)) {
      if (!push_directory(p, out)) return true;
      continue;
    }
    if (start_path(fs::path(p).lexically_normal().string(), out)) return true;
  }
}

InputTotals measure_inputs(const std::vector<std::string>& paths, bool follow_symlinks) {
  InputTotals totals;
  auto add_file = [&](const std::string& path) {
    ++totals.files;
    totals.jsonl_files += is_jsonl_file(path);
    totals.bytes += size_of(path);
  };
  std::function<void(const std::string&)> walk = [&](const std::string& dir) {
    std::vector<InputStream::Entry> entries;
    try {
      entries = list_directory(dir, follow_symlinks);
    } catch (const Error&) {
      return;  // the ingest itself reports it
    }
    for (const auto& e : entries) e.directory ? walk(e.path.string()) : add_file(e.path.string());
  };
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p == "-") continue;
    if (fs::is_directory(p, ec)) walk(p);
    else if (fs::exists(p, ec)) add_file(p);
  }
  return totals;
}

std::vector<Input> collect_inputs(const std::vector<std::string>& paths, bool follow_symlinks) {
  std::vector<Input> out;
  InputStream stream(paths, follow_symlinks);
  for (Input in; stream.next(in);) out.push_back(std::move(in));
  return out;
}

}  // namespace claimcheck::ingest
