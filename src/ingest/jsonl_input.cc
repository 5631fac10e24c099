// Reading JSON Lines corpora (jsonl_input.h).
#include "ingest/jsonl_input.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <simdjson.h>

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

// A number written where a string id was meant ("id": 42): the text
// nlohmann_json gives it, as before simdjson read the lines.
std::string number_text(simdjson::dom::element e) {
  if (e.is_int64()) return std::to_string(int64_t(e));
  if (e.is_uint64()) return std::to_string(uint64_t(e));
  return nlohmann::json::parse(simdjson::minify(e)).dump();
}

}  // namespace

bool is_jsonl_file(const std::string& path) {
  std::string p = path;
  std::transform(p.begin(), p.end(), p.begin(), [](unsigned char c) { return std::tolower(c); });
  return ends_with(p, ".jsonl") || ends_with(p, ".ndjson") || ends_with(p, ".jsonl.gz") || ends_with(p, ".ndjson.gz");
}

// Parsed with simdjson's DOM parser (one per thread, reused: its buffers grow
// to the longest line seen), which validates the whole line, UTF-8 included,
// as nlohmann_json did, at several times its speed (tools/bench/jsonl_bench).
JsonlArticle parse_jsonl_article(std::string_view line, const std::string& source, std::size_t line_number) {
  thread_local simdjson::dom::parser parser;
  const std::string where = source + ":" + std::to_string(line_number);
  simdjson::dom::element root;
  if (parser.parse(line.data(), line.size()).get(root) != simdjson::SUCCESS) throw Error(where, "not valid JSON");
  simdjson::dom::object object;
  if (root.get(object) != simdjson::SUCCESS) throw Error(where, "expected a JSON object with a \"text\" field");
  JsonlArticle a;
  // The fields in the order their errors are reported; a repeated key: the
  // last one counts, as in nlohmann_json.
  const std::pair<std::string_view, std::string*> fields[] = {
      {"text", &a.text}, {"id", &a.id}, {"title", &a.title}, {"date", &a.date}, {"url", &a.url}, {"story", &a.story}};
  bool wrong_type[std::size(fields)] = {}, seen_text = false;
  for (simdjson::dom::key_value_pair field : object) {
    std::size_t f = 0;
    while (f < std::size(fields) && fields[f].first != field.key) ++f;
    if (f == std::size(fields)) continue;
    std::string* to = fields[f].second;
    const bool id_like = field.key == "id" || field.key == "story";
    std::string_view value;
    wrong_type[f] = false;
    if (field.value.get(value) == simdjson::SUCCESS) to->assign(value);
    else if (field.value.is_null() && f > 0) to->clear();
    else if (field.value.is_number() && id_like) *to = number_text(field.value);  // numeric ids are common
    else wrong_type[f] = true;
    if (f == 0) seen_text = true;
  }
  if (!seen_text || wrong_type[0]) throw Error(where, "no \"text\" string field");
  for (std::size_t f = 1; f < std::size(fields); ++f)
    if (wrong_type[f]) throw Error(where, "field \"" + std::string(fields[f].first) + "\" must be a string");
  if (a.id.empty()) a.id = where;
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
