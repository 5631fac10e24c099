#pragma once
// What an article is about, as a weighted profile: its salient features
// (names, pairs of adjacent names, content words of five letters or more; the
// words of rules/stories/not_salient.txt, numbers and page furniture left out),
// each weighted by how often the article names it (1 + ln count) and by how
// rare it is in English (features outside SCOWL's common-word list, Debian
// wamerican-small, weigh kRareWeight), as a unit vector.  Two reports of one
// event share their rare names and words, so the cosine of their profiles is
// high even when one report is much longer than the other, which a Jaccard
// estimate of the two feature sets (sketch version 2) penalised.
//
//   Sketch a = sketch_text("Rescuers in Norvik searched the collapsed ...");
//   Sketch b = sketch_text("The Norvik mine collapse left ...");
//   similarity(a, b)   // cosine, e.g. 0.35 for two reports of one event
//
// Sketches are deterministic (FNV-1a and a fixed mix, no corpus statistics),
// so the same text gives the same sketch on every machine, in every order of
// input, and in every release that keeps kSketchVersion.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::stories {

inline constexpr int kSketchVersion = 3;  // changes when features, weights or hashes change
// An article with fewer distinct features than this (a cookie notice, "Tweet
// with a location", a one-line caption) is too thin to place: it joins no
// story and no story joins it, so page furniture never glues stories together.
inline constexpr uint32_t kMinFeatures = 22;
// A dated article may be shorter: a wire brief or a local TV story of 60
// words is no page furniture, and the date window keeps it from a story of
// another week.  Both articles of a match must be dated for the lower bar.
inline constexpr uint32_t kMinFeaturesDated = 10;
// A feature none of whose words is a common English word ("Quillmarsh",
// "embankment") says more about the event than a common one ("bridge").
inline constexpr double kRareWeight = 1.5;
// The heaviest features kept in the store (enough for the cosine: the rest
// weigh little), and the heaviest used as lookup keys for candidates.
inline constexpr std::size_t kStoredTerms = 256;
inline constexpr std::size_t kKeyTerms = 32;

struct Term {
  uint32_t hash = 0;  // of the feature's text
  float weight = 0;   // in the article's unit vector
};

struct Sketch {
  std::vector<Term> terms;      // by hash; every feature (a stored sketch: its kStoredTerms heaviest)
  std::vector<uint32_t> keys;   // hashes of the kKeyTerms heaviest features
  uint32_t features = 0;        // distinct salient features
  bool placeable(bool dated = false) const { return features >= (dated ? kMinFeaturesDated : kMinFeatures); }
};

// The salient features of a text and how often each occurs (exposed for tests and tuning).
std::map<std::string, uint32_t> salient_features(std::string_view text);

Sketch sketch_text(std::string_view text);

// The heaviest `n` terms of a sketch, by hash (what the store keeps).
std::vector<Term> heaviest_terms(const Sketch& sketch, std::size_t n);

// Cosine of the two profiles: the sum of weight products over shared
// features (0 when either sketch is empty; 1 for a sketch with itself).
double similarity(const Sketch& a, const Sketch& b);

}  // namespace claimcheck::stories
