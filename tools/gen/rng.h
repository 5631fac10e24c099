#pragma once
// A small deterministic random source for the corpus generator.
//
// std::mt19937 is deterministic but std::uniform_int_distribution is not: its
// algorithm differs between standard libraries, so the same seed could give a
// different corpus on another machine.  splitmix64 with our own `below` gives
// the same bytes everywhere, which the truth file and the tests rely on.
//
// Example:
//   Rng r(42);
//   int day = 1 + r.below(28);             // 1..28
//   const char* w = r.pick(kWords);        // one element of an array
#include <cstddef>
#include <cstdint>
#include <vector>

namespace claimcheck::gen {

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  // A stream derived from (seed, a, b) without consuming this one: a model's
  // facts depend only on the seed and the model's index.
  static Rng derived(uint64_t seed, uint64_t a, uint64_t b = 0) {
    Rng r(seed ^ (a * 0x9E3779B97F4A7C15ULL) ^ (b * 0xC2B2AE3D27D4EB4FULL));
    r.next();
    return r;
  }

  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // 0 <= result < n (n > 0); the modulo bias is irrelevant for text.
  uint64_t below(uint64_t n) { return next() % n; }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <class T, std::size_t N>
  const T& pick(const T (&items)[N]) { return items[below(N)]; }
  template <class T>
  const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

 private:
  uint64_t state_;
};

}  // namespace claimcheck::gen
