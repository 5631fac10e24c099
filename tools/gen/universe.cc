// Invented model names and their facts (universe.h).
#include "universe.h"

#include <cmath>
#include <cstdio>

#include "claimcheck/quantity.h"

namespace claimcheck::gen {
namespace {

// Syllables for maker names: pronounceable, never an English word the
// gazetteer or the stop-word list knows, so every name is found by shape only.
const char* const kOnsets[] = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr",
                               "kr", "pl", "qu", "st", "tr", "vr", "x", "zh"};
const char* const kVowels[] = {"a", "e", "i", "o", "u", "ai", "eo", "ia", "y", "ou"};
const char* const kCodas[] = {"", "n", "r", "x", "l", "s", "th", "nd"};
const char* const kSuffixes[] = {"", "", "", " Pro", " Flash", " Mini", " Max", " Ultra", " Lite", " Turbo"};

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

// Parameter counts in billions, as labs announce them.
const double kTotalBillions[] = {7,   8,   9,   12,  14,  20,  27,  32,   34,   40,   70,   72,   90,  110,
                                 120, 180, 235, 284, 355, 405, 456, 480,  560,  671,  1100, 1200, 1600, 2400};
const double kActiveBillions[] = {3, 5, 8, 10, 13, 17, 22, 32, 37, 49, 52, 70};
const long kContexts[] = {32000, 64000, 128000, 200000, 256000, 400000, 512000, 1000000, 2000000};
const long kMaxOutputs[] = {8000, 16000, 32000, 64000, 100000, 128000};
const char* const kBenchmarks[] = {"SWE-bench Verified", "Terminal-Bench 2.0", "GPQA Diamond", "MMLU-Pro",
                                   "LiveCodeBench",      "BrowseComp",         "MATH-500",     "OSWorld-Verified"};
const double kInputPrices[] = {0.07, 0.14, 0.25, 0.3, 0.5, 0.8, 1.1, 1.25, 2, 2.5, 3, 5, 15};

std::string capitalise(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// "1.2 trillion" / "456 billion": the way articles write parameter counts.
Value billions(double b) {
  char buf[64];
  if (b >= 1000)
    std::snprintf(buf, sizeof buf, "%g trillion", b / 1000);
  else
    std::snprintf(buf, sizeof buf, "%g billion", b);
  return {buf, b * 1e9, ""};
}

Value count(long n) {
  // "128,000" or "1 million": both read by the value layer.
  if (n % 1000000 == 0) return {std::to_string(n / 1000000) + " million", double(n), ""};
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return {out, double(n), ""};
}

Value score(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", s);
  return {buf, std::round(s * 10) / 10, ""};
}

Value money(double usd) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "$%g", usd);
  return {buf, usd, ""};
}

Value date(int64_t days) {
  std::string iso = iso_date(days);
  int y = std::stoi(iso.substr(0, 4)), m = std::stoi(iso.substr(5, 2)), d = std::stoi(iso.substr(8, 2));
  return {std::string(kMonths[m - 1]) + " " + std::to_string(d) + ", " + std::to_string(y), double(days), iso};
}

// An index into `n` choices different from `i` and not adjacent to it, so the
// wrong value is far outside the stated precision of the true one.
template <std::size_t N>
std::size_t far_index(Rng& r, std::size_t i) {
  for (;;) {
    std::size_t j = r.below(N);
    if (j + 1 < i || j > i + 1) return j;
  }
}

}  // namespace

Universe::Universe(uint64_t seed, std::size_t models, unsigned planted_percent)
    : seed_(seed), models_(models), planted_percent_(planted_percent) {}

