#pragma once
// What an article is about, as a MinHash sketch: the set of its salient
// features (names, pairs of adjacent names, content words of five letters or
// more, each again for every doubling of its count; the words of
// rules/stories/not_salient.txt, numbers and page furniture left out) summarised by the smallest of 256
// hashes each, so that the share of equal positions in two sketches estimates
// the Jaccard similarity of the two sets.
//
//   Sketch a = sketch_text("Rescuers in Norvik searched the collapsed ...");
//   Sketch b = sketch_text("The Norvik mine collapse left ...");
//   similarity(a, b)   // ~ |A n B| / |A u B|, e.g. 0.18 for two reports of one event
//
// Sketches are deterministic (FNV-1a and a fixed mix, no random seeds), so the
// same text gives the same sketch on every machine and in every release that
// keeps kSketchVersion.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::stories {

inline constexpr int kSketchVersion = 2;  // changes when features or hashes change
inline constexpr std::size_t kHashes = 256;  // estimate error +-0.02 at Jaccard 0.12
// An article with fewer distinct features than this (a cookie notice, "Tweet
// with a location", a one-line caption) is too thin to place: it joins no
// story and no story joins it, so page furniture never glues stories together.
inline constexpr uint32_t kMinFeatures = 30;

struct Sketch {
  std::vector<uint32_t> mins;  // kHashes minimum hashes; empty = no features
  uint32_t features = 0;       // distinct salient features
  bool placeable() const { return features >= kMinFeatures; }
};

// The salient features of a text (exposed for tests and tuning).
std::vector<std::string> salient_features(std::string_view text);

Sketch sketch_text(std::string_view text);

// Share of equal positions: an estimate of the Jaccard similarity of the two
// feature sets (0 when either sketch is empty).
double similarity(const Sketch& a, const Sketch& b);

}  // namespace claimcheck::stories
