// Expanding command-line paths into the list of files to ingest.
#include "ingest/inputs.h"

#include <algorithm>
#include <cstring>
#include <filesystem>

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

// A file, or each article of a JSON Lines corpus.
void add_file(const std::string& path, std::vector<Input>& out) {
  if (is_jsonl_file(path))
    add_jsonl_inputs(path, out);
  else
    out.push_back({path, ""});
}

void walk(const fs::path& dir, std::vector<Input>& out) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) {
    out.push_back({dir.string(), "cannot read directory: " + ec.message()});
    return;
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const auto& e : entries) {
    if (hidden(e.path())) continue;
    if (e.is_directory(ec))
      walk(e.path(), out);
    else if (e.is_regular_file(ec) && is_article_file(e.path().string()))
      add_file(e.path().lexically_normal().string(), out);
  }
}

}  // namespace

std::vector<Input> collect_inputs(const std::vector<std::string>& paths) {
  std::vector<Input> out;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back({p, ""});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (!fs::exists(st))
      out.push_back({p, "no such file or directory"});
    else if (fs::is_directory(st))
      walk(p, out);
    else
      add_file(fs::path(p).lexically_normal().string(), out);
  }
  return out;
}

}  // namespace claimcheck::ingest
