// AI round 8 (issue 14): whose number it is and which fact it states, on
// forms found missing on the eighth development set.  Made-up sentences only.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "extractor_helper.h"

using namespace claimcheck;

namespace {

std::vector<Claim> extract(const std::string& text, const std::string& date = "2026-08-01",
                           const std::string& name = "a.md") {
  return testing::extract_claims(text, date, name);
}

// "subject | value qualifiers" for each claim of `attribute`, in text order.
std::vector<std::string> said(const std::vector<Claim>& claims, const std::string& attribute) {
  std::vector<std::string> out;
  for (const Claim& c : claims) {
    if (c.attribute != attribute) continue;
    std::ostringstream s;
    s << c.subject << " | ";
    if (c.value.is_date()) s << iso_date(static_cast<int64_t>(c.value.value));
    else s << c.value.value;
    for (const auto& [k, v] : c.qualifiers) s << " " << k << "=" << v;
    out.push_back(s.str());
  }
  return out;
}

}  // namespace

TEST_CASE("two values one rule reads in one table cell keep two ids", "[claims][ai][tables]") {
  auto claims = extract(
      "| Model | Maker | Notes |\n|---|---|---|\n| Zephyr-3 Ultra | Borealis | 2.2T total / 61B active; open weights |\n",
      "2026-06-01", "sheet.html");
  CHECK(said(claims, "parameters") ==
        std::vector<std::string>{"Zephyr-3 Ultra | 2.2e+12 scope=total", "Zephyr-3 Ultra | 6.1e+10 scope=active"});
  std::set<std::string> ids;
  for (const Claim& c : claims) ids.insert(c.id);
  CHECK(ids.size() == claims.size());  // the store keys claims by id: one would replace the other
}