std::string Universe::maker(std::size_t model) const {
  // Three syllables from the model index, scrambled by a multiplier coprime to
  // the number of names (240^3), so names are unique yet neighbours differ.
  const uint64_t syllables = std::size(kOnsets) * std::size(kVowels);
  const uint64_t names = syllables * syllables * syllables;
  uint64_t n = (model % names) * 7919 % names;
  std::string s;
  for (int i = 0; i < 3; ++i, n /= syllables)
    s += std::string(kOnsets[n % syllables % std::size(kOnsets)]) + kVowels[n % syllables / std::size(kOnsets)];
  // Past 13.8 million models the names would repeat: add the remainder (never reached in practice).
  if (model >= names) s += kOnsets[model / names % std::size(kOnsets)];
  Rng r = Rng::derived(seed_, model, 99);
  s += r.pick(kCodas);
  return capitalise(s);
}

std::string Universe::name(std::size_t model) const {
  Rng r = Rng::derived(seed_, model, 1);
  unsigned major = 1 + r.below(6), minor = r.below(10);
  return maker(model) + " " + std::to_string(major) + "." + std::to_string(minor) + r.pick(kSuffixes);
}

Fact Universe::fact(std::size_t model, Slot slot) const {
  Rng r = Rng::derived(seed_, model, 10 + static_cast<int>(slot));
  Fact f;
  switch (slot) {
    case Slot::release_date: {
      int64_t day = days_from_civil(2025, 1, 1) + r.below(365);
      f.attribute = "release_date";
      f.truth = date(day);
      int64_t shift = 1 + r.below(25);
      f.wrong = date(r.chance(50) ? day + shift : day - shift);
      break;
    }
    case Slot::params_total: {
      std::size_t i = r.below(std::size(kTotalBillions));
      f.attribute = "parameters";
      f.qualifiers["scope"] = "total";
      f.truth = billions(kTotalBillions[i]);
      f.wrong = billions(kTotalBillions[far_index<std::size(kTotalBillions)>(r, i)]);
      break;
    }
    case Slot::params_active: {
      std::size_t i = r.below(std::size(kActiveBillions));
      f.attribute = "parameters";
      f.qualifiers["scope"] = "active";
      f.truth = billions(kActiveBillions[i]);
      f.wrong = billions(kActiveBillions[far_index<std::size(kActiveBillions)>(r, i)]);
      break;
    }
    case Slot::context_window: {
      std::size_t i = r.below(std::size(kContexts));
      f.attribute = "context_window";
      f.truth = count(kContexts[i]);
      f.wrong = count(kContexts[far_index<std::size(kContexts)>(r, i)]);
      break;
    }
    case Slot::max_output: {
      std::size_t i = r.below(std::size(kMaxOutputs));
      f.attribute = "max_output";
      f.truth = count(kMaxOutputs[i]);
      f.wrong = count(kMaxOutputs[far_index<std::size(kMaxOutputs)>(r, i)]);
      break;
    }
    case Slot::score_a:
    case Slot::score_b: {
      // Two different benchmarks per model: a from the first half, b from the second.
      std::size_t half = std::size(kBenchmarks) / 2;
      std::size_t b = r.below(half) + (slot == Slot::score_b ? half : 0);
      double s = 20 + r.below(750) / 10.0;
      double delta = 3 + r.below(90) / 10.0;
      f.attribute = "benchmark_score";
      f.qualifiers["benchmark"] = kBenchmarks[b];
      f.truth = score(s);
      f.wrong = score(s + delta > 99 ? s - delta : s + delta);
      break;
    }
    case Slot::price_input:
    case Slot::price_output: {
      Rng p = Rng::derived(seed_, model, 30);  // both directions from one draw
      double in = p.pick(kInputPrices);
      f.attribute = "price";
      f.qualifiers["direction"] = slot == Slot::price_input ? "input" : "output";
      f.truth = money(slot == Slot::price_input ? in : in * 4);
      return f;  // never planted (see Slot)
    }
  }
  f.planted = Rng::derived(seed_, model, 50 + static_cast<int>(slot)).chance(planted_percent_);
  return f;
}

}  // namespace claimcheck::gen
