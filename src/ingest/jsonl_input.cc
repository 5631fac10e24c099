// Reading JSON Lines corpora (jsonl_input.h).
#include "ingest/jsonl_input.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "claimcheck/error.h"

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
  bool id_like = std::strcmp(name, "id") == 0 || std::strcmp(name, "story") == 0;
  if (it->is_number() && id_like) return it->dump();  // numeric ids are common
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
  a.story = field(j, "story", where);
  a.line = std::string(line);
  a.line_number = line_number;
  return a;
}

JsonlReader::JsonlReader(std::string path) : path_(std::move(path)) {
  gz_ = gzopen(path_.c_str(), "rb");  // reads uncompressed files as they are
  if (!gz_) throw Error(path_, std::string("cannot read file: ") + std::strerror(errno));
  gzbuffer(static_cast<gzFile>(gz_), 1 << 18);
}

JsonlReader::~JsonlReader() {
  if (gz_) gzclose(static_cast<gzFile>(gz_));
}

uint64_t JsonlReader::position() const {
  z_off_t at = gzoffset(static_cast<gzFile>(gz_));
  return at > 0 ? static_cast<uint64_t>(at) : 0;
}

bool JsonlReader::next(Line& out) {
  for (;;) {
    std::size_t nl = buffer_.find('\n', buffer_pos_);
    if (nl == std::string::npos && !eof_) {
      buffer_.erase(0, buffer_pos_);
      buffer_pos_ = 0;
      std::size_t old = buffer_.size();
      buffer_.resize(old + (1 << 18));
      int got = gzread(static_cast<gzFile>(gz_), buffer_.data() + old, 1 << 18);
      int code = Z_OK;
      const char* msg = got <= 0 ? gzerror(static_cast<gzFile>(gz_), &code) : nullptr;
      // A truncated .gz ends with "unexpected end of file" (Z_BUF_ERROR) after
      // the bytes it had: the partial line before it is not an article.
      if (got < 0 || code != Z_OK) {
        throw Error(path_ + ":" + std::to_string(line_number_ + 1),
                    std::string("cannot read file: ") + (msg && *msg ? msg : "read error"));
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
    return true;
  }
}

}  // namespace claimcheck::ingest
