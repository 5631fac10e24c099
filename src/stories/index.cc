// Placing articles in stories through lookup keys in the store (index.h).
#include "stories/index.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "base/hash.h"
#include "claimcheck/quantity.h"
#include "store/keys.h"

namespace claimcheck::stories {
namespace {

void put_u32(std::string& out, uint32_t v) {
  for (int i = 3; i >= 0; --i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

void put_u16(std::string& out, uint16_t v) {
  out += static_cast<char>(v >> 8);
  out += static_cast<char>(v & 0xff);
}

uint32_t get_u16(std::string_view in, std::size_t pos) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(in[pos])) << 8) | static_cast<unsigned char>(in[pos + 1]);
}

uint32_t get_u32(std::string_view in, std::size_t pos) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(in[pos + i]);
  return v;
}

std::string sketch_key(std::string_view doc) {
  std::string key = "s";
  store::keys::append_part(key, doc);
  return key;
}

bool within_window(const std::string& a, const std::string& b, int window) {
  int64_t da, db;
  if (a.empty() || b.empty() || !parse_iso_date(a, da) || !parse_iso_date(b, db)) return true;
  return std::llabs(da - db) <= window;
}

}  // namespace

StoryOptions StoryOptions::from_environment() {
  StoryOptions o;
  if (const char* t = std::getenv("CLAIMCHECK_STORY_THRESHOLD")) {
    char* end = nullptr;
    double v = std::strtod(t, &end);
    if (end != t && *end == '\0' && v > 0 && v <= 1) o.threshold = v;
  }
  return o;
}

std::string new_story_id(const std::string& doc_id) {
  uint64_t h = base::fnv1a(doc_id);
  char buf[16];
  std::snprintf(buf, sizeof buf, "s-%010llx", static_cast<unsigned long long>(h >> 24));
  return buf;
}

StoryIndex::StoryIndex(const store::Store& store, StoryOptions options) : store_(store), options_(options) {}

std::vector<std::string> StoryIndex::lookup_keys(const Sketch& sketch, bool dated) const {
  std::vector<std::string> out;
  if (!sketch.placeable(dated)) return out;
  for (uint32_t hash : sketch.keys) {
    std::string key = "t";
    put_u32(key, hash);
    out.push_back(std::move(key));
  }
  return out;
}

bool StoryIndex::decode(const std::string& value, Record& out) {
  std::size_t pos = 0;
  std::string_view story, date;
  if (!store::keys::read_part(value, pos, story) || !store::keys::read_part(value, pos, date)) return false;
  if (value.size() < pos + 6) return false;
  uint32_t features = get_u32(value, pos);
  std::size_t n = get_u16(value, pos + 4);
  pos += 6;
  // A record of another sketch version (e.g. version 2's 256 minimum hashes)
  // has another length: its document is not matched, never misread.
  if (value.size() != pos + 6 * n) return false;
  out.story = std::string(story);
  out.date = std::string(date);
  out.sketch = Sketch{};
  out.sketch.features = features;
  out.sketch.terms.resize(n);
  for (std::size_t k = 0; k < n; ++k, pos += 6)
    out.sketch.terms[k] = {get_u32(value, pos), static_cast<float>(get_u16(value, pos + 4) / 65535.0)};
  return true;
}

Placement StoryIndex::place(const std::string& doc_id, const std::string& date, const Sketch& sketch,
                            const std::string& given) const {
  Placement p;
  if (!given.empty()) {
    p.story = given;
    return p;
  }
  std::vector<std::string> keys = lookup_keys(sketch, !date.empty());
  // Candidates: the documents last seen with one of our heaviest features.
  std::set<std::string> candidates;
  auto stored = store_.story_entries(keys);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (auto m = memory_keys_.find(keys[i]); m != memory_keys_.end()) candidates.insert(m->second);
    else if (stored[i]) candidates.insert(*stored[i]);
  }
  std::vector<std::string> record_keys;
  for (const auto& doc : candidates) record_keys.push_back(sketch_key(doc));
  auto records = store_.story_entries(record_keys);
  std::size_t i = 0;
  for (const auto& doc : candidates) {  // in doc id order: ties go to the smallest id
    std::optional<std::string> value = records[i++];
    if (auto m = memory_records_.find(sketch_key(doc)); m != memory_records_.end()) value = m->second;
    Record r;
    if (!value || !decode(*value, r)) continue;
    const bool both_dated = !date.empty() && !r.date.empty();
    if (!r.sketch.placeable(both_dated) || !sketch.placeable(both_dated)) continue;
    if (!within_window(date, r.date, options_.date_window_days)) continue;
    double s = similarity(sketch, r.sketch);
    if (s >= options_.threshold && s > p.similarity) {
      p.similarity = s;
      p.story = r.story;
      p.matched_doc = doc;
    }
  }
  if (p.story.empty()) p.story = new_story_id(doc_id);
  return p;
}

std::vector<std::pair<std::string, std::string>> StoryIndex::entries(const std::string& doc_id,
                                                                     const std::string& story,
                                                                     const std::string& date,
                                                                     const Sketch& sketch) const {
  std::vector<std::pair<std::string, std::string>> out;
  if (sketch.terms.empty()) return out;  // no features: nothing to find it by
  std::vector<Term> kept = heaviest_terms(sketch, kStoredTerms);
  std::string record;
  store::keys::append_part(record, story);
  store::keys::append_part(record, date);
  put_u32(record, sketch.features);
  put_u16(record, static_cast<uint16_t>(kept.size()));
  for (const Term& t : kept) {
    put_u32(record, t.hash);
    put_u16(record, static_cast<uint16_t>(std::lround(std::clamp(t.weight, 0.0f, 1.0f) * 65535.0f)));
  }
  out.emplace_back(sketch_key(doc_id), std::move(record));
  for (std::string& key : lookup_keys(sketch, !date.empty())) out.emplace_back(std::move(key), doc_id);
  return out;
}

void StoryIndex::remember(const std::string& doc_id, const std::string& story, const std::string& date,
                          const Sketch& sketch) {
  for (auto& [key, value] : entries(doc_id, story, date, sketch)) {
    if (key[0] == 't') memory_keys_[key] = value;
    else memory_records_[key] = value;
  }
}

}  // namespace claimcheck::stories
