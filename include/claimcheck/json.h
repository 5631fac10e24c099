#pragma once
// The JSON form of the three core types, in one place (src/model/json.cc).
// Used by `extract --format jsonl`, the store's values, export/import and the
// JSON/SARIF reports.  Field names are documented in docs/report-schema.md.
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "claimcheck/claim.h"
#include "claimcheck/finding.h"
#include "claimcheck/quantity.h"

namespace claimcheck {

void to_json(nlohmann::json&, const Quantity&);
void from_json(const nlohmann::json&, Quantity&);
void to_json(nlohmann::json&, const Claim&);
void from_json(const nlohmann::json&, Claim&);
void to_json(nlohmann::json&, const Support&);
void to_json(nlohmann::json&, const Finding&);
void from_json(const nlohmann::json&, Finding&);

// The whole number j[key] as an `Int`, or `fallback` when the key is absent or
// null.  A value that is not a whole number in Int's range (3.3e113, 1.5, -1
// for an unsigned field, a string) throws nlohmann::json::other_error naming
// the key, where nlohmann's own conversion would be undefined behaviour.
template <typename Int>
Int whole_number(const nlohmann::json& j, const char* key, Int fallback) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  auto bad = [&] {
    return nlohmann::json::other_error::create(
        501, std::string("\"") + key + "\" must be a whole number from " + std::to_string(std::numeric_limits<Int>::min()) +
                 " to " + std::to_string(std::numeric_limits<Int>::max()) + ", not " + it->dump(),
        &j);
  };
  if (it->is_number_unsigned()) {
    auto v = it->template get<std::uint64_t>();
    if (v > static_cast<std::uint64_t>(std::numeric_limits<Int>::max())) throw bad();
    return static_cast<Int>(v);
  }
  if (it->is_number_integer()) {
    auto v = it->template get<std::int64_t>();
    if (v < 0 && !std::numeric_limits<Int>::is_signed) throw bad();
    if (std::numeric_limits<Int>::is_signed &&
        (v < static_cast<std::int64_t>(std::numeric_limits<Int>::min()) ||
         v > static_cast<std::int64_t>(std::numeric_limits<Int>::max())))
      throw bad();
    return static_cast<Int>(v);
  }
  if (it->is_number_float()) {  // 3.0 is 3; 3.5, 1e300, NaN are errors
    double v = it->template get<double>();
    const double above_max = 2.0 * static_cast<double>(std::numeric_limits<Int>::max() / 2 + 1);  // exact
    if (!(v >= static_cast<double>(std::numeric_limits<Int>::min()) && v < above_max && std::trunc(v) == v))
      throw bad();
    return static_cast<Int>(v);
  }
  throw bad();
}

}  // namespace claimcheck
