// Overlaps (claims/overlaps.h): which mentions overlap a span, asked once per
// mention of a document.  Issue 17: a pass over every mention for each one
// made the time of a long document grow with the square of its names.
#include <catch2/catch.hpp>

#include <random>

#include "claims/overlaps.h"

using namespace claimcheck::claims;

namespace {

std::vector<Mention> mentions_of_a_long_document(std::size_t n) {
  std::mt19937 rng(17);
  std::vector<Mention> out;
  std::size_t at = 0;
  for (std::size_t i = 0; i < n; ++i) {
    at += 1 + rng() % 40;
    std::size_t length = 2 + rng() % 20;  // names a few words long, some overlapping the next
    out.push_back({at, at + length, "name " + std::to_string(i), i % 3 ? "model" : "company", i % 2 == 0});
  }
  return out;
}

bool overlaps_brute_force(const std::vector<Mention>& all, std::size_t b, std::size_t e, bool listed_only) {
  for (const Mention& m : all)
    if ((!listed_only || m.listed) && m.begin < e && b < m.end) return true;
  return false;
}

}  // namespace

TEST_CASE("overlaps: the same answers as a pass over every mention", "[claims][overlaps]") {
  auto all = mentions_of_a_long_document(3000);
  const Overlaps listed(all, [](const Mention& m) { return m.listed; });
  for (std::size_t b = 0; b < all.back().end + 5; b += 3) {
    INFO("span [" << b << ", " << b + 6 << ")");
    REQUIRE(listed.any(b, b + 6, [](const Mention&) { return true; }) == overlaps_brute_force(all, b, b + 6, true));
  }
  // The predicate: only mentions that fit count.
  const Overlaps every(all, [](const Mention&) { return true; });
  CHECK_FALSE(every.any(all[5].begin, all[5].end, [](const Mention& m) { return m.kind == "benchmark"; }));
}

TEST_CASE("overlaps: a query looks at a few mentions, not at every earlier one", "[claims][overlaps]") {
  // The algorithm, not the clock: asking once per mention of a document with
  // 100,000 names visits a bounded number of mentions per question, where a
  // pass over the earlier mentions would visit about 5 billion in all.
  const std::size_t n = 100000;
  auto all = mentions_of_a_long_document(n);
  const Overlaps index(all, [](const Mention&) { return true; });
  std::size_t found = 0;
  for (const Mention& m : all) found += index.any(m.begin, m.end, [&](const Mention& o) { return &o != &m; });
  CHECK(found > 0);                   // some names do overlap their neighbour
  CHECK(index.visited() <= 4 * n);    // a few per question
}
