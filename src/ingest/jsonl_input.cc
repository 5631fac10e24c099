// Reading JSON Lines corpora (jsonl_input.h).
#include "ingest/jsonl_input.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "claimcheck/error.h"
#include "ingest/inputs.h"

namespace claimcheck::ingest {
namespace {

bool ends_with(const std::string& s, const char* suffix) {
  std::size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// A string field, "" when absent or null; anything else is the user's mistake.
std::string field(const nlohmann::json& j, const char* name, const std::string& where) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number() && std::strcmp(name, "id") == 0) return it->dump();  // numeric ids are common
  throw Error(where, std::string("field \"") + name + "\" must be a string");
}

}  // namespace

bool is_jsonl_file(const std::string& path) {
  std::string p = path;
  std::transform(p.begin(), p.end(), p.begin(), [](unsigned char c) { return std::tolower(c); });
  return ends_with(p, ".jsonl") || ends_with(p, ".ndjson") || ends_with(p, ".jsonl.gz") || ends_with(p, ".ndjson.gz");
}

JsonlArticle parse_jsonl_article(std::string_view line, const std::string& source, std::size_t line_number) {
  const std::string where = source + ":" + std::to_string(line_number);
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) throw Error(where, "not valid JSON");
  if (!j.is_object()) throw Error(where, "expected a JSON object with a \"text\" field");
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) throw Error(where, "no \"text\" string field");
  JsonlArticle a;
  a.text = text->get<std::string>();
  a.id = field(j, "id", where);
  if (a.id.empty()) a.id = where;
  a.title = field(j, "title", where);
  a.date = field(j, "date", where);
  a.url = field(j, "url", where);
  a.line = std::string(line);
  a.line_number = line_number;
  return a;
}

void add_jsonl_inputs(const std::string& path, std::vector<Input>& out) {
  std::shared_ptr<JsonlCorpus> corpus;
  try {
    corpus = JsonlCorpus::open(path);
  } catch (const Error& e) {
    // Input::error is the cause alone: the pipeline prefixes the path.
    std::string what = e.what(), prefix = e.where() + ": ";
    out.push_back({path, what.rfind(prefix, 0) == 0 ? what.substr(prefix.size()) : what});
    return;
  }
  for (std::size_t i = 0; i < corpus->size(); ++i) out.push_back({path, "", corpus, i});
}

std::shared_ptr<JsonlCorpus> JsonlCorpus::open(const std::string& path) {
  std::shared_ptr<JsonlCorpus> c(new JsonlCorpus(path));
  c->rewind();
  Line line;
  while (c->read_line(line)) ++c->count_;
  c->rewind();
  return c;
}

JsonlCorpus::~JsonlCorpus() {
  if (gz_) gzclose(static_cast<gzFile>(gz_));
}

void JsonlCorpus::rewind() {
  if (gz_) gzclose(static_cast<gzFile>(gz_));
  gz_ = gzopen(path_.c_str(), "rb");  // reads uncompressed files as they are
  if (!gz_) throw Error(path_, std::string("cannot read file: ") + std::strerror(errno));
  gzbuffer(static_cast<gzFile>(gz_), 1 << 18);
  buffer_.clear();
  buffer_pos_ = 0;
  eof_ = false;
  next_index_ = 0;
  line_number_ = 0;
  ahead_.clear();
}

bool JsonlCorpus::read_line(Line& out) {
  for (;;) {
    std::size_t nl = buffer_.find('\n', buffer_pos_);
    if (nl == std::string::npos && !eof_) {
      buffer_.erase(0, buffer_pos_);
      buffer_pos_ = 0;
      std::size_t old = buffer_.size();
      buffer_.resize(old + (1 << 18));
      int got = gzread(static_cast<gzFile>(gz_), buffer_.data() + old, 1 << 18);
      if (got < 0) {
        int code = 0;
        const char* msg = gzerror(static_cast<gzFile>(gz_), &code);
        throw Error(path_, std::string("cannot read file: ") + (msg ? msg : "read error"));
      }
      buffer_.resize(old + got);
      if (got == 0) eof_ = true;
      continue;
    }
    if (nl == std::string::npos && buffer_pos_ >= buffer_.size()) return false;
    std::size_t end = nl == std::string::npos ? buffer_.size() : nl;
    std::string_view text(buffer_.data() + buffer_pos_, end - buffer_pos_);
    buffer_pos_ = nl == std::string::npos ? buffer_.size() : nl + 1;
    ++line_number_;
    if (blank(text)) continue;
    out.text.assign(text);
    out.number = line_number_;
    ++next_index_;
    return true;
  }
}

JsonlCorpus::Line JsonlCorpus::line_at(std::size_t index) {
  std::lock_guard lock(mu_);
  if (auto it = ahead_.find(index); it != ahead_.end()) {
    Line l = std::move(it->second);
    ahead_.erase(it);
    return l;
  }
  // Asked for a line already passed (not the pipeline's pattern): start over.
  if (index < next_index_) rewind();
  Line l;
  while (next_index_ <= index) {
    std::size_t i = next_index_;
    if (!read_line(l)) throw Error(path_, "the file got shorter while it was read");
    if (i < index) ahead_.emplace(i, std::move(l));
  }
  return l;
}

JsonlArticle JsonlCorpus::article(std::size_t index) {
  Line l = line_at(index);  // under the lock: only the read
  return parse_jsonl_article(l.text, path_, l.number);  // parsing in the caller's thread
}

}  // namespace claimcheck::ingest
