// Placing articles in stories through LSH bands in the store (index.h).
#include "stories/index.h"

#include <cstdio>
#include <cstdlib>
#include <set>

#include "claimcheck/quantity.h"
#include "store/keys.h"

namespace claimcheck::stories {
namespace {

void put_u32(std::string& out, uint32_t v) {
  for (int i = 3; i >= 0; --i) out += static_cast<char>((v >> (8 * i)) & 0xff);
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

std::string new_story_id(const std::string& doc_id) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : doc_id) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "s-%010llx", static_cast<unsigned long long>(h >> 24));
  return buf;
}

StoryIndex::StoryIndex(const store::Store& store, StoryOptions options) : store_(store), options_(options) {}

std::vector<std::string> StoryIndex::band_keys(const Sketch& sketch) const {
  std::vector<std::string> out;
  if (!sketch.placeable() || sketch.mins.size() != kHashes) return out;
  for (std::size_t b = 0; b < kBands; ++b) {
    std::string key = "b";
    key += static_cast<char>(b);
    put_u32(key, sketch.mins[b]);
    out.push_back(std::move(key));
  }
  return out;
}

bool StoryIndex::decode(const std::string& value, Record& out) {
  std::size_t pos = 0;
  std::string_view story, date;
  if (!store::keys::read_part(value, pos, story) || !store::keys::read_part(value, pos, date)) return false;
  if (value.size() != pos + 4 + 4 * kHashes) return false;
  out.story = std::string(story);
  out.date = std::string(date);
  out.sketch.features = get_u32(value, pos);
  out.sketch.mins.resize(kHashes);
  for (std::size_t k = 0; k < kHashes; ++k) out.sketch.mins[k] = get_u32(value, pos + 4 + 4 * k);
  return true;
}

Placement StoryIndex::place(const std::string& doc_id, const std::string& date, const Sketch& sketch,
                            const std::string& given) const {
  Placement p;
  if (!given.empty()) {
    p.story = given;
    return p;
  }
  std::vector<std::string> bands = band_keys(sketch);
  // Candidates: the documents last seen with one of our bands.
  std::set<std::string> candidates;
  auto stored = store_.story_entries(bands);
  for (std::size_t i = 0; i < bands.size(); ++i) {
    if (auto m = memory_bands_.find(bands[i]); m != memory_bands_.end()) candidates.insert(m->second);
    else if (stored[i]) candidates.insert(*stored[i]);
  }
  std::vector<std::string> keys;
  for (const auto& doc : candidates) keys.push_back(sketch_key(doc));
  auto records = store_.story_entries(keys);
  std::size_t i = 0;
  for (const auto& doc : candidates) {  // in doc id order: ties go to the smallest id
    std::optional<std::string> value = records[i++];
    if (auto m = memory_records_.find(sketch_key(doc)); m != memory_records_.end()) value = m->second;
    Record r;
    if (!value || !decode(*value, r) || !r.sketch.placeable()) continue;
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
  if (sketch.mins.size() != kHashes) return out;  // no features: nothing to find it by
  std::string record;
  store::keys::append_part(record, story);
  store::keys::append_part(record, date);
  put_u32(record, sketch.features);
  for (uint32_t m : sketch.mins) put_u32(record, m);
  out.emplace_back(sketch_key(doc_id), std::move(record));
  for (std::string& band : band_keys(sketch)) out.emplace_back(std::move(band), doc_id);
  return out;
}

void StoryIndex::remember(const std::string& doc_id, const std::string& story, const std::string& date,
                          const Sketch& sketch) {
  for (auto& [key, value] : entries(doc_id, story, date, sketch)) {
    if (key[0] == 'b') memory_bands_[key] = value;
    else memory_records_[key] = value;
  }
}

}  // namespace claimcheck::stories
