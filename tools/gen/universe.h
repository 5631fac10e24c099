#pragma once
// The invented world a synthetic corpus describes: many AI models with made-up
// names ("Vorapex 3.2 Pro"), each with one true value per fact (release date,
// parameters, context window, ...).  A small share of facts is "planted": one
// article will state a wrong value for it, which must come out as a conflict.
//
// Everything is a pure function of (seed, model index), so nothing but a
// mention counter per fact is kept while a corpus of any size is written.
//
// Example:
//   Universe u(42, 1000);
//   u.name(7)                          -> "Quenorix 2.5 Flash"
//   u.fact(7, Slot::release_date).text -> "March 14, 2025"
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "rng.h"

namespace claimcheck::gen {

// One fact of a model.  Prices are facts too but never planted: price is a
// time-varying attribute, so two values are "changed over time", not a conflict.
enum class Slot : uint8_t {
  release_date,
  params_total,
  params_active,
  context_window,
  max_output,
  score_a,  // benchmark scores on two of the listed benchmarks
  score_b,
  price_input,
  price_output,
};
inline constexpr int kSlots = 9;

// A value as the truth file and the checker see it, and as articles write it.
struct Value {
  std::string text;   // as written in the article: "March 14, 2025", "1.2 trillion"
  double number = 0;  // comparable form: days since 1970 for dates, else the amount
  std::string iso;    // dates: "2025-03-14"; "" otherwise
};

struct Fact {
  std::string attribute;                          // claimcheck attribute: "release_date"
  std::map<std::string, std::string> qualifiers;  // scope=total, benchmark=..., direction=input
  Value truth;
  Value wrong;        // what the planted article says instead
  bool planted = false;
};

class Universe {
 public:
  Universe(uint64_t seed, std::size_t models, unsigned planted_percent);
  std::size_t size() const { return models_; }
  std::string name(std::size_t model) const;
  std::string maker(std::size_t model) const;  // "Quenorix" of "Quenorix 2.5 Flash"
  Fact fact(std::size_t model, Slot slot) const;

 private:
  uint64_t seed_;
  std::size_t models_;
  unsigned planted_percent_;
};

}  // namespace claimcheck::gen
